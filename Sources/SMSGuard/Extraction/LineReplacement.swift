/// Policies that keep a history of their lines: "سرشماره A جایگزین سرشماره B شد", "B با A جایگزین شد",
/// "به جای B از A ارسال می‌شود", "از B به A تغییر کرد", "A replaced B", "B was replaced by A". The replaced
/// line is retired,
/// whatever else the policy says of it before; the line that replaced it is current, even in a clause
/// that speaks of the past ("جایگزین سرشماره قبلی").
struct LineReplacement {
    /// Token starts of the numbers retired, and of those that replaced them.
    private(set) var retired: Set<Int> = []
    private(set) var current: Set<Int> = []

    init(_ sentence: PolicySentence) {
        let tokens = sentence.tokens
        guard sentence.numbers.count >= 1 else { return }
        let numbers = sentence.numbers
        for index in tokens.indices where tokens[index].kind == .word || tokens[index].kind == .latin {
            let word = tokens[index].text
            let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
            if word == "جایگزین" || word == "replaces" || (word == "replaced" && next != "by") {
                // "A جایگزین B", "A replaced B"; "B با A جایگزین شد".
                let before = Self.number(before: index, in: tokens, numbers)
                if let after = Self.number(after: index, in: tokens, numbers) {
                    retired.insert(after)
                    if let before { current.insert(before) }
                } else if let before, let with = Self.word(before: before, in: tokens), tokens[with].text == "با",
                          let replaced = Self.number(before: with, in: tokens, numbers) {
                    current.insert(before)
                    retired.insert(replaced)
                }
            } else if word == "replaced" {
                // "B was replaced by A".
                if let before = Self.number(before: index, in: tokens, numbers) { retired.insert(before) }
                if let after = Self.number(after: index + 1, in: tokens, numbers) { current.insert(after) }
            } else if Self.changeVerbs.contains(word), let (old, new) = Self.fromTo(in: tokens, numbers) {
                // "سرشماره نظرسنجی از B به A تغییر کرد", "our line changed from B to A".
                retired.insert(old)
                current.insert(new)
            } else if (word == "جای" && index > 0 && tokens[index - 1].text == "به") || word == "بجای" || (word == "instead" && next == "of") {
                // "به جای B", "instead of B".
                if let after = Self.number(after: word == "instead" ? index + 1 : index, in: tokens, numbers) { retired.insert(after) }
            }
        }
    }

    /// Words that say a line changed, moved or switched: "از B به A تغییر کرد".
    private static let changeVerbs: Set<String> = ["تغییر", "منتقل", "changed", "moved", "switched"]

    /// The numbers of "از B به A", "from B to A": the starts of B and of A.
    private static func fromTo(in tokens: [PolicyToken], _ numbers: [PolicyNumber]) -> (Int, Int)? {
        for index in tokens.indices where tokens[index].text == "از" || tokens[index].text == "from" {
            guard let old = number(after: index, in: tokens, numbers),
                  let oldEnd = numbers.first(where: { $0.tokenRange.lowerBound == old })?.tokenRange.upperBound else { continue }
            var position = oldEnd
            while position < tokens.count && (tokens[position].kind == .mark || betweenWords.contains(tokens[position].text)) { position += 1 }
            guard position < tokens.count, tokens[position].text == "به" || tokens[position].text == "to",
                  let new = number(after: position, in: tokens, numbers) else { continue }
            return (old, new)
        }
        return nil
    }

    /// Words that may stand between a replacement word and its number: "جایگزین سرشماره قبلی N".
    private static let betweenWords: Set<String> = [
        "سرشماره", "سرشمارهی", "شماره", "شمارهی", "خط", "قبلی", "سابق", "پیشین", "قدیمی", "ما", "the", "our", "old", "line",
        "number", "previous", "former", "shortcode", "is", "was", "has", "been", "شد", "شده", "است", "میشود",
    ]

    /// The start of the number after token `index`, with only line words between.
    private static func number(after index: Int, in tokens: [PolicyToken], _ numbers: [PolicyNumber]) -> Int? {
        number(from: index, step: 1, in: tokens, numbers)
    }

    /// The start of the number before token `index`, with only line words between.
    private static func number(before index: Int, in tokens: [PolicyToken], _ numbers: [PolicyNumber]) -> Int? {
        number(from: index, step: -1, in: tokens, numbers)
    }

    /// The start of the first number within five tokens of `index` in the direction of `step`, with
    /// only marks and line words on the way.
    private static func number(from index: Int, step: Int, in tokens: [PolicyToken], _ numbers: [PolicyNumber]) -> Int? {
        var position = index + step
        while tokens.indices.contains(position) && abs(position - index) <= 5 {
            if let number = numbers.first(where: { $0.tokenRange.contains(position) }) { return number.tokenRange.lowerBound }
            guard tokens[position].kind == .mark || betweenWords.contains(tokens[position].text) else { return nil }
            position += step
        }
        return nil
    }

    /// The word before token `index`, line words passed over.
    private static func word(before index: Int, in tokens: [PolicyToken]) -> Int? {
        var position = index - 1
        while position >= 0 && (betweenWords.contains(tokens[position].text) || tokens[position].kind == .mark) { position -= 1 }
        return position >= 0 && tokens[position].kind != .number ? position : nil
    }
}
