/// Counts items exactly, up to `capacity` distinct items; items beyond that are counted together, so
/// memory stays bounded on any log and the summary says when its top list may be incomplete.
struct TopCounter<Item: Hashable & Sendable>: Sendable {
    let capacity: Int
    private(set) var counts: [Item: Int] = [:]
    /// Occurrences of items that arrived after `capacity` distinct ones.
    private(set) var untracked = 0

    init(capacity: Int) {
        self.capacity = capacity
    }

    var isExact: Bool { untracked == 0 }

    mutating func add(_ item: Item) {
        if let existing = counts[item] {
            counts[item] = existing + 1
        } else if counts.count < capacity {
            counts[item] = 1
        } else {
            untracked += 1
        }
    }

    /// The `limit` most frequent items matching `filter`, most first, ties broken by `order`.
    func top(_ limit: Int, where filter: (Item) -> Bool = { _ in true }, by order: (Item, Item) -> Bool) -> [(item: Item, count: Int)] {
        counts.filter { filter($0.key) }
            .sorted { a, b in a.value != b.value ? a.value > b.value : order(a.key, b.key) }
            .prefix(limit).map { ($0.key, $0.value) }
    }
}
