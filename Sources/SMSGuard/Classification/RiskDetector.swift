/// Finds warning signs in a message, independent of who sent it.
struct RiskDetector {
    let patterns: ClassifierPatterns
    let registry: Registry

    /// Signs from the terms the automaton found: requests for secrets, and bait.
    func termRisks(in message: MessageText, terms: MessageTerms) -> [Risk] {
        var risks: [Risk] = []
        for term in terms.terms {
            let kind: RiskKind
            switch term.role {
            case .secret(let found):
                // Typing a one-time code into the shop's own page is normal use; handing it over is not.
                guard terms.hasRequest(handingOver: found == .oneTimeCodeRequest, in: message) else { continue }
                kind = found
            case .lure(let found):
                kind = found
            default:
                continue
            }
            guard !risks.contains(where: { $0.kind == kind }) else { continue }
            risks.append(Risk(kind: kind, text: message.originalText(of: term.range), detail: ""))
        }
        return risks
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
            if link.pointsToAPK { add(.apkLink, link.host) }
            if let imitated = imitatedShop(by: link) { add(.lookalikeDomain, "\(link.host) imitates \(imitated)") }
            if link.isHomograph, let shop = shopOwning(link) { add(.lookalikeDomain, "look-alike letters imitate \(shop)'s domain") }
            if text.unicodeScalars.contains(where: { HiddenCharacters.isSuspicious($0.value, inLatin: true) }) {
                add(.hiddenCharacters, link.host)
            }
            if text.unicodeScalars.contains(where: { $0.value >= 0x80 && !HiddenCharacters.isHidden($0.value) }) 
                || link.host.utf8.split(separator: UInt8(ascii: ".")).contains(where: { $0.starts(with: "xn--".utf8) }) {
                add(.lookalikeLetters, link.host)
            }
            let declared = claimedShops.flatMap { registry.shops[$0].domains }
            if !declared.isEmpty && (link.isHomograph || !declared.contains(where: { ContactFinder.registrableDomain($0) == link.registrableDomain })) {
                add(.foreignLink, link.host)
            }
        }
        return risks
    }

    /// The shop whose registered domain the link's host folds to.
    private func shopOwning(_ link: MessageLink) -> String? {
        registry.shops.first { shop in shop.domains.contains { ContactFinder.registrableDomain($0) == link.registrableDomain } }?.id
    }

    /// The shop whose domain or brand `link` imitates without being it: the brand as a label of another
    /// host ("digikala.com.pay-ir.site", "digikala-help.ir"), or one or two letters off ("digikaia.ir").
    func imitatedShop(by link: MessageLink) -> String? {
        if patterns.ownDomains.contains(link.registrableDomain) { return nil }
        let host = Array(link.host.utf8)
        let main = Array(ContactFinder.mainLabel(of: link.host).utf8)
        let hostLabels = host.split(whereSeparator: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") })
        for brand in patterns.brandLabels {
            let label = brand.bytes
            if hostLabels.contains(where: { $0.elementsEqual(label) })
                || (label.count >= 6 && LinkFinder.firstIndex(of: label[...], in: host) != nil) {
                return registry.shops[brand.shop].id
            }
            guard label.count >= 5, abs(main.count - label.count) <= 2 else { continue }
            let distance = EditDistance.between(main, label)
            if distance > 0 && distance <= (label.count >= 8 ? 2 : 1) { return registry.shops[brand.shop].id }
        }
        return nil
    }
}
