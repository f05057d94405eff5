/// The terms of a message that the automaton found standing as whole words, and what they say about
/// who is speaking and what is asked.
///
/// Everything here comes from the one pass of the automaton over the folded text: lexicon checks are
/// queries over a handful of hits, never a second reading of the words.
struct MessageTerms {
    struct Term {
        let role: ClassifierPatterns.Role
        let pattern: Int
        /// Folded byte range, from the first byte to the end of any suffix.
        let range: Range<Int>
    }

    /// Verified terms other than names, in the order they end.
    private(set) var terms: [Term] = []
    /// Raw name hits; names are verified by the claim detector, which needs more than boundaries.
    private(set) var nameHits: [(pattern: Int, end: Int)] = []

    /// Records a hit, keeping cues, secrets and lures only where they stand as whole words.
    @inline(__always)
    mutating func record(pattern: Int, end: Int, in message: MessageText, patterns: ClassifierPatterns) {
        let role = patterns.roles[pattern]
        switch role {
        case .name, .latinName:
            nameHits.append((pattern, end))
        case .secret, .lure, .cue:
            let start = message.matchStart(end: end, length: patterns.automaton.patternLengths[pattern])
            let suffixes = role.isCue ? ClassifierLexicon.nameSuffixes : ClassifierLexicon.termSuffixes
            guard !message.hasLetter(before: start), let wordEnd = message.suffixEnd(at: end, suffixes: suffixes) else { return }
            // A lure and a suffix may spell another word: "برندهای" is "brands", not "winners".
            if case .lure = role, ClassifierLexicon.otherWords.contains(word: WordHash.of(message.folded[start..<wordEnd])) { return }
            terms.append(Term(role: role, pattern: pattern, range: start..<wordEnd))
        }
    }

    var isEmpty: Bool { terms.isEmpty && nameHits.isEmpty }

    /// Forgets the notice words spelled inside links: "post" in "nava-market-post.ir" is part of an
    /// address someone chose, not a post office's word.
    /// So are bait words in the path of a registered shop's own link ("my.shop.ir/refunds"): the shop's
    /// page names, not an offer.
    mutating func forgetLinkWords(inside links: [MessageLink], ownDomains: Set<String>) {
        terms.removeAll { term in
            switch term.role {
            case .cue(.notice):
                return links.contains { $0.range.contains(term.range.lowerBound) }
            case .lure:
                return links.contains { link in
                    link.range.contains(term.range.lowerBound) && !link.isHomograph && ownDomains.contains(link.registrableDomain)
                }
            default:
                return false
            }
        }
    }

    /// A bank, police or post notice: at least two distinct notice words.
    var isThirdPartyNotice: Bool {
        var first: Int?
        for term in terms {
            guard case .cue(.notice(let id)) = term.role else { continue }
            if let first, first != id { return true }
            first = id
        }
        return false
    }

    /// Talks of orders, codes or offers.
    var hasShopVoice: Bool { contains(.cue(.voice)) }

    /// Holds words of someone introducing themselves ("مزاحمتون میشم", "هستم").
    var hasSelfIntroduction: Bool {
        terms.contains { term in
            if case .cue(.selfIntroduction) = term.role { return true }
            return false
        }
    }

    /// Names a secret or a bait.
    var hasSecretOrLure: Bool {
        terms.contains { term in
            switch term.role {
            case .secret, .lure: return true
            default: return false
            }
        }
    }

    /// Asks the reader to send or type something, in a sentence that does not negate it ("… ندهید");
    /// `handingOver` excludes typing into one's own login ("وارد کنید").
    func hasRequest(handingOver: Bool, in message: MessageText) -> Bool {
        terms.contains { term in
            guard case .cue(.request(let isOwnUse)) = term.role, !handingOver || !isOwnUse else { return false }
            let sentence = message.sentenceRange(around: term.range.lowerBound)
            if terms.contains(where: { $0.role == .cue(.negation) && sentence.contains($0.range.lowerBound) }) { return false }
            // "این کد را هنگام تحویل به پیک بگویید": a delivery code is told to the courier at the door,
            // which is what it is for. The courier is named in the few words before the verb.
            guard handingOver else { return true }
            let wordsBefore = message.wordHashes(in: sentence.lowerBound..<term.range.lowerBound).suffix(4)
            return !ClassifierLexicon.inPersonRecipients.occurs(in: Array(wordsBefore))
        }
    }

    /// The speaker noun ending just before `start` (spaces between), if any.
    /// Up to two modifiers may stand between: "جشنواره بزرگ X", "کد تخفیف ویژه X".
    func speakerNoun(before start: Int, in message: MessageText) -> Term? {
        var position = start
        for _ in 0...2 {
            if let noun = term(.cue(.speaker), endingBefore: position, in: message) { return noun }
            guard let word = message.word(endingBefore: position), ClassifierLexicon.speakerModifiers.contains(word: WordHash.of(message.folded[word])) else {
                return nil
            }
            position = word.lowerBound
        }
        return nil
    }

    /// The greeting ending just before `start` (spaces between), if any.
    func salutation(before start: Int, in message: MessageText) -> Term? {
        term(.cue(.salutation), endingBefore: start, in: message)
    }

    private func term(_ role: ClassifierPatterns.Role, endingBefore start: Int, in message: MessageText) -> Term? {
        let end = message.skippingSpaces(backFrom: start)
        return terms.last { $0.role == role && $0.range.upperBound == end }
    }

    /// Whether the cue stands in `sentence`: a person's own words ("خریدم"), a person telling what they
    /// did ("حرف زدم"), a warning of fraud ("جعلی").
    func has(_ cue: ClassifierPatterns.Cue, in sentence: Range<Int>) -> Bool {
        terms.contains { $0.role == .cue(cue) && sentence.contains($0.range.lowerBound) }
    }

    /// Whether a verb reporting someone else's words ("گفت", "زنگ زد") starts in `range`.
    func hasReportingVerb(in range: Range<Int>, of message: MessageText) -> Bool {
        terms.contains { term in
            term.role == .cue(.narration) && range.contains(term.range.lowerBound)
                && Self.reportingVerbs.contains { $0.elementsEqual(message.folded[term.range]) }
        }
    }

    private static let reportingVerbs = ClassifierLexicon.reportingVerbs.map { TextFolder.fold($0).bytes }

    func contains(_ role: ClassifierPatterns.Role) -> Bool {
        terms.contains { $0.role == role }
    }
}

extension MessageText {
    /// The index of the first byte at or after `index` that is no space.
    func skippingSpaces(from index: Int) -> Int {
        var position = index
        while position < folded.count && folded[position] == 0x20 { position += 1 }
        return position
    }

    /// The index just past the last non-space byte before `index`.
    func skippingSpaces(backFrom index: Int) -> Int {
        var position = index
        while position > 0 && folded[position - 1] == 0x20 { position -= 1 }
        return position
    }

    /// The word ending at `end` (spaces before `end` skipped), if letters end there.
    func word(endingBefore end: Int) -> Range<Int>? {
        let stop = skippingSpaces(backFrom: end)
        var start = stop
        while start > 0 && hasLetter(before: start) {
            start -= 1
            while start > 0 && folded[start] & 0xC0 == 0x80 { start -= 1 }
        }
        return start < stop ? start..<stop : nil
    }

    /// The word starting at `start` (spaces after `start` skipped), if letters start there.
    func word(startingAt start: Int) -> Range<Int>? {
        var first = start
        while first < folded.count && folded[first] == 0x20 { first += 1 }
        guard isLetter(at: first) else { return nil }
        return first..<wordEnd(from: first)
    }

    /// Whether the word ending at `end` (spaces before `end` skipped) is exactly `word`.
    func wordBefore(_ end: Int, is word: [UInt8]) -> Bool {
        let stop = skippingSpaces(backFrom: end)
        let start = stop - word.count
        guard start >= 0, !hasLetter(before: start) else { return false }
        return (0..<word.count).allSatisfy { folded[start + $0] == word[$0] }
    }
}
