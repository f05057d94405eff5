/// One message read from an exported log, before classification.
public struct LogRecord: Sendable, Equatable {
    /// Which way the message went, as the export says.
    public enum Direction: String, Sendable, CaseIterable {
        case received, sent, draft, outbox, failed, queued, unknown
    }

    /// 1-based number of the record in its file, counting every record the reader recognised.
    public var index: Int
    /// The sender as written in the export (for sent messages, the recipient).
    public var sender: String
    /// The message text as valid UTF-8 (readers repair what is not): classification reads these bytes
    /// directly, and a `String` is made only for what is shown.
    public var bodyBytes: [UInt8]
    /// The message text.
    public var body: String {
        get { String(decoding: bodyBytes, as: UTF8.self) }
        set { bodyBytes = Array(newValue.utf8) }
    }
    /// Milliseconds since 1970-01-01 UTC, if the export gives a date.
    public var date: Int64?
    /// The date was written as local time without a zone and read as Tehran time.
    public var isLocalTime = false
    public var direction: Direction
    /// `sms`, `mms` (also RCS chats exported as MMS), or `chat` for rows of a messages database.
    public var kind: String
    /// Where the record starts in its file.
    public var line: Int
    public var column: Int
    /// Characters repaired while reading (a lone surrogate reference, invalid UTF-8) and parts cut
    /// (a body over the size limit): counted, never silent.
    public var repairs: Int = 0

    /// A record whose text is already valid UTF-8 bytes.
    init(index: Int, sender: String, bodyBytes: [UInt8], date: Int64?, direction: Direction, kind: String, line: Int, column: Int) {
        self.init(index: index, sender: sender, body: "", date: date, direction: direction, kind: kind, line: line, column: column)
        self.bodyBytes = bodyBytes
    }

    public init(
        index: Int, sender: String, body: String, date: Int64?, direction: Direction, kind: String = "sms",
        line: Int = 0, column: Int = 0
    ) {
        self.index = index
        self.sender = sender
        self.bodyBytes = Array(body.utf8)
        self.date = date
        self.direction = direction
        self.kind = kind
        self.line = line
        self.column = column
    }
}

/// What a log reader hands out: a record, or a record it could not read.
public enum LogEvent: Sendable {
    case record(LogRecord)
    /// A record that could not be read; reading goes on after it.
    case unreadable(SMSGuardError)
    /// Nothing to read right now: a pipe is waiting for its producer. Ask again.
    case idle
}

/// Reads records from one export, in file order, in bounded memory.
public protocol LogReader {
    /// The next record or unreadable record; nil at the end of the input.
    mutating func next() -> LogEvent?
    /// Bytes of the input consumed so far, for progress.
    var bytesRead: Int { get }
}
