/// A report of spoofed SMS to one impersonated shop, addressed where the shop's own policy asks.
public struct AbuseReport: Sendable {
    /// Who reports: put in From and signed at the end.
    public struct Reporter: Sendable, Equatable {
        public let name: String?
        public let email: String

        /// Parses `Name <email>` or a bare `email`; nil when there is no plausible address.
        public init?(parsing text: String) {
            let clean = MIMEHeader.sanitized(text)
            if let open = clean.lastIndex(of: "<"), let close = clean.lastIndex(of: ">"), open < close {
                let name = String(clean[..<open]).trimmingSpaces().trimmingQuotes()
                email = String(clean[clean.index(after: open)..<close]).trimmingSpaces()
                self.name = name.isEmpty ? nil : name
            } else {
                email = clean.trimmingSpaces()
                name = nil
            }
            let parts = email.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !email.contains(where: { $0.isWhitespace || $0 == "," || $0 == ";" }) else {
                return nil
            }
        }

        public var description: String { name.map { "\($0) <\(email)>" } ?? email }
    }

    /// Most messages described in one draft; all of them are in the attachments.
    public static let describedLimit = 50

    public let shop: Shop
    public let reportAddress: String
    /// The spoofed messages, in the order they were found.
    public let messages: [ScannedMessage]
    /// Spoofed messages found but not kept (beyond `ScanSummary.keptPerShop`).
    public let omitted: Int
    public let reporter: Reporter?
    /// When the draft is made, in milliseconds since the epoch.
    public let createdAt: Int64
    /// Add a machine-readable part in the spirit of RFC 5965 (ARF).
    public let includesFeedbackReport: Bool

    /// A draft for `shop`; nil when its policy names no report address or there is nothing to report.
    public init?(
        shop: Shop, messages: [ScannedMessage], omitted: Int = 0, reporter: Reporter?, createdAt: Int64,
        includesFeedbackReport: Bool = false
    ) {
        guard let address = shop.reportEmail, !messages.isEmpty else { return nil }
        self.shop = shop
        reportAddress = address
        self.messages = messages
        self.omitted = omitted
        self.reporter = reporter
        self.createdAt = createdAt
        self.includesFeedbackReport = includesFeedbackReport
    }

    /// All spoofed messages, counting those not kept.
    public var total: Int { messages.count + omitted }

    /// The day the draft is made, `YYYY-MM-DD` (Tehran).
    var day: String { Timestamp.day(milliseconds: createdAt, offset: Timestamp.tehranOffset(at: createdAt)) }

    /// The draft's file name: only the shop id (Latin letters, digits, `-`, `_`) and the day.
    public var fileName: String { "\(Self.safeName(shop.id))-spoofed-sms-\(day).eml" }

    public var subject: String {
        "گزارش پیامک جعلی به نام \(shop.displayName) — Spoofed SMS in the name of \(shop.id) (\(total) \(total == 1 ? "message" : "messages"))"
    }

    /// The sentence of the shop's policy that asks for such reports, and where it stands.
    var policyQuote: (text: String, source: String)? {
        let evidence = shop.evidence.first { $0.fact == "reportEmail" } ?? shop.evidence.first { $0.fact == "sender" }
        guard let evidence else { return nil }
        return (evidence.quote, "\(shop.source?.file ?? shop.id), line \(evidence.line)")
    }

    static func safeName(_ text: String) -> String {
        let safe = text.lowercased().unicodeScalars.map { scalar -> String in
            let ok = (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
                || scalar == "-" || scalar == "_"
            return ok ? String(scalar) : "_"
        }.joined()
        return safe.isEmpty ? "shop" : String(safe.prefix(60))
    }
}

extension String {
    func trimmingQuotes() -> String {
        var text = Substring(self)
        while text.first == "\"" || text.first == "'" { text = text.dropFirst() }
        while text.last == "\"" || text.last == "'" { text = text.dropLast() }
        return String(text)
    }
}
