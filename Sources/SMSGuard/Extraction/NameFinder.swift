/// Finds the shop's name in its policy, and every spelling the policy uses for it.
///
/// Policies repeat the shop's name as the subject of their sentences ("X ممکن است …", "X ضمن احترامی …")
/// and after nouns that name it ("فروشگاه X", "خبرنامه X", "حریم خصوصی در X"). Each such place votes for
/// the one to three words next to it; the words with most votes are the name, taken as long as the
/// longer form still gets most of the votes ("همه چیزکالا" over "چیزکالا", "با کالا" over "کالا").
enum NameFinder {
    struct Result: Equatable {
        /// Every spelling found, the most frequent first; "فروشگاه X" forms after the bare ones.
        var names: [String]
        /// Whether the name came from sentence patterns (true) or only from word frequency.
        var isConfident: Bool
    }

    static let maximumWords = 3

    /// A run of words between marks, with the sentence it came from for quoting.
    struct Clause {
        let tokens: [PolicyToken]
        let sentence: PolicySentence
    }

    /// - Parameter domains: the hosts and e-mail domains the policy writes, whose main labels may spell
    ///   the name.
    static func find(in text: PolicyText, domains: [String] = []) -> Result? {
        let clauses = text.sentences.flatMap { clausesOf($0) }
        let spelled = namesSpelled(by: domains, in: clauses)
        var votes: [[String]: Int] = [:]
        for clause in clauses {
            vote(clause.tokens.map(\.text), into: &votes)
        }
        let counts = phraseCounts(in: clauses)
        if var name = bestCandidate(votes) {
            // "شرکت حمل", "شرکت اعتباری": a kind of company the text names twice outvotes the shop, whose
            // title names it as often or more; so does a name misspelled in a copied clause.
            if let titled = headingName(in: text, counts: counts, minimumCount: 2), !titled.containsRun(name), !name.containsRun(titled),
               (counts[titled] ?? 0) >= (counts[name] ?? 0) {
                name = titled
            }
            // The longer form a domain spells: "دیاکو ابزار" for diakoabzar.ir where "فروشگاه اینترنتی
            // ابزار" voted for "ابزار"; or the words the text keeps writing after it ("آینه دکور", voted
            // for once where "آینه" was voted for twice).
            let longer = spelled.filter { $0.key.count > name.count && $0.key.containsRun(name) }.max { $0.value < $1.value }?.key
                ?? counts[name].map { extended(name, occurring: $0, counts: counts, onlyAfter: true) } ?? name
            return Result(names: spellings(of: longer, in: clauses), isConfident: true)
        }
        // No sentence pattern: words a domain spells, written twice or more, are surer than frequency.
        if let best = spelled.filter({ $0.value >= 2 }).max(by: { a, b in a.value != b.value ? a.value < b.value : a.key.count < b.key.count }) {
            let name = withoutLeadingBusinessNoun(extended(best.key, occurring: best.value, counts: counts))
            return Result(names: spellings(of: name, in: clauses), isConfident: true)
        }
        // Words a domain spells written once: the Persian name of a shop whose policy is in English.
        let spelledOnce = spelled.max { a, b in a.value != b.value ? a.value < b.value : a.key.count < b.key.count }?.key
        // The title ("سیاست حفظ حریم خصوصی X", "X - حریم خصوصی"), when the policy writes the name again; an
        // English title's name comes after the Persian one the page gives ("Golsang (Persian: گلسنگ)").
        if let titled = headingName(in: text, counts: counts, minimumCount: 2) {
            let persian = titled.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } ? spelledOnce.map(withoutLeadingBusinessNoun) : nil
            return Result(names: (persian.map { spellings(of: $0, in: clauses) } ?? []) + spellings(of: titled, in: clauses), isConfident: true)
        }
        // A Persian title the text never repeats ("گالری دستباف نیلا — حریم خصوصی", then "گالری نیلا") still
        // names the shop better than the most frequent word.
        let frequent = mostFrequentName(counts: counts)
        if spelledOnce == nil, let titled = headingName(in: text, counts: counts, minimumCount: 1),
           titled.contains(where: { $0.utf8.contains { $0 >= 0x80 } }) {
            if let frequent, !titled.containsRun(frequent), isInTitle(frequent, of: text),
               frequent.count > 1 || !PolicyLexicon.businessNouns.contains(frequent[0]) {
                return Result(names: spellings(of: frequent, in: clauses), isConfident: false)
            }
            // "ترشی‌های مامان پری" once, "مامان پری" all through: both, so that messages using the short
            // form match.
            let shortForm = frequent.flatMap { $0 != titled && titled.containsRun($0) ? spellings(of: $0, in: clauses) : nil } ?? []
            return Result(names: spellings(of: titled, in: clauses) + shortForm, isConfident: false)
        }
        guard let frequent = frequent ?? spelledOnce.map(withoutLeadingBusinessNoun) else { return nil }
        return Result(names: spellings(of: frequent, in: clauses), isConfident: false)
    }

    /// The name a policy's title gives: of the short lines among its first few, the first whose words, once policy
    /// vocabulary is set aside ("سیاست حفظ حریم خصوصی", "کاربران", "به نام خدا"), leave one run of one to
    /// three Persian words that the policy writes at least `minimumCount` times.
    static func headingName(in text: PolicyText, counts: [[String]: Int], minimumCount: Int) -> [String]? {
        // A title stands above other text and ends without a full stop: "این متن نمونه است." is none.
        guard text.sentences.count > 1 else { return nil }
        let headingEnd = text.plain.indices.lazy.filter { text.plain[$0] == 0x0A }.dropFirst(headingLines - 1).first ?? text.plain.count
        let heading = text.sentences.prefix(while: { $0.plainRange.lowerBound < headingEnd })
        // A Latin name only from a heading with no Persian words: "پویش‌گیر | Pooyesh Gear" is named in Persian.
        let readsLatin = !heading.contains { sentence in sentence.tokens.contains { $0.kind == .word && !headingVocabulary.contains($0.text) } }
        for sentence in heading where sentence.words.count <= 10 && !sentence.endsWithFullStop {
            var runs: [[String]] = [[]]
            for token in sentence.tokens {
                let isNameWord = (token.kind == .word || (readsLatin && token.kind == .latin && !latinHeadingVocabulary.contains(token.text)))
                    && !headingVocabulary.contains(token.text) && !PolicyLexicon.genericWords.contains(token.text)
                    && !PolicyLexicon.connectors.contains(token.text) && !functionWords.contains(token.text)
                if isNameWord { runs[runs.count - 1].append(token.text) } else if !runs[runs.count - 1].isEmpty { runs.append([]) }
            }
            var named = runs.filter { !$0.isEmpty }
            guard named.allSatisfy(isPlausibleName) else { continue }
            // "کیک و دسر لیمو": two runs joined by "و" alone are one name.
            if named.count == 2, joinedByAnd(sentence, named) { named = [named[0] + ["و"] + named[1]] }
            // One name in the title: two runs ("X | Y") make it a list, not a title. A title may spell a
            // shop's name with a word more than the text does ("شکلات دست‌ساز کاکائو خونه").
            guard named.count == 1, let run = named.first, run.count <= maximumWords + 1 else { continue }
            // Counts are of Persian phrases; an English page's Latin name is counted here.
            let occurrences = counts[run] ?? text.sentences.reduce(0) { total, sentence in
                total + sentence.tokens.filter { $0.kind == .word || $0.kind == .latin }.map(\.text).occurrences(of: run).count
            }
            guard occurrences >= minimumCount else { continue }
            return withoutLeadingBusinessNoun(run)
        }
        return nil
    }

    /// Whether `name` stands in the policy's first line: "کتابفروشی آنلاین ورق", then "ورق" four times,
    /// over a typo in a subtitle.
    private static func isInTitle(_ name: [String], of text: PolicyText) -> Bool {
        text.sentences.first?.words.containsRun(name) ?? false
    }

    /// Whether the only word between the title's two runs is "و".
    private static func joinedByAnd(_ sentence: PolicySentence, _ runs: [[String]]) -> Bool {
        let words = sentence.tokens.filter { $0.kind == .word || $0.kind == .latin }.map(\.text)
        return words.containsRun(runs[0] + ["و"] + runs[1])
    }

    /// How many of a policy's first lines may hold its title (a site's menu may come before it).
    static let headingLines = 4
    /// Words of a policy's title that are not the shop's name.
    static let headingVocabulary = PolicyLexicon.folded([
        "حفظ", "سیاستنامه", "بیانیه", "قوانین", "مقررات", "شرایط", "استفاده", "اطلاعیه", "صفحه", "حریم‌خصوصی",
        "بسمه", "تعالی", "خدا", "نام", "آخرین", "بروزرسانی", "به‌روزرسانی", "ویرایش", "نسخه", "تاریخ",
        "مقدمه", "فهرست", "راهنما", "پرسش", "پاسخ", "پرسشهای", "متداول", "کاربری", "عضویت", "سوالات", "سئوالات", "پرسشها",
        "مرکز", "راهنمای", "خلاصه", "کامل",
        // A social page's pinned rules: "کانال رسمی X", "قوانین پیج X", "X — قوانین فروش".
        "کانال", "رسمی", "پیج", "صفحه", "اینستاگرام", "تلگرام", "فروش", "سنجاقشده", "پینشده", "سند",
    ])

    /// English words of a policy's title that are not the shop's name: "Privacy Policy — Zarin Leaf".
    static let latinHeadingVocabulary: Set<String> = [
        "privacy", "policy", "policies", "terms", "of", "use", "service", "conditions", "and", "the", "notice", "statement",
        "our", "your", "sms", "cookie", "cookies", "data", "protection", "last", "updated", "at", "for", "customers", "faq",
    ]

    /// Runs of words whose consonants spell the main label of one of `domains` ("شهر کاموا" for
    /// shahrekamva.ir), with how often the policy writes each.
    static func namesSpelled(by domains: [String], in clauses: [Clause]) -> [[String]: Int] {
        var labels: [[UInt8]] = []
        for domain in domains {
            let skeleton = Transliteration.latinSkeleton(ContactFinder.mainLabel(of: domain).lowercased().utf8)
            if skeleton.count >= 4 && !labels.contains(skeleton) { labels.append(skeleton) }
        }
        var counts: [[String]: Int] = [:]
        guard !labels.isEmpty else { return counts }
        for clause in clauses {
            let words = clause.tokens.filter { $0.kind == .word }.map(\.text)
            for start in words.indices {
                for length in 1...maximumWords where start + length <= words.count {
                    let candidate = Array(words[start..<(start + length)])
                    guard isPlausibleName(candidate) else { continue }
                    let skeleton = Transliteration.skeleton(candidate.joined(separator: " "))  // a word-final heh is a vowel
                    // Folding removed the ZWNJ after a heh that is a vowel too: "گربه‌سان" is "gorbesan".
                    let withoutInnerHeh = [skeleton.first].compactMap { $0 } + skeleton.dropFirst().filter { $0 != UInt8(ascii: "h") }
                    let matches = labels.contains { Transliteration.spells($0, skeleton) || (withoutInnerHeh.count >= 4 && Transliteration.spells($0, withoutInnerHeh)) }
                    if skeleton.count >= 4 && matches { counts[candidate, default: 0] += 1 }
                }
            }
        }
        return counts
    }

    /// The name without a leading business noun: "بازار برتر", not "فروشگاه بازار برتر".
    static func withoutLeadingBusinessNoun(_ words: [String]) -> [String] {
        var name = words
        while name.count > 1, PolicyLexicon.businessNouns.contains(name[0]) || businessDescriptors.contains(name[0]) { name.removeFirst() }
        return name
    }

    /// Words that describe the business before its name ("فروشگاه اینترنتی X", "فروشگاه زنجیره‌ای X").
    static let businessDescriptors = PolicyLexicon.folded(["اینترنتی", "آنلاین", "زنجیره‌ای", "تخصصی", "مجازی", "online"])

    /// A clause: the word tokens between marks, numbers and addresses.
    static func clausesOf(_ sentence: PolicySentence) -> [Clause] {
        var clauses: [[PolicyToken]] = [[]]
        for token in sentence.tokens {
            if token.kind == .word || token.kind == .latin {
                clauses[clauses.count - 1].append(token)
            } else if !clauses[clauses.count - 1].isEmpty {
                clauses.append([])
            }
        }
        return clauses.filter { !$0.isEmpty }.map { Clause(tokens: $0, sentence: sentence) }
    }

    private static func vote(_ words: [String], into votes: inout [[String]: Int]) {
        for anchor in PolicyLexicon.predicateAnchors {
            for position in words.occurrences(of: anchor) {
                for length in 1...maximumWords where position - length >= 0 {
                    let candidate = Array(words[(position - length)..<position])
                    if isPlausibleName(candidate) { votes[candidate, default: 0] += 1 }
                }
            }
        }
        for anchor in PolicyLexicon.objectAnchors {
            for position in words.occurrences(of: anchor) {
                let start = position + anchor.count
                for length in 1...maximumWords where start + length <= words.count {
                    let candidate = Array(words[start..<(start + length)])
                    if isPlausibleName(candidate) { votes[candidate, default: 0] += 1 }
                }
            }
        }
    }

    /// A name does not begin with a connector ("همچنین"), end in a function or policy word ("را",
    /// "کاربران"), or consist of policy vocabulary alone.
    static func isPlausibleName(_ words: [String]) -> Bool {
        guard let first = words.first, let last = words.last else { return false }
        if PolicyLexicon.connectors.contains(first) || PolicyLexicon.connectors.contains(last) { return false }
        // "آیا X اطلاعات کارت را نگه می‌دارد؟": a question word opens no name.
        if questionWords.contains(first) { return false }
        if PolicyLexicon.genericWords.contains(last) || functionWords.contains(last) { return false }
        if words.contains(where: { $0.count < 2 }) { return false }
        // "آخرین ویرایش: خرداد ۱۴۰۳": a month is no shop.
        if words.count == 1 && PolicyLexicon.months.contains(words[0]) { return false }
        return !words.allSatisfy { PolicyLexicon.genericWords.contains($0) || functionWords.contains($0) }
    }

    private static let questionWords = PolicyLexicon.folded(["آیا", "چرا", "چگونه", "چطور", "کجا", "چه"])

    /// Words that are never a name's last word, though a name may begin with them ("با کالا").
    static let functionWords = PolicyLexicon.folded([
        "با", "بی", "برای", "مانند", "چون", "نه", "بدون", "طی", "جز", "غیر", "کلیه", "می", "نمی", "خواهد",
        // An FAQ's question about the shop: "X چه اطلاعاتی نگه می‌دارد؟".
        "چه", "چرا", "کجا", "چطور", "چگونه", "چقدر", "آیا",
        // "… ارسال‌کننده آن فروشگاه نیست": a verb after a business noun is the sentence going on.
        "نیست", "است", "هست", "نیستند", "هستند", "بود", "نبود", "باشد", "نباشد", "میباشد", "نمیباشد",
    ])

    /// The most voted candidate, extended to a longer candidate containing it while that keeps at least
    /// 60 % of its votes; a leading business noun ("فروشگاه") is dropped.
    static func bestCandidate(_ votes: [[String]: Int]) -> [String]? {
        let ranked = votes.sorted { a, b in
            a.value != b.value ? a.value > b.value : a.key.count != b.key.count ? a.key.count > b.key.count : a.key.joined() < b.key.joined()
        }
        guard let (core, coreVotes) = ranked.first, coreVotes >= 2 else { return nil }
        var best = core
        for (candidate, count) in ranked where candidate.count > best.count && Double(count) >= 0.6 * Double(coreVotes) {
            if candidate.containsRun(core) { best = candidate }
        }
        return withoutLeadingBusinessNoun(best)
    }

    /// How often each plausible run of one to three Persian words occurs (single words of three letters
    /// or more).
    private static func phraseCounts(in clauses: [Clause]) -> [[String]: Int] {
        var counts: [[String]: Int] = [:]
        for clause in clauses {
            // Persian words only: messages are matched against the Persian name, and English prose
            // would put "and" or "name" first.
            let words = clause.tokens.filter { $0.kind == .word }.map(\.text)
            for start in words.indices {
                for length in 1...maximumWords where start + length <= words.count {
                    let candidate = Array(words[start..<(start + length)])
                    if isPlausibleName(candidate) && (length > 1 || candidate[0].count >= 3) { counts[candidate, default: 0] += 1 }
                }
            }
        }
        return counts
    }

    /// Without sentence patterns: the most frequent word that is not policy vocabulary, if frequent,
    /// extended to the longer phrase it keeps appearing in.
    private static func mostFrequentName(counts: [[String]: Int]) -> [String]? {
        let word = counts.filter { $0.key.count == 1 }.max { a, b in a.value != b.value ? a.value < b.value : a.key[0] > b.key[0] }
        guard let word, word.value >= 3 else { return nil }
        return withoutLeadingBusinessNoun(extended(word.key, occurring: word.value, counts: counts))
    }

    /// `name` extended to the longer phrase holding it in at least 60 % of its `occurrences`
    /// ("کتاب‌سرای نیلوفر", not "نیلوفر": a name cut short would match a person's name in every greeting).
    /// - Parameter onlyAfter: extend only by words after the name, not by descriptors before it
    ///   ("اینترنتی X").
    private static func extended(_ name: [String], occurring occurrences: Int, counts: [[String]: Int], onlyAfter: Bool = false) -> [String] {
        let extensions = counts.filter { candidate, count in
            candidate.count > name.count && (onlyAfter ? candidate.starts(with: name) : candidate.containsRun(name))
                && Double(count) >= 0.6 * Double(occurrences)
        }
        let longer = extensions.max { a, b in
            a.value != b.value ? a.value < b.value : a.key.count != b.key.count ? a.key.count < b.key.count : a.key.joined() > b.key.joined()
        }
        return longer?.key ?? name
    }

    /// Every spelling of `name` in the text: the same letters with a space, a ZWNJ or nothing between
    /// words, each written as the policy writes it; with "فروشگاه" before it as a further name.
    static func spellings(of name: [String], in clauses: [Clause]) -> [String] {
        let key = name.joined()
        var counts: [String: (count: Int, firstSeen: Int, written: String)] = [:]
        var order = 0
        func record(_ folded: String, _ written: String) {
            order += 1
            if let existing = counts[folded] {
                counts[folded] = (existing.count + 1, existing.firstSeen, existing.written)
            } else {
                counts[folded] = (1, order, written)
            }
        }
        for clause in clauses {
            let tokens = clause.tokens
            func written(_ range: Range<Int>) -> String {
                let folded = tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
                return PolicySentence.normalizedSpacing(clause.sentence.folded.originalText(of: folded))
            }
            for start in tokens.indices {
                for length in 1...(maximumWords + 2) where start + length <= tokens.count {
                    let words = tokens[start..<(start + length)].map(\.text)
                    guard words.joined() == key else { continue }
                    let spelled = words.joined(separator: " ")
                    record(spelled, written(start..<(start + length)))
                    if start > 0, tokens[start - 1].text == "فروشگاه" {
                        record("فروشگاه " + spelled, written((start - 1)..<(start + length)))
                    }
                }
            }
        }
        if counts.isEmpty { return [name.joined(separator: " ")] }
        let sorted = counts.sorted { a, b in
            let aStore = a.key.hasPrefix("فروشگاه "), bStore = b.key.hasPrefix("فروشگاه ")
            if aStore != bStore { return !aStore }
            return a.value.count != b.value.count ? a.value.count > b.value.count : a.value.firstSeen < b.value.firstSeen
        }
        return sorted.map(\.value.written)
    }
}
