/// Text folded for matching, with the way back to the original.
public struct FoldedText: Sendable, Equatable {
    /// The text as it was given.
    public let original: String
    /// The folded text as UTF-8 bytes.
    public let bytes: [UInt8]
    /// For each folded byte, the UTF-8 offset in `original` of the scalar it came from.
    let sourceOffsets: [Int32]

    /// The folded text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The UTF-8 byte range in `original` that the folded byte range `folded` came from.
    ///
    /// The range runs from the first source scalar to the end of the last one, so removed characters
    /// inside (a ZWNJ, a tatweel) are part of the quote, as they were in the original.
    public func originalUTF8Range(of folded: Range<Int>) -> Range<Int> {
        guard !folded.isEmpty else {
            let at = folded.lowerBound < sourceOffsets.count ? Int(sourceOffsets[folded.lowerBound]) : original.utf8.count
            return at..<at
        }
        let start = Int(sourceOffsets[folded.lowerBound])
        let lastSource = Int(sourceOffsets[folded.upperBound - 1])
        let utf8 = original.utf8
        let lead = utf8[utf8.index(utf8.startIndex, offsetBy: lastSource)]
        return start..<(lastSource + UTF8Scalar.length(lead: lead))
    }

    /// Whether the original text between folded positions `end` (just past one token) and `start`
    /// (the next token's first byte) holds a line break, which folding turned into a space.
    func hasLineBreak(between end: Int, and start: Int) -> Bool {
        guard end > 0, start < sourceOffsets.count, end <= start else { return false }
        let from = originalUTF8Range(of: (end - 1)..<end).upperBound
        let to = Int(sourceOffsets[start])
        guard from < to else { return false }
        return original.utf8.dropFirst(from).prefix(to - from).contains { $0 == 0x0A || $0 == 0x0D }
    }

    /// The original text that the folded byte range `folded` came from.
    public func originalText(of folded: Range<Int>) -> String {
        let range = originalUTF8Range(of: folded)
        let utf8 = original.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(original[start..<end])
    }
}
