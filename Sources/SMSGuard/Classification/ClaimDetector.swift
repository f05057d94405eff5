/// Decides where a message presents itself as a shop.
///
/// A match of a shop's name is a claim when:
/// - it stands as whole words (a longer word holding the name, "کالابرگ", is no match), with any spacing
///   inside and a suffix allowed after ("…کالایی", "…کالا،");
/// - the name reads as nothing but the shop, or, for a name made of everyday words ("با کالا"), when the
///   message shows the shop speaking: the name opens it ("X:") or signs it, a noun presents it ("فروشگاه X",
///   "تیم X", "از طرف X"), the shop's domain is there, or an order or offer is "in X";
/// - and the message is not a bank, police or post notice naming the shop in passing, nor a person
///   writing "از X خریدم". In such notices only the strongest evidence (prefix, signature, domain) counts.
struct ClaimDetector {
    struct Found {
        let shop: Int
        /// Folded byte range, suffix included.
        let range: Range<Int>
        let evidence: Claim.Evidence
    }

    let patterns: ClassifierPatterns
    let registry: Registry

    func claims(
        in message: MessageText, nameHits: [(pattern: Int, end: Int)], links: [MessageLink], risks: inout [Risk]
    ) -> [Found] {
        var accepted: [Found] = []
        var context: MessageContext?
        for hit in nameHits {
            let role = patterns.roles[hit.pattern]
            let shop: Int, isLatin: Bool
            switch role {
            case .name(let index): shop = index; isLatin = false
            case .latinName(let index): shop = index; isLatin = true
            default: continue
            }
            let start = message.matchStart(end: hit.end, length: patterns.automaton.patternLengths[hit.pattern])
            guard !message.hasLetter(before: start), let end = message.suffixEnd(at: hit.end) else { continue }
            if accepted.contains(where: { $0.range.overlaps(start..<end) && ($0.shop == shop || $0.range.count >= end - start) }) {
                continue
            }
            if context == nil { context = MessageContext(message: message) }
            guard let evidence = context!.evidence(for: shop, at: start..<hit.end, suffixEnd: end, isLatin: isLatin, links: links, registry: registry, patterns: patterns) else {
                continue
            }
            accepted.removeAll { $0.range.overlaps(start..<end) && $0.shop != shop }
            accepted.append(Found(shop: shop, range: start..<end, evidence: evidence))
            risks.append(contentsOf: spanRisks(in: message, range: start..<hit.end, isLatin: isLatin))
        }
        if message.hasLatinWord(minimumLength: 5) {
            if context == nil { context = MessageContext(message: message) }
            for found in transliterations(in: context!, excluding: accepted) { accepted.append(found) }
        }
        return accepted.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Latin words whose consonants spell a shop's Persian name ("MasterShabakeh" for "مسترشبکه").
    private func transliterations(in context: MessageContext, excluding accepted: [Found]) -> [Found] {
        var found: [Found] = []
        for word in context.words where word.text.utf8.count >= 5 && word.text.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
            guard !accepted.contains(where: { $0.range.overlaps(word.range) }) else { continue }
            for shop in patterns.latinSkeletons[Transliteration.skeleton(word.text)] ?? [] where !found.contains(where: { $0.shop == shop }) {
                found.append(Found(shop: shop, range: word.range, evidence: .latinName))
            }
        }
        return found
    }

    /// Hidden characters, look-alike letters and broken-up spelling inside a matched name.
    private func spanRisks(in message: MessageText, range: Range<Int>, isLatin: Bool) -> [Risk] {
        var risks: [Risk] = []
        let original = message.originalRange(of: range)
        let text = message.originalText(of: range)
        let scalars = text.unicodeScalars
        if scalars.contains(where: { HiddenCharacters.isSuspicious($0.value, inLatin: isLatin) }) {
            risks.append(Risk(kind: .hiddenCharacters, text: HiddenCharacters.visible(text), detail: "in the name at byte \(original.lowerBound)"))
        }
        if isLatin && scalars.contains(where: { $0.value >= 0x80 && !HiddenCharacters.isHidden($0.value) }) {
            risks.append(Risk(kind: .lookalikeLetters, text: text, detail: "non-Latin letters in a Latin shop name"))
        }
        let fragments = message.folded[range].split(separator: 0x20)
        let singleLetters = fragments.filter { $0.count <= 2 }.count
        if fragments.count >= 3 && singleLetters >= 2 {
            risks.append(Risk(kind: .obfuscatedName, text: text, detail: "\(fragments.count) pieces"))
        }
        return risks
    }
}

/// The words of a message and what they say about who is speaking; built once per message that names
/// a shop.
struct MessageContext {
    let message: MessageText
    let words: [(text: String, range: Range<Int>)]
    /// A bank, police or post notice.
    let isThirdPartyNotice: Bool
    /// Talks of orders, codes or offers.
    let hasShopVoice: Bool

    init(message: MessageText) {
        self.message = message
        let words = message.words()
        self.words = words
        var notices = 0
        for term in ClassifierLexicon.thirdPartyNoticeTerms where MessageText.contains(term, in: words) { notices += 1 }
        isThirdPartyNotice = notices >= ClassifierLexicon.noticeThreshold
        hasShopVoice = ClassifierLexicon.voiceTerms.contains { MessageText.contains($0, in: words) }
    }

    /// The evidence that the name at `range` is the shop speaking, or nil when it is not a claim.
    func evidence(
        for shop: Int, at range: Range<Int>, suffixEnd: Int, isLatin: Bool, links: [MessageLink], registry: Registry,
        patterns: ClassifierPatterns
    ) -> Claim.Evidence? {
        let first = words.firstIndex { $0.range.lowerBound >= range.lowerBound } ?? words.count
        let after = words.firstIndex { $0.range.lowerBound >= suffixEnd } ?? words.count
        let previous = first > 0 ? words[first - 1].text : nil
        let beforePrevious = first > 1 ? words[first - 2].text : nil

        let strong: Claim.Evidence?
        if hasDomain(of: registry.shops[shop], shop: shop, links: links, patterns: patterns) {
            strong = .domain
        } else if isPrefix(range, suffixEnd: suffixEnd) {
            strong = .prefix
        } else if isSignature(range, suffixEnd: suffixEnd, wordsAfter: words[after...]) {
            strong = .signature
        } else if (previous == "طرف" || previous == "سوی") && beforePrevious == "از" || previous == "تیم" {
            strong = .speaker
        } else {
            strong = nil
        }
        if isThirdPartyNotice { return strong }
        if previous == "از" && words[after...].prefix(4).contains(where: { ClassifierLexicon.firstPersonVerbs.contains($0.text) }) {
            return nil  // a person: "از X خریدم"
        }
        if let strong { return strong }
        if let previous, ClassifierLexicon.speakerNouns.contains(previous) { return .speaker }
        if hasShopVoice && previous == "در" { return .voice }
        if isLatin { return .latinName }
        return isEverydayPhrase(range) ? nil : .distinctiveName
    }

    /// Whether the matched words are all everyday words, so that they may just be language.
    func isEverydayPhrase(_ range: Range<Int>) -> Bool {
        message.folded[range].split(separator: 0x20).allSatisfy {
            CommonWords.contains(String(decoding: $0, as: UTF8.self))
        }
    }

    /// The name opens the message: nothing but marks before it, and a mark, line break or the end after.
    private func isPrefix(_ range: Range<Int>, suffixEnd: Int) -> Bool {
        guard !(0..<range.lowerBound).contains(where: { message.isLetter(at: $0) || isDigit(message.folded[$0]) }) else { return false }
        return isSeparated(after: suffixEnd)
    }

    /// The name closes the message, set apart by a mark or a line break; an opt-out line may follow.
    private func isSignature(_ range: Range<Int>, suffixEnd: Int, wordsAfter: ArraySlice<(text: String, range: Range<Int>)>) -> Bool {
        let trailing = wordsAfter.allSatisfy { $0.text == "لغو" || $0.text.allSatisfy(\.isNumber) || $0.text == "off" }
        guard trailing else { return false }
        var index = range.lowerBound
        while index > 0 && message.folded[index - 1] == 0x20 { index -= 1 }
        guard index > 0 else { return false }
        let mark = message.folded[index - 1]
        return message.hasLineBreak(between: index, and: range.lowerBound) || !message.hasLetter(before: index) && mark != 0x20
            && !isDigit(mark)
    }

    private func isSeparated(after end: Int) -> Bool {
        var index = end
        while index < message.folded.count && message.folded[index] == 0x20 { index += 1 }
        guard index < message.folded.count else { return true }
        if message.hasLineBreak(between: end, and: index) { return true }
        return [UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "|"), UInt8(ascii: ")"), UInt8(ascii: "]"), 0xD8].contains(message.folded[index])
            && !message.isLetter(at: index)
    }

    private func hasDomain(of shop: Shop, shop index: Int, links: [MessageLink], patterns: ClassifierPatterns) -> Bool {
        let labels = patterns.brandLabels.filter { $0.shop == index }.map(\.label)
        return links.contains { link in
            shop.domains.contains { ContactFinder.registrableDomain($0) == link.registrableDomain }
                || labels.contains { link.host.contains($0) }
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

extension MessageText {
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
}
