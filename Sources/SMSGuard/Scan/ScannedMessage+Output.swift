extension ScannedMessage {
    /// The `check --json` object with the message's place first: `index` (1-based record number in its
    /// file), `date` (ISO 8601 UTC, or null), `file`, and the message `text`.
    public func jsonBytes() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(512 + record.bodyBytes.count)
        let date: JSONValue = record.date.map { .string(Timestamp.iso8601(milliseconds: $0)) } ?? .null
        verdict.appendJSON(to: &bytes, leading: [
            ("index", .number(String(record.index))), ("date", date), ("file", .string(file)), ("text", .string(record.body)),
        ])
        return bytes
    }

    /// The columns of `csvRow()`.
    public static let csvHeader = "index,file,date,sender,sender_canonical,sender_kind,verdict,shops,risks,reasons,text\r\n"

    /// One RFC 4180 row (CRLF-terminated). The text is guarded against spreadsheet formula injection.
    public func csvRow() -> String {
        let fields = [
            String(record.index), file, record.date.map { Timestamp.iso8601(milliseconds: $0) } ?? "",
            verdict.senderWritten, verdict.sender.canonical, verdict.sender.kind.rawValue, verdict.kind.rawValue,
            verdict.shops.map(\.id).joined(separator: " "), verdict.risks.map(\.kind.rawValue).joined(separator: " "),
            verdict.reasons.map(\.english).joined(separator: " | "), CSVField.defused(record.body),
        ]
        return fields.map(CSVField.quoted).joined(separator: ",") + "\r\n"
    }
}

/// Writing CSV fields.
public enum CSVField {
    /// The field quoted when it holds a comma, quote or line break, quotes doubled.
    public static func quoted(_ field: String) -> String {
        // Scalars, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }

    /// A leading `=`, `+`, `-`, `@` or tab makes spreadsheets run the cell as a formula: prefix a quote.
    /// With `allowingSign`, a leading `+` or `-` stays (phone numbers such as +98…).
    public static func defused(_ field: String, allowingSign: Bool = false) -> String {
        guard let first = field.unicodeScalars.first, (allowingSign ? "=@\t\r" : "=+-@\t\r").unicodeScalars.contains(first) else { return field }
        return "'" + field
    }
}
