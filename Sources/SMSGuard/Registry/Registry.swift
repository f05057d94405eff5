/// The shops smsguard knows, and which senders are whose.
public struct Registry: Sendable, Equatable {
    /// The registry format version this build writes.
    public static let formatVersion = 1

    public let version: Int
    public let shops: [Shop]
    /// Canonical sender → indices into `shops` of the shops that declare it.
    private let sendersIndex: [String: [Int]]

    public init(version: Int = Registry.formatVersion, shops: [Shop]) {
        self.version = version
        self.shops = shops
        var index: [String: [Int]] = [:]
        for (position, shop) in shops.enumerated() {
            for sender in Set(shop.senders) { index[sender, default: []].append(position) }
        }
        sendersIndex = index
    }

    public static func == (lhs: Registry, rhs: Registry) -> Bool {
        lhs.version == rhs.version && lhs.shops == rhs.shops
    }

    /// The shop with this id.
    public func shop(id: String) -> Shop? {
        shops.first { $0.id == id }
    }

    /// The shops that declare `sender` as one of theirs.
    public func shops(sending sender: Sender) -> [Shop] {
        shopIndices(sending: sender).map { shops[$0] }
    }

    /// Indices into `shops` of the shops that declare `sender`.
    public func shopIndices(sending sender: Sender) -> [Int] {
        guard sender.isValid else { return [] }
        return sendersIndex[sender.canonical] ?? []
    }
}
