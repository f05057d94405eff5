/// Levenshtein distance over UTF-8 bytes: for typo-squatted domains and "did you mean" hints.
public enum EditDistance {
    /// The number of single-byte insertions, deletions and substitutions turning `a` into `b`.
    ///
    /// - Complexity: O(|a|·|b|); when the lengths differ by more than 3 that difference is returned at once.
    public static func between(_ a: String, _ b: String) -> Int {
        between(Array(a.utf8), Array(b.utf8))
    }

    /// The same over any two byte collections; the two rows live on the stack.
    static func between<A: Collection<UInt8>, B: Collection<UInt8>>(_ a: A, _ b: B) -> Int {
        let m = b.count
        guard !a.isEmpty else { return m }
        guard m > 0 else { return a.count }
        if abs(a.count - m) > 3 { return abs(a.count - m) }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (m + 1)) { rows in
            var previous = rows.baseAddress!
            var current = previous + (m + 1)
            for j in 0...m { previous[j] = j }
            for (i, x) in a.enumerated() {
                current[0] = i + 1
                for (j, y) in b.enumerated() {
                    current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
                }
                swap(&previous, &current)
            }
            return previous[m]
        }
    }
}
