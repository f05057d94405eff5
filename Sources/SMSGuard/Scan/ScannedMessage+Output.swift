extension ScannedMessage {
    /// The `check --json` object with the message's place first: `index` (1-based record number in its
    /// file), `date` (ISO 8601 UTC, or null), `file`, and the message `text`.
    public func jsonBytes() -> [UInt8] {
        var bytes: [UInt8] = []
        appendJSON(to: &bytes)
        return bytes
    }

    /// Appends `jsonBytes()` to `bytes`.
    public func appendJSON(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: "{\"index\":\(record.index),\"date\":".utf8)
        if let date = record.date {
            JSONWriter.appendString(Timestamp.iso8601(milliseconds: date), to: &bytes)
        } else {
            bytes.append(contentsOf: "null".utf8)
        }
        bytes.append(contentsOf: ",\"file\":".utf8)
        JSONWriter.appendString(file, to: &bytes)
        bytes.append(contentsOf: ",\"text\":".utf8)
        record.bodyBytes.withUnsafeBufferPointer { JSONWriter.appendString($0, to: &bytes) }
        bytes.append(UInt8(ascii: ","))
        verdict.appendJSONMembers(to: &bytes)
        bytes.append(UInt8(ascii: "}"))
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
