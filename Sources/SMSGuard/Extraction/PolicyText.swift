/// A policy document as sentences of folded tokens, each traceable to its place in the source file.
struct PolicyText {
    /// Policies larger than this are refused: a real policy page is tens of kilobytes.
    static let maximumSize = 4 << 20

    let source: [UInt8]
    /// The text after markup removal (the source itself for plain text).
    let plain: [UInt8]
    /// Source offset of each byte of `plain`; nil when `plain` is the source.
    private let plainToSource: [Int32]?
    private let lineStarts: [Int]
    let sentences: [PolicySentence]

    init(source: [UInt8]) {
        self.source = source
        // A CMS's JSON export holds the page's HTML in escaped strings: unescape first, then strip.
        let decoded = JSONEscapes.decoded(source)
        let unescaped = decoded?.text ?? source
        if MarkupStripper.looksLikeMarkup(unescaped) {
            let stripped = MarkupStripper.strip(unescaped)
            plain = Self.blankingListMarkers(stripped.text)
            plainToSource = decoded.map { decoded in
                stripped.sourceOffsets.map { Int($0) < decoded.sourceOffsets.count ? decoded.sourceOffsets[Int($0)] : Int32(source.count) }
            } ?? stripped.sourceOffsets
        } else if let decoded {
            plain = Self.blankingListMarkers(decoded.text)
            plainToSource = decoded.sourceOffsets
        } else {
            // Plain text may wrap a paragraph over lines (copied from a PDF, or Markdown's soft breaks);
            // a page's markup has already said where its paragraphs end.
            plain = Self.blankingListMarkers(Self.joiningWrappedLines(source))
            plainToSource = nil
        }
        var starts = [0]
        for (index, byte) in source.enumerated() where byte == 0x0A { starts.append(index + 1) }
        lineStarts = starts
        let text = plain
        sentences = Self.markingSMSLists(Self.splitSentences(text).map { PolicySentence(plain: text, range: $0) }.filter { !$0.tokens.isEmpty })
    }

    /// Marks the rows of a list or table that a sentence about SMS introduces with a colon ("… از خطوط
    /// زیر پیامک می‌فرستد:"): each following short sentence with a number, up to the first that is not.
    /// A sentence that points down ("جدول زیر") may have another sentence between it and the rows; one
    /// that points up ("خطوط «فعال» جدول بالا", "از شماره‌ای خارج از این جدول") marks the rows just before
    /// it. Under a section headed by SMS ("۳. پیامک‌ها"), a list of "numbers" ("شماره‌های رسمی ما:") is
    /// a list of SMS lines.
    private static func markingSMSLists(_ sentences: [PolicySentence]) -> [PolicySentence] {
        var marked = sentences
        var isInList = false
        var isUnderSMSHeading = false
        var followsSMSHeading = false  // the sentence before was a heading about SMS, with no number
        var rowsSoFar = 0
        var sentencesToRows = 0  // sentences that may still stand between a pointing sentence and its rows
        var topicSentencesLeft = 0  // sentences still to come of an answer or a section about SMS
        var isUnderSurveyHeading = false
        var surveyAnswerLeft = 0  // sentences still to come of an answer to a question about surveys
        for index in marked.indices {
            // A short line with no full stop: "بله." opening an answer is no heading.
            let isHeading = marked[index].numbers.isEmpty && marked[index].words.count <= 3 && !marked[index].isQuestion
                && !marked[index].endsWithFullStop
            // "۶. نظرسنجی" heads a section whose lines are the survey's, up to the next heading.
            if isHeading {
                // "۶. نظرسنجی", not "پیامک و نظرسنجی", which heads every line.
                let words = marked[index].words
                isUnderSurveyHeading = words.contains(where: NumberRoleFinder.isSurveyWord)
                    && !words.contains { NumberRoleFinder.isSMSWord($0) && !NumberRoleFinder.isSurveyWord($0) }
            } else if isUnderSurveyHeading {
                marked[index].isUnderSurveyHeading = true
            }
            // "آیا X نظرسنجی پیامکی هم دارد؟" asks about surveys: its answer's lines are the survey's.
            if marked[index].isQuestion {
                surveyAnswerLeft = marked[index].words.contains(where: NumberRoleFinder.isSurveyWord) ? Self.longestAnswer : 0
            } else if surveyAnswerLeft > 0 {
                marked[index].isUnderSurveyHeading = true
                surveyAnswerLeft -= 1
            }
            if marked[index].isQuestion {
                // "I got a suspicious text from you. What now?": the question may follow what it asks about.
                let asksAboutSMS = marked[index].mentionsSMS || (index > 0 && !marked[index - 1].isQuestion && marked[index - 1].mentionsSMS)
                topicSentencesLeft = asksAboutSMS ? Self.longestAnswer : 0
            } else if isHeading {
                topicSentencesLeft = marked[index].mentionsSMS ? Self.sentencesOfHeadedTopic : 0
            } else if topicSentencesLeft > 0 {
                marked[index].continuesSMSTopic = true
                topicSentencesLeft -= 1
            }
            // A row is short: a longer sentence with a number is prose again, and the list has ended.
            if isInList && marked[index].isRow {
                marked[index].isInSMSList = true
                rowsSoFar += 1
                continue
            }
            // A table's header row ("| کاربرد | سرشماره |") stands between the label and the rows, and so
            // may a sentence after one that points down.
            if isInList && rowsSoFar <= 0 && marked[index].numbers.isEmpty {
                if marked[index].words.count <= 6 { rowsSoFar = -1; continue }
                if sentencesToRows > 0 { sentencesToRows -= 1; continue }
            }
            let sentence = marked[index]
            if sentence.mentionsSMS && sentence.pointsUp {
                var row = index - 1
                // A table's rows, each cell after its column's label, may run long: the sentence pointing
                // up has said they are rows.
                while row >= 0 && !marked[row].isInSMSList
                    && (marked[row].mayBeTableRow || (row > 0 && marked[row].sharesColumnLabel(with: marked[row - 1]))) {
                    marked[row].isInSMSList = true
                    row -= 1
                }
            }
            // "### پیامک⏎- کد تأیید: N⏎- نوبت‌ها: M": rows right under a heading about SMS are its lines.
            if followsSMSHeading && sentence.isRow && !sentence.mentionsSMS {
                marked[index].isInSMSList = true
                (isInList, rowsSoFar, sentencesToRows, isUnderSMSHeading, followsSMSHeading) = (true, 1, 0, false, false)
                continue
            }
            let namesLines = sentence.mentionsSMS || (isUnderSMSHeading && sentence.namesLines)
            // "### پیامک‌های X" over "| خط | کاربرد |": a table's header under a heading about SMS heads its rows.
            let headsTable = isUnderSMSHeading && sentence.namesLines && sentence.isTableHeader
            isInList = namesLines && (sentence.introducesList || sentence.headsList || headsTable)
            // "خطوط رسمی ما: N" with the first row on the label's line: that row is the list's too.
            if isInList && !sentence.mentionsSMS { marked[index].isInSMSList = true }
            sentencesToRows = isInList && sentence.pointsDown ? 1 : 0
            rowsSoFar = 0
            isUnderSMSHeading = sentence.mentionsSMS && sentence.words.count <= 3
            followsSMSHeading = isHeading && sentence.mentionsSMS
        }
        return marked
    }

    /// The most sentences of a page of questions and answers that answer one question.
    static let longestAnswer = 3
    /// How many sentences after a heading about SMS ("۳. پیامک‌ها") are read as about SMS.
    static let sentencesOfHeadedTopic = 2
    /// The most words a row of a list has: a label of a few words and a number.
    static let longestRow = 12
    /// The most words a row of a table has: each cell also carries its column's label, and a remark
    /// ("فقط برای کاربرانی که عضو خبرنامه شده‌اند") may fill a cell.
    static let longestTableRow = 20

    func sourceOffset(ofPlain offset: Int) -> Int {
        guard let map = plainToSource else { return offset }
        return offset < map.count ? Int(map[offset]) : source.count
    }

    /// The 1-based line of a source offset.
    func line(ofSource offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    private static func endsWithColon(_ text: ArraySlice<UInt8>) -> Bool {
        let last = text.last { ![0x20, 0x09, 0x0D, 0x0A].contains($0) }
        return last == UInt8(ascii: ":")
    }

    /// `text` with list markers at the starts of lines ("1- ", "۲) ", "3. ", "- ", "• ") turned into spaces
    /// of the same length, so that "1- 3000555120" is not read as the number 13000555120 and offsets
    /// still map; Markdown table rows made rows of cells (see `rewritingMarkdownTableRow`), and bold and
    /// code marks blanked (see `blankingEmphasis`).
    static func blankingListMarkers(_ text: [UInt8]) -> [UInt8] {
        var result = blankingEmphasis(text)
        var lineStart = 0
        while lineStart < result.count {
            var index = lineStart
            while index < result.count && (result[index] == 0x20 || result[index] == 0x09) { index += 1 }
            let lineEnd = result[lineStart...].firstIndex(of: 0x0A) ?? result.count
            if index < lineEnd && result[index] == UInt8(ascii: "|") {
                rewritingMarkdownTableRow(&result, index..<lineEnd)
            } else if let bullet = bulletLength(in: result, at: index), index + bullet < result.count,
                      result[index + bullet] == 0x20 || result[index + bullet] == 0x09 {
                for position in index..<(index + bullet) { result[position] = 0x20 }
            }
            var digits = 0, end = index
            while digits < 2, let length = digitLength(in: result, at: end) { end += length; digits += 1 }
            if digits > 0, end + 1 < result.count, [UInt8(ascii: "-"), UInt8(ascii: ")"), UInt8(ascii: ".")].contains(result[end]),
               result[end + 1] == 0x20 || result[end + 1] == 0x09 {
                for position in index...end { result[position] = 0x20 }
            }
            // "الف) …", "ب) …": a lettered item, whose letter is no word of the row.
            if let letter = persianLetterMarkerLength(in: result, at: index) {
                for position in index..<(index + letter) { result[position] = 0x20 }
            }
            guard let next = result[lineStart...].firstIndex(of: 0x0A) else { break }
            lineStart = next + 1
        }
        return result
    }

    /// The byte length of "الف) " or of one Persian letter and ")" or "-" before a space, at `index`; nil
    /// when none is there.
    private static func persianLetterMarkerLength(in text: [UInt8], at index: Int) -> Int? {
        let alef = Array("الف".utf8)
        let letters = text[index...].starts(with: alef) ? alef.count
            : index + 1 < text.count && (0xD8...0xDB).contains(text[index]) && text[index + 1] >= 0x80 ? 2 : 0
        let mark = index + letters
        guard letters > 0, mark + 1 < text.count, [UInt8(ascii: ")"), UInt8(ascii: "-")].contains(text[mark]),
              text[mark + 1] == 0x20 || text[mark + 1] == 0x09 else { return nil }
        return letters + 1
    }

    /// `text` with Markdown's bold and code marks ("**", "__", "`") turned into spaces: "- **3000 9191 44**"
    /// is a list row like "- 3000 9191 44". A single "*" or "_" stays (an address may hold one).
    private static func blankingEmphasis(_ text: [UInt8]) -> [UInt8] {
        var result = text
        var index = 0
        while index < result.count {
            let byte = result[index]
            if byte == UInt8(ascii: "`") {
                result[index] = 0x20
            } else if (byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_")) && index + 1 < result.count && result[index + 1] == byte {
                result[index] = 0x20
                result[index + 1] = 0x20
                index += 1
            }
            index += 1
        }
        return result
    }

    /// The byte length of a bullet ("-", "*", "•", "–", "▪", "●", "◦") at `index`, or nil.
    private static func bulletLength(in text: [UInt8], at index: Int) -> Int? {
        guard index < text.count else { return nil }
        if text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "*") { return 1 }
        let bullets: [[UInt8]] = ["•", "–", "▪", "●", "◦"].map { Array($0.utf8) }
        return bullets.first { bullet in index + bullet.count <= text.count && text[index..<(index + bullet.count)].elementsEqual(bullet) }?.count
    }

    /// A Markdown table row, in place: the rule row ("|---|:--|") becomes blank, and in other rows each
    /// bar becomes a comma, so that a row is one sentence of cells rather than one sentence a cell.
    private static func rewritingMarkdownTableRow(_ text: inout [UInt8], _ line: Range<Int>) {
        let isRule = text[line].allSatisfy { [UInt8(ascii: "|"), UInt8(ascii: "-"), UInt8(ascii: ":"), 0x20, 0x09, 0x0D].contains($0) }
        for position in line where isRule || text[position] == UInt8(ascii: "|") {
            text[position] = isRule ? 0x20 : UInt8(ascii: ",")
        }
    }

    /// The byte length of the ASCII, Persian or Arabic-Indic digit at `index`, or nil.
    private static func digitLength(in text: [UInt8], at index: Int) -> Int? {
        guard index < text.count else { return nil }
        if text[index] >= 0x30 && text[index] <= 0x39 { return 1 }
        guard index + 1 < text.count else { return nil }
        let (lead, trail) = (text[index], text[index + 1])
        if (lead == 0xDB && trail >= 0xB0 && trail <= 0xB9) || (lead == 0xD9 && trail >= 0xA0 && trail <= 0xA9) { return 2 }
        return nil
    }

    /// Whether a line holds nothing but a number: a list item after "…عبارت‌اند از:".
    private static func isNumberLine(_ line: ArraySlice<UInt8>) -> Bool {
        let scalars = String(decoding: line, as: UTF8.self).unicodeScalars
        let allowed = scalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x30...0x39, 0x06F0...0x06F9, 0x0660...0x0669, 0x20, 0x09, 0x0D, 0xA0, 0x200C, 0x200E, 0x200F: return true
            default: return "+-()/.".unicodeScalars.contains(scalar)
            }
        }
        return allowed && scalars.contains { (0x30...0x39).contains($0.value) || (0x06F0...0x06F9).contains($0.value) || (0x0660...0x0669).contains($0.value) }
    }

    private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy { [0x20, 0x09, 0x0D].contains($0) }
    }

    /// `text` with the line breaks that wrap a paragraph mid-sentence made spaces, the same length, so a
    /// sentence (and a number: "۳۰۰۰⏎۴۵۶۷۸") cut by wrapping reads whole.
    static func joiningWrappedLines(_ text: [UInt8]) -> [UInt8] {
        var result = text
        var lineStart = 0
        var previousLine: ArraySlice<UInt8> = []
        while let lineEnd = result[lineStart...].firstIndex(of: 0x0A) {
            let line = result[lineStart..<lineEnd]
            let next = result[(lineEnd + 1)..<(result[(lineEnd + 1)...].firstIndex(of: 0x0A) ?? result.count)]
            // "  ۰۲۱-… ← پیامک سفارش، …⏎  ۳۰۰۰… ← پیامک نظرسنجی …": rows opening with numbers at one indent
            // are lines of their own, the last one too, however long.
            let isNumberRow = areRowsOpeningWithNumbers(line, next) || areRowsOpeningWithNumbers(previousLine, line)
            if isHyphenated(result, lineEnd: lineEnd) {
                joinHyphenated(&result, lineEnd: lineEnd)
            } else if isWrapped(line) && (!opensItem(line) || isIndentedPast(line, next)) && continuesParagraph(next) && !isNumberRow {
                result[lineEnd] = 0x20
            }
            previousLine = line
            lineStart = lineEnd + 1
        }
        return result
    }

    /// A word or number broken over two lines with a hyphen, as PDF exports break them ("اط-⏎لاعات",
    /// "۲۰۰۰۱۲۳۴-⏎۵۶۷۸"): a letter or digit, "-", the line break, and a letter or digit.
    private static func isHyphenated(_ text: [UInt8], lineEnd: Int) -> Bool {
        guard lineEnd >= 2, text[lineEnd - 1] == UInt8(ascii: "-"), isWordByte(text[lineEnd - 2]) else { return false }
        var next = lineEnd + 1
        while next < text.count && text[next] == 0x20 { next += 1 }
        return next < text.count && isWordByte(text[next])
    }

    /// A letter's or digit's byte: ASCII letters and digits, or a byte of a multi-byte character.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// Joins a hyphenated break in place, so that offsets into the text stay those of the file: the
    /// hyphen and the line break become a soft hyphen (two bytes, which folding removes), as do pairs of
    /// the next line's indenting spaces.
    private static func joinHyphenated(_ text: inout [UInt8], lineEnd: Int) {
        text[lineEnd - 1] = 0xC2
        text[lineEnd] = 0xAD
        var index = lineEnd + 1
        while index + 1 < text.count && text[index] == 0x20 && text[index + 1] == 0x20 {
            text[index] = 0xC2
            text[index + 1] = 0xAD
            index += 2
        }
    }

    /// A line cut short by wrapping: long, not ending a sentence, and no "label: value" line ("نشانی:
    /// تهران، … پلاک ۲۶", "سرشماره پیامک: N"), which is whole however long.
    private static func isWrapped(_ line: ArraySlice<UInt8>) -> Bool {
        let characters = line.lazy.filter { $0 & 0xC0 != 0x80 }.count
        guard characters >= shortestWrappedLine, !line.contains(UInt8(ascii: ":")),
              let last = line.last(where: { ![0x20, 0x09, 0x0D].contains($0) }) else { return false }
        if [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";")].contains(last) { return false }
        // "؟" and "؛" end in 0x9F and 0x9B after 0xD8.
        let tail = line.suffix(2)
        return !(tail.first == 0xD8 && (tail.last == 0x9F || tail.last == 0x9B))
    }

    /// The fewest characters of a line that wrapping cut: shorter lines are headings or list items.
    static let shortestWrappedLine = 40

    /// Whether `line`, after a line break, carries the paragraph on: not blank, and not a list item,
    /// heading, table row or quotation.
    private static func continuesParagraph(_ line: ArraySlice<UInt8>) -> Bool {
        !isBlank(line) && !opensItem(line)
    }

    /// Whether two lines both open with a number at the same indent: rows of one list. (Numbered items,
    /// "۲. …", are items, whose text may wrap.)
    private static func areRowsOpeningWithNumbers(_ line: ArraySlice<UInt8>, _ other: ArraySlice<UInt8>) -> Bool {
        // A number of four digits or more, or one whose dash joins more digits ("۰۲۱-۵۵…"); not "۲. ".
        func opensWithDigit(_ line: ArraySlice<UInt8>) -> Bool {
            let bytes = Array(line)
            var index = indent(of: line), digits = 0
            while let length = digitLength(in: bytes, at: index) { index += length; digits += 1 }
            let dashJoinsDigits = index + 1 < bytes.count && bytes[index] == UInt8(ascii: "-") && digitLength(in: bytes, at: index + 1) != nil
            return digits >= 4 || (digits > 0 && dashJoinsDigits)
        }
        return !line.isEmpty && !other.isEmpty && indent(of: line) == indent(of: other) && opensWithDigit(line) && opensWithDigit(other)
    }

    /// Whether `next` is indented further than `line`: "۱۶. … از خط ثابت واحد⏎    مالی، …", a list item's
    /// text carried on under it; not "     • N (…)⏎   هر پیامکی …", a paragraph going on after the list.
    private static func isIndentedPast(_ line: ArraySlice<UInt8>, _ next: ArraySlice<UInt8>) -> Bool {
        indent(of: next) > indent(of: line)
    }

    private static func indent(of line: ArraySlice<UInt8>) -> Int {
        line.prefix { $0 == 0x20 || $0 == 0x09 }.count
    }

    /// Whether a line is a list item, heading, table row or quotation: no wrapped paragraph's line.
    private static func opensItem(_ line: ArraySlice<UInt8>) -> Bool {
        let text = Array(line)
        var start = 0
        while start < text.count && (text[start] == 0x20 || text[start] == 0x09) { start += 1 }
        guard start < text.count else { return false }
        if [UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: ">")].contains(text[start]) { return true }
        // "**۳۰۰۰ ۷۷ ۶۶ ۵۵** ارسال می‌شود" carries a sentence on in bold; "* " opens an item.
        let isBold = text[start...].starts(with: [UInt8(ascii: "*"), UInt8(ascii: "*")])
        if !isBold && bulletLength(in: text, at: start) != nil { return true }
        // "۲) …", "3- …", "ب) …": a numbered or lettered item.
        var end = start, digits = 0
        while digits < 3, let length = digitLength(in: text, at: end) { end += length; digits += 1 }
        if digits == 0, start + 1 < text.count, text[start] >= 0xD8, text[start] <= 0xDB, text[start + 1] >= 0x80 { end = start + 2; digits = 1 }
        return digits > 0 && end < text.count && [UInt8(ascii: "-"), UInt8(ascii: ")"), UInt8(ascii: ".")].contains(text[end])
    }

    /// The next line after the line break at `index` that is not blank.
    private static func nextNonBlankLine(in text: [UInt8], after index: Int) -> ArraySlice<UInt8>? {
        var start = index + 1
        while start < text.count {
            let end = text[start...].firstIndex(of: 0x0A) ?? text.count
            let line = text[start..<end]
            if !isBlank(line) { return line }
            start = end + 1
        }
        return nil
    }

    /// Whether three or more dots end at `index` and a number follows on the same line: leaders between
    /// a row's label and its number, not the end of a sentence.
    private static func isLeader(_ text: [UInt8], endingAt index: Int) -> Bool {
        var start = index
        while start > 0 && text[start - 1] == UInt8(ascii: ".") { start -= 1 }
        guard index - start + 1 >= 3 else { return false }
        var next = index + 1
        while next < text.count && (text[next] == 0x20 || text[next] == 0x09) { next += 1 }
        return next < text.count && digitLength(in: text, at: next) != nil
    }

    /// Whether an ASCII, Persian or Arabic-Indic digit ends just before `index`.
    private static func endsWithDigit(_ text: [UInt8], before index: Int) -> Bool {
        (index >= 1 && digitLength(in: text, at: index - 1) == 1) || (index >= 2 && digitLength(in: text, at: index - 2) == 2)
    }

    /// "abuse @ shop . ir": a dot standing alone in an address written with spaces against harvesters (a
    /// host, and "@" or "ات" before it, a label after it), not a full stop.
    private static func isSpacedAddressDot(_ text: [UInt8], at index: Int) -> Bool {
        // The text is not folded yet: Latin letters may be capitals.
        func isHostByte(_ byte: UInt8) -> Bool { PolicyTokenizer.isHostCharacter(byte) || (0x41...0x5A).contains(byte) }
        func isLetter(_ byte: UInt8) -> Bool { PolicyTokenizer.isLatinLetter(byte) || (0x41...0x5A).contains(byte) }
        guard index >= 1, text[index - 1] == 0x20, index + 3 < text.count, text[index + 1] == 0x20,
              isLetter(text[index + 2]), isLetter(text[index + 3]) else { return false }
        var position = index - 1
        let hostEnd = position
        while position > 0 && isHostByte(text[position - 1]) { position -= 1 }
        guard position < hostEnd, position >= 2, text[position - 1] == 0x20 else { return false }
        let before = text[..<(position - 1)]
        return ContactFinder.spacedAt.contains { at in
            before.suffix(at.count).elementsEqual(at) && (before.count == at.count || before.dropLast(at.count).last == 0x20)
        }
    }

    /// Splits at line breaks (except after a label ending in ":", and between the number lines of a list
    /// that such a label opens), `!`, `?`, `؟`, `|`, and at a `.` that ends a sentence rather than sitting
    /// inside an address or a number (`info@shop.ir`, `2.5`).
    static func splitSentences(_ text: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        var lineStart = 0
        var opensList = false  // a line of this sentence ended with ":"
        // Inside «…» or (…) on one line, a question or full stop is quoted ("پیامک نظرسنجی («راضی
        // بودید؟») از N"), and the sentence goes on.
        var quoteDepth = 0
        func close(_ end: Int) {
            if end > start { ranges.append(start..<end) }
            start = end
            opensList = false
        }
        while index < text.count {
            let byte = text[index]
            switch byte {
            case UInt8(ascii: "("): quoteDepth += 1
            case UInt8(ascii: ")"): quoteDepth = max(0, quoteDepth - 1)
            case 0xC2 where index + 1 < text.count && text[index + 1] == 0xAB: quoteDepth += 1  // «
            case 0xC2 where index + 1 < text.count && text[index + 1] == 0xBB: quoteDepth = max(0, quoteDepth - 1)  // »
            case _ where quoteDepth > 0 && (byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ".") || byte == 0xD8):
                break
            case 0x0A where endsWithColon(text[start..<index]):
                opensList = true  // "تلفن تماس:" on its own line labels the number on the next
            case 0x0A where opensList && (isNumberLine(text[lineStart..<index]) || isBlank(text[lineStart..<index]))
                && nextNonBlankLine(in: text, after: index).map(isNumberLine) == true:
                break  // one number a line, the list the label opened goes on
            case 0x0A, UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "|"):
                close(index + 1)
            case UInt8(ascii: "."):
                let next = index + 1 < text.count ? text[index + 1] : 0x20
                // "۳۰۰۰.۶۱۸۵.۷۲": a dot between digits parts a number's groups, not sentences.
                let partsDigits = Self.endsWithDigit(text, before: index) && Self.digitLength(in: text, at: index + 1) != nil
                // "آینده‌کالا ........ 5000…": dotted leaders join a row's label to its number.
                if next == UInt8(ascii: ".") || isLeader(text, endingAt: index) || isSpacedAddressDot(text, at: index) { break }
                if !partsDigits && (next == 0x20 || next == 0x0A || next == 0x0D || next == 0x09 || next >= 0x80) {
                    close(index + 1)
                }
            case 0xD8 where index + 1 < text.count && text[index + 1] == 0x9F:  // ؟
                close(index + 2)
                index += 1
            default:
                break
            }
            if byte == 0x0A {
                lineStart = index + 1
                quoteDepth = 0
            }
            index += 1
        }
        close(text.count)
        return ranges
    }
}

/// One sentence of a policy: its place, its folded text and its tokens.
struct PolicySentence {
    let plainRange: Range<Int>
    let folded: FoldedText
    let tokens: [PolicyToken]
    let numbers: [PolicyNumber]

    init(plain: [UInt8], range: Range<Int>) {
        plainRange = range
        folded = TextFolder.fold(String(decoding: plain[range], as: UTF8.self))
        tokens = PolicyTokenizer.tokens(of: folded.bytes)
        numbers = PolicyNumber.groups(in: tokens, folded: folded)
    }

    /// The sentence as the policy writes it, white space collapsed.
    var quote: String {
        PolicySentence.normalizedSpacing(folded.original)
    }

    /// `text` with white space collapsed and byte-order marks dropped; ZWNJ and everything else kept.
    static func normalizedSpacing(_ text: String) -> String {
        text.filter { $0 != "\u{FEFF}" }.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The most words the sentence may have to be a row of a list: more when it is a table's row, its
    /// cells set apart by commas (as markup and Markdown tables are read).
    var longestRow: Int {
        let cellBreaks = tokens.filter { $0.kind == .mark && ($0.text == "،" || $0.text == ",") }.count
        return cellBreaks >= 2 ? PolicyText.longestTableRow : PolicyText.longestRow
    }

    /// A customer's own words about a message they received ("پیامکی از شماره N دریافت کرده‌ام؛ آیا معتبر
    /// است؟", "I got a text from N, is it yours?"): its numbers are examples. A shop says "we", never "I".
    var quotesAReceivedMessage: Bool {
        let words = words
        let received = [["دریافت", "کردهام"], ["دریافت", "کردم"], ["برایم", "آمده"], ["برام", "اومده"], ["گرفتم"], ["گرفتهام"], ["i", "got"], ["i", "received"]]
        return received.contains { words.containsRun($0) }
    }

    /// "ما … هیچ خط پیامکی نداریم": the shop says it has no SMS line at all, with no number and no
    /// exception in the sentence ("هیچ خطی جز N نداریم" names one).
    var saysShopHasNoLine: Bool {
        let words = words
        guard numbers.isEmpty, let none = words.firstIndex(of: "هیچ"), let verb = words.firstIndex(of: "نداریم"), none < verb,
              !words.contains(where: { ["جز", "بجز", "غیر", "except"].contains($0) }) else { return false }
        let between = words[(none + 1)..<verb]
        return between.contains { ["خط", "خطی", "سرشماره", "سرشمارهای"].contains($0) } && between.contains { $0.hasPrefix("پیامک") || $0.hasPrefix("سرشماره") }
    }

    /// Whether the sentence ends with a full stop (after its last word, marks such as quotes aside).
    var endsWithFullStop: Bool {
        let tail = folded.text.unicodeScalars.reversed().prefix { " .)»\"".unicodeScalars.contains($0) }
        return tail.contains(".")
    }

    /// The folded words of the sentence, in order.
    var words: [String] { tokens.filter { $0.kind == .word || $0.kind == .latin }.map(\.text) }

    func contains(anyOf words: Set<String>) -> Bool {
        tokens.contains { ($0.kind == .word || $0.kind == .latin) && words.contains($0.text) }
    }

    func contains(phrase: [String]) -> Bool {
        words.containsRun(phrase)
    }

    /// A row of a list or table that a sentence about SMS introduced.
    var isInSMSList = false
    /// Set on the answer to a question about SMS ("Which numbers will you text me from?" → "Order
    /// confirmations come from N.") and on the first sentences of a section headed by SMS ("۳. اطلاع‌رسانی
    /// پیامکی" → "… از خط اختصاصی N استفاده می‌کند"): they speak of SMS without saying so again.
    var continuesSMSTopic = false
    /// Set on the sentences of a section headed by a survey word ("۶. نظرسنجی"): a single line they name
    /// is the survey's.
    var isUnderSurveyHeading = false

    /// Whether the sentence asks: it ends with "?" or "؟".
    var isQuestion: Bool {
        guard let last = tokens.last, last.kind == .mark else { return false }
        return last.text == "?" || last.text == "؟"
    }

    /// A short sentence with a number: a row of a list or table.
    var isRow: Bool { !numbers.isEmpty && words.count <= longestRow }
    /// A sentence with a number no longer than a table's row.
    var mayBeTableRow: Bool { !numbers.isEmpty && words.count <= PolicyText.longestTableRow }

    /// Another row of the same table, however long its remark: both open with the same column label
    /// before their numbers ("سرشماره یا تلفن N، …").
    func sharesColumnLabel(with other: PolicySentence) -> Bool {
        guard let number = numbers.first, let otherNumber = other.numbers.first else { return false }
        let label = tokens[..<number.tokenRange.lowerBound].filter { $0.kind == .word }.map(\.text)
        return !label.isEmpty && label == other.tokens[..<otherNumber.tokenRange.lowerBound].filter { $0.kind == .word }.map(\.text)
    }

    /// "… در جدول زیر", "the lines below": a list follows.
    var pointsDown: Bool { words.contains { ["زیر", "below", "following"].contains($0) } }
    /// "… جدول بالا", "خارج از این جدول", "سه سرشماره اول جدول", "the table above": the list came before.
    /// A table named with no "below" is one already read.
    var pointsUp: Bool {
        words.contains { ["بالا", "above", "فوق"].contains($0) } || (words.contains { ["جدول", "table"].contains($0) } && !pointsDown)
    }

    /// "شماره‌های رسمی ما", "our lines": the sentence speaks of numbers or lines.
    var namesLines: Bool {
        words.contains { $0.hasPrefix("شماره") || $0.hasPrefix("سرشماره") || ["خط", "خطوط", "numbers", "lines"].contains($0) }
    }

    /// A table's header row: a few words in cells (read with commas between them), no number.
    var isTableHeader: Bool {
        numbers.isEmpty && words.count <= 6 && tokens.filter { $0.kind == .mark && ($0.text == "," || $0.text == "،") }.count >= 2
    }

    /// A title over a list of lines, with no colon: "۳. سرشماره‌های پیامکی شرکت‌های گروه".
    var headsList: Bool {
        numbers.isEmpty && words.count <= 6 && !endsWithFullStop && !isQuestion && mentionsSMS && namesLines
    }

    /// Whether a colon opens a list: "… از سرشماره‌های زیر ارسال می‌شود:". The colon of a paragraph's
    /// label ("SMS: we send order texts from N and surveys from M.") opens none: a word or two before
    /// it, and a whole sentence after. A sentence pointing down opens one without a colon.
    var introducesList: Bool {
        if pointsDown { return true }
        return tokens.indices.contains { index in
            guard tokens[index].kind == .mark && tokens[index].text == ":" else { return false }
            let wordsBefore = tokens[..<index].filter { $0.kind == .word || $0.kind == .latin }.count
            let wordsAfter = tokens[(index + 1)...].filter { $0.kind == .word || $0.kind == .latin }.count
            // "- شهرستان: پست پیشتاز؛ کد رهگیری را شرکت پست پیامک می‌کند.": after an item's short label,
            // a whole sentence, full stop and all, is the item's text and opens nothing.
            if wordsBefore <= 2 && wordsAfter >= 4 && endsWithFullStop { return false }
            return wordsBefore > 2 || wordsAfter <= PolicyText.longestRow
        }
    }

    /// Whether the sentence talks about sending SMS, itself or as a row of a list about it.
    var isAboutSMS: Bool { isInSMSList || continuesSMSTopic || mentionsSMS }

    /// Whether the sentence's own words speak of sending SMS.
    var mentionsSMS: Bool {
        contains(anyOf: PolicyLexicon.smsCues)
            || tokens.contains { $0.kind == .word && ($0.text.hasPrefix("پیامک") || $0.text.hasPrefix("نظرسنجی") || $0.text.hasPrefix("سرشماره")) }
            || PolicyLexicon.smsPhrases.contains { contains(phrase: $0) }
    }
}
