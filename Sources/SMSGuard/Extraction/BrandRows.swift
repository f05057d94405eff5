/// A group's page listing each brand's line: "نیلوفرشاپ: N", "کتاب‌سرای سپیدار: M", "آینده‌کالا ...... K".
///
/// When one row is labelled with the shop's own name, rows labelled with other names are the other
/// brands' lines, not the shop's. Rows labelled with what a line is for ("کد ورود: N", "نظرسنجی: M")
/// stay, and nothing changes on a page where no row carries the shop's name.
enum BrandRows {
    /// The most words a row's label has; more is a sentence, not a label.
    private static let longestLabel = 4

    /// The words labelling the number that starts at token `start`: back from the number, past a colon
    /// or dotted leaders, to the previous mark or number; in a table's row, its first cell when that
    /// names someone rather than a purpose ("سبزینه مارکت | سفارش و تخفیف | N").
    static func label(before start: Int, in sentence: PolicySentence) -> [String] {
        if let cell = firstCell(before: start, in: sentence) { return cell }
        var index = start - 1
        while index >= 0, sentence.tokens[index].kind == .mark, leaders.contains(sentence.tokens[index].text) { index -= 1 }
        var words: [String] = []
        while index >= 0, sentence.tokens[index].kind == .word || sentence.tokens[index].kind == .latin {
            words.insert(sentence.tokens[index].text, at: 0)
            index -= 1
        }
        return words.count <= longestLabel ? words : []
    }

    private static let leaders: Set<String> = [":", ".", "…", "-", "–", "—", "_"]

    /// The words of a table row's first cell, when the row has three cells or more (tables are read with
    /// commas between cells), the number lies in a later one, and the cell is a short name, not a purpose.
    private static func firstCell(before start: Int, in sentence: PolicySentence) -> [String]? {
        let isCellBreak = { (token: PolicyToken) in token.kind == .mark && (token.text == "," || token.text == "،") }
        let tokens = sentence.tokens
        // A Markdown row opens with a bar, read as a comma: the first cell starts after it.
        guard tokens.filter(isCellBreak).count >= 2, let first = tokens.firstIndex(where: { !isCellBreak($0) }),
            let end = tokens[first...].firstIndex(where: isCellBreak), end < start else { return nil }
        let cell = tokens[first..<end]
        guard cell.allSatisfy({ $0.kind == .word || $0.kind == .latin || $0.kind == .mark }) else { return nil }
        let words = cell.filter { $0.kind == .word || $0.kind == .latin }.map(\.text)
        guard !words.isEmpty, words.count <= longestLabel, !words.contains(where: isRoleWord) else { return nil }
        return words
    }

    /// The senders among `rows` that belong to other brands of the group.
    static func otherBrandsLines(_ rows: [(canonical: String, label: [String])], shopNames: [String]) -> Set<String> {
        let names = Set(shopNames.map(spelling))
        let isOwn = { (label: [String]) in names.contains(label.joined()) }
        guard rows.contains(where: { isOwn($0.label) }) else { return [] }
        let others = rows.filter { !$0.label.isEmpty && !isOwn($0.label) && !$0.label.contains(where: isRoleWord) }
        return Set(others.map(\.canonical)).subtracting(rows.filter { isOwn($0.label) }.map(\.canonical))
    }

    /// A name as labels are compared: folded, without spaces or ZWNJ.
    private static func spelling(_ name: String) -> String {
        TextFolder.fold(name).text.split(separator: " ").joined()
    }

    /// Words that say what a line is for, rather than whose it is.
    private static func isRoleWord(_ word: String) -> Bool {
        NumberRoleFinder.isSMSWord(word) || PolicyLexicon.phoneCues[word] != nil || roleWords.contains(word)
    }

    private static let roleWords = PolicyLexicon.folded([
        "سفارش", "سفارشها", "کد", "ورود", "تایید", "تخفیف", "اطلاعرسانی", "تبلیغات", "تبلیغاتی", "پشتیبانی", "ارسال", "خط",
        "شماره", "order", "orders", "login", "code", "codes", "offers", "marketing", "support", "line", "number",
    ])
}
