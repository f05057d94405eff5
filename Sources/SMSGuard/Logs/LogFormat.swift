/// The export formats smsguard reads.
public enum LogFormat: String, Sendable, CaseIterable {
    /// SMS Backup & Restore XML.
    case sbr
    /// Newline-delimited JSON: SMS Import/Export's `messages.ndjson`, or any NDJSON log.
    case ndjson
    /// An SMS Import/Export `.zip` holding `messages.ndjson`.
    case zip
    /// iMazing or any CSV with a sender and a text column.
    case csv
    /// An iPhone `sms.db`.
    case smsdb

    /// What the format is, for help text.
    public var summary: String {
        switch self {
        case .sbr: return "SMS Backup & Restore XML (Android)"
        case .ndjson: return "NDJSON: SMS Import/Export messages.ndjson or any JSON-lines log"
        case .zip: return "SMS Import/Export .zip"
        case .csv: return "CSV: iMazing or any CSV with sender and text columns"
        case .smsdb: return "iPhone sms.db (SQLite)"
        }
    }

    /// The format the first bytes of a file show, or nil when they show none.
    public static func detect(_ prefix: [UInt8]) -> LogFormat? {
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) || prefix.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if prefix.starts(with: Array("SQLite format 3".utf8)) { return .smsdb }
        var text = UTF16Source.isUTF16(prefix) ? UTF16Source.transcode(prefix) : prefix
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
        guard let first = text.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return nil }
        if first == UInt8(ascii: "<") { return .sbr }
        if first == UInt8(ascii: "{") { return .ndjson }
        let firstLine = text.prefix { $0 != 0x0A }
        if firstLine.contains(UInt8(ascii: ",")) || firstLine.contains(UInt8(ascii: ";")) || firstLine.contains(0x09) { return .csv }
        return nil
    }
}

/// Opens a log file (or `-` for standard input) with the reader its format needs.
public enum LogInput {
    /// Bytes looked at to tell the format.
    static let detectionSize = 4096

    /// - Parameters:
    ///   - format: the format to read, or nil to tell it from the content.
    ///   - standardInput: what `-` reads (the process's standard input when nil).
    /// - Throws: `SMSGuardError` when the file cannot be opened or its format told.
    public static func open(
        path: String, format: LogFormat?, standardInput: ChunkSource? = nil
    ) throws(SMSGuardError) -> (reader: any LogReader, format: LogFormat, size: Int?) {
        if path == "-", let format, format == .zip || format == .smsdb {
            throw SMSGuardError(.usage, "\(format == .zip ? "a zip archive" : "an sms.db database") cannot be read from standard input; give its file name", at: SourceLocation(path: path))
        }
        let source: ChunkSource
        if path == "-", let standardInput {
            source = standardInput
        } else {
            source = try ByteSource(path: path)
        }
        var prefix: [UInt8] = []
        while prefix.count < detectionSize, let chunk = source.nextChunk() {
            if chunk.isEmpty && !prefix.isEmpty { break }  // a pipe paused: tell the format from what came
            prefix.append(contentsOf: chunk)
        }
        if let error = source.error { throw error }
        guard let format = format ?? LogFormat.detect(prefix) else {
            throw SMSGuardError(.badData, "cannot tell the format (not SMS Backup & Restore XML, NDJSON, CSV, zip or sms.db); name it with --format", at: SourceLocation(path: path))
        }
        switch format {
        case .zip:
            guard path != "-" else {
                throw SMSGuardError(.usage, "a zip archive cannot be read from standard input; give its file name", at: SourceLocation(path: path))
            }
            let entry = try ZipEntrySource(path: path)
            return (NDJSONReader(source: entry), format, entry.size)
        case .smsdb:
            let size = (source as? ByteSource)?.size
            return (try SMSDatabaseReader(path: path, size: size ?? 0), format, size)
        case .sbr, .ndjson, .csv:
            var chunks: ChunkSource = PrefixedSource(prefix: prefix, rest: source)
            if UTF16Source.isUTF16(prefix) { chunks = UTF16Source(chunks) }
            let reader: any LogReader
            switch format {
            case .sbr: reader = SBRReader(source: chunks)
            case .ndjson: reader = NDJSONReader(source: chunks)
            default: reader = CSVReader(source: chunks)
            }
            return (reader, format, (source as? ByteSource)?.size)
        }
    }
}

/// Serves bytes already read (to tell the format) before the rest of the source.
final class PrefixedSource: ChunkSource {
    private var prefix: [UInt8]?
    private let rest: ChunkSource
    private let storage = ChunkStorage()

    init(prefix: [UInt8], rest: ChunkSource) {
        self.prefix = prefix.isEmpty ? nil : prefix
        self.rest = rest
    }

    var path: String { rest.path }
    var bytesRead: Int { rest.bytesRead }
    var error: SMSGuardError? { rest.error }
    var repairs: Int { rest.repairs }

    func nextChunk() -> UnsafeBufferPointer<UInt8>? {
        if let prefix {
            self.prefix = nil
            return storage.hold(prefix)
        }
        return rest.nextChunk()
    }
}
