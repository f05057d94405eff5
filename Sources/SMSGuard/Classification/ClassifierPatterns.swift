/// Everything the classifier matches, compiled once per registry.
struct ClassifierPatterns: Sendable {
    /// What a pattern stands for.
    enum Role: Sendable, Equatable {
        /// A Persian (or other script) spelling of a shop's name.
        case name(shop: Int)
        /// A Latin spelling of a shop: its id or the main label of one of its domains.
        case latinName(shop: Int)
        /// A term naming a secret (card number, CVV2, second password, one-time code).
        case secret(RiskKind)
        /// A bait term (prize, refund, subsidy, loan), and when it is bait.
        case lure(RiskKind, when: LureCondition = .always)
        /// A word that tells who speaks or what is asked; see `Cue`.
        case cue(Cue)

        var isCue: Bool {
            if case .cue = self { return true }
            return false
        }
    }

    /// When a bait term is bait.
    enum LureCondition: Sendable, Equatable {
        /// Always: "برنده", "قرعه کشی".
        case always
        /// With a sum of money right after it ("هدیه ۲۰۰ هزار تومانی"), and not settled (below); or in a
        /// message asking for a secret ("هدیه‌ی تولد … رمز دوم را وارد کنید").
        case sumOfMoneyAfter
        /// Unless the message reports it settled and asks for nothing: a refund paid back or a credit
        /// line opened is a notice ("بازگشت وجه … واریز شد"), not bait.
        case unlessSettled
        /// Only when the message wants something for it ("کارت هدیه", a product; "برگشت میخوره", a
        /// promise): a secret, a link away, or something sent in its own sentence.
        case whenAsked
        /// Unless its sentence sells on instalments to no one in particular and the message wants nothing
        /// for it ("۶ قسطه و بدون ضامن"); credit granted to the reader ("بدون ضامن برای شما فعال شد") is bait.
        case unlessInstalmentSale
        /// Like `whenAsked`, unless what is free is a service of the sale itself ("ارسال رایگان").
        case freeWhenAsked
    }

    /// Words read for context around names and secrets.
    enum Cue: Sendable, Equatable {
        /// "ارسال کنید": asks to send or type something; `isOwnUse` when typing it into the shop's own page is normal.
        case request(isOwnUse: Bool)
        /// "ندهید", "هرگز": turns a mention into a warning.
        case negation
        /// "جعلی", "کلاهبرداری": a notice warning about bait rather than offering it.
        case warning
        /// A bank, police or post word; `term` tells distinct terms apart.
        case notice(term: Int)
        /// "خریدم": a person writing.
        case firstPerson
        /// "حرف زدم", "گفتم": a person telling what they did; a speaker noun in such a sentence is someone
        /// the person dealt with ("با پشتیبانی X حرف زدم"), not the shop speaking.
        case narration
        /// "مزاحمتون میشم", "هستم": someone introducing themselves as the shop's; `needsStaffNoun` for
        /// words that introduce only after a staff noun ("کارشناس X هستم").
        case selfIntroduction(needsStaffNoun: Bool)
        /// "فروشگاه", "تیم", "طرف": presents the name after it as the speaker.
        case speaker
        /// "مشتری گرامی": a greeting that makes the name after it the speaker when the name ends a phrase
        /// ("مشتری گرامی X،"), not when it runs on into a sentence.
        case salutation
        /// "سفارش", "کد تخفیف": the shop's voice.
        case voice
        /// "واریز شد", "فعال شد": a transaction reported done.
        case settled
    }

    let automaton: PatternAutomaton
    let roles: [Role]
    /// Hashes of the consonant skeletons of the shops' names (four consonants or more) → shop indices,
    /// for Latin transliterations nobody listed ("MasterShabakeh").
    let latinSkeletons: [UInt64: [Int]]
    /// Latin labels that stand for each shop (ids, domain labels), for lookalike-domain checks.
    let brandLabels: [(label: String, bytes: [UInt8], shop: Int)]
    /// Each shop's registrable domains, by shop index.
    let shopDomains: [Set<String>]
    /// Every registered shop's registrable domains.
    let ownDomains: Set<String>
    /// Shops whose Persian name is one everyday word ("آینه", a mirror; "چتر", an umbrella): its Latin
    /// form inside another business's web address ("cinema-ayneh.ir") is that business's word, unless the
    /// message speaks as the shop.
    let everydayNameShops: Set<Int>
    /// Shops of `everydayNameShops` whose Latin names only transliterate the everyday words ("Ghaliche"
    /// for "قالیچه"): in Finglish those are the same everyday words.
    let transliteratedEverydayShops: Set<Int>
    /// The shops' Persian names, for misspellings in a heading.
    let misspelledNames: MisspelledNames

    init(registry: Registry) {
        var patterns: [[UInt8]] = []
        var roles: [Role] = []
        var seen: Set<[UInt8]> = []
        func add(_ text: String, _ role: Role) {
            let bytes = Array(TextFolder.fold(text).bytes.filter { $0 != 0x20 })
            guard !bytes.isEmpty, !seen.contains(bytes + Array("\(role)".utf8)) else { return }
            seen.insert(bytes + Array("\(role)".utf8))
            patterns.append(bytes)
            roles.append(role)
        }
        var skeletons: [UInt64: [Int]] = [:]
        var labels: [(String, [UInt8], Int)] = []
        for (index, shop) in registry.shops.enumerated() {
            for name in shop.names {
                let bare = Self.withoutBusinessNoun(name)
                add(bare, .name(shop: index))
                let skeleton = Transliteration.skeleton(TextFolder.fold(bare).text)
                let key = Transliteration.hash(ofSkeleton: skeleton)
                if skeleton.count >= 4 && !(skeletons[key]?.contains(index) ?? false) { skeletons[key, default: []].append(index) }
            }
            for label in Self.latinLabels(of: shop) {
                add(label, .latinName(shop: index))
                labels.append((label, Array(label.utf8), index))
            }
        }
        for (term, kind) in ClassifierLexicon.secretTerms { add(term, .secret(kind)) }
        for (term, kind) in ClassifierLexicon.lureTerms { add(term, .lure(kind)) }
        for (term, kind) in ClassifierLexicon.transactionLureTerms { add(term, .lure(kind, when: .unlessSettled)) }
        for term in ClassifierLexicon.productGiftTerms { add(term, .lure(.prizeLure, when: .whenAsked)) }
        for term in ClassifierLexicon.promisedRefundTerms { add(term, .lure(.refundLure, when: .whenAsked)) }
        for term in ClassifierLexicon.easyCreditTerms { add(term, .lure(.loanLure, when: .unlessInstalmentSale)) }
        for term in ClassifierLexicon.advanceFeeTerms { add(term, .lure(.loanLure, when: .whenAsked)) }
        for word in ClassifierLexicon.giftWords { add(word, .lure(.prizeLure, when: .sumOfMoneyAfter)) }
        for word in ClassifierLexicon.freeOfferWords { add(word, .lure(.prizeLure, when: .freeWhenAsked)) }
        for word in ClassifierLexicon.settledWords { add(word, .cue(.settled)) }
        for verb in ClassifierLexicon.requestVerbs {
            add(verb, .cue(.request(isOwnUse: ClassifierLexicon.ownUseVerbs.contains(verb))))
        }
        for verb in ClassifierLexicon.ownUseVerbs where !ClassifierLexicon.requestVerbs.contains(verb) { add(verb, .cue(.request(isOwnUse: true))) }
        for word in ClassifierLexicon.negations { add(word, .cue(.negation)) }
        for word in ClassifierLexicon.warnings { add(word, .cue(.warning)) }
        for (index, term) in ClassifierLexicon.thirdPartyNoticeTerms.enumerated() { add(term, .cue(.notice(term: index))) }
        for verb in ClassifierLexicon.firstPersonVerbs { add(verb, .cue(.firstPerson)) }
        for verb in ClassifierLexicon.narrationVerbs { add(verb, .cue(.narration)) }
        for verb in ClassifierLexicon.selfIntroductions { add(verb, .cue(.selfIntroduction(needsStaffNoun: false))) }
        for verb in ClassifierLexicon.staffIntroductions { add(verb, .cue(.selfIntroduction(needsStaffNoun: true))) }
        for noun in ClassifierLexicon.speakerNouns { add(noun, .cue(.speaker)) }
        for greeting in ClassifierLexicon.salutations { add(greeting, .cue(.salutation)) }
        for term in ClassifierLexicon.voiceTerms { add(term, .cue(.voice)) }
        automaton = PatternAutomaton(patterns: patterns)
        self.roles = roles
        latinSkeletons = skeletons
        brandLabels = labels
        shopDomains = registry.shops.map { Set($0.domains.map(ContactFinder.registrableDomain)) }
        ownDomains = shopDomains.reduce(into: []) { $0.formUnion($1) }
        everydayNameShops = Set(registry.shops.indices.filter { Self.isNamedWithEverydayWords(registry.shops[$0]) })
        transliteratedEverydayShops = everydayNameShops.filter { Self.latinNamesTransliterate(registry.shops[$0]) }
        misspelledNames = MisspelledNames(registry: registry)
    }

    private static func isNamedWithEverydayWords(_ shop: Shop) -> Bool {
        let persian = shop.names.filter { !$0.unicodeScalars.allSatisfy(\.isASCII) }
        return !persian.isEmpty && persian.allSatisfy { name in
            let folded = TextFolder.fold(withoutBusinessNoun(name)).bytes
            return CommonWords.contains(folded) || CommonWords.wholeWords.contains(word: WordHash.of(folded))
        }
    }

    /// Whether every Latin spelling of the shop (Latin names, id and domain labels) has the consonants of
    /// one of its Persian names.
    private static func latinNamesTransliterate(_ shop: Shop) -> Bool {
        let persian = shop.names.filter { !$0.unicodeScalars.allSatisfy(\.isASCII) }.map { Transliteration.skeleton(TextFolder.fold(withoutBusinessNoun($0)).text) }
        let latin = shop.names.filter { $0.unicodeScalars.allSatisfy(\.isASCII) } + latinLabels(of: shop)
        return latin.allSatisfy { name in persian.contains(Transliteration.skeleton(name.lowercased())) }
    }

    /// "فروشگاه X" is matched as X, the noun being evidence found around it.
    static func withoutBusinessNoun(_ name: String) -> String {
        var words = TextFolder.fold(name).text.split(separator: " ")
        while words.count > 1, PolicyLexicon.businessNouns.contains(String(words[0])) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The shop's id and the main labels of its domains, when long enough to be distinctive.
    static func latinLabels(of shop: Shop) -> [String] {
        var labels: [String] = []
        let candidates = [shop.id] + shop.domains.map(ContactFinder.mainLabel(of:))
        for label in candidates {
            let clean = label.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
            if clean.count >= 4 && !labels.contains(clean) { labels.append(clean) }
        }
        return labels
    }
}
