/// Decides, for each number in a policy sentence, whether it is an SMS sender, a contact number, or
/// neither (a date, an amount, a postal code).
///
/// A number is a sender only when the sentence is about sending SMS and the number is tied to that:
/// labelled by an SMS word just before it ("سرشماره: N", "از طریق پیامک N"), introduced as "the number"
/// by the clause ("N شماره‌ای است که …", "N و M تنها شماره‌هایی هستند که …"), or reached "through" it
/// ("از طریق شماره N … ارسال"). A phone label nearer than any SMS word makes it a contact number: a phone
/// taken for a sender would make every real call from the shop look like fraud.
enum NumberRoleFinder {
    enum Role: Equatable {
        case sender(isSurvey: Bool)
        /// A line the policy says another replaced: no sender now, whatever other sentences said.
        case retired
        case contact(role: String)
    }

    struct Finding {
        let number: PolicyNumber
        let role: Role
    }

    /// How many tokens before a number a label may stand.
    static let labelReach = 5

    static func findings(in sentence: PolicySentence) -> [Finding] {
        var findings: [Finding] = []
        // "پیامکی از شماره N … دریافت کرده‌ام؛ آیا معتبر است؟": a customer's question quoting what they got.
        if sentence.quotesAReceivedMessage { return [] }
        let isAboutSMS = sentence.isAboutSMS
        let allLists = lists(in: sentence)
        let spans = allLists.map { $0.first!.tokenRange.lowerBound..<$0.last!.tokenRange.upperBound }
        // Whether the sentence denies each list, read once: every list's survey check asks of all of them.
        let denied = spans.map { isDeniedAsSender($0, in: sentence) }
        let replacement = isAboutSMS ? LineReplacement(sentence) : nil
        for (listIndex, list) in allLists.enumerated() {
            let start = spans[listIndex].lowerBound, end = spans[listIndex].upperBound
            if let replacement, list.allSatisfy({ replacement.retired.contains($0.tokenRange.lowerBound) }) {
                findings += list.map { Finding(number: $0, role: .retired) }
                continue
            }
            let isReplacement = replacement.map { replaced in list.contains { replaced.current.contains($0.tokenRange.lowerBound) } } ?? false
            let isSMSItem = isSMSListItem(before: start, in: sentence, isAboutSMS: isAboutSMS)
            // "خط اطلاع‌رسانی سفارش و کد ورود: N" labels a line, not a code.
            let usable = list.filter { isSMSItem || !isNonContact($0, in: sentence) }
            guard !usable.isEmpty else { continue }
            let label = isSMSItem ? .sms : nearestLabel(before: start, in: sentence, isAboutSMS: isAboutSMS)
            var senderScore = isAboutSMS ? 2 : 0
            var phoneScore = 0
            switch label {
            case .sms?: senderScore += 10
            case .phone?: phoneScore += 10
            case nil: break
            }
            // "پیامکای ما فقط از تلفن ثابت خونه، N، ارسال میشه", "از موبایل من N … میفرستیم": a phone the
            // clause sends from, with no call in it, is a sending line.
            if isAboutSMS && (isLandlineSendingLine(before: start, in: sentence) || (label == .phone && sendsFromPhone(before: start, in: sentence))) {
                senderScore += 10
                phoneScore = 0
            }
            // "… از شماره N با شما تماس تلفنی بگیرند": a line the clause says calls, in a sentence that
            // speaks of SMS elsewhere.
            let listClause = clause(around: start..<end, in: sentence)
            let clauseWords = words(of: listClause)
            // "اگر چنین پیامکی گرفتید، با شماره‌ی N تماس بگیرید": or its part between commas calls.
            if label != .sms && (isCallingClause(clauseWords) || isCallingClause(words(of: commaSeparatedPart(of: listClause, around: start..<end))))
            {
                phoneScore += 10
            }
            // "خط N فقط برای تماس تلفنی است و پیامکی از آن ارسال نمی‌شود": the line's label says nothing.
            if isForCallsOnly(clauseWords) {
                senderScore = 0
                phoneScore += 10
            }
            // A row whose remark says what the phone is for: "۰۵۱-… | پشتیبانی تلفنی".
            if label == nil && rowRemarkDenies(start, in: sentence)
                && rowWords(after: start, in: sentence).contains(where: { PolicyLexicon.phoneCues[$0] != nil }) {
                phoneScore += 10
            }
            if isAboutSMS && (introducesNumber(after: end, in: sentence) || isPredicatedNumber(start..<end, in: sentence)
                || isUsedForSending(after: end, in: sentence)) { senderScore += 8 }
            if isAboutSMS && isReachedThrough(before: start, in: sentence) { senderScore += 6 }
            if isTypedAsSMS(start, in: sentence) { senderScore += 8 }
            if isAboutSMS && (isListedAfterColon(before: start, in: sentence) || isExcepted(before: start, in: sentence)
                || isOnlySource(before: start, in: sentence)) {
                senderScore += 8
            }
            // "نظرسنجی‌ها که پیش‌تر از N ارسال می‌شد، اکنون از M", "نظرسنجی از N به M تغییر کرد": the survey
            // goes with a line in use.
            let liveLists = allLists.indices.filter { other in
                let isRetired = replacement.map { replaced in allLists[other].allSatisfy { replaced.retired.contains($0.tokenRange.lowerBound) } } ?? false
                return other == listIndex || (allLists[other].contains { !$0.isDate } && !denied[other] && !isRetired)
            }
                .map { allLists[$0] }
            let isSurvey = isMarkedSurvey(start..<end, among: liveLists, in: sentence) || (sentence.isUnderSurveyHeading && liveLists.count == 1)
            if isReplacement { senderScore += 8 }
            let isDenied = (!isReplacement && denied[listIndex]) || isThirdPartysLine(before: start, in: sentence)
                || rowRemarkDenies(start, in: sentence) || isAnotherCompanysLine(clauseWords) || hasThirdPartySubject(before: start, in: listClause)
                || isHypotheticallyReceived(start, in: listClause, of: sentence)
            // "سرشماره N از ۱۴۰۳ غیرفعال شده": a line out of use, whatever a list elsewhere says of it.
            if denied[listIndex] && !isReplacement {
                let retired = outOfUseLines(in: listClause, of: sentence)
                if list.contains(where: { retired.contains($0.tokenRange.lowerBound) }) {
                    findings += list.filter { retired.contains($0.tokenRange.lowerBound) }.map { Finding(number: $0, role: .retired) }
                    continue
                }
                // "شماره‌های N، M و K متعلق به ما نیستند": not the shop's, whatever a quoted fake's
                // "فرستنده: N" elsewhere seems to say.
                if PolicyLexicon.ownershipDenials.contains(where: clauseWords.containsRun) {
                    findings += list.map { Finding(number: $0, role: .retired) }
                    continue
                }
            }
            let role: Role? = senderScore >= 8 && senderScore > phoneScore && !isDenied
                ? .sender(isSurvey: isSurvey)
                : phoneScore > 0 ? .contact(role: contactRole(before: start, in: sentence)) : nil
            guard let role else { continue }
            for number in usable {
                // Template filler ("۱۱۱۱۱۱۱") goes on whatever its form, so the extractor can warn of it.
                if case .sender = role, !number.isPlaceholder, !isSendingLine(number, labelledSMS: label == .sms, in: sentence) { continue }
                var numberRole = role
                if case .contact(let name) = role, number.sender.kind == .mobile, name == "phone" {
                    numberRole = .contact(role: "mobile")
                }
                findings.append(Finding(number: number, role: numberRole))
            }
        }
        return findings
    }

    /// Whether a number of a sender's clause can be a sending line: a bulk line, a landline or a mobile;
    /// or a short code an SMS word labels ("سامانه کوتاه ۸۸۶۶", "short code 8866"), not one messages
    /// are sent to ("عدد ۱ را به ۸۸۶۶ بفرستید").
    private static func isSendingLine(_ number: PolicyNumber, labelledSMS: Bool, in sentence: PolicySentence) -> Bool {
        let kind = number.sender.kind
        if [.bulk, .landline, .mobile].contains(kind) { return true }
        guard kind == .shortCode, labelledSMS, !number.isDate, number.digits.count >= 4 else { return false }
        // "۱۴۰۱: …" heads a row of a history; a year is no line. Nor is a bulk line's or a mobile's prefix
        // cut off from the rest of its digits ("۳۰۰۰.۶۱۸۵.۷۲" read as far as the first dot).
        if let year = Int(number.digits), (1300...1499).contains(year) || (1900...2099).contains(year) { return false }
        let digits = Array(number.digits.utf8)
        if digits.first == UInt8(ascii: "0") || SenderParser.bulkPrefixes.contains(where: { digits.starts(with: $0) }) { return false }
        let next = number.tokenRange.upperBound < sentence.tokens.count ? sentence.tokens[number.tokenRange.upperBound].text : ""
        // "۸۸۴۴ : سرشماره کوتاه باشگاه مشتریان": a number heading its row is a line when the row's label
        // says so at once; otherwise it heads a row of a history or a list of codes.
        if number.tokenRange.lowerBound == 0 || next == ":" {
            return rowWords(after: number.tokenRange.lowerBound, in: sentence).prefix(2).contains { isSMSWord($0) || $0 == "کوتاه" }
        }
        return !["به", "to"].contains(sentence.tokens[number.tokenRange.lowerBound - 1].text)
    }

    /// Numbers joined by "و", "یا" or commas form one list and share their role.
    static func lists(in sentence: PolicySentence) -> [[PolicyNumber]] {
        var lists: [[PolicyNumber]] = []
        for number in sentence.numbers {
            if let previous = lists.last?.last {
                var between = sentence.tokens[previous.tokenRange.upperBound..<number.tokenRange.lowerBound]
                // "N (اطلاع‌رسانی سفارش) و M (کد ورود)": what a line is for, in brackets after it.
                if between.first?.text == "(", let close = between.firstIndex(where: { $0.text == ")" }) {
                    between = between[(close + 1)...]
                }
                // Nothing between: one number a line, as lists are written (digit groups of one number
                // were joined already).
                // "N و شماره همراه M", "N یا (M)": words that only say what kind of line the next one is.
                let texts = between.map(\.text)
                let isListSeparator = between.isEmpty || texts == ["به", "همراه"] || texts == ["همراه", "با"]
                    || between.count <= 4 && between.contains { !lineKindWords.contains($0.text) }
                    && between.allSatisfy { ["و", "یا", "،", ",", "and", "or", "؛", "/", "(", ")"].contains($0.text) || lineKindWords.contains($0.text) }
                if isListSeparator {
                    lists[lists.count - 1].append(number)
                    continue
                }
            }
            lists.append([number])
        }
        return lists
    }

    /// Words that say what kind of line a number is, not what it is for.
    private static let lineKindWords: Set<String> = ["شماره", "خط", "همراه", "موبایل", "ثابت"]

    private enum Label { case sms, phone }

    /// A list item that is an SMS line: its label speaks of SMS or of a line, or it is a row of a list
    /// or table that a sentence about SMS introduced ("کد ورود و تأیید: N", "سفارش ، N") — unless its
    /// label says the number is for calls or chat, or that it sends no SMS ("بدون پیامک").
    private static func isSMSListItem(before start: Int, in sentence: PolicySentence, isAboutSMS: Bool) -> Bool {
        let label = itemLabel(before: start, in: sentence)
        let rowLabel = sentence.isInSMSList ? rowWords(before: start, in: sentence) : []
        // "سرشماره / تلفن: N", a table's column of both kinds of number: the row's remark tells which.
        let labels = label + rowLabel
        if labels.contains(where: isSMSWord) && labels.contains(where: PolicyLexicon.contactOnlyCues.contains) {
            return (sentence.isInSMSList || !label.isEmpty) && !remarkDenies(start, in: sentence)
        }
        // "پیامک‌های X از دو شماره ارسال می‌شود: … • تلفن ثابت واحد چاپ: N": in a list of sending lines,
        // "تلفن ثابت" says what kind of line it is, not that it is for calls.
        if sentence.isInSMSList && namesALandlineKind(labels) && !remarkDenies(start, in: sentence) { return true }
        if labels.contains(where: {
            negatingWords.contains($0) || PolicyLexicon.contactOnlyCues.contains($0) || PolicyLexicon.isCue($0, in: PolicyLexicon.registrationCues)
        }) { return false }
        // A remark after a row's number: "فقط تماس صوتی؛ از این شماره پیامک ارسال نمی‌شود".
        if rowRemarkDenies(start, in: sentence) { return false }
        return label.contains { isSMSWord($0) || (isAboutSMS && lineWords.contains($0)) } || sentence.isInSMSList
            || (!label.isEmpty && followsSMSIntro(start - 1 - label.count, in: sentence))
    }

    /// "تلفن ثابت …", "خط ثابت …": a landline named by its kind, with no word of calls, support or fax.
    private static func namesALandlineKind(_ labels: [String]) -> Bool {
        labels.contains("ثابت") && !labels.contains { word in
            ["تماس", "تلفنی", "صوتی", "فکس", "نمابر", "واتساپ", "whatsapp", "پشتیبانی", "پاسخگویی", "مرکز", "داخلی"].contains(word)
        }
    }

    /// A remark after a row's number that says the line sends nothing: "فقط تماس تلفنی", "غیرفعال",
    /// "فقط دریافت", "receive only".
    private static func rowRemarkDenies(_ start: Int, in sentence: PolicySentence) -> Bool {
        sentence.isInSMSList && remarkDenies(start, in: sentence)
    }

    private static func remarkDenies(_ start: Int, in sentence: PolicySentence) -> Bool {
        let remark = rowWords(after: start, in: sentence)
        // "(فقط پیامک، بدون تماس)", "این خط فقط پیامک ارسال می‌کند": a line for SMS alone, calls denied.
        if remark.containsRun(["فقط", "پیامک"]) || remark.containsRun(["only", "sms"]) { return false }
        let receivesOnly = remark.containsRun(["فقط", "دریافت"]) || remark.contains("receive") || remark.contains("incoming")
        return receivesOnly || remark.contains { PolicyLexicon.contactOnlyCues.contains($0) || PolicyLexicon.senderDenials.contains($0) }
    }

    /// Whether a clause about SMS ending in a colon comes before token `index` in the sentence: the
    /// list's label and its first item read as one sentence ("… از سرشماره‌های زیر ارسال می‌شود:\n
    /// کد ورود: N").
    private static func followsSMSIntro(_ index: Int, in sentence: PolicySentence) -> Bool {
        guard index > 0, let colon = sentence.tokens[..<index].lastIndex(where: { $0.kind == .mark && $0.text == ":" }) else { return false }
        return sentence.tokens[..<colon].contains { ($0.kind == .word || $0.kind == .latin) && isSMSWord($0.text) }
    }

    private static let negatingWords: Set<String> = ["بدون", "غیر", "نه", "without", "not"]

    /// The words of a row before `start`, back to the previous number.
    private static func rowWords(before start: Int, in sentence: PolicySentence) -> [String] {
        sentence.tokens[..<start].reversed().prefix { $0.kind != .number }.filter { $0.kind == .word || $0.kind == .latin }.map(\.text)
    }

    /// "کد ورود، … | ۳۰۰۰ ۱۲۱۲ ۴۵ | پیامک": a table's cell after the number gives its kind, SMS.
    private static func isTypedAsSMS(_ start: Int, in sentence: PolicySentence) -> Bool {
        guard let number = sentence.numbers.first(where: { $0.tokenRange.lowerBound == start }),
              number.tokenRange.upperBound < sentence.tokens.count,
              [",", "،"].contains(sentence.tokens[number.tokenRange.upperBound].text) else { return false }
        let cell = rowWords(after: start, in: sentence)
        return (1...2).contains(cell.count) && cell.allSatisfy { isSMSWord($0) || ["کوتاه", "short"].contains($0) }
    }

    /// The words of a row after the number that starts at token `start`, up to the next number.
    private static func rowWords(after start: Int, in sentence: PolicySentence) -> [String] {
        let end = sentence.numbers.first { $0.tokenRange.lowerBound == start }?.tokenRange.upperBound ?? start + 1
        return sentence.tokens[end...].prefix { $0.kind != .number }.filter { $0.kind == .word || $0.kind == .latin }.map(\.text)
    }

    /// The nearest SMS or phone word before `start`, within reach and not past another number. In a
    /// sentence about SMS, "خط" (line) is an SMS word: "تنها از دو خط N و M ارسال می‌شود".
    private static func nearestLabel(before start: Int, in sentence: PolicySentence, isAboutSMS: Bool) -> Label? {
        var index = start - 1
        var seen = 0
        while index >= 0 && seen < labelReach {
            let token = sentence.tokens[index]
            if token.kind == .number { return nil }
            if token.kind == .word || token.kind == .latin {
                seen += 1
                if isAffirmedSMSWord(at: index, in: sentence) || (token.text == "ام" && index + 1 < sentence.tokens.count && sentence.tokens[index + 1].text == "اس")
                    || ((token.text == "code" || token.text == "codes") && index > 0 && sentence.tokens[index - 1].text == "short"
                        && !sentence.tokens[max(0, index - 5)..<index].contains { ["call", "contact", "centre", "center"].contains($0.text) })
                    || (isAboutSMS && lineWords.contains(token.text) && !isPhoneLine(at: index, in: sentence))
                    // "…، و سامانه N برای پیش‌فاکتور": the SMS panel's number, in a sentence about SMS.
                    || (isAboutSMS && token.text == "سامانه" && index == start - 1) {
                    return .sms
                }
                // "خط همراه سرویس‌کاران ما (N)", "از شماره همراه سازمانی N … پیامک … بفرستد": a mobile line
                // named as the line messages come from, in a sentence about SMS.
                if isAboutSMS && lineKindWords.contains(token.text) && isNamedAsLine(at: index, in: sentence)
                    && !clause(around: index..<start, in: sentence).contains(where: { $0.text.hasPrefix("تماس") }) {
                    return .sms
                }
                // "N به همراه M", "همراه با": "together with", not a mobile.
                let isTogetherWith = token.text == "همراه" && ((index > 0 && sentence.tokens[index - 1].text == "به")
                    || (index + 1 < sentence.tokens.count && sentence.tokens[index + 1].text == "با"))
                if PolicyLexicon.phoneCues[token.text] != nil && !isTogetherWith { return .phone }
            }
            index -= 1
        }
        return nil
    }

    private static let lineWords: Set<String> = ["خط", "خطوط", "خطهای", "line", "lines"]

    /// "phone line", "fax line": an English line noun after a phone word names a phone.
    private static func isPhoneLine(at index: Int, in sentence: PolicySentence) -> Bool {
        index > 0 && PolicyLexicon.phoneCues[sentence.tokens[index - 1].text] != nil
    }

    /// The line-kind word at `index` follows "خط", or "از شماره": "خط همراه", "از شماره همراه".
    private static func isNamedAsLine(at index: Int, in sentence: PolicySentence) -> Bool {
        guard index > 0 else { return false }
        let previous = sentence.tokens[index - 1].text
        return lineWords.contains(previous) || (previous.hasPrefix("شماره") && index > 1 && sentence.tokens[index - 2].text == "از")
    }

    /// The words of a list item's label: from the colon just before the number back to the previous
    /// mark or number ("• خط اطلاع‌رسانی سفارش و کد ورود: N").
    private static func itemLabel(before start: Int, in sentence: PolicySentence) -> [String] {
        guard start > 0, sentence.tokens[start - 1].text == ":" else { return [] }
        var words: [String] = []
        var index = start - 2
        while index >= 0 && words.count < 10 {
            let token = sentence.tokens[index]
            guard token.kind == .word || token.kind == .latin else { break }
            words.append(token.text)
            index -= 1
        }
        return words
    }

    /// "شماره‌های ارسال پیامک ما عبارت‌اند از: N، M": the list follows a colon closing a clause about SMS.
    private static func isListedAfterColon(before start: Int, in sentence: PolicySentence) -> Bool {
        guard start > 0, sentence.tokens[start - 1].text == ":" else { return false }
        return sentence.tokens[..<(start - 1)].indices.contains { isAffirmedSMSWord(at: $0, in: sentence) }
    }

    /// An SMS word that no "بدون" or "غیر" just before denies: "(بدون پیامک کوتاه)" says the number
    /// sends none.
    private static func isAffirmedSMSWord(at index: Int, in sentence: PolicySentence) -> Bool {
        let token = sentence.tokens[index]
        // "سامانه کوتاه ۸۸۶۶", "کد کوتاه ۸۰۸۰", "پیام کوتاه": short messages; "شماره کوتاه مرکز تماس" is a
        // number to call.
        if token.text == "کوتاه" && index > 0,
           sentence.tokens[index - 1].text.hasPrefix("پیام") || ["سامانه", "خط", "کد"].contains(sentence.tokens[index - 1].text) {
            return true
        }
        guard (token.kind == .word || token.kind == .latin) && isSMSWord(token.text) else { return false }
        return !sentence.tokens[max(0, index - 2)..<index].contains { negatingWords.contains($0.text) }
    }

    /// "پیامک‌های گارانتی از خط ثابت N ارسال می‌شود": a landline the clause says messages are sent from
    /// (landlines are sold as SMS senders too); not when the clause also speaks of calling.
    private static func isLandlineSendingLine(before start: Int, in sentence: PolicySentence) -> Bool {
        let preceding = Array(words(of: sentence.tokens[..<start]).suffix(4))
        // "خط ثابت N", "از تلفن ثابت فروشگاه: N", "our office landline in Lahijan, N".
        let namesLandline = zip(preceding, preceding.dropFirst()).contains { ["خط", "تلفن"].contains($0) && $1 == "ثابت" }
        guard namesLandline || preceding.contains("landline") else { return false }
        let words = words(of: clause(around: start..<(start + 1), in: sentence))
        guard !words.contains(where: { $0.hasPrefix("تماس") || $0.hasPrefix("call") }) else { return false }
        // "ما از دو شماره پیامک می‌فرستیم: تلفن ثابت کارگاه، N": an item of a list of sending lines.
        let colon = sentence.tokens[max(0, start - 6)..<start].lastIndex { $0.text == ":" }
        return words.contains { $0.hasPrefix("ارسال") || $0.contains("فرست") || ["send", "sends", "sent"].contains($0) || isSMSWord($0) }
            || colon.map { isListedAfterColon(before: $0 + 1, in: sentence) } ?? false
    }

    /// "پیامک با نام ما از شماره‌ای غیر از N جعلی است": the clause names the one number allowed.
    private static func isExcepted(before start: Int, in sentence: PolicySentence) -> Bool {
        let preceding = sentence.tokens[..<start].suffix(2).map(\.text)
        return exceptionMarkers.contains { preceding.suffix($0.count).elementsEqual($0) }
    }

    /// "مثلاً اگر پیامکی از شماره N … به دستتان رسید، روی پیوند نزنید": a message the reader might get, given
    /// as an example of a fake; not a line excepted from fakes ("اگر از شماره‌ای غیر از N … رسید").
    private static func isHypotheticallyReceived(_ start: Int, in clause: ArraySlice<PolicyToken>, of sentence: PolicySentence) -> Bool {
        guard !isExcepted(before: start, in: sentence) else { return false }
        let before = words(of: clause[..<start]), after = words(of: clause[start...])
        let supposes = before.contains { ["اگر", "چنانچه", "مثلا", "مثلاً", "if", "say"].contains($0) }
        let receives = after.contains { word in ["رسید", "برسد", "دریافت", "received", "receive", "get", "got"].contains { word.hasPrefix($0) } }
        return supposes && receives
    }

    /// "غیر از N", "جز N", "other than N": the words that except a number.
    private static let exceptionMarkers = [["غیر", "از"], ["جز"], ["بجز"], ["other", "than"], ["except"]]

    static func isSMSWord(_ word: String) -> Bool {
        PolicyLexicon.smsCues.contains(word) || word.hasPrefix("پیامک") || word.hasPrefix("سرشماره") || word.hasPrefix("سرخط")
            || word == "فرستنده" || word == "ارسالکننده" || isSurveyWord(word)
    }

    /// The clause says the number is not the shop's: a fake one ("پیامکی با نام X از شماره N جعلی
    /// است"), one it does not or no longer sends from ("از N پیامک نمی‌فرستد", "N دیگر متعلق به X نیست",
    /// "از N فرستاده می‌شد"). Not when the clause excepts the number ("جز N … جعلی است") or says the shop
    /// sends only from it ("فقط از N … و از شماره دیگر پیامک نمی‌فرستد").
    static func isDeniedAsSender(_ range: Range<Int>, in sentence: PolicySentence) -> Bool {
        if isDisownedByNextClause(range, in: sentence) || isDisownedByWordsAfter(range, in: sentence) { return true }
        let tokens = withoutRelativeClausesBefore(range, in: listItemPart(of: clause(around: range, in: sentence), around: range))
        let words = tokens.filter { $0.kind == .word || $0.kind == .latin }.map(\.text)
        // "خط N حذف شد و خط M جایگزین آن شد": the verb after a line, before the next, removes that line only.
        let ownTail = tokens[range.upperBound...].prefix { $0.kind != .number }
        let denials = words.filter { PolicyLexicon.senderDenials.contains($0) } + (saysRemoved(Self.words(of: ownTail)) ? ["حذف"] : [])
        guard !denials.isEmpty else { return false }
        if words.contains(where: { PolicyLexicon.restrictiveWords.contains($0) }) || deniesOnlyOtherNumbers(after: range, in: tokens) {
            return false
        }
        // Words of the past deny only their own part of the clause: "پیش‌تر از N ارسال می‌شد، از این
        // تاریخ از M ارسال می‌شود" retires N, not M.
        if denials.allSatisfy(PolicyLexicon.pastDenials.contains) {
            let part = commaSeparatedPart(of: tokens, around: range)
            guard part.contains(where: { PolicyLexicon.pastDenials.contains($0.text) }) else { return false }
        }
        // "جز N یا خط همراه ما (M) … جعلی است": every number after the exception is excepted.
        let before = tokens[..<range.lowerBound].map(\.text)
        return !exceptionMarkers.contains { before.containsRun($0) }
    }

    /// "… خط عمومی (N) هم دارد؛ ما از آن خط هیچ پیامکی نمی‌فرستیم", "… (N) که … و از آن پیامکی به نام ما
    /// فرستاده نمی‌شود": after the number, "از آن" points back at it and says no messages come from it.
    /// Only messages as a whole: "از این خط لینک پرداخت ارسال نمی‌شود" says what the line never sends.
    private static func isDisownedByWordsAfter(_ range: Range<Int>, in sentence: PolicySentence) -> Bool {
        let own = clause(around: range, in: sentence)
        var after = words(of: sentence.tokens[range.upperBound..<own.endIndex])
        if own.endIndex + 1 < sentence.tokens.count {
            after += words(of: clause(around: (own.endIndex + 1)..<(own.endIndex + 2), in: sentence))
        }
        guard let from = after.indices.dropLast().first(where: { after[$0] == "از" && ["ان", "این"].contains(after[$0 + 1]) }) else {
            return false
        }
        let rest = after[(from + 2)...]
        // "… فقط برای رمز یک‌بارمصرف به کار می‌رود و هیچ پیامک دیگری از آن ارسال نمی‌شود": other messages.
        guard after.contains(where: { $0.hasPrefix("پیامک") }), !rest.contains(where: namesPartOfAMessage),
              !after.contains(where: { ["دیگری", "دیگر", "other"].contains($0) }) else { return false }
        return rest.contains(where: sendingDenials.contains) || zip(rest, rest.dropFirst()).contains { word, next in
            ["ارسال", "فرستاده"].contains(word) && ["نمیشود", "نمیکنیم", "نمیکند"].contains(next)
        }
    }

    /// Verbs that say nothing is sent or comes: "نمی‌فرستیم", "نمی‌آید".
    private static let sendingDenials: Set<String> = ["نمیفرستیم", "نمیفرستد", "نمیاید", "نمیرسد"]

    private static func namesPartOfAMessage(_ word: String) -> Bool {
        ["لینک", "کد", "رمز", "اطلاعات", "درخواست", "خواسته", "link", "code", "password"].contains { word.hasPrefix($0) }
    }

    /// "… خط دیگری دارد (N)؛ آن پیامک‌ها ربطی به ما ندارد": the clause after the number's points back at
    /// its messages or line and disowns them.
    private static func isDisownedByNextClause(_ range: Range<Int>, in sentence: PolicySentence) -> Bool {
        let own = clause(around: range, in: sentence)
        guard own.endIndex + 1 < sentence.tokens.count else { return false }
        let next = clause(around: (own.endIndex + 1)..<(own.endIndex + 2), in: sentence)
        let words = words(of: next)
        guard words.count >= 3, !next.contains(where: { $0.kind == .number }), ["ان", "این", "that", "this"].contains(words[0]),
              isLineNoun(words[1]) || words[1].hasPrefix("پیام") || ["messages", "texts", "sms"].contains(words[1]) else { return false }
        return words.contains { PolicyLexicon.senderDenials.contains($0) && !PolicyLexicon.pastDenials.contains($0) } && !speaksOfOtherNumbers(words)
    }

    /// The clause's denial is about other numbers: "… و از هیچ شماره دیگری پیامک ارسال نمی‌شود", "no other
    /// number", or, after the list, "… و از شماره دیگری برای این کار استفاده نمی‌شود". Not "از N یا هر شماره
    /// دیگری … از طرف ما نیست", which denies N with them.
    private static func deniesOnlyOtherNumbers(after range: Range<Int>, in tokens: ArraySlice<PolicyToken>) -> Bool {
        let words = words(of: tokens)
        let saysNoOther = words.containsRun(["no", "other"])
            || words.indices.contains { words[$0] == "هیچ" && words[($0 + 1)...].prefix(2).contains("دیگری") }
        if saysNoOther { return true }
        let following = Self.words(of: tokens[max(tokens.startIndex, range.upperBound)...])
        guard let next = following.first, next != "یا", next != "or" else { return false }
        // "از شماره(‌ی/‌ای/‌های) دیگر(ی)", "from another number".
        let fromAnotherNumber = following.indices.dropLast(2).contains { index in
            following[index] == "از" && following[index + 1].hasPrefix("شماره") && following[index + 2].hasPrefix("دیگر")
        }
        return fromAnotherNumber || following.containsRun(["from", "another", "number"])
    }

    /// The token starts of the lines the clause says are out of use, each judged by its own stretch of
    /// the clause, from the line before it to the line after: "غیرفعال شدن خط N و راه‌اندازی سرشماره M"
    /// retires N only.
    private static func outOfUseLines(in clause: ArraySlice<PolicyToken>, of sentence: PolicySentence) -> Set<Int> {
        let lines = sentence.numbers.filter { clause.indices.contains($0.tokenRange.lowerBound) && isSendingLine($0, labelledSMS: true, in: sentence) }
        var retired: Set<Int> = []
        for (index, line) in lines.enumerated() {
            let from = index > 0 ? lines[index - 1].tokenRange.upperBound : clause.startIndex
            let to = index + 1 < lines.count ? lines[index + 1].tokenRange.lowerBound : clause.endIndex
            if isOutOfUse(sentence.tokens[from..<to]) { retired.insert(line.tokenRange.lowerBound) }
        }
        return retired
    }

    /// The words say a line is out of use: "غیرفعال شده", "منسوخ", "دیگر از آن پیامکی نمی‌فرستیم",
    /// "no longer used".
    private static func isOutOfUse(_ clause: ArraySlice<PolicyToken>) -> Bool {
        let words = words(of: clause)
        if words.contains(where: outOfUseWords.contains) || saysRemoved(words) { return true }
        // "دیگر" (no more) before a negated verb, not "شماره دیگر" (another number).
        return zip(words, words.dropFirst()).contains { $0 == "دیگر" && !["شماره", "سرشماره"].contains($1) }
            && words.contains { $0.hasPrefix("نمی") || ($0.hasPrefix("ن") && $0.hasSuffix("یم")) }
    }

    /// "سرشماره‌ی N حذف شد", a change log's "removed"; not "برای حذف از فهرست، ۱۱ را به N بفرستید".
    private static func saysRemoved(_ words: [String]) -> Bool {
        words.contains("removed") || zip(words, words.dropFirst()).contains { $0 == "حذف" && ["شد", "شده", "گردید"].contains($1) }
    }

    private static let outOfUseWords: Set<String> = PolicyLexicon.folded(["غیرفعال", "منسوخ", "inactive", "deprecated", "discontinued", "retired", "longer"])

    /// For a number listed after a colon, the clause from the words that introduce the list on: "برای
    /// تشخیص پیامک‌های جعلی، از سرشماره‌های زیر ارسال می‌کنیم: • سفارش: N" — the purpose before the
    /// list's own words says nothing of its numbers.
    private static func listItemPart(of clause: ArraySlice<PolicyToken>, around range: Range<Int>) -> ArraySlice<PolicyToken> {
        let isColon = { (token: PolicyToken) in token.kind == .mark && token.text == ":" }
        guard let colon = clause[..<range.lowerBound].lastIndex(where: isColon) else { return clause }
        let introStart = clause[..<colon].lastIndex { isColon($0) || ($0.kind == .mark && ($0.text == "،" || $0.text == ",")) }
        return clause[(introStart.map { $0 + 1 } ?? clause.startIndex)...]
    }

    /// `clause` from the start of the comma-separated part before `range` that is a relative clause
    /// ("روی اپراتورهایی که سرشماره حرفی پشتیبانی نمی‌شود، همین پیامک‌ها از N می‌رسند"): its verb
    /// describes something else, and denies nothing of the number.
    private static func withoutRelativeClausesBefore(_ range: Range<Int>, in clause: ArraySlice<PolicyToken>) -> ArraySlice<PolicyToken> {
        let part = commaSeparatedPart(of: clause, around: range)
        guard part.startIndex > clause.startIndex else { return clause }
        let before = clause[..<(part.startIndex - 1)]
        let isComma = { (token: PolicyToken) in token.kind == .mark && (token.text == "،" || token.text == ",") }
        let lastPart = before[(before.lastIndex(where: isComma).map { $0 + 1 } ?? before.startIndex)...]
        guard lastPart.contains(where: { ["که", "which", "where"].contains($0.text) }) else { return clause }
        return clause[part.startIndex...]
    }

    /// The tokens of `clause` between the commas around `range`.
    private static func commaSeparatedPart(of clause: ArraySlice<PolicyToken>, around range: Range<Int>) -> ArraySlice<PolicyToken> {
        let isComma = { (token: PolicyToken) in token.kind == .mark && (token.text == "،" || token.text == ",") }
        let start = clause[..<range.lowerBound].lastIndex(where: isComma).map { $0 + 1 } ?? clause.startIndex
        let end = clause[range.upperBound...].firstIndex(where: isComma) ?? clause.endIndex
        return clause[start..<end]
    }

    /// "از N", "از سرشماره N", "from line N": the number is where something comes from.
    private static func isIntroducedAsSource(_ start: Int, in tokens: [PolicyToken]) -> Bool {
        var index = start - 1
        if index >= 0, isLineNoun(tokens[index].text) { index -= 1 }
        return index >= 0 && ["از", "from"].contains(tokens[index].text)
    }

    /// "یک فروشنده ممکن است از N پیام بفرستد": a marketplace's sellers text from their own lines, which
    /// are not the shop's.
    private static func isThirdPartysLine(before start: Int, in sentence: PolicySentence) -> Bool {
        let tokens = clause(around: start..<(start + 1), in: sentence)[..<start]
        let prepositions: Set<String> = ["برای", "به", "با", "to", "for", "with"]
        func text(_ index: Int) -> String { index >= tokens.startIndex ? tokens[index].text : "" }
        // "همه پیامک‌های X (ثبت سفارش، ارسال غرفه‌دار، …) از N": a seller in brackets after the messages
        // names a kind of message, not who sends it.
        let bracketed = messageKindsInBrackets(in: tokens)
        return tokens.indices.contains { index in
            // "برای فروشندگان", "برای خریداران و فروشندگان": sellers receive, they do not send.
            PolicyLexicon.thirdPartySenders.contains(tokens[index].text) && !prepositions.contains(text(index - 1))
                && !(["و", "and"].contains(text(index - 1)) && prepositions.contains(text(index - 3))) && !bracketed.contains(index)
        }
    }

    /// The indices of the tokens inside round brackets that follow an SMS word by a few words at most:
    /// "پیامک‌های X (ثبت سفارش، …)".
    private static func messageKindsInBrackets(in tokens: ArraySlice<PolicyToken>) -> Set<Int> {
        var inside: Set<Int> = [], depth = 0, listsKinds = false
        for index in tokens.indices {
            if tokens[index].kind == .mark && tokens[index].text == "(" {
                if depth == 0 { listsKinds = tokens[..<index].suffix(4).contains { $0.kind == .word && isSMSWord($0.text) } }
                depth += 1
            } else if tokens[index].kind == .mark && tokens[index].text == ")" {
                depth = max(0, depth - 1)
            } else if depth > 0 && listsKinds {
                inside.insert(index)
            }
        }
        return inside
    }

    /// The clause speaks of calling ("تماس بگیرند", "may call you") and not of SMS.
    private static func isCallingClause(_ words: [String]) -> Bool {
        let calls = words.contains { $0.hasPrefix("تماس") || $0.hasPrefix("زنگ") || ["call", "calls", "calling"].contains($0) }
        return calls && !words.contains(where: isSMSWord)
    }

    /// The words (Persian and Latin) of some tokens, in order.
    private static func words(of tokens: ArraySlice<PolicyToken>) -> [String] {
        tokens.filter { $0.kind == .word || $0.kind == .latin }.map(\.text)
    }

    /// "خط N فقط برای تماس تلفنی است و پیامکی از آن ارسال نمی‌شود", "is for voice calls only": the
    /// SMS words deny.
    private static func isForCallsOnly(_ words: [String]) -> Bool {
        let calls = { (word: String) in word.hasPrefix("تماس") || ["تلفنی", "صوتی", "calls", "voice"].contains(word) }
        // "فقط تماس صوتی", not "فقط پیامک، بدون تماس": the calls must follow "only" with no SMS word or
        // negation between.
        let onlyThenCalls = words.indices.contains { index in
            guard ["فقط", "تنها", "صرفا"].contains(words[index]) else { return false }
            let following = words[(index + 1)..<min(words.count, index + 4)]
            guard let call = following.firstIndex(where: calls) else { return false }
            return !following[..<call].contains { isSMSWord($0) || negatingWords.contains($0) }
        }
        return onlyThenCalls || words.containsRun(["calls", "only"]) || words.containsRun(["voice", "calls"])
    }

    /// "… از سرشماره N که متعلق به شرکت پیک‌سوار است", "… از سرشماره اختصاصی همان شرکت (N)": the clause
    /// gives the line to another company, a courier or a bank.
    private static func isAnotherCompanysLine(_ words: [String]) -> Bool {
        guard !words.containsRun(["شرکت", "ما"]) else { return false }
        if otherCompanyPhrases.contains(where: { words.containsRun($0) }) { return true }
        // "بانک عامل ممکن است از سرشماره N …": a bank, gateway or courier is the clause's subject; "پیک
        // آریا از سرشماره خودش (N)": its own line. Not the shop's own couriers ("پیک‌های ما", "our couriers").
        if words.contains("our") || words.contains("خودمان") || words.indices.dropLast().contains(where: {
            thirdPartyNouns.contains(words[$0]) && words[$0 + 1] == "ما"
        }) {
            return false
        }
        let subject = words.prefix(2)
        if subject.contains(where: thirdPartyNouns.contains) { return true }
        // "از سرشماره‌ی درگاه پرداخت (N)": the line is named as the gateway's or the bank's.
        if words.indices.dropLast().contains(where: { lineNouns.contains(words[$0]) && thirdPartyNouns.contains(words[$0 + 1]) }) { return true }
        return words.contains(where: thirdPartyNouns.contains) && words.contains { ["خودش", "خودشان", "خودتان", "own"].contains($0) }
    }

    /// A bank, gateway or courier is the subject after the object ("پیامک رهگیری را (رو) شرکت باربری «X» از
    /// شماره N ارسال می‌کند") or after an opening phrase ("در خرید اقساطی، بانک همکار … از سرشماره N").
    private static func hasThirdPartySubject(before start: Int, in clause: ArraySlice<PolicyToken>) -> Bool {
        let before = clause[..<start]
        return before.indices.contains { index in
            let token = before[index]
            guard token.text == "را" || token.text == "رو" || (token.kind == .mark && [",", "،"].contains(token.text)) else { return false }
            let subject = words(of: before[(index + 1)...]).prefix(3)
            return subject.prefix(2).contains(where: thirdPartyNouns.contains) && !subject.contains("ما") && !subject.contains("our")
        }
    }

    private static let thirdPartyNouns: Set<String> = PolicyLexicon.folded([
        "بانک", "درگاه", "پیک", "باربری", "پست", "اپراتور", "لیزینگ", "bank", "gateway", "courier",
    ])

    private static let lineNouns: Set<String> = PolicyLexicon.folded(["سرشماره", "سرشماره‌ی", "شماره", "شماره‌ی", "خط", "سامانه", "سامانه‌ی"])

    private static let otherCompanyPhrases = [
        ["متعلق", "به", "شرکت"], ["همان", "شرکت"], ["شرکت", "حمل"], ["شرکت", "پست"], ["توسط", "بانک"], ["belongs", "to"],
        ["courier", "company"], ["شرکت", "اعتباری"], ["credit", "company"], ["مال", "شرکت"], ["شرکت", "حملونقل"],
    ]

    /// "X فقط از N پیامک می‌فرستد": the number is the only source, whatever noun is left out.
    /// Also "may send a survey from N", "از N پیامک ارسال می‌کنیم", "ممکن است از شماره‌ی N … دریافت
    /// کنید": "from" (and maybe a line noun) right before the number, and a verb of sending or receiving
    /// in its clause.
    private static func isOnlySource(before start: Int, in sentence: PolicySentence) -> Bool {
        let tokens = sentence.tokens
        guard let from = sourceWord(before: start, in: tokens) else { return false }
        let clause = clause(around: start..<(start + 1), in: sentence)
        // "همکاران بخش ارسال … از شماره N با شما تماس بگیرند": a call, whatever department makes it; "اگر
        // پیامک مشکوکی دریافت کردید، از خط ثابت N با ما تماس بگیرید": the number's own part calls.
        let ownPart = commaSeparatedPart(of: clause, around: start..<(start + 1))
        if isCallingClause(words(of: clause)) || isCallingClause(words(of: ownPart)) {
            return false
        }
        if from >= 1 && ["فقط", "تنها", "صرفا", "only", "faghat"].contains(tokens[from - 1].text) { return true }
        // "پیامکا از کدوم شماره‌ها میان؟ از موبایل من N": the answer to a question about texts.
        if sentence.continuesSMSTopic { return true }
        return hasSendingVerb(words(of: clause), orReceiving: true)
    }

    /// Whether the words send ("ارسال", "میفرستیم", "texts", Finglish "miad") or, when asked, receive
    /// ("دریافت کنید", "receive").
    private static func hasSendingVerb(_ words: [String], orReceiving: Bool = false) -> Bool {
        words.contains { word in
            word.hasPrefix("ارسال") || word.contains("فرست") || sendingVerbs.contains(word)
                || (orReceiving && (word == "دریافت" || word == "receive"))
        }
    }

    private static let sendingVerbs: Set<String> = [
        "send", "sends", "sent", "come", "comes", "arrive", "arrives", "text", "texts", "miad", "midim", "mifrestim",
    ]

    /// A phone the clause sends from: "از تلفن ثابت خونه، N، ارسال میشه", "… رو از موبایل خودم میفرستم: N".
    private static func sendsFromPhone(before start: Int, in sentence: PolicySentence) -> Bool {
        if isOnlySource(before: start, in: sentence) { return true }
        guard isListedAfterColon(before: start, in: sentence) else { return false }
        let words = words(of: clause(around: start..<(start + 1), in: sentence))
        return !isCallingClause(words) && hasSendingVerb(words)
    }

    /// The index of the "از" (or "from", Finglish "az") that a number comes from: right before it, or
    /// before the line it is ("از شماره‌ی N", "از تلفن ثابت خونه، N،", "از موبایل خواهرم N", "az khat-e N"),
    /// or "از طریق N".
    private static func sourceWord(before start: Int, in tokens: [PolicyToken]) -> Int? {
        var index = start - 1
        var words = 0
        var namesLine = false
        while index >= 0 {
            let token = tokens[index]
            if token.kind == .mark {
                guard [",", "،", "(", "-"].contains(token.text) else { return nil }
                index -= 1
                continue
            }
            guard token.kind == .word || token.kind == .latin else { return nil }
            if ["از", "from", "az"].contains(token.text) { break }
            // "صرفاً از طریق N" says what "صرفاً از N" says.
            if token.text == "طریق" && index >= 1 && tokens[index - 1].text == "از" { index -= 1; break }
            words += 1
            guard words <= 3 else { return nil }
            namesLine = namesLine || isLineNoun(token.text) || lineWords.contains(token.text) || phoneKindWords.contains(token.text)
                || sourceSystemWords.contains(token.text)
            index -= 1
        }
        guard index >= 0, words == 0 || namesLine else { return nil }
        return index
    }

    /// "از سامانه‌ی N": a bulk line called the system it is sent through, only after "از".
    private static let sourceSystemWords: Set<String> = ["سامانه", "سامانهی", "سامانهٔ", "پنل"]

    /// Words naming the kind of line a number is: "تلفن ثابت", "موبایل", "mobile", "khat".
    private static let phoneKindWords: Set<String> = ["تلفن", "mobile", "phone", "landline", "cell", "khat", "mobail"]

    /// A sentence about surveys naming no number but "this same line" ("همین سرشماره", "همان خط",
    /// "the same number"): the line the sentences before named.
    static func refersBackToSurveyLine(_ sentence: PolicySentence) -> Bool {
        let words = sentence.words
        guard words.contains(where: isSurveyWord) else { return false }
        return zip(words, words.dropFirst()).contains { first, second in
            ["همین", "همان", "same"].contains(first) && isLineNoun(second)
        }
    }

    /// A sentence with no number that says the lines just named are not the shop's: "این شماره متعلق به
    /// ما نیست", "این پیامک از ما نیست" (the last sentence's), "دو مورد آخر متعلق به X نیستند" (the last two
    /// sentences'), "این شماره‌ها هیچ ارتباطی با فروشگاه ندارند". Returns how many of the sentences before it
    /// with a number it disowns, or nil; never for a sentence excepting a line ("جز این شماره").
    static func disownedSentencesBefore(_ sentence: PolicySentence) -> Int? {
        let words = sentence.words
        let isNotOurs = words.contains(where: { ["نیست", "نیستند", "not"].contains($0) })
            && (words.contains(where: { ["متعلق", "مال", "belong", "ours"].contains($0) }) || words.containsRun(["از", "ما", "نیست"])
                || words.containsRun(["طرف", "ما", "نیست"]) || words.containsRun(["from", "us"]))
        let isUnrelated = words.contains(where: { ["ارتباطی", "ربطی"].contains($0) }) && words.contains(where: { $0.hasPrefix("ندار") })
        guard sentence.numbers.isEmpty, isNotOurs || isUnrelated, !speaksOfOtherNumbers(words) else { return nil }
        for (count, phrases) in lastItemsPhrases where phrases.contains(where: words.containsRun) { return count }
        let pointsBack = zip(words, words.dropFirst()).contains { first, second in
            ["این", "همین", "this", "that"].contains(first)
                && (isLineNoun(second) || ["شمارهها", "خطوط", "پیامک", "پیامکها", "پیام", "پیامها", "message", "messages", "sms"].contains(second))
        }
        return pointsBack ? 1 : nil
    }

    /// "اگر پیامکی از شماره دیگری رسید، این پیامک از ما نیست", "جز این شماره": the sentence disowns other
    /// numbers than those just named, or excepts them.
    private static func speaksOfOtherNumbers(_ words: [String]) -> Bool {
        if words.contains(where: { ["جز", "غیر", "except", "other", "another", "دیگری"].contains($0) }) { return true }
        return zip(words, words.dropFirst()).contains { noun, next in
            (isLineNoun(noun) || noun == "خطی") && (next == "دیگر" || next == "دیگه")
        }
    }

    /// "دو مورد آخر", "the last two": how many of the items just listed.
    private static let lastItemsPhrases: [(Int, [[String]])] = [(2, "دو"), (3, "سه")].map { count, word in
        (count, PolicyLexicon.phrases(["\(word) مورد آخر", "\(word) شماره آخر", "\(word) سرشماره آخر", "\(word) خط آخر"]))
    } + [(2, [["last", "two"]]), (3, [["last", "three"]])]

    /// "سرشماره", "شماره", "خط", "line": a word naming a line.
    private static func isLineNoun(_ word: String) -> Bool {
        word.hasPrefix("سرشماره") || word.hasPrefix("شماره") || lineKindWords.contains(word) || ["line", "number"].contains(word)
    }

    /// "برای پرسیدن نظرتان … از N", "درباره‌ی رضایتتان": a line asking the customer's opinion is a survey's,
    /// though these words make no sentence about SMS.
    private static func asksOpinion(_ word: String) -> Bool {
        ["نظرتان", "نظرشما", "رضایتتان", "رضایتسنجی", "feedback", "opinion"].contains(word)
    }

    static func isSurveyWord(_ word: String) -> Bool {
        word.hasPrefix("نظرسنجی") || word.hasPrefix("نظرخواهی") || word.hasPrefix("survey") || word == "poll" || word == "polls"
            || word == "questionnaire"
    }

    /// Words that start a new clause inside a sentence: "…؛ …", "همچنین، …". After "و", "همچنین" only
    /// adds an item ("کد ورود و همچنین نظرسنجی").
    static let clauseBreaks: Set<String> = ["همچنین", "؛", ";", "ضمنا", "ضمناً", "بنابراین", "اما", "ولی"]

    private static func isClauseBreak(at index: Int, in tokens: [PolicyToken]) -> Bool {
        clauseBreaks.contains(tokens[index].text) && !(tokens[index].text == "همچنین" && index > 0 && tokens[index - 1].text == "و")
    }

    /// The tokens of the clause holding `range`.
    static func clause(around range: Range<Int>, in sentence: PolicySentence) -> ArraySlice<PolicyToken> {
        let tokens = sentence.tokens
        var start = range.lowerBound
        while start > 0 && !isClauseBreak(at: start - 1, in: tokens) { start -= 1 }
        var end = range.upperBound
        while end < tokens.count && !isClauseBreak(at: end, in: tokens) { end += 1 }
        return tokens[start..<end]
    }

    /// Whether a survey word of the number list's clause belongs to this list: of the clause's lists, it
    /// is nearest this one ("… از X و Y ارسال می‌شود و پیامک نظرسنجی فقط از Y" marks only the second Y).
    private static func isMarkedSurvey(_ list: Range<Int>, among lists: [[PolicyNumber]], in sentence: PolicySentence) -> Bool {
        let clauseRange = clauseWithAntecedent(around: list, in: sentence)
        let tokens = sentence.tokens
        let spans = lists.map { $0.first!.tokenRange.lowerBound..<$0.last!.tokenRange.upperBound }.filter { clauseRange.overlaps($0) }
        func distance(_ span: Range<Int>, _ position: Int) -> Int {
            position < span.lowerBound ? span.lowerBound - position : max(0, position - span.upperBound + 1)
        }
        for position in clauseRange where tokens[position].kind == .word || tokens[position].kind == .latin {
            let next = position + 1 < clauseRange.upperBound ? tokens[position + 1].text : ""
            let word = tokens[position].text
            guard isSurveyWord(word) || isSurveyWord(word + next) || asksOpinion(word) || asksOpinion(word + next) else { continue }
            // "پیامک نظرسنجی پس از تحویل کالا نیز از سرشماره N": the survey comes "from" the number after it,
            // a remark in brackets between not counting ("پیامک‌های نظرسنجی (بعد از تحویل، …) از N").
            if let next = spans.first(where: { $0.lowerBound > position }),
               next.lowerBound - position - bracketedCount(in: tokens[position..<next.lowerBound]) <= 12,
               isIntroducedAsSource(next.lowerBound, in: tokens) {
                if next == list { return true }
                continue
            }
            // Otherwise the nearest; a tie goes to the number after the word.
            let nearest = spans.min { a, b in
                distance(a, position) != distance(b, position) ? distance(a, position) < distance(b, position) : a.lowerBound > b.lowerBound
            }
            if nearest == list { return true }
        }
        return false
    }

    /// How many of `tokens` stand in round brackets, the brackets included.
    private static func bracketedCount(in tokens: ArraySlice<PolicyToken>) -> Int {
        var count = 0, depth = 0
        for token in tokens {
            let opens = token.kind == .mark && token.text == "(", closes = token.kind == .mark && token.text == ")"
            if opens { depth += 1 }
            if depth > 0 { count += 1 }
            if closes { depth = max(0, depth - 1) }
        }
        return count
    }

    /// The clause holding `range`, with the clause before it when this one opens by pointing back at its
    /// messages: "we run a short poll; those texts come from N", "… نظرسنجی؛ این پیامک‌ها از N".
    private static func clauseWithAntecedent(around range: Range<Int>, in sentence: PolicySentence) -> Range<Int> {
        let own = clause(around: range, in: sentence)
        let opening = words(of: own.prefix(3))
        guard own.startIndex >= 2, opening.count >= 2, ["those", "these", "this", "این", "آن", "همین"].contains(opening[0]),
              PolicyLexicon.smsCues.contains(opening[1]) || opening[1].hasPrefix("پیامک") || opening[1].hasPrefix("message") else {
            return own.indices
        }
        return clause(around: (own.startIndex - 2)..<(own.startIndex - 1), in: sentence).startIndex..<own.endIndex
    }

    /// The role a phone label gives: fax only when no phone word labels it too.
    private static func contactRole(before start: Int, in sentence: PolicySentence) -> String {
        var roles: Set<String> = []
        var index = start - 1
        var seen = 0
        while index >= 0 && seen < labelReach + 2 && sentence.tokens[index].kind != .number {
            if let role = PolicyLexicon.phoneCues[sentence.tokens[index].text] { roles.insert(role) }
            if sentence.tokens[index].kind == .word { seen += 1 }
            index -= 1
        }
        if roles.contains("phone") { return "phone" }
        return roles.contains("fax") ? "fax" : roles.contains("mobile") ? "mobile" : "phone"
    }

    /// "N شماره‌ای است که", "N و M تنها شماره‌هایی هستند که", "N شماره رسمی …": the clause presents the
    /// number as the shop's.
    private static func introducesNumber(after end: Int, in sentence: PolicySentence) -> Bool {
        let following = sentence.tokens[end...].prefix(5).filter { $0.kind == .word || $0.kind == .latin }.map(\.text)
        let qualifiers: Set<String> = ["تنها", "فقط", "همان", "یگانه", "دو", "سه", "به", "عنوان", "is", "are", "the", "only", "our", "official"]
        let lineNouns: Set<String> = ["خط", "خطوط", "خطوطی", "خطی", "خطهای", "خطهایی", "number", "numbers", "line", "lines"]
        for word in following {
            if word.hasPrefix("شماره") || word.hasPrefix("سرشماره") || lineNouns.contains(word) { return true }
            if !qualifiers.contains(word) { return false }
        }
        return false
    }

    /// "N فقط برای ارسال پرسش‌های نظرسنجی به کار می‌رود", "N is used only to send polls": what the number
    /// follows with is what it sends.
    private static func isUsedForSending(after end: Int, in sentence: PolicySentence) -> Bool {
        let following = words(of: sentence.tokens[end...]).prefix(4)
        guard let purpose = following.firstIndex(where: { ["برای", "جهت", "to", "for"].contains($0) }),
              following[..<purpose].allSatisfy({ ["فقط", "تنها", "صرفا", "is", "used", "only"].contains($0) }),
              purpose + 1 < following.endIndex else { return false }
        let what = following[purpose + 1]
        return what.hasPrefix("ارسال") || isSMSWord(what) || ["send", "sending", "text", "texting"].contains(what)
    }

    /// "تنها سرشماره‌ای که X برای پیامک از آن استفاده می‌کند N است": a sentence about "the number" ends by
    /// saying which it is.
    private static func isPredicatedNumber(_ list: Range<Int>, in sentence: PolicySentence) -> Bool {
        let after = words(of: sentence.tokens[list.upperBound...])
        guard let verb = after.first, ["است", "هست", "هستند", "میباشد", "میباشند"].contains(verb), after.count <= 1 else { return false }
        let opening = sentence.tokens[..<list.lowerBound].filter { $0.kind == .word }.prefix(3).map(\.text)
        return opening.contains { $0.hasPrefix("شماره") || $0.hasPrefix("سرشماره") || $0.hasPrefix("خط") }
    }

    /// "از طریق شماره N", "از شماره‌های N", "از شماره رسمی خود، N": the number is what messages come
    /// through.
    private static func isReachedThrough(before start: Int, in sentence: PolicySentence) -> Bool {
        let preceding = sentence.tokens[..<start].suffix(6).filter { $0.kind == .word }.map(\.text)
        // "شماره" itself, or followed only by words that say whose or which it is.
        guard let number = preceding.lastIndex(where: { $0.hasPrefix("شماره") }),
              preceding[(number + 1)...].count <= 2, preceding[(number + 1)...].allSatisfy(numberQualifiers.contains) else {
            return false
        }
        return preceding[..<number].contains { ["طریق", "از", "توسط", "با"].contains($0) }
    }

    private static let numberQualifiers: Set<String> = ["رسمی", "خود", "اختصاصی", "ما", "فروشگاه", "مخصوص", "معتبر", "پیامکی", "زیر"]

    /// Dates, years, amounts, codes, counts and postal codes are no contact number.
    private static func isNonContact(_ number: PolicyNumber, in sentence: PolicySentence) -> Bool {
        let digits = number.digits.filter(\.isNumber)
        if number.isDate || digits.count < 4 { return true }
        if digits.count == 4, let year = Int(digits), (1300...1499).contains(year) || (1900...2099).contains(year) { return true }
        let tokens = sentence.tokens
        let before = tokens[..<number.tokenRange.lowerBound].filter { $0.kind == .word }.suffix(2).map(\.text)
        let after = tokens[number.tokenRange.upperBound...].first { $0.kind != .mark }?.text
        // "کد رهگیری: سرشماره‌ی N": a line noun right before the number names it; the code is the label's.
        // "کد کوتاه N" is a short code, a line.
        let namesLine = (before.last.map(isLineNoun) ?? false) || before == ["کد", "کوتاه"]
        if !namesLine && before.contains(where: { PolicyLexicon.isCue($0, in: PolicyLexicon.codeCues) }) { return true }
        if let after, PolicyLexicon.countCues.contains(after) { return true }
        for word in [before.last, after].compactMap({ $0 }) {
            if PolicyLexicon.nonNumberCues.contains(word) || PolicyLexicon.months.contains(word) { return true }
        }
        return false
    }
}
