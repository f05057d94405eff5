extension AbuseReport {
    /// The draft as an RFC 5322 message that mail clients open as a draft (`X-Unsent: 1`).
    ///
    /// MIME 1.0, `multipart/mixed`: the letter as base64 UTF-8 text, the evidence as CSV and JSON
    /// attachments, and optionally an ARF-style `message/feedback-report` part. Headers are folded at 78
    /// characters and every line of the message is far below 998 octets, whatever the messages hold.
    /// - Parameter version: smsguard's version, for `X-Mailer` (and the ARF part's `User-Agent`).
    public func eml(version: String) -> [UInt8] {
        let body = bodyText()
        let id = SHA256.hexDigest(Array((body + reportAddress + String(createdAt) + (includesFeedbackReport ? "arf" : "")).utf8))
        let boundary = "=_smsguard_\(id.prefix(24))"
        var message = ""
        if let reporter {
            message += MIMEHeader.address("From", display: reporter.name, email: reporter.email)
        }
        message += MIMEHeader.address("To", display: nil, email: reportAddress)
        message += MIMEHeader.field("Subject", subject)
        message += MIMEHeader.field("Date", Self.rfc5322Date(createdAt))
        message += MIMEHeader.field("Message-ID", "<\(id.prefix(32))@smsguard.invalid>")
        message += MIMEHeader.field("X-Unsent", "1")
        message += MIMEHeader.field("X-Mailer", "smsguard \(version)")
        message += MIMEHeader.field("MIME-Version", "1.0")
        message += "Content-Type: multipart/mixed;\r\n boundary=\"\(boundary)\"\r\n"
        message += "\r\nThis is a MIME message: open it in a mail client.\r\n"
        message += part(boundary, type: "text/plain; charset=utf-8", content: Array(body.utf8))
        let stem = "spoofed-sms-\(Self.safeName(shop.id))-\(day)"
        message += part(boundary, type: "text/csv; charset=utf-8", content: Array(evidenceCSV().utf8), fileName: stem + ".csv")
        message += part(boundary, type: "application/json; charset=utf-8", content: Array(evidenceJSON().utf8), fileName: stem + ".json")
        if includesFeedbackReport {
            message += "--\(boundary)\r\nContent-Type: message/feedback-report\r\nContent-Disposition: inline\r\n\r\n"
            message += feedbackReport(version: version)
        }
        message += "--\(boundary)--\r\n"
        return Array(message.utf8)
    }

    private func part(_ boundary: String, type: String, content: [UInt8], fileName: String? = nil) -> String {
        var text = "--\(boundary)\r\nContent-Type: \(type)\r\nContent-Transfer-Encoding: base64\r\n"
        if let fileName { text += "Content-Disposition: attachment;\r\n filename=\"\(fileName)\"\r\n" }
        return text + "\r\n" + Base64.encodeLines(content)
    }

    /// `Mon, 23 Nov 2026 15:29:03 +0000`.
    static func rfc5322Date(_ milliseconds: Int64) -> String {
        let seconds = milliseconds / 1000
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let (year, month, day) = Timestamp.civilFromDays(days)
        let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let time = Timestamp.iso8601(milliseconds: milliseconds).split(separator: "T")[1].dropLast()
        let weekday = weekdays[((days % 7) + 7) % 7]
        return "\(weekday), \(day) \(months[month - 1]) \(year) \(time) +0000"
    }
}
