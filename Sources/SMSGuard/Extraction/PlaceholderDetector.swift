/// Finds contact data that a template left unfilled: "خیابان تست", "Test Street", "آدرس نمونه".
enum PlaceholderDetector {
    /// The address phrases in `text` that contain a placeholder word, quoted.
    static func addresses(in text: PolicyText) -> [String] {
        var found: [String] = []
        for sentence in text.sentences where sentence.contains(anyOf: PolicyLexicon.addressCues) {
            let words = sentence.tokens.filter { $0.kind == .word || $0.kind == .latin }
            for (index, word) in words.enumerated() where PolicyLexicon.placeholderWords.contains(word.text) {
                let neighbours = words[max(0, index - 2)..<min(words.count, index + 2)]
                guard neighbours.contains(where: { PolicyLexicon.addressCues.contains($0.text) }) else { continue }
                let range = neighbours.first!.range.lowerBound..<neighbours.last!.range.upperBound
                let quote = "address «\(sentence.folded.originalText(of: range))»"
                if !found.contains(quote) { found.append(quote) }
            }
        }
        return found
    }
}
