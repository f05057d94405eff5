/// Finds warning signs in a message, independent of who sent it.
struct RiskDetector {
    let patterns: ClassifierPatterns
    let registry: Registry

    /// Signs from the terms the automaton found: requests for secrets, and bait.
    func termRisks(in message: MessageText, terms: MessageTerms, links: [MessageLink]) -> [Risk] {
        var risks: [Risk] = []
        var isNotice: Bool?  // read once, and only for a lure
        for term in terms.terms {
            let kind: RiskKind
            switch term.role {
            case .secret(let found):
                guard Self.isRequested(found, terms: terms, in: message) || Self.isFormLabel(term, of: found, in: message, links: links) else {
                    continue
                }
                kind = found
            case .lure(let found, let condition):
                guard holds(condition, for: term, in: message, terms: terms, links: links) else { continue }
                if isRetold(term, in: message, terms: terms, links: links) { continue }
                if isWarnedOfByAPerson(term, in: message, terms: terms, links: links) { continue }
                // "۱۰٪ بازگشت وجه بگیرید": a share of each payment given back is cashback, not a refund.
                if found == .refundLure && Self.followsPercentage(term.range.lowerBound, in: message) { continue }
                // "هدیه‌ی ما: ۲۰۰ هزار تومان اعتبار خرید": credit given as a gift is a voucher, not a loan.
                if found == .loanLure && isGiven(term, in: message, terms: terms) { continue }
                // A police, bank or operator notice warning of bait ("قرعه‌کشی‌های جعلی") is not offering it.
                if isNotice == nil { isNotice = terms.isThirdPartyNotice || message.opensWithAnotherSpeaker(message.heading, nameHits: terms.nameHits) }
                guard !(isNotice! && terms.has(.warning, in: message.sentenceRange(around: term.range.lowerBound))) else { continue }
                kind = found
            default:
                continue
            }
            guard !risks.contains(where: { $0.kind == kind }) else { continue }
            risks.append(Risk(kind: kind, text: message.originalText(of: term.range), detail: ""))
        }
        return risks
    }

    /// Whether a bait term's own condition holds (see `LureCondition`).
    private func holds(
        _ condition: ClassifierPatterns.LureCondition, for term: MessageTerms.Term, in message: MessageText, terms: MessageTerms,
        links: [MessageLink]
    ) -> Bool {
        switch condition {
        case .always:
            return true
        case .sumOfMoneyAfter:
            if asksSecret(terms: terms, in: message) { return true }
            return Self.hasSumOfMoney(after: term.range.upperBound, in: message) && !endsProductGift(term, terms: terms)
                && !reportsSettled(term, in: message, terms: terms, links: links)
        case .unlessSettled:
            return !reportsSettled(term, in: message, terms: terms, links: links)
        case .whenAsked:
            return isAskedFor(term, in: message, terms: terms, links: links) && !reportsSettled(term, in: message, terms: terms, links: links)
        case .unlessInstalmentSale:
            return !sellsOnInstalments(term, in: message) || isAskedFor(term, in: message, terms: terms, links: links)
        case .freeWhenAsked:
            if let service = message.word(endingBefore: term.range.lowerBound),
               ClassifierLexicon.freeServiceWords.contains(word: WordHash.of(message.folded[service])) { return false }
            return isAskedFor(term, in: message, terms: terms, links: links) && !reportsSettled(term, in: message, terms: terms, links: links)
        }
    }

    /// "بازگشت وجه سفارش شما به کیف پول واریز شد": the term's sentence reports the transaction done (or a
    /// person tells of it, or a bank's notice records it), and the message asks for nothing.
    private func reportsSettled(_ term: MessageTerms.Term, in message: MessageText, terms: MessageTerms, links: [MessageLink]) -> Bool {
        guard asksNothing(in: message, terms: terms, links: links) else { return false }
        if terms.isThirdPartyNotice { return true }
        let sentence = message.sentenceRange(around: term.range.lowerBound)
        return terms.has(.settled, in: sentence) || terms.has(.firstPerson, in: sentence)
    }

    /// "اینو ببین، نوشته X وام میده، کلاهبرداریه": a person calling the bait a scam after naming it, in a
    /// message that asks for nothing. Not bait that opens by warning of other fakes ("مراقب پیامک‌های جعلی
    /// باشید! جایزه واقعی شما اینجاست"), nor a shop's notice warning of fake pages.
    private func isWarnedOfByAPerson(_ term: MessageTerms.Term, in message: MessageText, terms: MessageTerms, links: [MessageLink]) -> Bool {
        terms.contains(.cue(.narration))
            && terms.terms.contains { $0.role == .cue(.warning) && $0.range.lowerBound > term.range.lowerBound }
            && asksNothing(in: message, terms: terms, links: links)
    }

    /// Whether a gift word stands in the term's sentence.
    private func isGiven(_ term: MessageTerms.Term, in message: MessageText, terms: MessageTerms) -> Bool {
        let sentence = message.sentenceRange(around: term.range.lowerBound)
        return terms.terms.contains { $0.role == .lure(.prizeLure, when: .sumOfMoneyAfter) && sentence.contains($0.range.lowerBound) }
    }

    /// "کارت هدیه ۵۰۰ هزار تومانی": the gift word with a sum after it ends a gift card, which is a product.
    private func endsProductGift(_ gift: MessageTerms.Term, terms: MessageTerms) -> Bool {
        terms.terms.contains { $0.role == .lure(.prizeLure, when: .whenAsked) && $0.range.upperBound == gift.range.upperBound }
    }

    /// Whether the message wants something for a gift card: a secret or a link away ("کارت هدیه به شما تعلق
    /// گرفت، وارد لینک شوید"), or something sent or paid in the gift's own sentence ("برای دریافت کارت هدیه
    /// شماره کارت را بفرستید", "کارمزد اعتبارسنجی را واریز کنید"); not a rating asked in a survey's next sentence.
    private func isAskedFor(_ term: MessageTerms.Term, in message: MessageText, terms: MessageTerms, links: [MessageLink]) -> Bool {
        if asksSecret(terms: terms, in: message) || linksAway(links) { return true }
        let sentence = message.sentenceRange(around: term.range.lowerBound)
        if ClassifierLexicon.paymentDemands.occurs(in: message.wordHashes(in: sentence)) { return true }
        return terms.terms.contains { other in
            guard case .cue(.request) = other.role else { return false }
            return sentence.contains(other.range.lowerBound) && !terms.has(.negation, in: sentence)
        }
    }

    /// "خرید اقساطی، ۶ قسطه و بدون ضامن": the term's sentence sells on instalments, granting nothing to the
    /// reader in person.
    private func sellsOnInstalments(_ term: MessageTerms.Term, in message: MessageText) -> Bool {
        let words = message.wordHashes(in: message.sentenceRange(around: term.range.lowerBound))
        return ClassifierLexicon.instalmentWords.occurs(in: words) && !ClassifierLexicon.grantedToReader.occurs(in: words)
    }

    /// "یه پیامک اومد گفت برنده شدی": a person retelling bait someone else sent, in a message that asks for
    /// nothing, offers none.
    private func isRetold(_ term: MessageTerms.Term, in message: MessageText, terms: MessageTerms, links: [MessageLink]) -> Bool {
        let sentence = message.sentenceRange(around: term.range.lowerBound)
        return terms.hasReportingVerb(in: sentence.lowerBound..<term.range.lowerBound, of: message)
            && asksNothing(in: message, terms: terms, links: links)
    }

    /// Whether a percentage ends right before `start`: "۱۰٪", "10%", "۱۰ درصد".
    private static func followsPercentage(_ start: Int, in message: MessageText) -> Bool {
        let end = message.skippingSpaces(backFrom: start)
        let folded = message.folded
        if end >= 1 && folded[end - 1] == UInt8(ascii: "%") { return true }
        if end >= 2 && folded[end - 2] == 0xD9 && folded[end - 1] == 0xAA { return true }  // ٪
        return message.wordBefore(start, is: Self.percentWord)
    }

    private static let percentWord = Array("درصد".utf8)

    /// Nothing to hand over, no secret to type in, no link away from the registered shops' sites.
    private func asksNothing(in message: MessageText, terms: MessageTerms, links: [MessageLink]) -> Bool {
        !asksSecret(terms: terms, in: message) && !terms.hasRequest(handingOver: true, in: message) && !linksAway(links)
    }

    private func asksSecret(terms: MessageTerms, in message: MessageText) -> Bool {
        terms.terms.contains { term in
            if case .secret(let found) = term.role { return Self.isRequested(found, terms: terms, in: message) }
            return false
        }
    }

    /// Whether a link leads away from the registered shops' sites, or imitates one with lookalike letters
    /// or hidden characters ("meh\u{200B}rshop.ir" is not the shop's own, whatever it folds to).
    private func linksAway(_ links: [MessageLink]) -> Bool {
        links.contains { $0.isHomograph || $0.hasHiddenCharacters || !patterns.ownDomains.contains($0.registrableDomain) }
    }

    /// Whether the message asks for the secret: typing a one-time code into the shop's own page is normal
    /// use, handing it over is not; a card number is asked for either way.
    private static func isRequested(_ secret: RiskKind, terms: MessageTerms, in message: MessageText) -> Bool {
        terms.hasRequest(handingOver: secret == .oneTimeCodeRequest, in: message)
    }

    /// "ثبت شماره کارت: x.shop/refund": a card secret named as a form's field, pointing at a page, asks for
    /// it as much as "وارد کنید" does. Not a one-time code: typing one into a page is how logging in works.
    private static func isFormLabel(_ term: MessageTerms.Term, of secret: RiskKind, in message: MessageText, links: [MessageLink]) -> Bool {
        // "ورود با رمز دوم کارت: …": the field may be named by what one enters with.
        var verbEnd = term.range.lowerBound
        if message.wordBefore(verbEnd, is: Self.ba), let ba = message.word(endingBefore: verbEnd) { verbEnd = ba.lowerBound }
        guard secret != .oneTimeCodeRequest, !links.isEmpty,
              formVerbs.contains(where: { message.wordBefore(verbEnd, is: $0) }) else { return false }
        // The label may say what the field is for: "ثبت شماره کارت جهت واریز: …".
        var after = message.skippingSpaces(from: term.range.upperBound)
        for _ in 0..<3 {
            guard after < message.folded.count, message.folded[after] != UInt8(ascii: ":"), !message.isLineBreak(at: after - 1),
                  let word = message.word(startingAt: after) else { break }
            after = message.skippingSpaces(from: word.upperBound)
        }
        return after < message.folded.count && message.folded[after] == UInt8(ascii: ":")
    }

    private static let formVerbs = ["ثبت", "درج", "ورود"].map { Array($0.utf8) }
    private static let ba = Array("با".utf8)

    /// Whether a sum of money follows `end`: digits, maybe "هزار" or "میلیون", then a currency word
    /// ("۲۰۰ هزار تومانی", "500,000 ریال", "۲ میلیونی").
    static func hasSumOfMoney(after end: Int, in message: MessageText) -> Bool {
        let folded = message.folded
        var index = message.skippingSpaces(from: end)
        var hasDigits = false
        while index < folded.count, (folded[index] >= 0x30 && folded[index] <= 0x39) || folded[index] == UInt8(ascii: ",")
            || (hasDigits && folded[index] == UInt8(ascii: ".")) {
            hasDigits = hasDigits || folded[index] != UInt8(ascii: ",")
            index += 1
        }
        // Up to two words after the digits: an amount word and then the currency, or the currency alone.
        for _ in 0..<2 {
            guard hasDigits, let word = message.word(startingAt: index) else { return false }
            let hash = WordHash.of(folded[word])
            if ClassifierLexicon.currencyWords.contains(word: hash) { return true }
            guard ClassifierLexicon.amountWords.contains(word: hash) else { return false }
            index = word.upperBound
        }
        return false
    }

    /// "کد تایید را در صفحه زیر وارد کنید: shop-verify.xyz": typing a one-time code is normal use on the
    /// shop's own page, but on a look-alike, shortened or bare-IP page it hands the code over.
    func codeEnteredOnSuspectPage(in message: MessageText, terms: MessageTerms, risks: [Risk]) -> Risk? {
        guard !risks.contains(where: { $0.kind == .oneTimeCodeRequest }),
              risks.contains(where: { [.lookalikeDomain, .shortenedLink, .ipLink].contains($0.kind) }),
              let code = terms.terms.first(where: { $0.role == .secret(.oneTimeCodeRequest) }),
              terms.hasRequest(handingOver: false, in: message) else { return nil }
        return Risk(kind: .oneTimeCodeRequest, text: message.originalText(of: code.range), detail: "to be typed into a suspect page")
    }

    /// Signs from links: shorteners, bare IPs, app files, look-alike domains, and links that leave the
    /// claimed shop's domains.
    /// - Parameter namesHadHiddenCharacters: hidden characters were found in a name, which may be the link
    ///   itself ("meh\u{200B}rshop.ir"): they are not told twice.
    func linkRisks(in message: MessageText, links: [MessageLink], claimedShops: [Int], namesHadHiddenCharacters: Bool = false) -> [Risk] {
        var risks: [Risk] = []
        let claimsDeclaredDomains = claimedShops.contains { !patterns.shopDomains[$0].isEmpty }
        for link in links {
            let text = message.originalText(of: link.range)
            func add(_ kind: RiskKind, _ detail: @autoclosure () -> String) {
                if !risks.contains(where: { $0.kind == kind && $0.text == text }) { risks.append(Risk(kind: kind, text: text, detail: detail())) }
            }
            if ClassifierLexicon.shorteners.contains(link.host) || ClassifierLexicon.shorteners.contains(link.registrableDomain) {
                add(.shortenedLink, link.host)
            }
            if link.isIPAddress { add(.ipLink, link.host) }
            if link.pointsToAPK { add(.apkLink, link.host) }
            if let imitated = imitatedShop(by: link, claimedShops: claimedShops) { add(.lookalikeDomain, "\(link.host) imitates \(imitated)") }
            if link.isHomograph, let shop = shopOwning(link) { add(.lookalikeDomain, "look-alike letters imitate \(shop)'s domain") }
            if link.hasHiddenCharacters && !namesHadHiddenCharacters { add(.hiddenCharacters, link.host) }
            if link.isHomograph || Self.hasPunycodeLabel(link.host) { add(.lookalikeLetters, link.host) }
            let isOwn = !link.isHomograph && claimedShops.contains { patterns.shopDomains[$0].contains(link.registrableDomain) }
            let isTracking = !link.isHomograph && ClassifierLexicon.trackingDomains.contains(link.registrableDomain)
            if claimsDeclaredDomains && !isOwn && !isTracking { add(.foreignLink, link.host) }
        }
        return risks
    }

    /// The shop whose registered domain the link's host folds to.
    private func shopOwning(_ link: MessageLink) -> String? {
        patterns.shopDomains.firstIndex { $0.contains(link.registrableDomain) }.map { registry.shops[$0].id }
    }

    /// Whether a label of `host` is punycode ("xn--…"): letters of another script in disguise.
    private static func hasPunycodeLabel(_ host: String) -> Bool {
        var atLabelStart = true
        var rest = host.utf8[...]
        while let byte = rest.first {
            if atLabelStart && rest.starts(with: "xn--".utf8) { return true }
            atLabelStart = byte == UInt8(ascii: ".")
            rest = rest.dropFirst()
        }
        return false
    }

    /// The shop whose domain or brand `link` imitates without being it: the brand as a label of another
    /// host ("digikala.com.pay-ir.site", "digikala-help.ir"), or one or two letters off as the host's
    /// name or a hyphenated part of it ("digikaia.ir", "dgikala-club.ir"). `claimedShops`: the shops the
    /// message speaks as, whose everyday-word brands count inside other hosts too.
    func imitatedShop(by link: MessageLink, claimedShops: [Int] = []) -> String? {
        if patterns.ownDomains.contains(link.registrableDomain) { return nil }
        // The host's own bytes (the registrable domain ends it): no copies for the per-brand checks.
        var host = link.host
        let mainLength = link.registrableDomain.utf8.prefix { $0 != UInt8(ascii: ".") }.count
        let mainStart = host.utf8.count - link.registrableDomain.utf8.count
        return host.withUTF8 { host in
            let main = host[mainStart..<mainStart + mainLength]
            // "aram-kala-gift.ir": the brand's words parted by hyphens, read through.
            let dehyphenated = host.contains(UInt8(ascii: "-")) ? host.filter { $0 != UInt8(ascii: "-") } : nil
            // The main label, or its hyphenated parts ("tndis-club"), each of which may be a typo of a brand.
            let parts = dehyphenated == nil ? [main] : main.split(separator: UInt8(ascii: "-"))
            for brand in patterns.brandLabels {
                let label = brand.bytes
                // A shop that declares no domain may well own the host named after it: no sign of imitation.
                if patterns.shopDomains[brand.shop].isEmpty && main.elementsEqual(label) { continue }
                // An everyday word's Latin form ("ayneh", a mirror) in a host's name is that host's own word,
                // unless the message speaks as the shop; as a subdomain ("loghmeh.app-update.ir") it imitates.
                let isEveryday = patterns.everydayNameShops.contains(brand.shop) && !claimedShops.contains(brand.shop)
                if isEveryday && Self.namesSubdomain(label, of: link) { return registry.shops[brand.shop].id }
                if !isEveryday && (Self.hasLabel(label, in: host) || (label.count >= 6 && (LinkFinder.firstIndex(of: label[...], in: host) != nil
                    || dehyphenated.map { LinkFinder.firstIndex(of: label[...], in: $0) != nil } ?? false))) {
                    return registry.shops[brand.shop].id
                }
                guard label.count >= 5 else { continue }
                if parts.contains(where: { part in
                    guard abs(part.count - label.count) <= 2 else { return false }
                    let distance = EditDistance.between(part, label)
                    return distance > 0 && distance <= (label.count >= 8 ? 2 : 1)
                }) {
                    return registry.shops[brand.shop].id
                }
            }
            return nil
        }
    }

    /// Whether `label` is a whole subdomain label of the link's host, before its registrable domain.
    static func namesSubdomain(_ label: [UInt8], of link: MessageLink) -> Bool {
        link.host.utf8.dropLast(link.registrableDomain.utf8.count).split(separator: UInt8(ascii: ".")).contains { $0.elementsEqual(label) }
    }

    /// Whether `label` is one of the dot- or hyphen-separated labels of `host`.
    private static func hasLabel(_ label: [UInt8], in host: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        for end in 0...host.count where end == host.count || host[end] == UInt8(ascii: ".") || host[end] == UInt8(ascii: "-") {
            if host[start..<end].elementsEqual(label) { return true }
            start = end + 1
        }
        return false
    }
}
