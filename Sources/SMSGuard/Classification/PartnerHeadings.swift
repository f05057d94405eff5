/// Co-branded headings: a shop and a partner (a bank, an app, another shop) head a message together
/// ("X با همکاری بانک Y 🏦", "بانک Y و X 🎉", "X × Y:"). The shop speaks in such a message as much as its
/// partner does, however much the rest reads like the partner's notice.
extension MessageText {
    /// The name ending at `end` opens a first line that goes on with a partnership word and a partner of
    /// one to four words: "X با همکاری بانک Y⏎…", "X × اسنپ:".
    func opensPartnerHeading(afterName end: Int, nameHits: [(pattern: Int, end: Int)]) -> Bool {
        guard let lineEnd = headingLineEnd(from: end), let tokens = headingTokens(in: end..<lineEnd),
              let joiner = PartnerJoiner.opening(tokens) else { return false }
        let partner = tokens.dropFirst(joiner.length)
        guard (1...4).contains(partner.count) else { return false }
        return !joiner.needsOrganization || isOrganization(partner.first!, in: end..<lineEnd, nameHits: nameHits)
    }

    /// The first line runs from the start to a name that closes it, `opening` being where the name (or
    /// the business noun before it) starts, and what comes before is a partner of one to four words and a
    /// partnership word: "بانک Y و X 🎉", "Y با همکاری فروشگاه X:". The caller checks that the line ends there.
    func closesPartnerHeading(before opening: Int, nameHits: [(pattern: Int, end: Int)]) -> Bool {
        guard opening < 120, let tokens = headingTokens(in: 0..<opening), let joiner = PartnerJoiner.closing(tokens) else { return false }
        let partner = tokens.dropLast(joiner.length)
        guard (1...4).contains(partner.count) else { return false }
        return !joiner.needsOrganization || isOrganization(partner.first!, in: 0..<opening, nameHits: nameHits)
    }

    /// A partner named with a plain "و" must be seen to be one: it opens with an organization noun
    /// ("بانک", "شرکت"), or another shop is named in it.
    private func isOrganization(_ first: UInt64, in range: Range<Int>, nameHits: [(pattern: Int, end: Int)]) -> Bool {
        ClassifierLexicon.organizationNouns.contains(word: first) || nameHits.contains { range.contains($0.end - 1) }
    }

    /// Where the first line's words end after `start`: at a line break, a colon or bar, or an emoji; nil
    /// when a sentence ends first, the text ends, or the line is longer than a heading.
    private func headingLineEnd(from start: Int) -> Int? {
        var index = start
        while index < folded.count && index < start + 100 {
            let byte = folded[index]
            if isLineBreak(at: index) { return index }
            if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "|") || isPictograph(at: index) { return index }
            if isSentenceBreak(at: index) { return nil }
            index += UTF8Scalar.length(lead: byte)
        }
        return nil
    }

    /// The words of `range` as hashes, with "×", "&" and "+" as words of their own; nil when anything
    /// else (digits, marks) stands among them, which no heading of names has.
    private func headingTokens(in range: Range<Int>) -> [UInt64]? {
        var tokens: [UInt64] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if folded[index] == 0x20 {
                index += 1
            } else if isLetter(at: index) {
                let end = min(wordEnd(from: index), range.upperBound)
                tokens.append(WordHash.of(folded[index..<end]))
                index = end
            } else if let symbol = PartnerJoiner.symbols.first(where: { folded[index...].starts(with: $0) }) {
                tokens.append(WordHash.of(symbol))
                index += symbol.count
            } else {
                return nil
            }
        }
        return tokens
    }
}

/// The words that join a shop and its partner in a heading.
enum PartnerJoiner {
    /// Marks that join two brands: "×", "&", "+".
    static let symbols: [[UInt8]] = ["×", "&", "+"].map { Array($0.utf8) }

    /// Words of a partnership: whatever they join is a partner.
    private static let partnership = ["با همکاری", "به همراه", "همراه با", "در همکاری با", "×", "&", "+", "x", "with", "ba hamkari"]
        .map(hashes)
    /// "و", "and": they join a partner only when it is seen to be an organization.
    private static let conjunctions = ["و", "and", "va"].map(hashes)

    struct Match {
        let length: Int
        let needsOrganization: Bool
    }

    /// The joiner that `tokens` open with.
    static func opening(_ tokens: [UInt64]) -> Match? {
        first { tokens.starts(with: $0) }
    }

    /// The joiner that `tokens` close with.
    static func closing(_ tokens: [UInt64]) -> Match? {
        first { tokens.reversed().starts(with: $0.reversed()) }
    }

    private static func first(where isFound: ([UInt64]) -> Bool) -> Match? {
        if let words = partnership.first(where: isFound) { return Match(length: words.count, needsOrganization: false) }
        if let words = conjunctions.first(where: isFound) { return Match(length: words.count, needsOrganization: true) }
        return nil
    }

    private static func hashes(_ phrase: String) -> [UInt64] {
        TextFolder.fold(phrase).bytes.split(separator: 0x20).map { WordHash.of($0) }
    }
}
