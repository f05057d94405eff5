extension AbuseReport {
    /// Every spoofed message as CSV (RFC 4180, CRLF), for a desk to import.
    public func evidenceCSV() -> String {
        var text = "number,received_utc,received_tehran,sender,sender_canonical,sender_kind,text,reasons,risks,file,record\r\n"
        for (number, message) in messages.enumerated() {
            let date = message.record.date
            let fields = [
                String(number + 1), date.map { Timestamp.iso8601(milliseconds: $0) } ?? "", date.map { Timestamp.tehran(milliseconds: $0) } ?? "",
                CSVField.defused(message.verdict.senderWritten, allowingSign: true), message.verdict.sender.canonical, message.verdict.sender.kind.rawValue,
                CSVField.defused(message.record.body), message.verdict.reasons.map(\.english).joined(separator: " | "),
                message.verdict.risks.map(\.kind.rawValue).joined(separator: " "), message.file, String(message.record.index),
            ]
            text += fields.map(CSVField.quoted).joined(separator: ",") + "\r\n"
        }
        return text
    }

    /// Every spoofed message as JSON: the shop, the report address and the `scan --jsonl` objects.
    public func evidenceJSON() -> String {
        var bytes: [UInt8] = []
        bytes += "{\"shop\":".utf8
        JSONWriter.appendString(shop.id, to: &bytes)
        bytes += ",\"reportAddress\":".utf8
        JSONWriter.appendString(reportAddress, to: &bytes)
        bytes += ",\"total\":\(total),\"messages\":[".utf8
        for (index, message) in messages.enumerated() {
            bytes += (index == 0 ? "\n" : ",\n").utf8
            bytes += message.jsonBytes()
        }
        bytes += "\n]}\n".utf8
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The ARF-style machine-readable part: RFC 5965 fields, with the SMS facts in `X-SMS-` fields.
    func feedbackReport(version: String) -> String {
        var fields = [
            ("Feedback-Type", "fraud"), ("User-Agent", "smsguard/\(version)"), ("Version", "1"),
            ("X-SMS-Shop", shop.id), ("X-SMS-Report-Address", reportAddress), ("X-SMS-Declared-Senders", shop.senders.joined(separator: ", ")),
            ("X-SMS-Message-Count", String(total)),
        ]
        for (number, message) in messages.enumerated() {
            fields.append(("X-SMS-Sender-\(number + 1)", message.verdict.sender.canonical))
            if let date = message.record.date { fields.append(("X-SMS-Received-\(number + 1)", Timestamp.iso8601(milliseconds: date))) }
        }
        return fields.map { MIMEHeader.field($0.0, $0.1) }.joined()
    }
}
