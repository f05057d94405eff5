/// Reads CSV exports: iMazing's per-conversation files (any of its header variants) and any CSV whose
/// header names a sender and a text column.
///
/// RFC 4180 quoting (quoted commas, quotes doubled, line breaks inside quotes), a UTF-8 byte-order mark,
/// and `,`, `;` or tab as the delimiter (whichever the header uses). Columns are found by name, never by
/// position. iMazing's `Message Date` is local time without a zone: it is read as Tehran time and the
/// record says so.
public struct CSVReader: LogReader {
    /// Longest field kept; a longer one is cut and the record counts a repair.
    public static let maximumFieldSize = 1 << 20

    static let senderColumns = ["sender id", "sender", "from", "address", "sender_id", "senderid", "phone", "phone number", "number", "mobile"]
    static let fallbackSenderColumns = ["chat session"]
    static let bodyColumns = ["text", "body", "message", "content", "sms", "message text"]
    static let dateColumns = ["message date", "date", "time", "timestamp", "datetime", "received", "sent date"]
    static let directionColumns = ["type", "direction", "folder", "box"]

    private var source: ChunkSource
    private var sourceRepairs = 0
    private var headerRead = false
    private var chunk = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var position = 0
    private var fields: [[UInt8]] = [[]]
    private var inQuotes = false
    private var quoteClosed = false
    private var truncatedFields = 0
    private var line = 1
    private var recordLine = 1
    private var delimiter: UInt8?
    private var columns: Columns?
    private var recordCount = 0
    private var atEnd = false
    private var isBroken = false
    private var isFirstByte = true

    public var bytesRead: Int { source.bytesRead }

    public init(source: ChunkSource) {
        self.source = source
    }

    private struct Columns {
        let sender: Int
        let fallbackSender: Int?
        let body: Int
        let date: Int?
        let direction: Int?
    }

    public mutating func next() -> LogEvent? {
        if !headerRead { bufferFirstLine() }
        while !isBroken {
            guard let row = nextRow() else {
                if let error = source.error { isBroken = true; return .unreadable(error) }
                return nil
            }
            switch row {
            case .failure(let error):
                recordCount += 1
                return .unreadable(error)
            case .success(let (cells, startLine, repairs)):
                guard let columns else {
                    if let mapped = map(header: cells) {
                        self.columns = mapped
                        continue
                    }
                    isBroken = true
                    let names = cells.map { String(decoding: $0, as: UTF8.self) }.joined(separator: ", ")
                    return .unreadable(SMSGuardError(.badData, "the CSV header names no sender column (such as \"Sender ID\" or \"from\") and text column (such as \"Text\" or \"body\"); found: \(names)", at: SourceLocation(path: source.path, line: startLine, column: 1)))
                }
                if cells.count == 1 && cells[0].isEmpty { continue }  // a blank line
                recordCount += 1
                return record(cells, columns: columns, line: startLine, repairs: repairs)
            }
        }
        return nil
    }

    /// Reads ahead to the end of the first line (up to 64 KiB), so that the byte-order mark and the
    /// header's delimiter are seen whole whatever the size of the chunks.
    private mutating func bufferFirstLine() {
        headerRead = true
        var prefix: [UInt8] = []
        while prefix.count < 1 << 16, !prefix.contains(0x0A), let chunk = source.nextChunk() { prefix.append(contentsOf: chunk) }  // waits on a pipe
        source = PrefixedSource(prefix: prefix, rest: source)
    }

    private mutating func record(_ cells: [[UInt8]], columns: Columns, line: Int, repairs: Int) -> LogEvent {
        func cell(_ index: Int?) -> String? {
            guard let index, index < cells.count else { return nil }
            return String(decoding: cells[index], as: UTF8.self)
        }
        guard columns.body < cells.count || columns.sender < cells.count else {
            return .unreadable(SMSGuardError(.badData, "row has \(cells.count) fields, fewer than the header's sender and text columns", at: SourceLocation(path: source.path, line: line, column: 1)))
        }
        let direction = Self.direction(cell(columns.direction))
        var sender = cell(columns.sender) ?? ""
        if sender.isEmpty && direction == .received, let fallback = cell(columns.fallbackSender) { sender = fallback }
        var record = LogRecord(index: recordCount, sender: sender, body: cell(columns.body) ?? "", date: nil, direction: direction, line: line, column: 1)
        record.repairs = repairs + source.repairs - sourceRepairs
        sourceRepairs = source.repairs
        if let written = cell(columns.date)?.trimmingSpaces(), !written.isEmpty {
            if let number = Int64(written) {
                record.date = Timestamp.milliseconds(fromEpochNumber: number)
            } else if let parsed = Timestamp.parse(written) {
                record.date = parsed.milliseconds
                record.isLocalTime = parsed.isLocal
            }
        }
        return .record(record)
    }

    static func direction(_ value: String?) -> LogRecord.Direction {
        guard let value = value?.trimmingSpaces().lowercased(), !value.isEmpty else { return .received }
        switch value {
        case "incoming", "received", "inbox", "in", "1": return .received
        case "outgoing", "sent", "out", "2": return .sent
        case "draft", "3": return .draft
        default: return .unknown
        }
    }

    private func map(header: [[UInt8]]) -> Columns? {
        let names = header.map { String(decoding: $0, as: UTF8.self).trimmingSpaces().lowercased() }
        func find(_ wanted: [String]) -> Int? {
            for name in wanted { if let index = names.firstIndex(of: name) { return index } }
            return nil
        }
        guard let sender = find(Self.senderColumns) ?? find(Self.fallbackSenderColumns), let body = find(Self.bodyColumns) else { return nil }
        return Columns(sender: sender, fallbackSender: find(Self.fallbackSenderColumns), body: body, date: find(Self.dateColumns), direction: find(Self.directionColumns))
    }

    // MARK: RFC 4180

    /// The next row's fields, the line it starts on and the fields cut; nil at the end.
    private mutating func nextRow() -> Result<([[UInt8]], Int, Int), SMSGuardError>? {
        fields = [[]]
        truncatedFields = 0
        currentFieldCut = false
        recordLine = line
        var sawAnything = false
        while true {
            if position >= chunk.count {
                guard !atEnd, let next = source.nextChunk() else {
                    atEnd = true
                    if inQuotes {
                        inQuotes = false
                        return .failure(SMSGuardError(.badData, "file ends inside a quoted field (unbalanced quote) in the row that starts here", at: SourceLocation(path: source.path, line: recordLine, column: 1)))
                    }
                    return sawAnything ? .success((fields, recordLine, truncatedFields)) : nil
                }
                chunk = next
                position = 0
                if next.isEmpty { continue }  // a pipe waiting: rows are whole only at their end anyway
                if isFirstByte {
                    isFirstByte = false
                    if chunk.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }  // UTF-8 byte-order mark
                    continue
                }
            }
            let byte = chunk[position]
            position += 1
            sawAnything = true
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    inQuotes = false
                    quoteClosed = true
                } else {
                    if byte == 0x0A { line += 1 }
                    append(byte)
                }
                continue
            }
            if quoteClosed {
                quoteClosed = false
                if byte == UInt8(ascii: "\"") {  // a doubled quote inside quotes
                    append(byte)
                    inQuotes = true
                    continue
                }
            }
            if delimiter == nil { delimiter = detectDelimiter() }
            switch byte {
            case UInt8(ascii: "\""):
                if fields[fields.count - 1].isEmpty { inQuotes = true } else { append(byte) }
            case delimiter ?? UInt8(ascii: ","):
                fields.append([])
                currentFieldCut = false
            case 0x0A:
                line += 1
                if fields[fields.count - 1].last == 0x0D { fields[fields.count - 1].removeLast() }
                return .success((fields, recordLine, truncatedFields))
            default:
                append(byte)
            }
        }
    }

    private var currentFieldCut = false

    private mutating func append(_ byte: UInt8) {
        if fields[fields.count - 1].count < Self.maximumFieldSize {
            fields[fields.count - 1].append(byte)
        } else if !currentFieldCut {
            truncatedFields += 1
            currentFieldCut = true
        }
    }

    /// The delimiter the header line uses most: `,`, `;` or tab.
    private func detectDelimiter() -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 0x09: 0]
        var index = position - 1
        var quoted = false
        while index < chunk.count && chunk[index] != 0x0A {
            let byte = chunk[index]
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted, counts[byte] != nil { counts[byte]! += 1 }
            index += 1
        }
        let best = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }
        return (best?.value ?? 0) > 0 ? best!.key : UInt8(ascii: ",")
    }
}
