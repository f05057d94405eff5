/// Finds warning signs in a message, independent of who sent it.
struct RiskDetector {
    let patterns: ClassifierPatterns
    let registry: Registry

    /// Signs from the terms the automaton found: requests for secrets and bait.
    func termRisks(in message: MessageText, hits: [(pattern: Int, end: Int)], context: inout MessageContext?) -> [Risk] {
        var risks: [Risk] = []
        for hit in hits {
            let kind: RiskKind
            let isSecret: Bool
            switch patterns.roles[hit.pattern] {
            case .secret(let found): kind = found; isSecret = true
            case .lure(let found): kind = found; isSecret = false
            default: continue
            }
            guard !risks.contains(where: { $0.kind == kind }) else { continue }
            let start = message.matchStart(end: hit.end, length: patterns.automaton.patternLengths[hit.pattern])
            guard !message.hasLetter(before: start), message.suffixEnd(at: hit.end) != nil else { continue }
            if isSecret {
                if context == nil { context = MessageContext(message: message) }
                guard asksFor(kind, in: context!) else { continue }
            }
            risks.append(Risk(kind: kind, text: message.originalText(of: start..<hit.end), detail: ""))
        }
        return risks
    }

    /// Whether the message asks the reader to hand over the secret rather than warn about it; typing a
    /// one-time code into the shop's own page is normal use, handing it over is not.
    private func asksFor(_ kind: RiskKind, in context: MessageContext) -> Bool {
        let words = context.words
        if ClassifierLexicon.negations.contains(where: { MessageText.contains($0, in: words) }) { return false }
        let verbs = kind == .oneTimeCodeRequest
            ? ClassifierLexicon.requestVerbs.subtracting(ClassifierLexicon.ownUseVerbs) : ClassifierLexicon.requestVerbs
        return verbs.contains { MessageText.contains($0, in: words) }
    }

    /// Signs from links: shorteners, bare IPs, app files, look-alike domains, and links that leave the
    /// claimed shop's domains.
    func linkRisks(in message: MessageText, links: [MessageLink], claimedShops: [Int]) -> [Risk] {
        var risks: [Risk] = []
        for link in links {
            let text = message.originalText(of: link.range)
            func add(_ kind: RiskKind, _ detail: String) {
                if !risks.contains(where: { $0.kind == kind && $0.text == text }) { risks.append(Risk(kind: kind, text: text, detail: detail)) }
            }
            if ClassifierLexicon.shorteners.contains(link.host) || ClassifierLexicon.shorteners.contains(link.registrableDomain) {
                add(.shortenedLink, link.host)
            }
            if link.isIPAddress { add(.ipLink, link.host) }
            if link.path.lowercased().contains(".apk") || link.host.hasSuffix(".apk") { add(.apkLink, link.host) }
            if let imitated = imitatedShop(by: link) { add(.lookalikeDomain, "\(link.host) imitates \(imitated)") }
            if text.unicodeScalars.contains(where: { HiddenCharacters.isSuspicious($0.value, inLatin: true) }) {
                add(.hiddenCharacters, link.host)
            }
            if text.unicodeScalars.contains(where: { $0.value >= 0x80 && !HiddenCharacters.isHidden($0.value) }) || link.host.contains("xn--") {
                add(.lookalikeLetters, link.host)
            }
            let declared = claimedShops.flatMap { registry.shops[$0].domains }
            if !declared.isEmpty && !declared.contains(where: { ContactFinder.registrableDomain($0) == link.registrableDomain }) {
                add(.foreignLink, link.host)
            }
        }
        return risks
    }

    /// The shop whose domain or brand `link` imitates without being it: the brand as a label of another
    /// host ("digikala.com.pay-ir.site", "digikala-help.ir"), or one or two letters off ("digikaia.ir").
    func imitatedShop(by link: MessageLink) -> String? {
        let own = registry.shops.flatMap { $0.domains.map(ContactFinder.registrableDomain) }
        if own.contains(link.registrableDomain) { return nil }
        let main = ContactFinder.mainLabel(of: link.host)
        let hostLabels = link.host.split(whereSeparator: { $0 == "." || $0 == "-" }).map(String.init)
        for (label, shop) in patterns.brandLabels {
            let name = registry.shops[shop].id
            if hostLabels.contains(label) || (label.count >= 6 && link.host.contains(label)) { return name }
            let distance = EditDistance.between(main, label)
            if label.count >= 5 && distance > 0 && distance <= (label.count >= 8 ? 2 : 1) { return name }
        }
        return nil
    }
}
