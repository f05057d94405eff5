/// Named senders a policy declares: "سرشماره حرفی HOJREH", "با نام فرستنده NAVAK", "sender ID SHOPIR".
///
/// Some operators show a shop's texts under a name rather than a number, and a policy that says so makes
/// that name as official as a line. A name counts only when a sender word stands just before it and it
/// is written the way SMS headers are: capitals (or capitalised words run together, "ShopPoll"), with
/// digits, 3 to 11 characters (the most a header holds), maybe as two words a space apart ("Dorna Beauty"). A header that spells another brand the sentence
/// names ("Arvand Kids customers receive theirs under ARVANDKIDS") is that brand's.
enum SenderNameFinder {
    struct Found {
        /// The name as the policy writes it.
        let written: String
        let tokenRange: Range<Int>
        /// Whether its clause gives it to surveys ("نظرسنجی‌ها با نام فرستنده ShopPoll").
        let isSurvey: Bool
    }

    /// How many tokens before a name its sender word may stand ("سرشماره حرفی «HOJREH»").
    private static let cueReach = 4

    /// - Parameters:
    ///   - shopNames: the shop's names, and `id`, to tell its own header from another brand's.
    static func names(in sentence: PolicySentence, shopNames: [String], id: String) -> [Found] {
        guard !sentence.quotesAReceivedMessage else { return [] }
        var found: [Found] = []
        let tokens = sentence.tokens
        var taken = 0  // tokens before this one belong to a name already found
        for (index, token) in tokens.enumerated() where token.kind == .latin && index >= taken {
            // Digits written onto the letters ("SHOP24") are part of the name; the tokenizer splits them.
            var end = index + 1 < tokens.count && tokens[index + 1].kind == .number && tokens[index + 1].range.lowerBound == token.range.upperBound
                ? index + 2 : index + 1
            if end == index + 1 && isHeaderWord(token.text) && end < tokens.count && tokens[end].kind == .latin && isHeaderWord(tokens[end].text)
                && tokens[end].range.lowerBound == token.range.upperBound + 1 && followsSenderWord(index, in: tokens) {
                // Two words a space apart ("Dorna Beauty", "SEPAH BANK"): headers may show a space.
                let pair = originalText(of: token.range.lowerBound..<tokens[end].range.upperBound, in: sentence)
                if isHeaderShaped(pair.filter { $0 != " " }) { end += 1 }
            }
            let written = originalText(of: token.range.lowerBound..<tokens[end - 1].range.upperBound, in: sentence)
            guard isHeaderShaped(written.filter { $0 != " " }), hasSenderCue(before: index, in: tokens),
                  !NumberRoleFinder.isDeniedAsSender(index..<end, in: sentence) else { continue }
            if !ContactFinder.spellsShop(written.lowercased(), names: shopNames, id: id) && spellsAnotherBrand(written, in: sentence, except: index) {
                continue
            }
            let isSurvey = sentence.isUnderSurveyHeading
                || NumberRoleFinder.clause(around: index..<end, in: sentence).contains { NumberRoleFinder.isSurveyWord($0.text) }
            found.append(Found(written: written, tokenRange: index..<end, isSurvey: isSurvey))
            taken = end
        }
        return found
    }

    /// Capitals, or words run together each with its capital ("ShopPoll"); digits allowed after the first
    /// letter; 3 to 11 characters; not an acronym that policies write around sender words ("SMS", "OTP").
    private static func isHeaderShaped(_ written: String) -> Bool {
        let bytes = Array(written.utf8)
        guard (3...11).contains(bytes.count), let first = bytes.first, isCapital(first) else { return false }
        let isLetterOrDigit = { (byte: UInt8) in isCapital(byte) || byte &- 0x61 < 26 || byte &- 0x30 < 10 }
        let isAllCapitals = !bytes.contains { $0 &- 0x61 < 26 }
        return bytes.allSatisfy(isLetterOrDigit) && (isAllCapitals || isCamelCase(bytes)) && !commonAcronyms.contains(written)
    }

    /// Two or more words run together, each a capital and small letters ("ShopPoll"; not "IDs").
    private static func isCamelCase(_ bytes: [UInt8]) -> Bool {
        let wordStarts = bytes.indices.filter { isCapital(bytes[$0]) }
        return wordStarts.count >= 2
            && wordStarts.allSatisfy { $0 + 1 < bytes.count && bytes[$0 + 1] &- 0x61 < 26 }
    }

    private static func isCapital(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    /// Whether the word before `index` (marks passed over) names a header: "فرستنده‌ی **X Y**", "حرفی X Y",
    /// "sender name X Y"; not "sender IDs of X Y", where the words are the shop's name.
    private static func followsSenderWord(_ index: Int, in tokens: [PolicyToken]) -> Bool {
        guard let previous = tokens[..<index].last(where: { $0.kind != .mark }) else { return false }
        return senderCues.contains { previous.text.hasPrefix($0) } || ["حرفی", "id", "name", "نام"].contains(previous.text)
    }

    /// A word that may be half of a two-word header: three letters or more, not an acronym written
    /// around sender words ("sender ID DFTR" is no header "IDDFTR").
    private static func isHeaderWord(_ folded: String) -> Bool {
        folded.utf8.count >= 3 && !commonAcronyms.contains(folded.uppercased()) && !["sender", "header", "name"].contains(folded)
    }

    /// Whether one to three Latin words elsewhere in the sentence spell the header: the brand it belongs to.
    private static func spellsAnotherBrand(_ header: String, in sentence: PolicySentence, except position: Int) -> Bool {
        let target = header.lowercased()
        let tokens = sentence.tokens
        for start in tokens.indices where start != position && tokens[start].kind == .latin {
            var joined = ""
            for token in tokens[start...].prefix(3) {
                guard token.kind == .latin else { break }
                joined += token.text
                if joined == target { return true }
            }
        }
        return false
    }

    private static let commonAcronyms: Set<String> = [
        "SMS", "MMS", "OTP", "VIP", "API", "URL", "FAQ", "PDF", "CEO", "ISP", "USSD", "GSM", "APP", "IOS", "WEB", "BANK",
    ]

    /// Whether a sender word ("سرشماره", "فرستنده", "sender", "header") stands among the few tokens before.
    private static func hasSenderCue(before index: Int, in tokens: [PolicyToken]) -> Bool {
        tokens[max(0, index - cueReach)..<index].contains { token in
            senderCues.contains { token.text.hasPrefix($0) }
        }
    }

    private static let senderCues = PolicyLexicon.folded(["سرشماره", "فرستنده", "sender", "header"])

    private static func originalText(of folded: Range<Int>, in sentence: PolicySentence) -> String {
        let range = sentence.folded.originalUTF8Range(of: folded)
        let utf8 = Array(sentence.folded.original.utf8)
        return String(decoding: utf8[range], as: UTF8.self)
    }
}
