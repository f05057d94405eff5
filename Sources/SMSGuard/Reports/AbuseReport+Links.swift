extension AbuseReport {
    /// Longest `mailto:` link made: what common mail clients and browsers accept.
    public static let mailtoLimit = 2000

    /// A `mailto:` link (RFC 6068) with the subject and a short body: the first messages, cut to fit
    /// `mailtoLimit`; the draft itself carries everything.
    public func mailtoLink() -> String {
        var shortSubject = subject
        while Self.percentEncoded(shortSubject).utf8.count > Self.mailtoLimit / 2 { shortSubject = String(shortSubject.dropLast(10)) }
        let head = "mailto:\(Self.percentEncoded(reportAddress, keep: "@"))?subject=\(Self.percentEncoded(shortSubject))&body="
        var lines = ["پیامک جعلی به نام \(shop.displayName) — Spoofed SMS in the name of \(shop.id)", ""]
        for message in messages {
            let date = message.record.date.map { Timestamp.iso8601(milliseconds: $0) } ?? "no date"
            lines.append("\(date) \(message.verdict.sender.canonical): \(Defanger.defanged(message.record.body))")
        }
        var body = lines.joined(separator: "\r\n")
        var link = head + Self.percentEncoded(body)
        let note = "\r\n… (full list in the .eml draft)"
        while link.utf8.count > Self.mailtoLimit && !body.isEmpty {
            body = String(body.dropLast(max(1, (link.utf8.count - Self.mailtoLimit) / 9)))
            link = head + Self.percentEncoded(body + note)
        }
        return link
    }

    /// An `sms:` link (RFC 5724) that writes the complaint to the regulator's 195 service: the
    /// spoofing sender's number, in the national form 195 expects.
    public func complaintLink() -> String {
        let senders = Self.uniqueSenders(messages)
        return "sms:195?body=\(Self.percentEncoded(senders.prefix(5).joined(separator: " ")))"
    }

    /// Spoofing senders in the national form: 09… mobiles, 0… landlines, bulk lines as they are.
    public static func uniqueSenders(_ messages: [ScannedMessage]) -> [String] {
        var seen: [String] = []
        for message in messages {
            let sender = message.verdict.sender
            let national: String
            switch sender.kind {
            case .mobile, .landline: national = "0" + sender.canonical.dropFirst(3)
            default: national = sender.canonical
            }
            if !seen.contains(national) { seen.append(national) }
        }
        return seen
    }

    /// Percent-encoding of UTF-8 for URIs: everything but unreserved characters (and `keep`).
    static func percentEncoded(_ text: String, keep: String = "") -> String {
        var result = ""
        for byte in text.utf8 {
            let character = Character(Unicode.Scalar(byte))
            if byte < 0x80 && (character.isLetter || character.isNumber || "-._~".contains(character) || keep.contains(character)) {
                result.append(character)
            } else {
                result += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return result
    }
}
