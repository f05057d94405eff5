/// What a scan found, accumulated event by event in bounded memory.
///
/// Counts are exact. Lists are capped: the spoofed messages kept per shop (`keptPerShop`, enough for
/// report drafts and tables), the unreadable records listed (`listedErrors`), and the distinct senders
/// counted for "top spoofing senders" (`TopCounter`); what is left out is counted.
public struct ScanSummary: Sendable {
    public static let keptPerShop = 1000
    public static let listedErrors = 100

    /// Per shop, what was claimed in its name.
    public struct ShopTally: Sendable {
        public var spoofed = 0
        public var unverified = 0
        public var authentic = 0
        public var firstSpoofed: Int64?
        public var lastSpoofed: Int64?
        /// The first `keptPerShop` spoofed messages, in input order.
        public var spoofedMessages: [ScannedMessage] = []

        mutating func addSpoofed(_ message: ScannedMessage, date: Int64?) {
            spoofed += 1
            if spoofedMessages.count < ScanSummary.keptPerShop { spoofedMessages.append(message) }
            if let date {
                firstSpoofed = min(firstSpoofed ?? date, date)
                lastSpoofed = max(lastSpoofed ?? date, date)
            }
        }
    }

    public private(set) var files: [String] = []
    /// Records seen: classified + skipped + unreadable.
    public private(set) var recordsRead = 0
    public private(set) var classified = 0
    public private(set) var skipped: [SkipReason: Int] = [:]
    public private(set) var unreadable = 0
    /// The first `listedErrors` unreadable records.
    public private(set) var unreadableErrors: [SMSGuardError] = []
    /// Inputs that could not be read at all.
    public private(set) var fileErrors: [SMSGuardError] = []
    public private(set) var repairs = 0
    public private(set) var verdicts: [Verdict.Kind: Int] = [:]
    public private(set) var risks: [RiskKind: Int] = [:]
    /// Classified messages that carry at least one risk signal.
    public private(set) var messagesWithRisks = 0
    public private(set) var shops: [String: ShopTally] = [:]
    public private(set) var firstDate: Int64?
    public private(set) var lastDate: Int64?
    /// Spoofed messages per Tehran calendar day (`YYYY-MM-DD`).
    public private(set) var spoofedByDay: [String: Int] = [:]
    /// Spoofed messages per (shop id, canonical sender).
    private var spoofingSenders = TopCounter<SenderKey>(capacity: 200_000)
    /// Records whose date was local time read as Tehran time.
    public private(set) var localTimes = 0

    struct SenderKey: Hashable, Sendable {
        let shop: String
        let sender: String
    }

    public init() {}

    public mutating func begin(file: String) {
        files.append(file)
    }

    public mutating func fileFailed(_ error: SMSGuardError) {
        fileErrors.append(error)
    }

    public mutating func add(_ event: ScanEvent) {
        switch event {
        case .unreadable(let error):
            recordsRead += 1
            unreadable += 1
            if unreadableErrors.count < Self.listedErrors { unreadableErrors.append(error) }
        case .skipped(let record, _, let reason):
            recordsRead += 1
            repairs += record.repairs
            skipped[reason, default: 0] += 1
        case .classified(let message, _):
            recordsRead += 1
            classified += 1
            add(message)
        }
    }

    private mutating func add(_ message: ScannedMessage) {
        let verdict = message.verdict
        repairs += message.record.repairs
        if message.record.isLocalTime { localTimes += 1 }
        verdicts[verdict.kind, default: 0] += 1
        if !verdict.risks.isEmpty {
            messagesWithRisks += 1
            for (index, risk) in verdict.risks.enumerated() where !verdict.risks[..<index].contains(where: { $0.kind == risk.kind }) {
                risks[risk.kind, default: 0] += 1
            }
        }
        let date = message.record.date
        if let date {
            firstDate = min(firstDate ?? date, date)
            lastDate = max(lastDate ?? date, date)
        }
        for shop in verdict.claimedShops {
            // Updated in place: copying a tally out and back would copy its kept messages every time.
            switch verdict.kind {
            case .spoofed where !shop.senders.isEmpty:
                shops[shop.id, default: ShopTally()].addSpoofed(message, date: date)
                spoofingSenders.add(SenderKey(shop: shop.id, sender: verdict.sender.canonical))
            case .unverified: shops[shop.id, default: ShopTally()].unverified += 1
            case .authentic: shops[shop.id, default: ShopTally()].authentic += 1
            default: break
            }
        }
        if verdict.kind == .spoofed, let date {
            spoofedByDay[Timestamp.day(milliseconds: date, offset: Timestamp.tehranOffset(at: date)), default: 0] += 1
        }
    }

    /// Skipped records of every reason.
    public var skippedTotal: Int { skipped.values.reduce(0, +) }

    /// Whether every record is accounted for: read = classified + skipped + unreadable.
    public var isBalanced: Bool { recordsRead == classified + skippedTotal + unreadable }

    public var spoofedTotal: Int { verdicts[.spoofed, default: 0] }

    /// The senders that spoofed `shop` most, with their counts.
    public func topSpoofingSenders(of shop: String, limit: Int) -> [(sender: String, count: Int)] {
        spoofingSenders.top(limit, where: { $0.shop == shop }, by: { $0.sender < $1.sender }).map { ($0.item.sender, $0.count) }
    }

    /// The senders that spoofed any shop most.
    public func topSpoofingSenders(limit: Int) -> [(sender: String, count: Int)] {
        var totals: [String: Int] = [:]
        for (key, count) in spoofingSenders.counts { totals[key.sender, default: 0] += count }
        return totals.sorted { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }.prefix(limit).map { ($0.key, $0.value) }
    }

    /// Whether the top-sender lists are exact (fewer distinct spoofing senders than the counter holds).
    public var isSenderRankingExact: Bool { spoofingSenders.isExact }

    /// Shop ids with spoofed messages, most spoofed first.
    public var spoofedShops: [String] {
        shops.filter { $0.value.spoofed > 0 }.sorted { a, b in
            a.value.spoofed != b.value.spoofed ? a.value.spoofed > b.value.spoofed : a.key < b.key
        }.map(\.key)
    }
}
