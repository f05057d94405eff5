/// Levenshtein distance over UTF-8 bytes: for typo-squatted domains and "did you mean" hints.
public enum EditDistance {
    /// The number of single-byte insertions, deletions and substitutions turning `a` into `b`.
    ///
    /// - Complexity: O(|a|·|b|); when the lengths differ by more than 3 that difference is returned at once.
    public static func between(_ a: String, _ b: String) -> Int {
        between(Array(a.utf8), Array(b.utf8))
    }

    static func between(_ a: [UInt8], _ b: [UInt8]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        if abs(a.count - b.count) > 3 { return abs(a.count - b.count) }
        var previous = Array(0...b.count)
        var current = previous
        for (i, x) in a.enumerated() {
            current[0] = i + 1
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
