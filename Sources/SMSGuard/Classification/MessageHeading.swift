/// The heading a message may open with ("X: …", "آموزشگاه زبان نوین | …"), which says who speaks.
extension MessageText {
    /// The message opens with an organization's heading that names no registered shop ("آموزشگاه زبان
    /// نوین: …", "ایرانسل: …"): a short first-line label before a colon, starting with an organization
    /// noun or name. A shop named later in such a message is named in passing.
    func opensWithAnotherSpeaker(nameHits: [(pattern: Int, end: Int)]) -> Bool {
        guard let firstWord = word(startingAt: 0), let colon = headingColon(after: firstWord.upperBound),
              !nameHits.contains(where: { $0.end <= colon }) else { return false }
        let nouns = ClassifierLexicon.organizationNouns
        if nouns.contains(word: WordHash.of(folded[firstWord])) { return true }
        guard let secondWord = word(startingAt: firstWord.upperBound + 1), secondWord.upperBound <= colon else { return false }
        return nouns.occurs(in: [WordHash.of(folded[firstWord]), WordHash.of(folded[secondWord])])
    }

    /// The message opens with a marketplace seller's heading ("غرفه کیف چرم نیکا در X: …", "لوازم
    /// جانبی مهرگان (فروشنده در X): …"): the seller speaks, and X is only where it sells.
    var opensWithSellerHeading: Bool {
        // A heading of a few words ends within its first 160 bytes.
        let opening = UnsafeBufferPointer(rebasing: folded[0..<min(folded.count, 160)])
        guard let colon = ByteSearch.firstIndex(of: UInt8(ascii: ":"), in: opening, from: 0), !hasLineBreak(between: 0, and: colon) else {
            return false
        }
        var heading: [UInt64] = []
        var index = 0
        while heading.count <= 8, let word = word(startingAt: index), word.upperBound <= colon {
            heading.append(WordHash.of(folded[word]))
            index = word.upperBound
            // Past spaces and marks between words ("مهر (فروشنده"): the next word starts at the next letter.
            while index < colon && !isLetter(at: index) { index += 1 }
        }
        return heading.count <= 8 && ClassifierLexicon.sellerHeadings.occurs(in: heading)
    }

    /// The colon (or bar) ending a heading that goes on from `start` on the same line and in the same
    /// sentence, after at most four more words.
    func headingColon(after start: Int) -> Int? {
        var index = start, words = 0
        while index < folded.count && folded[index] != UInt8(ascii: ":") && folded[index] != UInt8(ascii: "|") {
            if folded[index] == 0x20 {
                if hasLineBreak(between: index, and: index + 1) { return nil }
                words += 1
                if words > 4 { return nil }
            } else if isSentenceBreak(at: index) {
                return nil
            }
            index += 1
        }
        return index < folded.count ? index : nil
    }
}
