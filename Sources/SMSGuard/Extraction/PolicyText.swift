/// A policy document as sentences of folded tokens, each traceable to its place in the source file.
struct PolicyText {
    /// Policies larger than this are refused: a real policy page is tens of kilobytes.
    static let maximumSize = 4 << 20

    let source: [UInt8]
    /// The text after markup removal (the source itself for plain text).
    let plain: [UInt8]
    /// Source offset of each byte of `plain`; nil when `plain` is the source.
    private let plainToSource: [Int32]?
    private let lineStarts: [Int]
    let sentences: [PolicySentence]

    init(source: [UInt8]) {
        self.source = source
        if MarkupStripper.looksLikeMarkup(source) {
            let stripped = MarkupStripper.strip(source)
            plain = stripped.text
            plainToSource = stripped.sourceOffsets
        } else {
            plain = source
            plainToSource = nil
        }
        var starts = [0]
        for (index, byte) in source.enumerated() where byte == 0x0A { starts.append(index + 1) }
        lineStarts = starts
        let text = plain
        sentences = Self.splitSentences(text).map { PolicySentence(plain: text, range: $0) }.filter { !$0.tokens.isEmpty }
    }

    func sourceOffset(ofPlain offset: Int) -> Int {
        guard let map = plainToSource else { return offset }
        return offset < map.count ? Int(map[offset]) : source.count
    }

    /// The 1-based line of a source offset.
    func line(ofSource offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    private static func endsWithColon(_ text: ArraySlice<UInt8>) -> Bool {
        let last = text.last { ![0x20, 0x09, 0x0D, 0x0A].contains($0) }
        return last == UInt8(ascii: ":")
    }

    /// Splits at line breaks (except after a label ending in ":"), `!`, `?`, `؟`, `|`, and at a `.` that ends a sentence rather than sitting
    /// inside an address or a number (`info@shop.ir`, `2.5`).
    static func splitSentences(_ text: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        func close(_ end: Int) {
            if end > start { ranges.append(start..<end) }
            start = end
        }
        while index < text.count {
            let byte = text[index]
            switch byte {
            case 0x0A where endsWithColon(text[start..<index]):
                break  // "تلفن تماس:" on its own line labels the number on the next
            case 0x0A, UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "|"):
                close(index + 1)
            case UInt8(ascii: "."):
                let next = index + 1 < text.count ? text[index + 1] : 0x20
                if next == 0x20 || next == 0x0A || next == 0x0D || next == 0x09 || next >= 0x80 || next == UInt8(ascii: ".") {
                    close(index + 1)
                }
            case 0xD8 where index + 1 < text.count && text[index + 1] == 0x9F:  // ؟
                close(index + 2)
                index += 1
            default:
                break
            }
            index += 1
        }
        close(text.count)
        return ranges
    }
}

/// One sentence of a policy: its place, its folded text and its tokens.
struct PolicySentence {
    let plainRange: Range<Int>
    let folded: FoldedText
    let tokens: [PolicyToken]
    let numbers: [PolicyNumber]

    init(plain: [UInt8], range: Range<Int>) {
        plainRange = range
        folded = TextFolder.fold(String(decoding: plain[range], as: UTF8.self))
        tokens = PolicyTokenizer.tokens(of: folded.bytes)
        numbers = PolicyNumber.groups(in: tokens, folded: folded)
    }

    /// The sentence as the policy writes it, white space collapsed.
    var quote: String {
        PolicySentence.normalizedSpacing(folded.original)
    }

    /// `text` with white space collapsed and byte-order marks dropped; ZWNJ and everything else kept.
    static func normalizedSpacing(_ text: String) -> String {
        text.filter { $0 != "\u{FEFF}" }.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The folded words of the sentence, in order.
    var words: [String] { tokens.filter { $0.kind == .word || $0.kind == .latin }.map(\.text) }

    func contains(anyOf words: Set<String>) -> Bool {
        tokens.contains { ($0.kind == .word || $0.kind == .latin) && words.contains($0.text) }
    }

    func contains(phrase: [String]) -> Bool {
        words.containsRun(phrase)
    }

    /// Whether the sentence talks about sending SMS.
    var isAboutSMS: Bool {
        contains(anyOf: PolicyLexicon.smsCues)
            || tokens.contains { $0.kind == .word && $0.text.hasPrefix("پیامک") }
            || PolicyLexicon.smsPhrases.contains { contains(phrase: $0) }
    }
}
