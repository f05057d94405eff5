/// A message folded for matching, over buffers that live only for one classification.
///
/// Gives the byte-level questions the classifier asks (is there a letter just before this byte? where
/// does this word end?) and, for the slower checks that run only on messages naming a shop or holding a
/// suspect term, the words of the message.
struct MessageText {
    /// The message as received, UTF-8.
    let original: UnsafeBufferPointer<UInt8>
    /// The folded message.
    let folded: UnsafeBufferPointer<UInt8>
    /// For each folded byte, the offset in `original` of the scalar it came from.
    let sourceOffsets: UnsafeBufferPointer<Int32>

    // MARK: Letters and boundaries

    /// Whether the scalar ending just before `index` is a letter (a word goes on to the left).
    func hasLetter(before index: Int) -> Bool {
        guard index > 0 else { return false }
        var start = index - 1
        while start > 0 && folded[start] & 0xC0 == 0x80 { start -= 1 }
        return isLetter(at: start)
    }

    /// Whether the scalar starting at `index` is a letter.
    func isLetter(at index: Int) -> Bool {
        guard index < folded.count else { return false }
        let lead = folded[index]
        if lead < 0x80 { return lead >= 0x61 && lead <= 0x7A }
        guard let (scalar, _) = UTF8Scalar.decode(folded, at: index, lead: lead) else { return false }
        return Self.isLetterScalar(scalar)
    }

    static func isLetterScalar(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x060C, 0x061B, 0x061F, 0x066A...0x066D, 0x06D4: return false
        case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFC: return true
        case 0x00C0...0x024F, 0x0370...0x052F: return true
        default: return false
        }
    }

    /// Whether an emoji or a pictographic symbol (arrows, dingbats, U+1F000 and up) starts at `index`.
    func isPictograph(at index: Int) -> Bool {
        guard index < folded.count, folded[index] >= 0xE2,
              let (scalar, _) = UTF8Scalar.decode(folded, at: index, lead: folded[index]) else { return false }
        return TextFolder.isPictograph(scalar)
    }

    /// The index just past the word that starts at or contains `index`.
    func wordEnd(from index: Int) -> Int {
        var end = index
        while end < folded.count && isLetter(at: end) { end += UTF8Scalar.length(lead: folded[end]) }
        return min(end, folded.count)
    }

    /// If one of `suffixes` ("ی", "ها", "ای") starts at `end` and ends the word, the index past it.
    func suffixEnd(at end: Int, suffixes: [[UInt8]] = ClassifierLexicon.nameSuffixes) -> Int? {
        if !isLetter(at: end) { return end }
        for suffix in suffixes where end + suffix.count <= folded.count {
            if (0..<suffix.count).allSatisfy({ folded[end + $0] == suffix[$0] }) && !isLetter(at: end + suffix.count) {
                return end + suffix.count
            }
        }
        return nil
    }

    /// The start of a match of `length` pattern bytes ending at `end`, the spaces between them skipped.
    func matchStart(end: Int, length: Int) -> Int {
        var remaining = length
        var index = end
        while remaining > 0 && index > 0 {
            index -= 1
            if folded[index] != 0x20 { remaining -= 1 }
        }
        return index
    }

    // MARK: Original text

    func originalRange(of range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        let start = Int(sourceOffsets[range.lowerBound])
        let last = Int(sourceOffsets[range.upperBound - 1])
        return start..<min(original.count, last + UTF8Scalar.length(lead: original[last]))
    }

    func originalText(of range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: original[originalRange(of: range)]), as: UTF8.self)
    }

    /// Whether the folded space at `index` stands for a line break of the original.
    func isLineBreak(at index: Int) -> Bool {
        folded[index] == 0x20 && hasLineBreak(between: index, and: index + 1)
    }

    /// Whether the original text between two folded positions holds a line break (lost in folding).
    func hasLineBreak(between from: Int, and to: Int) -> Bool {
        let start = from > 0 ? Int(sourceOffsets[from - 1]) : 0
        let end = to < folded.count ? Int(sourceOffsets[to]) : original.count
        guard start < end else { return false }
        return original[start..<end].contains { $0 == 0x0A || $0 == 0x0D }
    }

    // MARK: Words

    /// Whether a sentence ends at folded position `index`: `.`, `!`, `?`, `;` (before a space or the end),
    /// `؟`, `؛`, or a line break of the original text (folded to a space).
    func isSentenceBreak(at index: Int) -> Bool {
        let byte = folded[index]
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"):
            return index + 1 >= folded.count || folded[index + 1] == 0x20
        case 0x20:
            return hasLineBreak(between: index, and: index + 1)
        case 0xD8:
            return index + 1 < folded.count && (folded[index + 1] == 0x9F || folded[index + 1] == 0x9B)
        default:
            return false
        }
    }

    /// The folded range of the sentence holding `index`.
    func sentenceRange(around index: Int) -> Range<Int> {
        var start = min(index, folded.count)
        while start > 0 && !isSentenceBreak(at: start - 1) { start -= 1 }
        var end = min(index, folded.count)
        while end < folded.count && !isSentenceBreak(at: end) { end += 1 }
        return start..<end
    }

    /// Whether the folded text has a run of at least `minimumLength` ASCII letters.
    func hasLatinWord(minimumLength: Int) -> Bool {
        var run = 0
        for byte in folded {
            if byte >= 0x61 && byte <= 0x7A {
                run += 1
                if run >= minimumLength { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    /// The hashes of the words in `range`, in order, for phrase lookups.
    func wordHashes(in range: Range<Int>) -> [UInt64] {
        var hashes: [UInt64] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if isLetter(at: index) {
                let end = wordEnd(from: index)
                hashes.append(WordHash.of(folded[index..<end]))
                index = end
            } else {
                index += UTF8Scalar.length(lead: folded[index])
            }
        }
        return hashes
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: folded[range]), as: UTF8.self)
    }

}
