/// The one error type of smsguard: what went wrong, and where.
///
/// Messages are lowercase without a final period; `description` puts the location first, as compilers
/// do: `sms.xml:12:40: unterminated attribute value`.
public struct SMSGuardError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The class of failure, which decides the exit status of the tool.
    public enum Kind: Sendable, Equatable {
        /// The input's content is wrong (exit 65).
        case badData
        /// An input file does not exist or cannot be read (exit 66).
        case missingInput
        /// An output file cannot be written (exit 73).
        case cannotCreateOutput
        /// The caller asked for something impossible (exit 64).
        case usage
    }

    public var kind: Kind
    public var location: SourceLocation?
    public var message: String

    public init(_ kind: Kind, _ message: String, at location: SourceLocation? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    public var description: String {
        guard let location else { return message }
        return "\(location): \(message)"
    }
}

/// Where in an input something was found: a file, and a line and column or a record number.
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var path: String
    /// 1-based line.
    public var line: Int?
    /// 1-based column, counted in UTF-8 bytes from the start of the line (as compilers count).
    public var column: Int?
    /// 1-based record number, for inputs without lines (a database row).
    public var record: Int?

    public init(path: String, line: Int? = nil, column: Int? = nil, record: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.record = record
    }

    public var description: String {
        var text = path
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        if line == nil, let record { text += ": record \(record)" }
        return text
    }
}
