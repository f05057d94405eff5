import CSQLite

/// Reads an iPhone `sms.db` (or a Mac's `chat.db`): the `message` table joined with `handle`.
///
/// Dates count from 2001-01-01 UTC, in nanoseconds on current systems and seconds on old ones. Since iOS
/// 16 many rows keep their text only in `attributedBody` (an archived NSAttributedString); those rows are
/// decoded, not dropped. `is_from_me` gives the direction.
public struct SMSDatabaseReader: LogReader {
    /// Seconds from 1970-01-01 to 2001-01-01.
    static let appleEpoch: Int64 = 978_307_200

    private let path: String
    private var database: OpaquePointer?
    private var statement: OpaquePointer?
    private var recordCount = 0
    private var finished = false
    private let size: Int

    public var bytesRead: Int { finished ? size : 0 }

    /// Opens the database read-only.
    public init(path: String, size: Int = 0) throws(SMSGuardError) {
        self.path = path
        self.size = size
        let location = SourceLocation(path: path)
        guard path != "-" else {
            throw SMSGuardError(.usage, "an sms.db database cannot be read from standard input; give its file name", at: location)
        }
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(handle)
            throw SMSGuardError(.badData, "cannot open the database: \(message)", at: location)
        }
        database = handle
        let columns = Self.columns(of: "message", in: handle)
        guard columns.contains("text"), columns.contains("date") else {
            sqlite3_close(handle)
            throw SMSGuardError(.badData, "no message table with text and date: is this an iPhone sms.db?", at: location)
        }
        let body = columns.contains("attributedBody") ? "m.attributedBody" : "NULL"
        let fromMe = columns.contains("is_from_me") ? "m.is_from_me" : "0"
        let handleJoin = columns.contains("handle_id") && !Self.columns(of: "handle", in: handle).isEmpty
        let sender = handleJoin ? "h.id" : "NULL"
        let join = handleJoin ? "LEFT JOIN handle h ON m.handle_id = h.ROWID" : ""
        let sql = "SELECT m.ROWID, \(sender), m.text, \(body), m.date, \(fromMe) FROM message m \(join) ORDER BY m.ROWID"
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            let message = String(cString: sqlite3_errmsg(handle))
            sqlite3_close(handle)
            throw SMSGuardError(.badData, "cannot read messages: \(message)", at: location)
        }
    }

    public mutating func next() -> LogEvent? {
        guard !finished, let statement else { return nil }
        let status = sqlite3_step(statement)
        guard status == SQLITE_ROW else {
            finished = true
            if status != SQLITE_DONE {
                let message = String(cString: sqlite3_errmsg(database))
                close()
                return .unreadable(SMSGuardError(.badData, "database read failed after \(recordCount) messages: \(message)", at: SourceLocation(path: path)))
            }
            close()
            return nil
        }
        recordCount += 1
        let sender = Self.text(statement, 1) ?? ""
        var body = Self.text(statement, 2)
        var repairs = 0
        if body == nil || body?.isEmpty == true, let blob = Self.blob(statement, 3) {
            body = AttributedBodyDecoder.text(from: blob)
            if body == nil { repairs += 1 }
        }
        let rawDate = sqlite3_column_int64(statement, 4)
        let sinceAppleEpoch = rawDate > 100_000_000_000 ? rawDate / 1_000_000 : rawDate * 1000  // ns or s → ms
        let date: Int64? = rawDate == 0 ? nil : sinceAppleEpoch + Self.appleEpoch * 1000
        let direction: LogRecord.Direction = sqlite3_column_int64(statement, 5) == 1 ? .sent : .received
        var record = LogRecord(index: recordCount, sender: sender, body: body ?? "", date: date, direction: direction, kind: "chat", line: 0, column: 0)
        record.repairs = repairs
        return .record(record)
    }

    private mutating func close() {
        sqlite3_finalize(statement)
        sqlite3_close(database)
        statement = nil
        database = nil
    }

    private static func columns(of table: String, in database: OpaquePointer?) -> Set<String> {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(database, "PRAGMA table_info(\(table))", -1, &statement, nil) == SQLITE_OK else { return [] }
        defer { sqlite3_finalize(statement) }
        var names: Set<String> = []
        while sqlite3_step(statement) == SQLITE_ROW {
            if let name = text(statement, 1) { names.insert(name) }
        }
        return names
    }

    private static func text(_ statement: OpaquePointer?, _ column: Int32) -> String? {
        guard sqlite3_column_type(statement, column) != SQLITE_NULL, let pointer = sqlite3_column_text(statement, column) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    private static func blob(_ statement: OpaquePointer?, _ column: Int32) -> [UInt8]? {
        guard sqlite3_column_type(statement, column) == SQLITE_BLOB, let pointer = sqlite3_column_blob(statement, column) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, column))
        return Array(UnsafeRawBufferPointer(start: pointer, count: count))
    }
}

/// Reads the text out of an `attributedBody`: an NSAttributedString in Apple's typedstream archive.
///
/// The string is the first NSString's content: after the class name comes a `0x01 0x2B` marker, then
/// a length (one byte below 0x81; 0x81 then two bytes; 0x82 then four; little-endian), then UTF-8.
enum AttributedBodyDecoder {
    static func text(from blob: [UInt8]) -> String? {
        let className = Array("NSString".utf8)
        guard let classIndex = blob.occurrences(of: className).first else { return nil }
        var index = classIndex + className.count
        while index + 1 < blob.count && !(blob[index] == 0x01 && blob[index + 1] == 0x2B) { index += 1 }
        index += 2
        guard index < blob.count else { return nil }
        var length = Int(blob[index])
        index += 1
        if length == 0x81 {
            guard index + 2 <= blob.count else { return nil }
            length = Int(blob[index]) | Int(blob[index + 1]) << 8
            index += 2
        } else if length == 0x82 {
            guard index + 4 <= blob.count else { return nil }
            length = Int(blob[index]) | Int(blob[index + 1]) << 8 | Int(blob[index + 2]) << 16 | Int(blob[index + 3]) << 24
            index += 4
        }
        guard length >= 0, index + length <= blob.count else { return nil }
        return String(decoding: blob[index..<(index + length)], as: UTF8.self)
    }
}
