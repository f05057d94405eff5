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
        /// A bait term (prize, refund, subsidy, loan).
        case lure(RiskKind)
    }

    let automaton: PatternAutomaton
    let roles: [Role]
    /// Consonant skeletons of the shops' names (four consonants or more) → shop indices, for Latin
    /// transliterations nobody listed ("MasterShabakeh").
    let latinSkeletons: [[UInt8]: [Int]]
    /// Latin labels that stand for each shop (ids, domain labels), for lookalike-domain checks.
    let brandLabels: [(label: String, shop: Int)]

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
        var skeletons: [[UInt8]: [Int]] = [:]
        var labels: [(String, Int)] = []
        for (index, shop) in registry.shops.enumerated() {
            for name in shop.names {
                let bare = Self.withoutBusinessNoun(name)
                add(bare, .name(shop: index))
                let skeleton = Transliteration.skeleton(TextFolder.fold(bare).text)
                if skeleton.count >= 4 && !(skeletons[skeleton]?.contains(index) ?? false) { skeletons[skeleton, default: []].append(index) }
            }
            for label in Self.latinLabels(of: shop) {
                add(label, .latinName(shop: index))
                labels.append((label, index))
            }
        }
        for (term, kind) in ClassifierLexicon.secretTerms { add(term, .secret(kind)) }
        for (term, kind) in ClassifierLexicon.lureTerms { add(term, .lure(kind)) }
        automaton = PatternAutomaton(patterns: patterns)
        self.roles = roles
        latinSkeletons = skeletons
        brandLabels = labels
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
