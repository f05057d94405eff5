import CSQLite
import CZlib
import Foundation
import Testing
@testable import SMSGuard

// Files that log-reader tests build at run time: temporary directories, zip archives, SQLite databases.

/// Runs `body` with a fresh directory under /tmp, removed afterwards whatever happens.
func withTemporaryDirectory<Result>(_ body: (String) throws -> Result) throws -> Result {
    var template = Array("/tmp/smsguard-log-tests.XXXXXX".utf8CString)
    guard let created = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
        throw CocoaError(.fileWriteUnknown)
    }
    let path = String(cString: created)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try body(path)
}

/// Writes `bytes` to `path`.
func write(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

/// The SMSGuardError a throwing call ends with, or nil when it returns (or throws anything else, which
/// is recorded as an issue).
func thrownError<Value>(_ body: () throws -> Value) -> SMSGuardError? {
    do {
        _ = try body()
        return nil
    } catch let error as SMSGuardError {
        return error
    } catch {
        Issue.record("expected an SMSGuardError, got \(error)")
        return nil
    }
}

/// Every event a reader hands out, to the end, but no more than `limit`: a reader that never ends must
/// fail a test, not hang it.
func drain(_ reader: inout any LogReader, limit: Int = 100_000) -> [LogEvent] {
    var events: [LogEvent] = []
    while events.count < limit, let event = reader.next() { events.append(event) }
    return events
}

extension LogEvent {
    /// The event as a comparable value, to check that two readings agree exactly.
    var outcome: Swift.Result<LogRecord, SMSGuardError> {
        switch self {
        case .record(let record): return .success(record)
        case .unreadable(let error): return .failure(error)
        case .idle: return .failure(SMSGuardError(.badData, "idle: an in-memory source never waits"))
        }
    }
}

/// `text` as UTF-16 with a byte-order mark, as Windows shells write it.
func utf16(_ text: String, bigEndian: Bool = false) -> [UInt8] {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in text.utf16 {
        let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
        bytes += bigEndian ? [high, low] : [low, high]
    }
    return bytes
}

// MARK: Zip

/// Builds a zip archive byte by byte: local headers, data, central directory, end record.
struct ZipArchiveBuilder {
    enum Method { case stored, deflated }

    struct Entry {
        var name: String
        var data: [UInt8]
        var method: Method = .deflated
        /// An extra field in the local header only (as many zip writers add), so that the data does not
        /// start where the central directory's lengths alone would put it.
        var localExtra: [UInt8] = []
        /// Sizes and CRC after the data (general-purpose flag bit 3), as java.util.zip writes them.
        var usesDataDescriptor = false
        /// Replaces the compressed bytes (to damage or cut them); the directory records their length.
        var compressedOverride: [UInt8]? = nil
    }

    var entries: [Entry] = []

    mutating func add(_ name: String, _ data: [UInt8], method: Method = .deflated) {
        entries.append(Entry(name: name, data: data, method: method))
    }

    mutating func add(_ name: String, _ text: String, method: Method = .deflated) {
        add(name, Array(text.utf8), method: method)
    }

    func bytes() -> [UInt8] {
        var output: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let name = Array(entry.name.utf8)
            let compressed = entry.compressedOverride ?? (entry.method == .stored ? entry.data : rawDeflate(entry.data))
            let crc = crc32Of(entry.data)
            let method: UInt16 = entry.method == .stored ? 0 : 8
            let flags: UInt16 = (entry.usesDataDescriptor ? 0x0008 : 0) | 0x0800  // UTF-8 names
            let offset = UInt32(output.count)
            output += le32(0x0403_4B50) + le16(20) + le16(flags) + le16(method) + le16(0x6000) + le16(0x5899)
            if entry.usesDataDescriptor {
                output += le32(0) + le32(0) + le32(0)
            } else {
                output += le32(crc) + le32(UInt32(compressed.count)) + le32(UInt32(entry.data.count))
            }
            output += le16(UInt16(name.count)) + le16(UInt16(entry.localExtra.count)) + name + entry.localExtra
            output += compressed
            if entry.usesDataDescriptor {
                output += le32(0x0807_4B50) + le32(crc) + le32(UInt32(compressed.count)) + le32(UInt32(entry.data.count))
            }
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(flags) + le16(method) + le16(0x6000) + le16(0x5899)
            directory += le32(crc) + le32(UInt32(compressed.count)) + le32(UInt32(entry.data.count))
            directory += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let directoryOffset = UInt32(output.count)
        output += directory
        output += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        output += le32(UInt32(directory.count)) + le32(directoryOffset) + le16(0)
        return output
    }

    private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}

func crc32Of(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
}

/// Raw deflate (no zlib header), as zip stores it: windowBits -15.
func rawDeflate(_ input: [UInt8]) -> [UInt8] {
    var stream = z_stream()
    let started = deflateInit2_(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
    precondition(started == Z_OK, "deflateInit2_ failed: \(started)")
    defer { deflateEnd(&stream) }
    var source = input
    var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(input.count))) + 64)
    let produced: Int = source.withUnsafeMutableBufferPointer { inBuffer in
        output.withUnsafeMutableBufferPointer { outBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = UInt32(inBuffer.count)
            stream.next_out = outBuffer.baseAddress
            stream.avail_out = UInt32(outBuffer.count)
            let status = deflate(&stream, Z_FINISH)
            precondition(status == Z_STREAM_END, "deflate did not finish: \(status)")
            return outBuffer.count - Int(stream.avail_out)
        }
    }
    return Array(output[0..<produced])
}

// MARK: SQLite

/// Creates a SQLite database at `path` and runs `statements` in it.
func createDatabase(at path: String, _ statements: [String]) throws {
    var database: OpaquePointer?
    guard sqlite3_open_v2(path, &database, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK else {
        defer { sqlite3_close(database) }
        throw DatabaseFixtureError(message: database.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot create \(path)")
    }
    defer { sqlite3_close(database) }
    for statement in statements {
        var message: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(database, statement, nil, nil, &message) == SQLITE_OK else {
            defer { sqlite3_free(message) }
            throw DatabaseFixtureError(message: "\(message.map { String(cString: $0) } ?? "?") in \(statement)")
        }
    }
}

struct DatabaseFixtureError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// `bytes` as an SQL blob literal: `X'…'`.
func sqlBlob(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789ABCDEF".utf8)
    var text: [UInt8] = Array("X'".utf8)
    for byte in bytes { text += [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]] }
    text.append(UInt8(ascii: "'"))
    return String(decoding: text, as: UTF8.self)
}

// MARK: A source that fails

/// Serves `chunks`, then fails as a disk or a pipe can: `nextChunk()` returns nil and `error` is set.
final class FailingSource: ChunkSource {
    let path: String
    private(set) var bytesRead = 0
    private(set) var error: SMSGuardError?
    private var chunks: [[UInt8]]
    private let storage = ChunkStorage()

    init(path: String, chunks: [String]) {
        self.path = path
        self.chunks = chunks.map { Array($0.utf8) }
    }

    func nextChunk() -> UnsafeBufferPointer<UInt8>? {
        guard !chunks.isEmpty else {
            error = SMSGuardError(.missingInput, "read failed: input/output error", at: SourceLocation(path: path))
            return nil
        }
        let chunk = chunks.removeFirst()
        bytesRead += chunk.count
        return storage.hold(chunk)
    }
}
