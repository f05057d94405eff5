/// Decides where a message presents itself as a shop.
///
/// A match of a shop's name is a claim when:
/// - it stands as whole words (a longer word holding the name, "کالابرگ", is no match), with any spacing
///   inside and a suffix allowed after ("…کالایی", "…کالا،");
/// - the name reads as nothing but the shop, or, for a name made of everyday words ("با کالا"), when the
///   message shows the shop speaking: the name opens it ("X:") or signs it, a noun presents it ("فروشگاه X",
///   "تیم X", "از طرف X"), the shop's domain is there, or an order or offer is "in X";
/// - and the message is not a bank, police or post notice naming the shop in passing (a payer, a
///   consignor, a warning "از طرف X"), nor a person writing "از X خریدم". In such notices only the
///   strongest evidence counts: the name opening or signing the message, or the shop's domain.
struct ClaimDetector {
    struct Found {
        let shop: Int
        /// Folded byte range, suffix included.
        let range: Range<Int>
        let evidence: Claim.Evidence
    }

    let patterns: ClassifierPatterns
    let registry: Registry

    /// The claims of `message`; `mentioned` receives the shops named as whole words but not as the speaker.
    func claims(
        in message: MessageText, terms: MessageTerms, links: [MessageLink], hasLatinWord: Bool, spelledOut: [Range<Int>], risks: inout [Risk],
        mentioned: inout [Int]
    ) -> [Found] {
        var accepted: [Found] = []
        var speaker = SpeakerEvidence(message: message, terms: terms, links: links, patterns: patterns, registry: registry)
        for hit in terms.nameHits {
            let shop: Int, isLatinName: Bool
            switch patterns.roles[hit.pattern] {
            case .name(let index): shop = index; isLatinName = false
            case .latinName(let index): shop = index; isLatinName = true
            default: continue
            }
            let start = message.matchStart(end: hit.end, length: patterns.automaton.patternLengths[hit.pattern])
            // A name the registry writes in Latin letters ("Nava Market") reads as any Latin spelling.
            let isLatin = isLatinName || message.folded[start..<hit.end].allSatisfy { $0 < 0x80 }
            guard !message.hasLetter(before: start), let end = message.suffixEnd(at: hit.end) else { continue }
            // "news.example.com/pixland-review": another site's page about the shop; "@shop_ir …": written
            // to the shop.
            if (isLatin && isInLinkPath(start, links: links, in: message)) || isMentioned(at: start, in: message)
                || (isLatin && isEverydayBrandInAnotherHost(start, of: shop, links: links))
                || (isLatin && isLowercaseEnglishWords(start..<hit.end, in: message)) {
                if !mentioned.contains(shop) { mentioned.append(shop) }
                continue
            }
            if accepted.contains(where: { $0.range.overlaps(start..<end) && ($0.shop == shop || $0.range.count >= end - start) }) {
                continue
            }
            guard let evidence = speaker.evidence(for: shop, name: start..<hit.end, suffixEnd: end, isLatin: isLatin) else {
                if !mentioned.contains(shop) { mentioned.append(shop) }
                continue
            }
            accepted.removeAll { $0.range.overlaps(start..<end) && $0.shop != shop }
            accepted.append(Found(shop: shop, range: start..<end, evidence: evidence))
            risks.append(contentsOf: spanRisks(in: message, range: start..<hit.end, isLatin: isLatin))
        }
        if hasLatinWord {
            // Latin spellings are read for who speaks like any name: a bank alert or a chat in Latin
            // letters names a shop in passing just the same.
            for found in transliterations(in: message, excluding: accepted)
            where !isInLinkPath(found.range.lowerBound, links: links, in: message) && !isMentioned(at: found.range.lowerBound, in: message)
                && !isEverydayBrandInAnotherHost(found.range.lowerBound, of: found.shop, links: links) {
                if let evidence = speaker.evidence(for: found.shop, name: found.range, suffixEnd: found.range.upperBound, isLatin: true) {
                    accepted.append(Found(shop: found.shop, range: found.range, evidence: evidence))
                    risks.append(contentsOf: spanRisks(in: message, range: found.range, isLatin: true))
                } else if !mentioned.contains(found.shop) {
                    mentioned.append(found.shop)
                }
            }
        }
        // "م.ی.و.ه ت.ا.ز.ه: …": a name spelled out letter by letter with marks between.
        let spelledOutShops = spelledOut.isEmpty ? [] : SpelledOutNames(patterns: patterns).find(in: message, runs: spelledOut)
        for (shop, range) in spelledOutShops where !accepted.contains(where: { $0.range.overlaps(range) }) {
            let isLatin = message.folded[range].allSatisfy { $0 < 0x80 }
            if let evidence = speaker.evidence(for: shop, name: range, suffixEnd: range.upperBound, isLatin: isLatin) {
                accepted.append(Found(shop: shop, range: range, evidence: evidence))
                risks.append(Risk(kind: .obfuscatedName, text: message.originalText(of: range), detail: "letters set apart by marks"))
            } else if !mentioned.contains(shop) {
                mentioned.append(shop)
            }
        }
        // "از X گرفتم، لینکش: x.ir/p/1": a person shares the page of a shop they bought from.
        let namedByPerson = speaker.namedByPerson
        Self.demote(&accepted, to: &mentioned) { $0.evidence == .domain && namedByPerson.contains($0.shop) }
        // "کد تخفیف X و Y"، "X: KAL15 | Y: NILA20 | Z: ZT10": a list of shops is a digest of someone else's.
        if isListOfShops(accepted, mentioned: mentioned, in: message, speaker: speaker) {
            Self.demote(&accepted, to: &mentioned) { Self.listedEvidence.contains($0.evidence) }
        }
        // "X: … pixland.ir/…", "X | خرید اقساطی از Y با X": the shop opening the message speaks; another
        // shop it names or links without a heading, signature or speaker noun of its own is only where
        // the link goes or what the offer is about, unless the heading names that shop too ("X و Y: …").
        if let opener = accepted.first(where: { $0.evidence == .prefix }) {
            Self.demote(&accepted, to: &mentioned) { found in
                found.shop != opener.shop && Self.weakEvidence.contains(found.evidence) && !speaker.isInHeading(found.range)
            }
        }
        return accepted.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// A heading that misspells a shop's name on purpose ("ذرکام: …", "فروشگاه سبزینوو 🎁"): the shop,
    /// presented as the speaker, with the misspelling as a risk. Read only when nothing else is claimed.
    func misspelledHeading(in message: MessageText, risks: inout [Risk]) -> Found? {
        let folded = message.folded
        // A heading of one or two words (after a business noun: "فروشگاه X 🎁") ended by ":", "|" or an
        // emoji, found word by word: most messages have none, and this costs them a word or two.
        func endsHeading(_ index: Int) -> Bool {
            index < folded.count && (folded[index] == UInt8(ascii: ":") || folded[index] == UInt8(ascii: "|") || message.isPictograph(at: index))
        }
        guard var word = message.word(startingAt: message.isPictograph(at: 0) ? UTF8Scalar.length(lead: folded[0]) : 0) else { return nil }
        if ClassifierLexicon.ownBusinessNouns.contains(word: WordHash.of(folded[word])), let next = message.word(startingAt: word.upperBound),
            !message.hasLineBreak(between: word.upperBound, and: next.lowerBound) {
            word = next
        }
        var last = word
        var end = message.skippingSpaces(from: word.upperBound)
        if !endsHeading(end), let second = message.word(startingAt: end), !message.hasLineBreak(between: word.upperBound, and: second.lowerBound) {
            last = second
            end = message.skippingSpaces(from: second.upperBound)
        }
        // Only now, for the few messages with such a heading, are the words gathered.
        guard endsHeading(end) else { return nil }
        let words = last == word ? [folded[word]] : [folded[word], folded[last]]
        guard let shop = patterns.misspelledNames.shop(misspelledBy: words) else { return nil }
        let range = word.lowerBound..<last.upperBound
        risks.append(Risk(kind: .obfuscatedName, text: message.originalText(of: range), detail: "a shop's name misspelled"))
        return Found(shop: shop, range: range, evidence: .prefix)
    }

    /// Moves the claims `isOnlyNamed` picks out of `accepted`, their shops into `mentioned`.
    private static func demote(_ accepted: inout [Found], to mentioned: inout [Int], where isOnlyNamed: (Found) -> Bool) {
        for found in accepted where isOnlyNamed(found) && !mentioned.contains(found.shop) { mentioned.append(found.shop) }
        accepted.removeAll(where: isOnlyNamed)
    }

    /// Whether the claims name two shops as neighbouring items of one list ("X و Y", "X، Y"), or the
    /// message names three shops or more (those only mentioned count too: "۱- X ۲- Y ۳- Z" where Y is an
    /// everyday phrase), none of them heading or signing the message: a coupon site's, a poll's or a
    /// comparison's digest, not one shop speaking.
    private func isListOfShops(_ accepted: [Found], mentioned: [Int], in message: MessageText, speaker: SpeakerEvidence) -> Bool {
        guard !accepted.isEmpty, accepted.allSatisfy({ Self.listedEvidence.contains($0.evidence) }) else { return false }
        let shops = Set(accepted.map(\.shop))
        if shops.union(mentioned).count >= 3 { return true }
        guard shops.count == 2 else { return false }
        let sorted = accepted.sorted { $0.range.lowerBound < $1.range.lowerBound }
        return zip(sorted, sorted.dropFirst()).contains { first, second in
            first.shop != second.shop && speaker.listItemEnd(before: second.range.lowerBound).map { end in
                message.skippingSpaces(backFrom: end) == first.range.upperBound
            } ?? false
        }
    }

    /// Evidence a shop listed among others has: its name, in either script, maybe after a noun.
    private static let listedEvidence: [Claim.Evidence] = [.distinctiveName, .latinName, .speaker, .voice]

    /// Evidence that a name is there, but not that its shop heads, signs or introduces the message.
    private static let weakEvidence: [Claim.Evidence] = [.domain, .distinctiveName, .voice, .latinName]

    /// Whether the name at folded position `start` follows an "@" that starts a word: an @mention.
    private func isMentioned(at start: Int, in message: MessageText) -> Bool {
        start > 0 && message.folded[start - 1] == UInt8(ascii: "@") && (start == 1 || message.folded[start - 2] == 0x20)
    }

    /// Whether the shop is named with an everyday word and folded position `index` lies in the name of a
    /// host that is not the shop's own ("cinema-ayneh.ir"): not in a subdomain spelled as the shop
    /// ("loghmeh.app-update.ir" still speaks as it).
    private func isEverydayBrandInAnotherHost(_ index: Int, of shop: Int, links: [MessageLink]) -> Bool {
        guard patterns.everydayNameShops.contains(shop) else { return false }
        return links.contains { link in
            link.range.contains(index) && !patterns.shopDomains[shop].contains(link.registrableDomain)
                && !patterns.brandLabels.contains { $0.shop == shop && RiskDetector.namesSubdomain($0.bytes, of: link) }
        }
    }

    /// Whether folded position `index` lies in a link's path or query, past its host.
    private func isInLinkPath(_ index: Int, links: [MessageLink], in message: MessageText) -> Bool {
        guard let link = links.first(where: { $0.range.contains(index) }) else { return false }
        var position = link.range.lowerBound
        // Past "scheme://" when there is one.
        if let colon = (position..<index).first(where: { message.folded[$0] == UInt8(ascii: ":") }),
           colon + 2 < index, message.folded[colon + 1] == UInt8(ascii: "/"), message.folded[colon + 2] == UInt8(ascii: "/") {
            position = colon + 3
        }
        return (position..<index).contains { message.folded[$0] == UInt8(ascii: "/") || message.folded[$0] == UInt8(ascii: "?") }
    }

    /// Latin spellings the automaton cannot see: a shop's Latin name split by a hyphen, underscore or
    /// space ("Novin-Market"), and Latin words whose consonants spell its Persian name ("MasterShabakeh"
    /// for "مسترشبکه").
    private func transliterations(in message: MessageText, excluding accepted: [Found]) -> [Found] {
        let words = latinWords(in: message)
        guard !words.isEmpty else { return [] }
        var found: [Found] = []
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: message.folded.count) { joined in
            for first in words.indices {
                // The words from `first` on, joined one more at a time into `joined`.
                var letters = 0
                for last in first..<min(first + 3, words.count) {
                    let part = words[last]
                    // Only one separator byte between parts: "novin-market", "novin market".
                    if last > first && part.lowerBound - words[last - 1].upperBound != 1 { break }
                    // A digit for a vowel reads as the vowel it imitates: "g4dget" is "gadget".
                    for byte in message.folded[part] { joined[letters] = Self.vowel(forDigit: byte) ?? byte; letters += 1 }
                    let range = words[first].lowerBound..<part.upperBound
                    guard letters >= 4, !accepted.contains(where: { $0.range.overlaps(range) }) else { continue }
                    let word = UnsafeBufferPointer(rebasing: joined[0..<letters])
                    func note(_ shop: Int) {
                        if !found.contains(where: { $0.shop == shop }) { found.append(Found(shop: shop, range: range, evidence: .latinName)) }
                    }
                    // "Gadget Ville", "gadget-ville"; but "a smart box" in lower case is English, not a name.
                    if last > first {
                        guard isJoinedByMark(words[first...last], in: message) || hasCapital(range, in: message) else { continue }
                        for brand in patterns.brandLabels where brand.bytes.elementsEqual(word) { note(brand.shop) }
                    } else if message.folded[part].contains(where: { Self.vowel(forDigit: $0) != nil }) {
                        for brand in patterns.brandLabels where brand.bytes.elementsEqual(word) { note(brand.shop) }
                    }
                    guard letters >= 5 else { continue }
                    let skeleton = Transliteration.latinSkeletonHash(word)
                    if skeleton.length >= 4, let shops = patterns.latinSkeletons[skeleton.hash] { shops.forEach(note) }
                }
            }
        }
        return found
    }

    /// A Latin name matched across spaces in lower case ("a smart box", "a chic market"): English words,
    /// where the shop writes "SmartBox" or "Smart Box".
    private func isLowercaseEnglishWords(_ range: Range<Int>, in message: MessageText) -> Bool {
        message.folded[range].contains(0x20) && !hasCapital(range, in: message)
    }

    /// Whether every gap between the words is a hyphen or underscore, not a space.
    private func isJoinedByMark(_ words: ArraySlice<Range<Int>>, in message: MessageText) -> Bool {
        zip(words, words.dropFirst()).allSatisfy { pair in message.folded[pair.0.upperBound] != 0x20 }
    }

    /// Whether the words as written hold a capital letter.
    private func hasCapital(_ range: Range<Int>, in message: MessageText) -> Bool {
        message.original[message.originalRange(of: range)].contains { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// Runs of ASCII letters standing as words.
    private func latinWords(in message: MessageText) -> [Range<Int>] {
        var words: [Range<Int>] = []
        words.reserveCapacity(16)  // one allocation for a link's or a sentence's words, not five growths
        let folded = message.folded
        var index = 0
        while let start = ByteSearch.firstLatinLetter(in: folded, from: index) {
            index = start
            while index < folded.count && (folded[index] &- 0x61 < 26 || isVowelDigit(at: index, in: folded)) { index += 1 }
            if !message.hasLetter(before: start) && !message.isLetter(at: index) { words.append(start..<index) }
        }
        return words
    }

    /// The vowel a digit imitates in a Latin word ("0" for "o", "4" for "a"), or nil.
    @inline(__always)
    private static func vowel(forDigit byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0"): return UInt8(ascii: "o")
        case UInt8(ascii: "1"): return UInt8(ascii: "i")
        case UInt8(ascii: "3"): return UInt8(ascii: "e")
        case UInt8(ascii: "4"): return UInt8(ascii: "a")
        default: return nil
        }
    }

    /// A digit written for a vowel between two Latin letters ("G4dget", "Kid0rama"): part of the word;
    /// the consonants still spell the name.
    private func isVowelDigit(at index: Int, in folded: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0, index + 1 < folded.count, Self.vowel(forDigit: folded[index]) != nil else {
            return false
        }
        return folded[index - 1] &- 0x61 < 26 && folded[index + 1] &- 0x61 < 26
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
        // "Kid0rama": a digit standing for a letter.
        if isLatin && message.folded[range].contains(where: { $0 >= 0x30 && $0 <= 0x39 })
            && message.folded[range].contains(where: { $0 >= 0x61 && $0 <= 0x7A }) {
            risks.append(Risk(kind: .obfuscatedName, text: text, detail: "digits for letters"))
        }
        // "تیـــرا": the name stretched with tatweel so that a plain search for it fails.
        if scalars.contains(where: { $0.value == 0x0640 }) {
            risks.append(Risk(kind: .obfuscatedName, text: text, detail: "stretched with tatweel"))
        }
        // "ژا👟کو": an emoji inside the name, which folding took out.
        if scalars.contains(where: { TextFolder.isPictograph($0.value) }) {
            risks.append(Risk(kind: .obfuscatedName, text: text, detail: "an emoji inside the name"))
        }
        let fragments = message.folded[range].split(separator: 0x20)
        let singleLetters = fragments.filter { $0.count <= 2 }.count
        if fragments.count >= 3 && singleLetters >= 2 {
            risks.append(Risk(kind: .obfuscatedName, text: text, detail: "\(fragments.count) pieces"))
        }
        return risks
    }
}

/// Reads, around one name, whether the shop is the one speaking.
struct SpeakerEvidence {
    let message: MessageText
    let terms: MessageTerms
    let links: [MessageLink]
    let patterns: ClassifierPatterns
    let registry: Registry

    private static let az = Array("از".utf8), dar = Array("در".utf8), colloquialIn = Array("تو".utf8), va = Array("و".utf8)
    /// "az X kharidam", "tu X": the same words in Finglish.
    private static let latinFrom = [Array("az".utf8), Array("tu".utf8), Array("too".utf8)]
    private static let cancel = Array("لغو".utf8), off = Array("off".utf8)

    /// The message's heading, read once, when first needed (most claims never need it).
    private var readHeading: MessageHeading??
    private var heading: MessageHeading? {
        mutating get {
            if readHeading == nil { readHeading = .some(message.heading) }
            return readHeading!
        }
    }
    /// Whether the heading or the closing line says another business speaks; read once, when first needed.
    private var anotherBusinessSpeaks: Bool?
    /// Shops a person talks about ("از X گرفتم", "تو X ثبت‌نام کن", "لینک تخفیف X رو برات فرستادم"): a
    /// link to such a shop's site in the same message is the person sharing it, not the shop speaking.
    private(set) var namedByPerson: [Int] = []

    init(message: MessageText, terms: MessageTerms, links: [MessageLink], patterns: ClassifierPatterns, registry: Registry) {
        self.message = message
        self.terms = terms
        self.links = links
        self.patterns = patterns
        self.registry = registry
    }

    /// Whether `range` lies in the message's heading.
    mutating func isInHeading(_ range: Range<Int>) -> Bool {
        guard let heading else { return false }
        return range.upperBound <= heading.end
    }

    /// The evidence that the name at `name` is the shop speaking, or nil when it is not a claim.
    mutating func evidence(for shop: Int, name: Range<Int>, suffixEnd: Int, isLatin: Bool) -> Claim.Evidence? {
        // A person passing a shop's message on speaks for themselves, whatever the quoted words say.
        if isForwarded || isQuotedByAPerson(name) { return nil }
        // "سلام X، …": the message is written to someone of that name, not by the shop.
        if isAddressed(name, suffixEnd: suffixEnd) { return nil }
        let speaker = terms.speakerNoun(before: name.lowerBound, in: message)
        let strong: Claim.Evidence?
        if isPrefix(name, suffixEnd: suffixEnd) {
            strong = .prefix
        } else if isSignature(name, suffixEnd: suffixEnd) {
            strong = .signature
        } else if hasDomain(of: shop) {
            strong = .domain
        } else if terms.salutation(before: speaker?.range.lowerBound ?? name.lowerBound, in: message) != nil && isSeparated(after: suffixEnd) {
            // "مشتری گرامی X،", "مشتری گرامی فروشگاه X،": the shop greeting its own customers, however much
            // the rest reads like a bank's notice.
            strong = .speaker
        } else {
            strong = nil
        }
        // "پرداخت … به پذیرنده «X» انجام شد": a payment's merchant, named by whoever took the payment.
        if strong != .prefix && strong != .signature && (isNamedAsMerchant(name) || isNamedAsSeller(name)) { return nil }
        // "از پشتیبانی X هستم": before the notice test, since an impostor's talk of transfers and
        // balances reads like a bank's notice.
        if strong == nil && isSelfIntroduction(name, speaker: speaker) { return .speaker }
        if terms.isThirdPartyNotice { return strong }
        let followsFrom = message.wordBefore(name.lowerBound, is: Self.az) || message.wordBefore(name.lowerBound, is: Self.colloquialIn)
            || (isLatin && Self.latinFrom.contains { message.wordBefore(name.lowerBound, is: $0) })
        if followsFrom && (terms.has(.firstPerson, in: message.sentenceRange(around: name.lowerBound)) || opensGreetingAFriend) {
            if !namedByPerson.contains(shop) { namedByPerson.append(shop) }
            return nil  // a person: "از X خریدم", "با کد معرف من تو X ثبت‌نام کن"
        }
        // A person talking about the shop ("با پشتیبانی X حرف زدم", "X رو دیدی؟", "لینک X رو برات
        // فرستادم: x.ir/…"): the name is no claim unless the shop opens or signs the message; a link to
        // its site is the person sharing it.
        if (strong == nil || strong == .domain) && terms.has(.narration, in: message.sentenceRange(around: name.lowerBound)) {
            if !namedByPerson.contains(shop) { namedByPerson.append(shop) }
            return nil
        }
        if (strong == nil || strong == .domain) && followsFrom && isPageSharingItsCode(before: name) {
            if !namedByPerson.contains(shop) { namedByPerson.append(shop) }
            return nil
        }
        if let strong { return strong }
        if isInQuotedTitle(name, suffixEnd: suffixEnd) { return nil }
        // "سفارش دیشب از X", "بابت خرید از X": where something was bought, told by whoever took the money.
        if isBoughtFrom(before: name.lowerBound) { return nil }
        // "فروشگاه‌های طرف قرارداد از جمله X": one shop of several, given as an example.
        if isNamedAsExample(name) { return nil }
        // Another organization's message naming the shop in passing.
        if anotherBusinessSpeaks == nil {
            let heading = heading
            anotherBusinessSpeaks = message.opensWithAnotherSpeaker(heading, nameHits: terms.nameHits) || opensWithOwnBrand(heading)
                || message.opensWithSellerHeading(heading) || message.closesWithAnotherSpeaker
                || message.opensWithAnotherSpeakerLine(nameHits: terms.nameHits)
        }
        if anotherBusinessSpeaks! || namesAnotherBusiness(heading, with: name) { return nil }
        if let speaker, !isOrigin(speaker) { return .speaker }
        // "قرعه‌کشی بزرگ #X": a campaign branded with the shop's hashtag; a person's "#X خیلی راضیم 😍"
        // was read as a person above.
        if isHashtag(name, suffixEnd: suffixEnd) { return .speaker }
        if terms.hasShopVoice && message.wordBefore(name.lowerBound, is: Self.dar) { return .voice }
        // "ghaliche ro too divar gozashtam": an everyday name in Latin letters is the same everyday word;
        // in a link's host ("ghaliche.app-update.ir") it is the brand still.
        if isLatin {
            // "Fanοos Club" with a Greek omicron: look-alike letters disguise a brand, never an everyday word.
            let isWord = patterns.transliteratedEverydayShops.contains(shop) && !links.contains { $0.range.contains(name.lowerBound) }
                && !message.original[message.originalRange(of: name)].contains { $0 >= 0x80 }
            return isWord ? nil : .latinName
        }
        return isEverydayPhrase(name) ? nil : .distinctiveName
    }

    /// Someone introduces themselves as the shop's ("از پشتیبانی X مزاحمتون میشم", "از X تماس میگیرم",
    /// "کارشناس X هستم"): a claim however colloquial the rest, since impostors call and write like people.
    private func isSelfIntroduction(_ name: Range<Int>, speaker: MessageTerms.Term?) -> Bool {
        // Most messages introduce nobody: look for the words before reading sentences.
        guard terms.hasSelfIntroduction else { return false }
        let sentence = message.sentenceRange(around: name.lowerBound)
        // "یکی زنگ زد گفت از پشتیبانی X ام": someone else's words, reported.
        if terms.hasReportingVerb(in: sentence.lowerBound..<name.lowerBound, of: message) { return false }
        let isStaff = speaker.map { noun in Self.staffNouns.contains { $0.elementsEqual(message.folded[noun.range]) } } ?? false
        let afterAz = speaker == nil && message.wordBefore(name.lowerBound, is: Self.az)
        guard isStaff || afterAz else { return false }
        return terms.terms.contains { term in
            guard case .cue(.selfIntroduction(let needsStaffNoun)) = term.role, sentence.contains(term.range.lowerBound) else { return false }
            return isStaff || !needsStaffNoun
        }
    }

    private static let staffNouns = ClassifierLexicon.staffNouns.map { Array($0.utf8) }

    /// The name follows "پذیرنده" (a payment's merchant), maybe in guillemets: "به پذیرنده «X»".
    private func isNamedAsMerchant(_ name: Range<Int>) -> Bool {
        word(before: name, among: Self.merchantWords) != nil
    }

    private static let merchantWords = ["پذیرنده", "merchant", "pazirande", "paziresh"].map { Array($0.utf8) }

    /// "… که از فروشنده X خریدید": a marketplace naming one of its sellers mid-message; a seller's own
    /// heading ("غرفه X: …") opens the message instead.
    private func isNamedAsSeller(_ name: Range<Int>) -> Bool {
        (word(before: name, among: Self.sellerWords)?.lowerBound ?? 0) > 0
    }

    private static let sellerWords = ["فروشنده", "غرفه", "seller"].map { Array($0.utf8) }

    /// The word right before the name, over spaces and an opening guillemet, when it is one of `words`.
    private func word(before name: Range<Int>, among words: [[UInt8]]) -> Range<Int>? {
        var end = message.skippingSpaces(backFrom: name.lowerBound)
        if end >= 2 && message.folded[end - 2] == 0xC2 && message.folded[end - 1] == 0xAB { end -= 2 }  // «
        guard let word = message.word(endingBefore: end), words.contains(where: { $0.elementsEqual(message.folded[word]) }) else { return nil }
        return word
    }

    /// The name follows "از جمله", "مانند", "such as", or is a later item of a list they open ("مثل X و Y",
    /// "از جمله X، Y و Z"): an example in a list of shops.
    private func isNamedAsExample(_ name: Range<Int>) -> Bool {
        if followsExampleMarker(name.lowerBound) { return true }
        guard var start = listItemEnd(before: name.lowerBound) else { return false }
        for _ in 0..<8 {
            if let end = listItemEnd(before: start) { start = end; continue }
            guard let word = message.word(endingBefore: start) else { return false }
            if followsExampleMarker(word.lowerBound) { return true }
            start = word.lowerBound
        }
        return false
    }

    private func followsExampleMarker(_ start: Int) -> Bool {
        guard let before = message.word(endingBefore: start) else { return false }
        let previous = message.word(endingBefore: before.lowerBound).map { WordHash.of(message.folded[$0]) }
        let last = WordHash.of(message.folded[before])
        return ClassifierLexicon.exampleMarkers.occurs(in: previous.map { [$0, last] } ?? [last])
    }

    /// Where the list item before `start` ends, when "و", "یا" or a comma joins it to the one at `start`.
    func listItemEnd(before start: Int) -> Int? {
        let stop = message.skippingSpaces(backFrom: start)
        if stop >= 1 && message.folded[stop - 1] == UInt8(ascii: ",") { return stop - 1 }
        if stop >= 2 && message.folded[stop - 2] == 0xD8 && message.folded[stop - 1] == 0x8C { return stop - 2 }  // "،"
        guard let word = message.word(endingBefore: start),
            Self.listConjunctions.contains(where: { $0.elementsEqual(message.folded[word]) }) else { return nil }
        return word.lowerBound
    }

    private static let listConjunctions = ["و", "یا", "and", "or"].map { Array($0.utf8) }

    /// "از" before `start` (or "از X و" before it: "از X و Y"), and a purchase noun within three words
    /// before the "از": "خرید", "سفارش", "فاکتور"; not a purchase noun that opens the message.
    private func isBoughtFrom(before start: Int) -> Bool {
        guard let before = message.word(endingBefore: start) else { return false }
        var position = before.lowerBound
        if message.folded[before].elementsEqual(Self.va) {
            // "از X و Y": back over X, a word or two, to the "از".
            var from: Int?
            var cursor = position
            for _ in 0..<3 {
                guard let word = message.word(endingBefore: cursor) else { break }
                if message.folded[word].elementsEqual(Self.az) { from = word.lowerBound; break }
                cursor = word.lowerBound
            }
            guard let from else { return false }
            position = from
        } else if !message.folded[before].elementsEqual(Self.az) {
            return false
        }
        for _ in 0..<3 {
            guard let word = message.word(endingBefore: position) else { return false }
            // A purchase noun opening the message heads an advert: "خرید آنلاین صبحانه از X".
            if Self.purchaseNouns.contains(where: { message.folded[word].starts(with: $0) }) { return word.lowerBound > 0 }
            position = word.lowerBound
        }
        return false
    }

    private static let purchaseNouns = ["خرید", "سفارش", "فاکتور", "قسط", "kharid", "sefaresh"].map { Array($0.utf8) }

    /// The message opens with the name of a business that is no registered shop, and links that
    /// business's own domain ("ارزان‌یاب | … arzanyab.ir/…", "نقدستان: … naghdestan.ir/…") or gives the
    /// name in Latin letters too ("تیزبار | Tizbar"): that business speaks, and names the shop in passing.
    /// A fraud in a shop's name does not head it with another brand.
    private func opensWithOwnBrand(_ heading: MessageHeading?) -> Bool {
        guard let heading, heading.words.count <= 3, let first = heading.words.first,
              !terms.nameHits.contains(where: { $0.end <= heading.end }) else { return false }
        let words = first.lowerBound..<heading.words[heading.words.count - 1].upperBound
        let skeleton = Transliteration.skeleton(String(decoding: message.folded[words], as: UTF8.self))
        guard skeleton.count >= 3 else { return false }
        if heading.endsWithColonOrBar, let latin = message.word(startingAt: heading.end + 1), message.folded[latin].allSatisfy({ $0 < 0x80 }),
           !message.hasLineBreak(between: heading.end, and: latin.lowerBound),
           Transliteration.spells(Transliteration.latinSkeleton(message.folded[latin]), skeleton) {
            return true
        }
        let risks = RiskDetector(patterns: patterns, registry: registry)
        return links.contains { link in
            // A shop's own domain, or one imitating it ("besarfe-shop.ir"), is no other business's.
            guard !patterns.ownDomains.contains(link.registrableDomain), risks.imitatedShop(by: link) == nil else { return false }
            let label = Transliteration.latinSkeleton(ContactFinder.mainLabel(of: link.host).utf8)
            return Transliteration.spells(label, skeleton)
        }
    }

    /// The heading opens with another kind of business and holds the name further on ("کلینیک دندانپزشکی
    /// لبخند X:", "آموزشگاه X:", "پردیس سینمایی X 🎬"): a clinic, a school or a cinema named with the
    /// shop's words, not the shop.
    private mutating func namesAnotherBusiness(_ heading: MessageHeading?, with name: Range<Int>) -> Bool {
        guard let heading, heading.words.count <= 5, name.upperBound <= heading.end,
              name.lowerBound > heading.words[0].lowerBound else { return false }
        let opening = heading.words.prefix(2).map { WordHash.of(message.folded[$0]) }
        guard !ClassifierLexicon.ownBusinessNouns.contains(word: opening[0]) else { return false }
        return ClassifierLexicon.organizationNouns.contains(word: opening[0]) || ClassifierLexicon.organizationNouns.occurs(in: opening)
    }

    /// The name stands inside a quoted title with other words («نوای ماندگار», "the concert «X Nights»"):
    /// a film, a book or a show named with the shop's word.
    private func isInQuotedTitle(_ name: Range<Int>, suffixEnd: Int) -> Bool {
        let folded = message.folded
        // « is C2 AB and » is C2 BB in UTF-8; folding keeps both.
        guard let open = (0..<max(0, name.lowerBound - 1)).last(where: { folded[$0] == 0xC2 && folded[$0 + 1] == 0xAB }),
              let close = (suffixEnd..<max(suffixEnd, folded.count - 1)).first(where: { folded[$0] == 0xC2 && folded[$0 + 1] == 0xBB }),
              !message.hasLineBreak(between: open, and: close) else { return false }
        // Nothing but the name between the marks: the shop's name quoted, which says nothing either way.
        return (open + 2..<close).contains { !(name.lowerBound..<suffixEnd).contains($0) && message.isLetter(at: $0) }
    }

    /// The message passes another one on: it opens with a forward mark ("Fwd:", "فوروارد") or with a
    /// quotation that closes before the message ends, a comment following it.
    private var isForwarded: Bool {
        let folded = message.folded
        // "Fwd: «X: …» ببین اینو", "Fwd: X: …⏎این مال توئه؟": passed on with words of the person's own, a
        // question or a person's talk. A bare "[Forwarded]" over a shop's words is those words, sent by
        // whoever sent them.
        if let mark = Self.forwardMarks.first(where: { folded.starts(with: $0) }) {
            let asks = folded.contains(UInt8(ascii: "?")) || zip(folded, folded.dropFirst()).contains { $0 == 0xD8 && $1 == 0x9F }
            let hasPersonsWords = asks || terms.terms.contains { $0.role == .cue(.narration) || $0.role == .cue(.firstPerson) }
            var start = mark.count
            while start < folded.count && [0x20, UInt8(ascii: ":"), UInt8(ascii: "]")].contains(folded[start]) { start += 1 }
            return hasPersonsWords || opensQuotationWithComment(at: start)
        }
        if folded.first == UInt8(ascii: ">") && repliesBelowQuote { return true }
        return opensQuotationWithComment(at: 0)
    }

    /// A quotation opens at folded position `start` and closes before the message ends, letters after it.
    private func opensQuotationWithComment(at start: Int) -> Bool {
        let folded = message.folded
        for (open, close) in Self.quotes where folded[start...].starts(with: open) {
            var index = start + open.count
            while index + close.count <= folded.count && !folded[index..<(index + close.count)].elementsEqual(close) { index += 1 }
            // A quotation left open is no forward.
            guard index + close.count <= folded.count else { return false }
            // "«X»⏎…": a shop's name set off as the heading, not a message passed on.
            if quotesOnlyAName((start + open.count)..<index) { return false }
            return (index + close.count..<folded.count).contains { message.isLetter(at: $0) }
        }
        return false
    }

    /// "اینو برام فرستادن، به نظرت واقعیه؟ «X: …»": the name lies in a quotation, and outside it a person
    /// talks (asks, tells what happened); the shop speaks in the quoted message, not in this one.
    private func isQuotedByAPerson(_ name: Range<Int>) -> Bool {
        let narration = terms.terms.filter { $0.role == .cue(.narration) }
        guard !narration.isEmpty else { return false }
        let folded = message.folded
        func occurs(_ mark: [UInt8], at index: Int) -> Bool { folded[index..<(index + mark.count)].elementsEqual(mark) }
        for (open, close) in Self.quotes where open != close {
            guard let opening = stride(from: name.lowerBound - open.count, through: 0, by: -1).first(where: { occurs(open, at: $0) }),
                !(opening..<(name.lowerBound - close.count + 1)).contains(where: { occurs(close, at: $0) }) else { continue }
            let closing = (name.upperBound..<max(name.upperBound, folded.count - close.count + 1)).first { occurs(close, at: $0) } ?? folded.count
            if narration.contains(where: { $0.range.upperBound <= opening || $0.range.lowerBound >= closing }) { return true }
        }
        return false
    }

    /// "سارا هستم از پیج sara.style … با کد SARA20 از X خرید کنید": a page's owner sharing their own code
    /// for the shop. The page speaks, and the shop is where to buy; a shop names no page of its own so.
    private func isPageSharingItsCode(before name: Range<Int>) -> Bool {
        let words = message.wordHashes(in: 0..<message.folded.count)
        // A page, not the shop's own ("پیج اینستاگرام ما", "our page").
        let namesAPage = words.indices.contains { index in
            Self.pageWords.contains(word: words[index]) && !words[(index + 1)...].prefix(2).contains(where: Self.ownWords.contains(word:))
        }
        guard namesAPage else { return false }
        let sentence = message.sentenceRange(around: name.lowerBound)
        return message.wordHashes(in: sentence.lowerBound..<name.lowerBound).contains(where: Self.referralCodeWords.contains(word:))
    }

    private static let pageWords = PhraseSet(["پیج", "پیجم", "page", "pagem", "peyj"])
    private static let ownWords = PhraseSet(["ما", "رسمی", "فروشگاه", "our", "official"])
    private static let referralCodeWords = PhraseSet(["کد", "کدم", "code", "kod", "codam"])

    /// "> X: سفارش شما ارسال شد⏎سفارش کی می‌رسه؟": a reply under quoted lines, as chat apps and e-mail
    /// quote: a later line that does not start with ">" says something of its own.
    private var repliesBelowQuote: Bool {
        let lines = message.original.split(separator: 0x0A, omittingEmptySubsequences: true).dropFirst()
        return lines.contains { line in
            let start = line.firstIndex { $0 != 0x20 && $0 != 0x0D } ?? line.endIndex
            return start < line.endIndex && line[start] != UInt8(ascii: ">") && line[start...].contains { $0 >= 0x80 || ($0 | 0x20) &- 0x61 < 26 }
        }
    }

    /// "سلام مریم جون، تو X کار می‌کردی؟": a message that opens greeting someone fondly by name is a
    /// person's, who asks about the shop as much as they tell of it. ("مشتری عزیز" is no fond name.)
    private var opensGreetingAFriend: Bool {
        let folded = message.folded
        let start = message.isPictograph(at: 0) ? UTF8Scalar.length(lead: folded[0]) : 0
        guard let greeting = message.word(startingAt: start), ClassifierLexicon.greetings.contains(word: WordHash.of(folded[greeting])),
              let name = message.word(startingAt: greeting.upperBound), let fondly = message.word(startingAt: name.upperBound) else {
            return false
        }
        return Self.fondWords.contains(word: WordHash.of(folded[fondly]))
    }

    private static let fondWords = PhraseSet(["جان", "جون", "jan", "joon"])

    /// The name is greeted ("سلام X،", "درود X جان", "hi X!"): a greeting word right before it, and after
    /// it a mark, a line break, the end, or a word of endearment.
    private func isAddressed(_ name: Range<Int>, suffixEnd: Int) -> Bool {
        guard let before = message.word(endingBefore: name.lowerBound),  // nil after a mark: "سلام، X"
              ClassifierLexicon.greetings.contains(word: WordHash.of(message.folded[before])) else { return false }
        let folded = message.folded
        let next = message.skippingSpaces(from: suffixEnd)
        guard next < folded.count, !message.hasLineBreak(between: suffixEnd, and: next) else { return true }
        if let after = message.word(startingAt: next) {
            return ClassifierLexicon.endearments.contains(word: WordHash.of(folded[after]))
        }
        return !isDigit(folded[next])  // a mark: "سلام X،", "hi X!"
    }

    /// Whether the letters of `range` are one registered name and nothing else.
    private func quotesOnlyAName(_ range: Range<Int>) -> Bool {
        guard let first = range.first(where: { message.isLetter(at: $0) }),
              let last = range.last(where: { message.folded[$0] != 0x20 }) else { return false }
        return terms.nameHits.contains { hit in
            guard hit.end == last + 1 else { return false }
            return message.matchStart(end: hit.end, length: patterns.automaton.patternLengths[hit.pattern]) == first
        }
    }

    private static let forwardMarks = ["fwd:", "fw:", "forwarded", "[forwarded", "فوروارد", "بازارسال", "[فوروارد"].map { Array($0.utf8) }
    private static let quotes = [("«", "»"), ("“", "”"), ("\"", "\"")].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// "بسته شما از فروشگاه X": after "از", a noun names where something came from, not who speaks;
    /// only "از طرف X" and "از سوی X" put X behind the words.
    private func isOrigin(_ noun: MessageTerms.Term) -> Bool {
        guard message.wordBefore(noun.range.lowerBound, is: Self.az) else { return false }
        let word = message.folded[noun.range]
        return !Self.onBehalfNouns.contains { $0.elementsEqual(word) }
    }

    private static let onBehalfNouns = ["طرف", "سوی"].map { Array($0.utf8) }

    /// Whether the matched words are all everyday words, so that they may just be language.
    func isEverydayPhrase(_ range: Range<Int>) -> Bool {
        CommonWords.spellsOnlyEverydayWords(message.folded[range])
    }

    /// The name opens the message, alone or after a speaker noun: nothing but marks before, and a mark,
    /// line break or the end after.
    private mutating func isPrefix(_ name: Range<Int>, suffixEnd: Int) -> Bool {
        // "فروشگاه X: …", "شرکت X: …" and "پیک X: …" are the shop's headings as much as "X: …".
        let opening = terms.speakerNoun(before: name.lowerBound, in: message)?.range.lowerBound ?? ownBusinessNoun(before: name.lowerBound)
            ?? name.lowerBound
        if (0..<opening).contains(where: { message.isLetter(at: $0) }) {
            // "بانک Y و X 🎉": the shop closes a heading it shares with a partner.
            return isSeparated(after: suffixEnd) && message.closesPartnerHeading(before: opening, nameHits: terms.nameHits)
        }
        guard isPartCounterAtMost(0..<opening) else { return false }
        // "با سلام،" or "باسلام" on its own line greets; only "باسلام:" heads a message as the shop.
        if isLetterFormula(name) { return isHeadingMark(after: suffixEnd) }
        // Everyday words alone on the first line ("انار⏎خیار⏎…", a shopping list) head a message only
        // when it goes on as a shop's would: an order, an offer, a link, a gift, a code asked for.
        if endsLineOnly(at: suffixEnd) && isEverydayPhrase(name) { return terms.hasShopVoice || !links.isEmpty || terms.hasSecretOrLure }
        return isSeparated(after: suffixEnd) || opensJointHeading(after: suffixEnd)
            || message.opensPartnerHeading(afterName: suffixEnd, nameHits: terms.nameHits)
    }

    /// The start of a noun a shop puts before its own name ("شرکت", "پیک"), right before `start`.
    private func ownBusinessNoun(before start: Int) -> Int? {
        guard let word = message.word(endingBefore: start),
              ClassifierLexicon.ownBusinessNouns.contains(word: WordHash.of(message.folded[word])) else { return nil }
        return word.lowerBound
    }

    /// Whether the name spells a formula that opens or closes letters ("با سلام", "با تشکر").
    private func isLetterFormula(_ name: Range<Int>) -> Bool {
        ClassifierLexicon.letterFormulas.contains(word: WordHash.of(message.folded[name].lazy.filter { $0 != 0x20 }))
    }

    /// Nothing but a line break after `end`: no mark or emoji closes the words off.
    private func endsLineOnly(at end: Int) -> Bool {
        let index = message.skippingSpaces(from: end)
        return index < message.folded.count && message.hasLineBreak(between: end, and: index)
    }

    /// A colon or bar right after `end` on the same line: the words before it are a heading.
    private func isHeadingMark(after end: Int) -> Bool {
        let index = message.skippingSpaces(from: end)
        guard index < message.folded.count, !message.hasLineBreak(between: end, and: index) else { return false }
        return message.folded[index] == UInt8(ascii: ":") || message.folded[index] == UInt8(ascii: "|")
    }

    /// Digits before an opening name are only a part counter of a long message: "(1/2)", "۱/۲", "2)".
    private func isPartCounterAtMost(_ range: Range<Int>) -> Bool {
        let digits = range.filter { isDigit(message.folded[$0]) }.count
        guard digits > 0 else { return true }
        return digits <= 4 && range.contains { message.folded[$0] == UInt8(ascii: "/") || message.folded[$0] == UInt8(ascii: ")") }
    }

    /// A heading shared with another shop: "X و Y:", "X با همکاری Y:": another shop's name, then a
    /// colon, within a few words on the same line.
    private mutating func opensJointHeading(after end: Int) -> Bool {
        guard let heading, heading.endsWithColonOrBar else { return false }
        return terms.nameHits.contains { $0.end > end && $0.end <= heading.end }
    }

    /// The name closes the message as a signature (an opt-out "لغو ۱۱" may follow): after a dash or bar,
    /// or on its own last line after a finished sentence. Not after a label ("فرستنده: X") or as the
    /// last item of a list ("…، نان تازه").
    private func isSignature(_ name: Range<Int>, suffixEnd: Int) -> Bool {
        guard onlyOptOutFollows(suffixEnd) else { return false }
        let before = message.skippingSpaces(backFrom: name.lowerBound)
        guard before > 0 else { return false }
        let mark = message.folded[before - 1]
        if [UInt8(ascii: "-"), UInt8(ascii: "|"), UInt8(ascii: "_"), UInt8(ascii: "*")].contains(mark) { return true }
        // "… واریز می‌شود. تیم X": a speaker noun signing after the last sentence, on the same line.
        if let noun = terms.speakerNoun(before: name.lowerBound, in: message), !isOrigin(noun) {
            let beforeNoun = message.skippingSpaces(backFrom: noun.range.lowerBound)
            if beforeNoun > 0 && endsSentence(at: beforeNoun) { return true }
        }
        // "…\nبا تشکر" closes a letter; a shop named so signs only after a dash or bar.
        guard message.hasLineBreak(between: before, and: name.lowerBound), !isLetterFormula(name) else { return false }
        // On its own line: after a finished sentence, or after a line of a few words (not a list item).
        return endsSentence(at: before) || wordsOnLine(endingAt: before) >= 3 || isCodeLine(endingAt: before)
    }

    /// The line ending at `end` gives a code: "کد: ۴۸۲۹۱", "code 5521" (a code word, then digits).
    private func isCodeLine(endingAt end: Int) -> Bool {
        guard end > 0, isDigit(message.folded[end - 1]) else { return false }
        var start = end - 1
        while start > 0 && !message.isLineBreak(at: start - 1) { start -= 1 }
        return Self.codeWords.contains { message.folded[start...].starts(with: $0) }
    }

    private static let codeWords = ["کد", "code", "رمز"].map { Array($0.utf8) }

    /// Whether a sentence-ending mark (".", "!", "?", "؟") stands just before folded position `end`.
    private func endsSentence(at end: Int) -> Bool {
        let mark = message.folded[end - 1]
        return [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(mark)
            || (end >= 2 && message.folded[end - 2] == 0xD8 && mark == 0x9F)  // ؟
    }

    /// How many words the line ending at folded position `end` has.
    private func wordsOnLine(endingAt end: Int) -> Int {
        var words = 1
        var index = end - 1
        while index > 0 {
            if message.folded[index] == 0x20 {
                if message.hasLineBreak(between: index, and: index + 1) { break }
                words += 1
            }
            index -= 1
        }
        return words
    }

    private func onlyOptOutFollows(_ end: Int) -> Bool {
        var index = end
        let folded = message.folded
        while index < folded.count {
            if message.isLetter(at: index) {
                let wordEnd = message.wordEnd(from: index)
                let word = folded[index..<wordEnd]
                guard word.elementsEqual(Self.cancel) || word.elementsEqual(Self.off) else { return false }
                index = wordEnd
            } else {
                index += 1
            }
        }
        return true
    }

    private func isSeparated(after end: Int) -> Bool {
        let index = message.skippingSpaces(from: end)
        guard index < message.folded.count else { return true }
        if message.hasLineBreak(between: end, and: index) { return true }
        let byte = message.folded[index]
        // "«X»⏎…": a closing quotation mark passes the question on to what follows it.
        if let close = Self.quotes.map(\.1).first(where: { message.folded[index...].starts(with: $0) }) {
            return isSeparated(after: index + close.count)
        }
        // 0xD8 leads the Arabic comma "،"; letters with that lead byte are excluded below.
        let isMark = [UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "|"), UInt8(ascii: ")"), UInt8(ascii: "]"), 0xD8].contains(byte)
        // An emoji after the name ends a heading as a colon does: "X 📦 سفارش شما …".
        return (isMark && !message.isLetter(at: index)) || message.isPictograph(at: index)
    }

    /// A link to the shop's own registered domain, or to a host that opens with that whole domain
    /// ("golbanoo.ir.tarkhis-pay.com"): either way the message presents the shop's address. A host that
    /// only contains the brand ("golbanoo-pay.ir") is a look-alike, not a claim.
    private func hasDomain(of shop: Int) -> Bool {
        links.contains { link in
            !link.isHomograph && patterns.shopDomains[shop].contains { link.registrableDomain == $0 || link.host.hasPrefix($0 + ".") }
        }
    }

    /// "قرعه‌کشی بزرگ #X": the shop's name as a whole hashtag brands a campaign; "#X_خرید" tags a topic.
    private func isHashtag(_ name: Range<Int>, suffixEnd: Int) -> Bool {
        let folded = message.folded
        guard name.lowerBound > 0, folded[name.lowerBound - 1] == UInt8(ascii: "#"), suffixEnd == name.upperBound else { return false }
        return suffixEnd >= folded.count || (folded[suffixEnd] != UInt8(ascii: "_") && !message.isLetter(at: suffixEnd))
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
