/// Finds a policy's report address and the shop's own web domains.
enum ContactFinder {
    struct Email: Equatable {
        let address: String
        let sentenceIndex: Int
    }

    static func emails(in text: PolicyText) -> [Email] {
        var found: [Email] = []
        for (index, sentence) in text.sentences.enumerated() {
            var tokens = sentence.tokens.filter { $0.kind == .email }
            if let plain = revealedAddresses(in: sentence.folded.bytes) {
                tokens += PolicyTokenizer.tokens(of: plain).filter { $0.kind == .email }
            }
            for token in tokens {
                let address = token.text.lowercased()
                if !found.contains(where: { $0.address == address }) { found.append(Email(address: address, sentenceIndex: index)) }
            }
        }
        return found
    }

    /// Addresses written to keep them from harvesters ("abuse [at] shop [dot] ir", "abuse(at)shop.ir",
    /// "abuse#shop.ir" where the sentence says "@") with "@" and "." put back; nil when the text has no
    /// such spelling.
    static func revealedAddresses(in folded: [UInt8]) -> [UInt8]? {
        var output: [UInt8] = []
        var index = 0
        var changed = false
        // "abuse#shop.ir (به جای # علامت @ بگذارید)": a sentence that names "@" may write it as "#".
        let hashStandsForAt = folded.contains(UInt8(ascii: "@"))
        while index < folded.count {
            if hashStandsForAt, folded[index] == UInt8(ascii: "#"), index > 0, index + 1 < folded.count,
               PolicyTokenizer.isLocalCharacter(folded[index - 1]), PolicyTokenizer.isHostCharacter(folded[index + 1]) {
                output.append(UInt8(ascii: "@"))
                index += 1
                changed = true
            } else if let (symbol, end) = spelledSymbol(in: folded, at: index) {
                while output.last == 0x20 { output.removeLast() }
                output.append(symbol)
                index = end
                while index < folded.count && folded[index] == 0x20 { index += 1 }
                changed = true
            } else {
                output.append(folded[index])
                index += 1
            }
        }
        if let joined = joiningSpacedAddresses(output) { return joined }
        return changed ? output : nil
    }

    /// "abuse @ shop . ir", "`shop ات gmail دات com`", "abuse AT shop DOT ir": an address whose "@" and "."
    /// stand as words of their own, written as symbols or as words for them, put together; nil when there
    /// is none. (The English "at" and "dot" are ordinary words too, but not in the run "x at y dot ir".)
    private static func joiningSpacedAddresses(_ text: [UInt8]) -> [UInt8]? {
        var words = text.split(separator: 0x20).map(Array.init)
        var changed = false
        var index = 0
        while index + 4 < words.count {
            let opening = words[index].lastIndex { !PolicyTokenizer.isLocalCharacter($0) }.map { $0 + 1 } ?? 0
            let local = Array(words[index][opening...])
            guard isAddressPart(local, local: true), spacedAt.contains(words[index + 1]), isAddressPart(words[index + 2], local: false),
                  spacedDot.contains(words[index + 3]), labelLength(words[index + 4]) >= 2 else {
                index += 1
                continue
            }
            var address = Array(words[index][..<opening]) + local + [UInt8(ascii: "@")] + words[index + 2]
            var end = index + 3
            // The last label may carry what closes the address ("ir`", "ir)").
            while end + 1 < words.count && spacedDot.contains(words[end]) && labelLength(words[end + 1]) >= 2 {
                address += [UInt8(ascii: ".")] + words[end + 1]
                end += 2
                if labelLength(words[end - 1]) < words[end - 1].count { break }
            }
            words.replaceSubrange(index..<end, with: [address])
            changed = true
            index += 1
        }
        return changed ? Array(words.joined(separator: [0x20])) : nil
    }

    /// "@" written as a word of its own: the symbol, or a Persian word for it.
    static let spacedAt: [[UInt8]] = ["@", "ات", "اتساین", "at"].map { TextFolder.fold($0).bytes }
    private static let spacedDot: [[UInt8]] = [".", "دات", "نقطه", "dot"].map { TextFolder.fold($0).bytes }

    private static func isAddressPart(_ word: [UInt8], local: Bool) -> Bool {
        !word.isEmpty && word.allSatisfy(local ? PolicyTokenizer.isLocalCharacter : PolicyTokenizer.isHostCharacter)
            && word.contains(where: PolicyTokenizer.isLatinLetter)
    }

    /// How many Latin letters open `word`: a label ("ir", "com") and maybe a mark after it.
    private static func labelLength(_ word: [UInt8]) -> Int {
        word.prefix(while: PolicyTokenizer.isLatinLetter).count
    }

    /// The words of `sentence`, an address spelled against harvesters counting as none ("خبرمان کنید:
    /// shop [at] gmail [dot] com" is three words, as "خبرمان کنید: shop@gmail.com" is).
    private static func wordCount(of sentence: PolicySentence) -> Int {
        guard let plain = revealedAddresses(in: sentence.folded.bytes) else { return sentence.words.count }
        return PolicyTokenizer.tokens(of: plain).filter { $0.kind == .word || $0.kind == .latin }.count
    }

    /// "[at]", "(at)", "{ dot }", "«اَت‌ساین»", "«نقطه»" at `index`: the symbol spelled and the index past
    /// the closing bracket.
    private static func spelledSymbol(in folded: [UInt8], at index: Int) -> (UInt8, Int)? {
        let brackets: [(open: [UInt8], close: [UInt8])] = [
            (Array("[".utf8), Array("]".utf8)), (Array("(".utf8), Array(")".utf8)), (Array("{".utf8), Array("}".utf8)),
            (Array("«".utf8), Array("»".utf8)),
        ]
        guard let bracket = brackets.first(where: { folded[index...].starts(with: $0.open) }) else { return nil }
        var position = index + bracket.open.count
        while position < folded.count && folded[position] == 0x20 { position += 1 }
        let wordStart = position
        while position < folded.count && folded[position] != 0x20 && !folded[position...].starts(with: bracket.close) { position += 1 }
        let word = String(decoding: folded[wordStart..<position], as: UTF8.self)
        while position < folded.count && folded[position] == 0x20 { position += 1 }
        guard folded[position...].starts(with: bracket.close), let symbol = spelledSymbols[word] else { return nil }
        return (symbol, position + bracket.close.count)
    }

    /// Words standing for "@" and "." in an address written against harvesters, folded.
    private static let spelledSymbols: [String: UInt8] = [
        "at": UInt8(ascii: "@"), "dot": UInt8(ascii: "."), "اتساین": UInt8(ascii: "@"), "ات": UInt8(ascii: "@"),
        "نقطه": UInt8(ascii: "."), "دات": UInt8(ascii: "."),
    ]

    /// The address the policy asks people to report misuse of its name to.
    ///
    /// The address must stand in a sentence about abuse ("تخلف", "سوء استفاده", "پیگیری قانونی", "از طرف
    /// ما نیست"), or in
    /// one about SMS that asks to report or tell ("گزارش دهید", "اطلاع دهید") and is not about opting
    /// out; or alone right after such a sentence ("… به نشانی زیر اطلاع دهید: abuse@…"); or in a sentence
    /// that asks to report right after one about abuse ("… کلاهبرداری است. موارد را به x@… اطلاع دهید").
    /// A plain contact address is not a report address.
    static func reportEmail(in text: PolicyText, among emails: [Email]) -> Email? {
        var best: (email: Email, score: Int)?
        for email in emails {
            let sentence = text.sentences[email.sentenceIndex]
            var score = reportScore(of: sentence)
            if score == nil, email.sentenceIndex > 0, let previous = reportScore(of: text.sentences[email.sentenceIndex - 1]) {
                if wordCount(of: sentence) <= 4 {
                    score = previous - 1
                } else if asksToReport(sentence) && !sentence.contains(anyOf: PolicyLexicon.optOutCues)
                    && !sentence.contains(anyOf: PolicyLexicon.otherPurposeCues) {
                    score = previous - 2
                }
            }
            // "… جعلی است. مخصوصاً پیامک‌هایی که … ⏎ گزارش: abuse@…": a short line labelled as the report
            // address, a sentence after the one about abuse.
            if score == nil, email.sentenceIndex > 1, wordCount(of: sentence) <= 4, asksToReport(sentence),
               let earlier = reportScore(of: text.sentences[email.sentenceIndex - 2]) {
                score = earlier - 2
            }
            guard var score else { continue }
            if email.sentenceIndex > 0, text.sentences[email.sentenceIndex - 1].isAboutSMS { score += 1 }
            if isDescribedAsForReports(email.address, in: sentence) { score += 1 }
            if best == nil || score > best!.score { best = (email, score) }
        }
        // An address only next to the clause loses to the one listed under the unit the clause names.
        if let best, reportScore(of: text.sentences[best.email.sentenceIndex]) != nil { return best.email }
        return addressOfNamedUnit(in: text, among: emails) ?? best?.email
    }

    /// "sales@… برای استعلام قیمت، abuse@… که فقط برای گزارش پیامک جعلی است": of several addresses in one
    /// sentence, the one whose own words, up to the next address, speak of reporting or abuse.
    private static func isDescribedAsForReports(_ address: String, in sentence: PolicySentence) -> Bool {
        let tokens = sentence.tokens
        let isAddress = { (token: PolicyToken) in token.kind == .email && token.text.lowercased() == address }
        // A link's target and text may both spell the address: its words start after the last.
        guard tokens.contains(where: { $0.kind == .email && !isAddress($0) }), let start = tokens.lastIndex(where: isAddress) else { return false }
        let own = tokens[(start + 1)...].prefix { $0.kind != .email }
        // "برای پیگیری سفارش": following an order up is no abuse.
        return own.contains { ($0.text != "پیگیری" && PolicyLexicon.abuseCues.contains($0.text)) || PolicyLexicon.reportCues.contains($0.text) }
    }

    /// "… به واحد حقوقی ما اطلاع دهید" and, in a contact list, "واحد حقوقی: legal@…": the unit the clause
    /// reports to is reached at the address listed under its name.
    private static func addressOfNamedUnit(in text: PolicyText, among emails: [Email]) -> Email? {
        let units = text.sentences.filter { reportScore(of: $0) != nil && asksToReport($0) }.flatMap(unitsReportedTo)
        guard !units.isEmpty else { return nil }
        return emails.first { email in
            let words = text.sentences[email.sentenceIndex].words
            return words.count <= 6 && units.contains { words.containsRun($0) }
        }
    }

    /// The units a sentence asks to report to: "به واحد حقوقی ما", "به بخش امنیت".
    private static func unitsReportedTo(in sentence: PolicySentence) -> [[String]] {
        let words = sentence.words
        return words.indices.compactMap { index in
            guard words[index] == "به", index + 1 < words.count, unitNouns.contains(words[index + 1]) else { return nil }
            let unit = words[(index + 1)...].prefix { !["ما", "خود", "فروشگاه"].contains($0) && !PolicyLexicon.reportCues.contains($0) }
            return unit.count >= 2 ? Array(unit.prefix(3)) : nil
        }
    }

    private static let unitNouns: Set<String> = ["واحد", "بخش", "دپارتمان", "تیم", "دفتر"]

    private static func asksToReport(_ sentence: PolicySentence) -> Bool {
        sentence.contains(anyOf: PolicyLexicon.reportCues) || PolicyLexicon.reportPhrases.contains { sentence.contains(phrase: $0) }
    }

    /// How strongly a sentence asks to report misuse, or nil when it does not.
    private static func reportScore(of sentence: PolicySentence) -> Int? {
        // "این نشانی مخصوص گزارش پیامک‌های جعلی نیست", "(not for abuse reports)": an address for
        // something else, set apart from the report address.
        if saysNotForReports(sentence) { return nil }
        let isAbuse = abuseCueCount(in: sentence) > 0 || sentence.contains(phrase: ["سوء", "استفاده"])
            || PolicyLexicon.disowningPhrases.contains { sentence.contains(phrase: $0) }
            || PolicyLexicon.otherSenderPhrases.contains { sentence.contains(phrase: $0) }
        let asks = asksToReport(sentence)
        let aboutSMS = sentence.isAboutSMS
        let optsOut = sentence.contains(anyOf: PolicyLexicon.optOutCues)
        guard isAbuse || (aboutSMS && asks && !optsOut) else { return nil }
        return (isAbuse ? 3 : 0) + (asks ? 1 : 0) + (aboutSMS ? 2 : 0)
    }

    private static func saysNotForReports(_ sentence: PolicySentence) -> Bool {
        let words = sentence.words
        // "مخصوص گزارش … نیست": the denial after the purpose, not a clause's "از طرف ما نیست" before it.
        let purpose = words.indices.dropLast().first { words[$0] == "مخصوص" && words[$0 + 1] == "گزارش" }
        let persian = purpose.map { words[($0 + 2)...].contains("نیست") } ?? false
        return persian || sentence.contains(phrase: ["not", "for", "abuse"]) || sentence.contains(phrase: ["not", "for", "reporting"])
            || sentence.contains(phrase: ["not", "for", "reports"])
    }

    /// How many words of `sentence` speak of abuse, an order's follow-up not counting.
    private static func abuseCueCount(in sentence: PolicySentence) -> Int {
        let words = sentence.words
        return words.indices.filter { index in
            guard PolicyLexicon.abuseCues.contains(words[index]) else { return false }
            guard words[index] == PolicyLexicon.followUp, index + 1 < words.count else { return true }
            return !PolicyLexicon.orderWordStarts.contains { words[index + 1].hasPrefix($0) }
        }.count
    }

    /// Hosts of the URLs a policy writes, lower-cased, without `www.`.
    static func hosts(in text: PolicyText) -> [String] {
        var hosts: [String] = []
        for sentence in text.sentences {
            for token in sentence.tokens where token.kind == .url {
                let host = self.host(ofURL: token.text)
                if !host.isEmpty && !hosts.contains(host) { hosts.append(host) }
            }
        }
        return hosts
    }

    static func host(ofURL url: String) -> String {
        var rest = Substring(url.lowercased())
        if let scheme = rest.firstRange(of: "://") { rest = rest[scheme.upperBound...] }
        rest = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
        return String(rest)
    }

    /// The shop's own domains: those of its email addresses, and linked hosts that share one of them or
    /// spell the shop's name or id. Third-party sites a policy links to (cookie guides, trust seals) and
    /// free mail providers are never the shop's.
    static func ownDomains(emails: [Email], hosts: [String], names: [String], id: String) -> [String] {
        var domains: [String] = []
        func add(_ domain: String) {
            if !domains.contains(domain) { domains.append(domain) }
        }
        let emailDomains = emails.compactMap { $0.address.split(separator: "@").last.map(String.init) }
            .filter { !PolicyLexicon.freeMailDomains.contains($0) && !PolicyLexicon.placeholderEmailDomains.contains($0) && !isThirdParty($0) }
        emailDomains.forEach(add)
        for host in hosts where !isThirdParty(host) {
            let shares = emailDomains.contains { registrableDomain($0) == registrableDomain(host) }
            if shares || spellsShop(host, names: names, id: id) { add(host) }
        }
        return domains
    }

    /// Whether the main label of `host` spells one of the shop's names or its id.
    static func spellsShop(_ host: String, names: [String], id: String) -> Bool {
        let label = mainLabel(of: host)
        let bare = label.replacing("-", with: "")
        // The id, or the id and a word after it: "tilehtoys" for "tileh".
        if id.count >= 3 && bare.hasPrefix(id.lowercased()) { return true }
        // A label often spells one word of a longer name: "niloofarbook" for "کتاب‌سرای نیلوفر".
        let words = names.flatMap { name in name.split(whereSeparator: { $0 == " " || $0 == "\u{200C}" }).map(String.init) }
            .filter { Transliteration.skeleton(TextFolder.fold($0).text).count >= 3 }
        if (names + words).contains(where: { Transliteration.resembles(label, $0) }) { return true }
        // Or the name, or one word of it, and a word after it: "ranginehshop" for "رنگینه",
        // "mahtab-bazarche" for "بازارچه مهتاب".
        let labelSkeleton = Transliteration.latinSkeleton(bare.lowercased().utf8)
        return (names + words).contains { name in
            let skeleton = Transliteration.skeleton(TextFolder.fold(name).text)
            return skeleton.count >= 3 && labelSkeleton.starts(with: skeleton)
        }
    }

    static func isThirdParty(_ host: String) -> Bool {
        PolicyLexicon.thirdPartyHosts.contains(host) || PolicyLexicon.thirdPartyHosts.contains(registrableDomain(host))
    }

    /// The label that names the site: `digikala` in `www.digikala.com` and in `shop.digikala.co.ir`.
    static func mainLabel(of host: String) -> String {
        let registrable = registrableDomain(host)
        return String(registrable.split(separator: ".").first ?? Substring(registrable))
    }

    /// The domain a registrant holds: the last two labels, or three under a second-level zone (`co.ir`).
    static func registrableDomain(_ host: String) -> String {
        var host = host
        return host.withUTF8 { bytes in
            // The last three dots at most, from the right, on the stack.
            var dots = (-1, -1, -1)
            var found = 0
            var index = bytes.count
            while found < 3 && index > 0 {
                index -= 1
                guard bytes[index] == UInt8(ascii: ".") else { continue }
                switch found {
                case 0: dots.0 = index
                case 1: dots.1 = index
                default: dots.2 = index
                }
                found += 1
            }
            guard found >= 2 else { return String(decoding: bytes, as: UTF8.self) }
            let secondLevel = bytes[(dots.1 + 1)..<dots.0]
            let isZone = secondLevelZones.contains { $0.elementsEqual(secondLevel) }
            if isZone && found < 3 { return String(decoding: bytes, as: UTF8.self) }
            let start = isZone ? dots.2 + 1 : dots.1 + 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
        }
    }

    private static let secondLevelZones: [[UInt8]] = ["co", "ac", "org", "net", "gov", "id", "sch", "com", "edu"].map { Array($0.utf8) }
}
