extension Array where Element: Equatable {
    /// Start indices of every occurrence of `needle` as a contiguous run.
    func occurrences(of needle: [Element]) -> [Int] {
        guard !needle.isEmpty, count >= needle.count else { return [] }
        return (0...(count - needle.count)).filter { start in
            self[start] == needle[0] && self[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    func containsRun(_ needle: [Element]) -> Bool {
        !occurrences(of: needle).isEmpty
    }
}
