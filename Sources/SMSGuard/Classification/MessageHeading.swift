/// The heading a message may open with ("X: …", "آموزشگاه زبان نوین | …", "X 📦 …"), which says who
/// speaks.
struct MessageHeading {
    /// The most words a heading has; readers of shorter headings check `words.count`.
    static let maximumWords = 8

    /// Its words, in order.
    let words: [Range<Int>]
    /// The folded index of what ends it: a colon, a bar or an emoji.
    let end: Int
    /// Whether a colon or a bar ends it (an emoji may end a heading but never a label).
    let endsWithColonOrBar: Bool
}

extension MessageText {
    /// The words opening the message up to a colon, a bar or an emoji on its first line, when there are
    /// at most `MessageHeading.maximumWords` of them and no sentence ends among them. Marks and digits
    /// between the words are passed over ("لوازم جانبی مهرگان (فروشنده در X):").
    var heading: MessageHeading? {
        let maximumWords = MessageHeading.maximumWords
        // Most messages have no heading: nothing that could end one in their first 160 bytes (colon,
        // bar, or the lead byte of an emoji or a symbol), found eight bytes at a time.
        let opening = UnsafeBufferPointer(rebasing: folded[0..<min(folded.count, 160)])
        guard [UInt8(ascii: ":"), UInt8(ascii: "|"), 0xF0, 0xE2].contains(where: { ByteSearch.firstIndex(of: $0, in: opening, from: 0) != nil }) else {
            return nil
        }
        var words: [Range<Int>] = []
        var index = 0
        while index < folded.count {
            let byte = folded[index]
            let isPictograph = isPictograph(at: index)
            // "📰 خبر: …": an emoji before the first word only decorates it.
            if isPictograph && words.isEmpty {
                index += UTF8Scalar.length(lead: byte)
                continue
            }
            if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "|") || isPictograph {
                guard !words.isEmpty else { return nil }
                return MessageHeading(words: words, end: index, endsWithColonOrBar: byte < 0x80)
            }
            if byte == 0x20 {
                if hasLineBreak(between: index, and: index + 1) { return nil }
                index += 1
            } else if isLetter(at: index) {
                words.append(index..<wordEnd(from: index))
                if words.count > maximumWords { return nil }
                index = words[words.count - 1].upperBound
            } else if isSentenceBreak(at: index) {
                return nil
            } else {
                index += UTF8Scalar.length(lead: byte)
            }
        }
        return nil
    }

    /// The message opens with an organization's heading that names no registered shop ("آموزشگاه زبان
    /// نوین: …", "ایرانسل: …", "رستوران نارون 🍝"): a short first-line label before a colon, a bar or an
    /// emoji, starting with an organization noun or name. A shop named later in such a message is named in
    /// passing.
    func opensWithAnotherSpeaker(_ heading: MessageHeading?, nameHits: [(pattern: Int, end: Int)]) -> Bool {
        guard let heading, heading.words.count <= 5,
              !nameHits.contains(where: { $0.end <= heading.end }) else { return false }
        let first = heading.words.prefix(2).map { WordHash.of(folded[$0]) }
        return ClassifierLexicon.organizationNouns.contains(word: first[0]) || ClassifierLexicon.organizationNouns.occurs(in: first)
            || startsWithOrganizationNoun(heading.words[0]) || isDescribedAsOrganization(after: heading, nameHits: nameHits)
    }

    /// "نرم‌کده | فروشگاه اپلیکیشن⏎…": a name, a bar, and what kind of organization it is, on a first line
    /// that names no registered shop.
    private func isDescribedAsOrganization(after heading: MessageHeading, nameHits: [(pattern: Int, end: Int)]) -> Bool {
        guard folded[heading.end] == UInt8(ascii: "|"), let word = word(startingAt: skippingSpaces(from: heading.end + 1)),
              !hasLineBreak(between: heading.end, and: word.lowerBound),
              ClassifierLexicon.organizationNouns.contains(word: WordHash.of(folded[word])) else { return false }
        var lineEnd = word.upperBound
        while lineEnd < folded.count && !isLineBreak(at: lineEnd) { lineEnd += 1 }
        return !nameHits.contains { $0.end <= lineEnd }
    }

    /// The word is written as a compound whose first part is an organization noun ("پیک‌رسان", "پست‌یار"):
    /// the zero-width non-joiner that folding removed still parts them in the original.
    private func startsWithOrganizationNoun(_ word: Range<Int>) -> Bool {
        var index = word.lowerBound + 1
        while index < word.upperBound {
            if folded[index] & 0xC0 != 0x80 && follows(zwnj: Int(sourceOffsets[index]))
                && ClassifierLexicon.organizationNouns.contains(word: WordHash.of(folded[word.lowerBound..<index])) {
                return true
            }
            index += 1
        }
        return false
    }

    /// Whether a zero-width non-joiner (E2 80 8C) ends just before `offset` in the original text.
    private func follows(zwnj offset: Int) -> Bool {
        offset >= 3 && original[offset - 3] == 0xE2 && original[offset - 2] == 0x80 && original[offset - 1] == 0x8C
    }

    /// The message closes with another organization's name on its own last line ("…\nبانک آریا",
    /// "…\nپلیس فتا"): that organization signs, and a shop named before is named in passing.
    var closesWithAnotherSpeaker: Bool {
        let end = skippingSpaces(backFrom: folded.count)
        var start = end
        while start > 0 && !isLineBreak(at: start - 1) { start -= 1 }
        guard start > 0 else { return false }
        let words = wordHashes(in: start..<end)
        guard (2...4).contains(words.count) else { return false }
        return ClassifierLexicon.organizationNouns.contains(word: words[0]) && !ClassifierLexicon.ownBusinessNouns.contains(word: words[0])
    }

    /// The message opens with another organization's name on a line of its own ("بانک آریا⏎…", "پلیس
    /// فتا⏎…"), a heading without a colon; `nameHits` must not fall in it.
    func opensWithAnotherSpeakerLine(nameHits: [(pattern: Int, end: Int)]) -> Bool {
        // Most messages open with no organization noun: test the first word before finding the line.
        guard let first = word(startingAt: 0) else { return false }
        let noun = WordHash.of(folded[first])
        guard ClassifierLexicon.organizationNouns.contains(word: noun), !ClassifierLexicon.ownBusinessNouns.contains(word: noun) else { return false }
        var end = first.upperBound
        while end < folded.count && !isLineBreak(at: end) {
            end += 1
            if end > 120 { return false }  // no line of a few words
        }
        guard end < folded.count, !nameHits.contains(where: { $0.end <= end }) else { return false }
        return (2...5).contains(wordHashes(in: 0..<end).count)
    }

    /// The message opens with a marketplace seller's heading ("غرفه کیف چرم نیکا در X: …", "لوازم
    /// جانبی مهرگان (فروشنده در X): …"): the seller speaks, and X is only where it sells.
    func opensWithSellerHeading(_ heading: MessageHeading?) -> Bool {
        guard let heading, heading.endsWithColonOrBar else { return false }
        return ClassifierLexicon.sellerHeadings.occurs(in: heading.words.map { WordHash.of(folded[$0]) })
    }
}
