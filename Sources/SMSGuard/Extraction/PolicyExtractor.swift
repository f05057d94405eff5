/// Extracts a shop's registry entry from the text of its privacy policy.
///
/// Reads plain text or the HTML/JSX of a saved page and finds: the shop's names, its SMS sender numbers
/// (and which are for surveys), the address to report misuse to, other contact numbers with their role,
/// the shop's own domains, the sentence behind each sender and address, and warnings for a person to
/// check (template placeholders, no sender declared, a report address on an unrelated domain).
public enum PolicyExtractor {
    /// Extracts the entry for the shop `id` from `policy`, the bytes of file `fileName`.
    ///
    /// - Throws: `SMSGuardError.badData` when the file is not UTF-8 text or larger than 4 MiB.
    public static func extract(policy: [UInt8], id: String, fileName: String) throws(SMSGuardError) -> Shop {
        let bytes = try validatedText(policy, fileName: fileName)
        let text = PolicyText(source: bytes)
        let emails = ContactFinder.emails(in: text)
        let hosts = ContactFinder.hosts(in: text)
        let nameResult = NameFinder.find(in: text, domains: hosts + emails.compactMap { $0.address.split(separator: "@").last.map(String.init) })
        let names = nameResult?.names ?? [id]
        var shop = Shop(id: id, names: names, source: Shop.Source(file: fileName, sha256: SHA256.hexDigest(policy)))
        var warnings = WarningCollector()
        if nameResult == nil {
            warnings.add("name-uncertain", "the policy never names the shop in a way smsguard can read; the file name stands in: set \"names\"")
        } else if nameResult?.isConfident != true {
            warnings.add("name-uncertain", "the shop's name was guessed from word frequency; check \"names\"")
        }

        var earlierSenders: [[String]] = []  // the senders (maybe none) of each sentence with a number, in order
        var retired: Set<String> = []  // lines the policy says were replaced, or not its own
        var rows: [(canonical: String, label: [String])] = []  // each sender line with the words labelling it
        for sentence in text.sentences {
            // "… از شماره N پخش شده است. این شماره متعلق به ما نیست": the lines just named are not the shop's.
            if let count = NumberRoleFinder.disownedSentencesBefore(sentence) {
                earlierSenders.suffix(count).joined().forEach { retired.insert($0) }
            }
            // "پیامک نظرسنجی هم از همین سرشماره ارسال می‌شود": the survey comes from the line just named.
            if sentence.numbers.isEmpty, let lastSenders = earlierSenders.last(where: { !$0.isEmpty }), lastSenders.count == 1,
               NumberRoleFinder.refersBackToSurveyLine(sentence) {
                add(lastSenders[0], to: &shop.surveySenders)
                shop.evidence.append(evidence("surveySender", lastSenders[0], sentence, in: text))
            }
            var declared: [(position: Int, canonical: String, isSurvey: Bool)] = []
            var sentenceSenders: [String] = []
            defer { if !sentence.numbers.isEmpty { earlierSenders.append(sentenceSenders) } }
            for finding in NumberRoleFinder.findings(in: sentence) {
                let number = finding.number
                if number.isPlaceholder {
                    warnings.placeholder("number \(number.written)")
                    if case .contact(let role) = finding.role { addPhone(number, role: role, to: &shop) }
                    continue
                }
                switch finding.role {
                case .sender(let isSurvey):
                    let sender = number.sender
                    guard sender.isValid, sender.kind != .international else { continue }
                    declared.append((number.tokenRange.lowerBound, sender.canonical, isSurvey))
                    rows.append((sender.canonical, BrandRows.label(before: number.tokenRange.lowerBound, in: sentence)))
                    add(sender.canonical, to: &sentenceSenders)
                case .contact(let role):
                    addPhone(number, role: role, to: &shop)
                case .retired:
                    retired.insert(number.sender.canonical)
                }
            }
            for name in SenderNameFinder.names(in: sentence, shopNames: names, id: id) {
                declared.append((name.tokenRange.lowerBound, Sender(parsing: name.written).canonical, name.isSurvey))
            }
            // Lines and named senders in the order the sentence gives them.
            for sender in declared.sorted(by: { $0.position < $1.position }) {
                addSender(sender.canonical, isSurvey: sender.isSurvey, declaredIn: sentence, of: text, to: &shop)
            }
        }
        retired.formUnion(BrandRows.otherBrandsLines(rows, shopNames: names))
        // "… و هیچ خط پیامکی نداریم": a policy that says it has no line declares none, whatever number a
        // quoted fake gives as its sender.
        if text.sentences.contains(where: \.saysShopHasNoLine) { retired.formUnion(shop.senders) }
        shop.senders.removeAll(where: retired.contains)
        shop.surveySenders.removeAll(where: retired.contains)
        shop.evidence.removeAll { ["sender", "surveySender"].contains($0.fact) && retired.contains($0.value) }
        shop.phones.removeAll { phone in shop.senders.contains(phone.number) }

        let report = ContactFinder.reportEmail(in: text, among: emails)
        if let report {
            let domain = report.address.split(separator: "@").last.map(String.init) ?? ""
            if PolicyLexicon.placeholderEmailDomains.contains(domain) {
                warnings.placeholder("report address \(report.address)")
            } else {
                shop.reportEmail = report.address
                shop.evidence.append(evidence("reportEmail", report.address, text.sentences[report.sentenceIndex], in: text))
            }
        }
        shop.domains = ContactFinder.ownDomains(emails: emails, hosts: hosts, names: names, id: id)
        // A template's address ("info@example.com") anywhere is left from the template.
        for email in emails where email.address != report?.address {
            let domain = email.address.split(separator: "@").last.map(String.init) ?? ""
            if PolicyLexicon.placeholderEmailDomains.contains(domain) { warnings.placeholder("address \(email.address)") }
        }
        PlaceholderDetector.addresses(in: text).forEach { warnings.placeholder($0) }
        PlaceholderDetector.maskedNumbers(in: text).forEach { warnings.placeholder($0) }
        PlaceholderDetector.bracketedFields(in: text).forEach { warnings.placeholder($0) }
        warnings.checkDeclarations(of: shop)
        shop.warnings = warnings.warnings
        return shop
    }

    private static func validatedText(_ policy: [UInt8], fileName: String) throws(SMSGuardError) -> [UInt8] {
        let location = SourceLocation(path: fileName)
        guard policy.count <= PolicyText.maximumSize else {
            throw SMSGuardError(.badData, "policy is \(policy.count >> 20) MiB; a policy page is far smaller (limit \(PolicyText.maximumSize >> 20) MiB): is this the right file?", at: location)
        }
        if policy.starts(with: [0xFF, 0xFE]) || policy.starts(with: [0xFE, 0xFF]) {
            throw SMSGuardError(.badData, "policy is UTF-16 text; save it as UTF-8", at: location)
        }
        // A byte-order mark stays: folding drops it, and offsets keep counting from the file's first byte.
        guard String(validating: policy, as: UTF8.self) != nil else {
            let offset = firstInvalidUTF8Offset(policy)
            let (line, column) = TextPosition.lineAndColumn(of: offset, in: policy)
            throw SMSGuardError(.badData, "policy is not UTF-8 text (a Windows-1256 page? save it as UTF-8)", at: SourceLocation(path: fileName, line: line, column: column))
        }
        guard policy.contains(where: { $0 > 0x20 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }) else {
            throw SMSGuardError(.badData, "policy is empty: save the page's text into the file", at: location)
        }
        return policy
    }

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                let lead = buffer[index]
                if lead < 0x80 { index += 1; continue }
                guard let (_, length) = UTF8Scalar.decode(buffer, at: index, lead: lead) else { return index }
                index += length
            }
            return buffer.count
        }
    }

    private static func add(_ value: String, to list: inout [String]) {
        if !list.contains(value) { list.append(value) }
    }

    private static func addSender(_ canonical: String, isSurvey: Bool, declaredIn sentence: PolicySentence, of text: PolicyText, to shop: inout Shop) {
        add(canonical, to: &shop.senders)
        shop.evidence.append(evidence("sender", canonical, sentence, in: text))
        if isSurvey {
            add(canonical, to: &shop.surveySenders)
            shop.evidence.append(evidence("surveySender", canonical, sentence, in: text))
        }
    }

    private static func addPhone(_ number: PolicyNumber, role: String, to shop: inout Shop) {
        let sender = number.sender
        let canonical = sender.isValid ? sender.canonical : number.digits
        guard !shop.phones.contains(where: { $0.number == canonical }) else { return }
        shop.phones.append(Shop.Phone(number: canonical, written: number.written, role: role))
    }

    private static func evidence(_ fact: String, _ value: String, _ sentence: PolicySentence, in text: PolicyText) -> Shop.Evidence {
        var plainStart = sentence.plainRange.lowerBound
        while plainStart < sentence.plainRange.upperBound, [0x20, 0x0A, 0x0D, 0x09].contains(text.plain[plainStart]) { plainStart += 1 }
        if text.plain[plainStart...].starts(with: [0xEF, 0xBB, 0xBF]) { plainStart += 3 }
        let offset = text.sourceOffset(ofPlain: plainStart)
        return Shop.Evidence(fact: fact, value: value, quote: sentence.quote, offset: offset, line: text.line(ofSource: offset))
    }
}

/// Gathers warnings, one per code, with every finding listed.
private struct WarningCollector {
    private(set) var warnings: [Shop.Warning] = []
    private var placeholders: [String] = []

    mutating func add(_ code: String, _ message: String) {
        warnings.append(Shop.Warning(code: code, message: message))
    }

    mutating func placeholder(_ what: String) {
        if !placeholders.contains(what) { placeholders.append(what) }
    }

    mutating func checkDeclarations(of shop: Shop) {
        if !placeholders.isEmpty {
            warnings.insert(Shop.Warning(code: "placeholder-contact", message: "placeholder contact data left from a template: " + placeholders.joined(separator: "; ")), at: 0)
        }
        if shop.senders.isEmpty {
            add("no-sender", "the policy declares no SMS sender number, so messages in this shop's name can only be unverified")
        }
        // "20008866310 تنها شماره‌ای است …" and "… جز 2000886310 تخلف است": one line written twice, one
        // digit dropped or doubled in one place. Neighbouring lines (…66, …67) are common and not warned of.
        for (index, sender) in shop.senders.enumerated() {
            for other in shop.senders[(index + 1)...] where sender.count != other.count && EditDistance.between(sender, other) == 1 {
                add("senders-differ-by-a-digit", "the policy gives \(sender) and \(other), which differ by one digit added or left out: check which is the shop's line")
            }
        }
        if shop.reportEmail == nil {
            add("no-report-email", "the policy names no address for reporting SMS sent in the shop's name")
        }
        if let email = shop.reportEmail, let domain = email.split(separator: "@").last.map(String.init),
           PolicyLexicon.personalMailDomains.contains(domain) {
            // "reza.fixmobile@gmail.com": a small shop's personal mailbox; its name, not the provider's, should
            // spell the shop.
            let local = email.prefix { $0 != "@" }
            let parts = local.split(whereSeparator: { ".-_".contains($0) }).map { String($0) + ".ir" }
            if !parts.contains(where: { ContactFinder.spellsShop($0, names: shop.names, id: shop.id) }) {
                add("report-domain-unrelated", "the report address \(email) is a personal mailbox whose name (\(local)) does not spell the shop's name: check that the address is the shop's own")
            }
        } else if let email = shop.reportEmail, let domain = email.split(separator: "@").last.map(String.init) {
            let label = ContactFinder.mainLabel(of: domain)
            let related = ContactFinder.spellsShop(domain, names: shop.names, id: shop.id)
                || shop.domains.contains { $0 != domain && ContactFinder.registrableDomain($0) == ContactFinder.registrableDomain(domain) && ContactFinder.spellsShop($0, names: shop.names, id: shop.id) }
            if !related {
                add("report-domain-unrelated", "the report address \(email) is on \(domain), whose name (\(label)) does not spell the shop's name: check that the address is the shop's own")
            }
        }
    }
}
