/// A number written in a policy sentence, its digit groups joined: `021-8877 6655`, `+98 912 123 4567`.
struct PolicyNumber: Equatable {
    /// The digits, in reading order.
    let digits: String
    /// As the sentence writes it.
    let written: String
    /// Token indices the number spans.
    let tokenRange: Range<Int>
    /// Written as a date (`1397/06/07`).
    let isDate: Bool

    /// The sender this number would be.
    var sender: Sender { Sender(parsing: digits) }

    /// Whether the digits look like template filler: a long run of one digit, or a counting sequence.
    var isPlaceholder: Bool {
        let bytes = Array(digits.utf8)
        var longestRun = 0, run = 0
        for (index, byte) in bytes.enumerated() {
            run = index > 0 && bytes[index - 1] == byte ? run + 1 : 1
            longestRun = max(longestRun, run)
        }
        return longestRun >= 6 || digits.contains("1234567") || digits.contains("0000000")
    }

    /// Separators that may stand between the digit groups of one number.
    static let joiners: Set<String> = ["-", "–", "—", "(", ")", "+", "/", "_", "."]

    /// Finds the numbers among `tokens`, joining groups that belong together.
    ///
    /// Groups join when at most one of two neighbours has five or more digits (`021 62913`), and split
    /// when both do (`30004455660 20004455660`). A trailing group with a leading zero is read first, as
    /// right-to-left editing stores `62913-021` for `021-62913`.
    static func groups(in tokens: [PolicyToken], folded: FoldedText) -> [PolicyNumber] {
        var numbers: [PolicyNumber] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .number else { index += 1; continue }
            var parts = [tokens[index]]
            var end = index + 1
            var hasSlash = false
            let hasPlus = index > 0 && tokens[index - 1].text == "+"
            while end < tokens.count {
                var cursor = end
                var separators: [String] = []
                while cursor < tokens.count, tokens[cursor].kind == .mark, joiners.contains(tokens[cursor].text) {
                    separators.append(tokens[cursor].text)
                    cursor += 1
                }
                guard cursor < tokens.count, tokens[cursor].kind == .number, separators.count <= 2,
                      !separators.contains("+") else { break }
                // A list writes one number a line: groups on two lines are two numbers.
                guard !folded.hasLineBreak(between: parts.last!.range.upperBound, and: tokens[cursor].range.lowerBound) else { break }
                // "نسخه‌ی ۱ (۱۴۰۰)": a group wholly in brackets after a number remarks on it, unless the number
                // is a country code ("+98 (21) 8877 6655").
                let isBracketed = separators.last == "(" && cursor + 1 < tokens.count && tokens[cursor + 1].text == ")"
                guard !isBracketed || hasPlus || ["98", "0098"].contains(parts.map(\.text).joined()) else { break }
                let previous = parts.last!.text.count, next = tokens[cursor].text.count
                // Two long groups are two numbers, unless the first is a bulk line's prefix too short to be
                // a line of its own ("30009⏎87654" broken by the page's layout).
                guard previous < 5 || next < 5 || isCutBulkLine(parts.map(\.text).joined()) else { break }
                if separators.contains("/") { hasSlash = true }
                parts.append(tokens[cursor])
                end = cursor + 1
            }
            let first = hasPlus ? index - 1 : index
            let lastToken = parts.last!
            let writtenRange = tokens[first].range.lowerBound..<lastToken.range.upperBound
            numbers.append(PolicyNumber(
                digits: (hasPlus ? "+" : "") + readingOrder(parts.map(\.text)).joined(),
                written: folded.originalText(of: writtenRange).trimmingSpaces(),
                tokenRange: first..<end,
                isDate: hasSlash || isWrittenDate(parts.map(\.text))))
            index = end
        }
        return joiningAreaCodes(numbers, tokens: tokens, folded: folded)
    }

    /// "۴۲۳۴۵۶۷۸ (پیش‌شماره‌ی ۰۱۳)", "۳۲۲۲۴۴۵۵ با پیش‌شماره‌ی ۰۵۶", "area code 021: 88776655": a local
    /// landline and its area code given apart become one number, the area code first.
    private static func joiningAreaCodes(_ numbers: [PolicyNumber], tokens: [PolicyToken], folded: FoldedText) -> [PolicyNumber] {
        guard numbers.count >= 2 else { return numbers }
        var joined: [PolicyNumber] = []
        var index = 0
        while index < numbers.count {
            if index + 1 < numbers.count, let number = joinedAreaCode(numbers[index], numbers[index + 1], tokens: tokens, folded: folded) {
                joined.append(number)
                index += 2
            } else {
                joined.append(numbers[index])
                index += 1
            }
        }
        return joined
    }

    private static func joinedAreaCode(_ first: PolicyNumber, _ second: PolicyNumber, tokens: [PolicyToken], folded: FoldedText) -> PolicyNumber? {
        func isAreaCode(_ number: PolicyNumber) -> Bool { number.digits.count == 3 && number.digits.hasPrefix("0") && !number.digits.hasPrefix("00") }
        func isLocalLine(_ number: PolicyNumber) -> Bool { number.digits.count == 8 && !number.digits.hasPrefix("0") && !number.isDate }
        let between = tokens[first.tokenRange.upperBound..<second.tokenRange.lowerBound]
        guard between.count <= 5, !folded.hasLineBreak(between: tokens[first.tokenRange.upperBound - 1].range.upperBound,
                                                       and: tokens[second.tokenRange.lowerBound].range.lowerBound) else { return nil }
        let local: PolicyNumber, area: PolicyNumber
        if isLocalLine(first) && isAreaCode(second) {
            (local, area) = (first, second)
            guard between.contains(where: isAreaCodeWord) else { return nil }
        } else if isAreaCode(first) && isLocalLine(second) {
            (local, area) = (second, first)
            let before = tokens[max(0, first.tokenRange.lowerBound - 3)..<first.tokenRange.lowerBound]
            guard before.contains(where: isAreaCodeWord) || between.contains(where: isAreaCodeWord) else { return nil }
        } else {
            return nil
        }
        let range = first.tokenRange.lowerBound..<second.tokenRange.upperBound
        let written = folded.originalText(of: tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
        return PolicyNumber(digits: area.digits + local.digits, written: written.trimmingSpaces(), tokenRange: range, isDate: false)
    }

    /// "پیش‌شماره‌ی", "پیش شماره", "کد شهر", "area code": words that give an area code.
    private static func isAreaCodeWord(_ token: PolicyToken) -> Bool {
        token.text.hasPrefix("پیششماره") || areaCodeWords.contains(token.text)
    }

    private static let areaCodeWords: Set<String> = ["پیش", "شهر", "شهری", "area", "prefix"]

    /// "۱۴۰۲.۰۵.۰۱", "2024-08-01", "15-03-2024": a year, a month and a day, joined by dots or dashes.
    private static func isWrittenDate(_ groups: [String]) -> Bool {
        guard groups.count == 3 else { return false }
        let yearFirst = groups[0].count == 4
        guard let year = Int(yearFirst ? groups[0] : groups[2]), (1300...1499).contains(year) || (1900...2099).contains(year),
            let month = Int(groups[1]), (1...12).contains(month),
            let day = Int(yearFirst ? groups[2] : groups[0]), (1...31).contains(day) else { return false }
        return groups[1].count <= 2 && (yearFirst ? groups[2] : groups[0]).count <= 2
    }

    /// Digits that start like a bulk line ("3000…") but are too few to be one.
    private static func isCutBulkLine(_ digits: String) -> Bool {
        let bytes = Array(digits.utf8)
        return bytes.count < SenderParser.bulkLengths.lowerBound && SenderParser.bulkPrefixes.contains { bytes.starts(with: $0) }
    }

    /// Puts a trailing area code or mobile prefix first, as right-to-left editing stores them:
    /// ["62913", "021"] → ["021", "62913"], ["1111111", "0938"] → ["0938", "1111111"]. Only when the
    /// groups as written are no sender number: "1000 4477 01" is a bulk line.
    static func readingOrder(_ groups: [String]) -> [String] {
        guard groups.count >= 2, let last = groups.last, !(groups.first?.hasPrefix("0") ?? true),
              (last.count == 3 && last.hasPrefix("0") && !last.hasPrefix("00")) || (last.count == 4 && last.hasPrefix("09")) else { return groups }
        let asWritten = Sender(parsing: groups.joined()).kind
        guard asWritten != .bulk && asWritten != .mobile && asWritten != .landline else { return groups }
        let reordered = [last] + groups.dropLast()
        let kind = Sender(parsing: reordered.joined()).kind
        return kind == .landline || kind == .mobile ? reordered : groups
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
