/// Turns the HTML or JSX of a saved policy page into its text, remembering where each byte came from.
///
/// Block elements become line breaks and, in a page built of them, so do line breaks of the source become
/// spaces (outside `<pre>`); inline elements vanish without a space (a clause split across `<span>`s reads
/// as one sentence), `<script>`, `<style>` and comments are dropped, character
/// references are decoded, and in JSX `{" "}` becomes its string while other `{…}` expressions go.
/// Addresses in `href="mailto:…"` are kept as text, so a report address only linked is still found.
struct MarkupStripper {
    /// The text, and for each of its bytes the offset in the markup it came from.
    struct Output {
        var text: [UInt8] = []
        var sourceOffsets: [Int32] = []

        mutating func append(_ byte: UInt8, from offset: Int) {
            text.append(byte)
            sourceOffsets.append(Int32(offset))
        }

        mutating func append(_ bytes: some Sequence<UInt8>, from offset: Int) {
            for byte in bytes { append(byte, from: offset) }
        }
    }

    /// Elements that end a line of text. `<br>` is not one: inside a paragraph it only wraps a sentence.
    static let blockElements: Set<String> = [
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "section", "article", "header", "footer", "aside", "main", "blockquote", "pre", "hr",
        "dl", "address", "form", "title", "figure", "figcaption", "fragment",
    ]
    /// Elements that separate words on one line: a table cell keeps its row's label next to its value.
    static let inlineSeparators: Set<String> = ["br", "td", "th"]
    /// Elements whose text is no part of the policy: code, styles, the page's head, and its menus (a
    /// menu's "سؤالات متداول | تماس" would read as the page's title). A `<noscript>` is read: a page built
    /// by scripts may give its readers the policy there.
    static let skippedElements: Set<String> = ["script", "style", "svg", "head", "nav"]

    private let bytes: [UInt8]
    private let isJSX: Bool
    /// A page laid out by block elements: its source's line breaks are only spaces. Text with a few
    /// inline tags (Markdown with a `<br>`) keeps its lines.
    private let lineBreaksAreSpaces: Bool
    private var position = 0
    private var output = Output()
    private var table = TableLabels()
    /// How many `<address>` elements are open: a contact block's `<br>`s part its lines ("تلفن: …<br>
    /// سرشماره‌های پیامکی: …").
    private var addressDepth = 0
    /// How many `<pre>` elements are open: their line breaks are lines.
    private var preformattedDepth = 0
    private var joinsSourceLines: Bool { lineBreaksAreSpaces && preformattedDepth == 0 }

    /// The header cells of the table being read, written again before each cell of its rows, so that a
    /// value keeps its column's label: a row "۱ | ۵۰۰۰۱۳۵۷۹۲ | تبلیغات" under the header "ردیف | سرشماره | کاربرد"
    /// reads "ردیف ۱ ، سرشماره ۵۰۰۰۱۳۵۷۹۲ ، کاربرد تبلیغات", as a person reads the table.
    private struct TableLabels {
        /// Labels of the columns, from a row of header cells only.
        var columns: [[UInt8]] = []
        var rowHeaders: [[UInt8]] = []
        var rowHasDataCell = false
        var cellIndex = 0
        /// Where the text of the header cell being read starts in the output.
        var headerStart: Int?
    }

    /// Whether `text` looks like markup rather than plain text.
    static func looksLikeMarkup(_ text: [UInt8]) -> Bool {
        var tags = 0
        for index in 0..<max(0, text.count - 2) where text[index] == UInt8(ascii: "<") {
            let next = text[index + 1]
            if next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || isASCIILetter(next) {
                tags += 1
                if tags >= 2 { return true }
            }
        }
        return false
    }

    static func strip(_ text: [UInt8]) -> Output {
        let jsx = contains(text, "className=") || contains(text, "{\" \"}") || contains(text, "{' '}")
        let hasBlocks = blockElements.contains { contains(text, "<\($0)>") || contains(text, "<\($0) ") }
        var stripper = MarkupStripper(bytes: text, isJSX: jsx, lineBreaksAreSpaces: jsx || hasBlocks)
        stripper.run()
        return stripper.output
    }

    private init(bytes: [UInt8], isJSX: Bool, lineBreaksAreSpaces: Bool) {
        self.bytes = bytes
        self.isJSX = isJSX
        self.lineBreaksAreSpaces = lineBreaksAreSpaces
    }

    private mutating func run() {
        if isJSX {
            // JavaScript before the first element (imports, `function Page() { return (`) is no text.
            position = firstElementStart() ?? bytes.count
        }
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "<"): readMarkup()
            case UInt8(ascii: "&"): readReference()
            case UInt8(ascii: "{") where isJSX: readExpression()
            case 0x0A where joinsSourceLines, 0x0D where joinsSourceLines:
                // A line break in a page's source is a space, as a browser shows it (and JSX joins wrapped
                // lines): a sentence wrapped inside a `<li>` is still one sentence.
                output.append(0x20, from: position)
                position += 1
            default:
                output.append(byte, from: position)
                position += 1
            }
        }
    }

    private mutating func readMarkup() {
        let start = position
        if starts(with: "<!--") {
            position = index(after: "-->", from: position + 4) ?? bytes.count
            return
        }
        let next = position + 1 < bytes.count ? bytes[position + 1] : 0
        if let address = autolink(at: position) {
            // "<abuse@shop.ir>", "<https://shop.ir>": Markdown's and mail's way of writing an address.
            output.append(address, from: position + 1)
            position += address.count + 2
            return
        }
        guard next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") || Self.isASCIILetter(next) else {
            output.append(UInt8(ascii: "<"), from: position)
            position += 1
            return
        }
        let tag = readTag()
        if Self.skippedElements.contains(tag.name) && !tag.isClosing && !tag.isSelfClosing {
            let end = index(after: "</\(tag.name)", from: position).flatMap { index(after: ">", from: $0) } ?? bytes.count
            if tag.name == "head" { appendTitle(before: end) }
            if tag.name == "head" || tag.name == "script" { appendStructuredAnswers(from: start, before: end) }
            position = end
            return
        }
        readTableStructure(tag.name, isClosing: tag.isClosing, at: start)
        if tag.name == "pre" && !tag.isSelfClosing { preformattedDepth = max(0, preformattedDepth + (tag.isClosing ? -1 : 1)) }
        if tag.name == "address" && !tag.isSelfClosing { addressDepth = max(0, addressDepth + (tag.isClosing ? -1 : 1)) }
        for inline in [tag.mailto, tag.expansion].compactMap({ $0 }) {
            output.append(UInt8(ascii: " "), from: start)
            output.append(inline.utf8, from: start)
            output.append(UInt8(ascii: " "), from: start)
        }
        for text in tag.shown {
            output.append(0x0A, from: start)
            output.append(text.utf8, from: start)
            output.append(0x0A, from: start)
        }
        if Self.blockElements.contains(tag.name) {
            output.append(0x0A, from: start)
        } else if tag.name == "dt" || tag.name == "dd" {
            // A definition list's term and definition are one line, read as "label: value"
            // ("<dt>خط ارسال پیامک</dt><dd>N</dd>"); each term starts a line.
            if !tag.isClosing { output.append(tag.name == "dt" ? [0x0A] : Array(" : ".utf8), from: start) }
        } else if Self.inlineSeparators.contains(tag.name) {
            let breaksLine = tag.name == "br" && (addressDepth > 0 || opensListItem(at: position))
            output.append(breaksLine ? 0x0A : 0x20, from: start)
        }
    }

    /// Whether the source at `index` (white space skipped) opens an item of a list written with `<br>`
    /// between items: "۲) …", "3- …", "• …". A `<br>` there ends a line, as the list's writer meant.
    private func opensListItem(at index: Int) -> Bool {
        var position = index
        while position < bytes.count && [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
        var digits = 0
        while position < bytes.count && digits < 3 {
            if bytes[position] &- 0x30 < 10 {
                position += 1
            } else if position + 1 < bytes.count && (bytes[position] == 0xDB && bytes[position + 1] &- 0xB0 < 10
                || bytes[position] == 0xD9 && bytes[position + 1] &- 0xA0 < 10) {
                position += 2  // Persian and Arabic-Indic digits
            } else {
                break
            }
            digits += 1
        }
        guard position + 1 < bytes.count else { return false }
        if digits > 0 { return [UInt8(ascii: ")"), UInt8(ascii: "-"), UInt8(ascii: ".")].contains(bytes[position]) && bytes[position + 1] == 0x20 }
        return bytes[position...].starts(with: Array("• ".utf8)) || bytes[position...].starts(with: Array("- ".utf8))
    }

    /// Separates the cells of a row with a comma (digits in neighbouring cells are not one number, and
    /// "|" would end the sentence) and puts each data cell's column label before it.
    private mutating func readTableStructure(_ name: String, isClosing: Bool, at start: Int) {
        switch (name, isClosing) {
        case ("table", _):
            table = TableLabels()
        case ("tr", false):
            table.cellIndex = 0
            table.rowHeaders = []
            table.rowHasDataCell = false
        case ("tr", true):
            if !table.rowHasDataCell && table.rowHeaders.count >= 2 { table.columns = table.rowHeaders }
        case ("th", false), ("td", false):
            if table.cellIndex > 0 { output.append(" ، ".utf8, from: start) }
            if name == "th" {
                table.headerStart = output.text.count
            } else {
                table.rowHasDataCell = true
                if table.cellIndex < table.columns.count {
                    output.append(0x20, from: start)
                    output.append(table.columns[table.cellIndex], from: start)
                    output.append(0x20, from: start)
                }
            }
            table.cellIndex += 1
        case ("th", true):
            if let headerStart = table.headerStart, headerStart <= output.text.count {
                // "برای چه؟" heads a column: repeated before each cell, its question mark would end the row.
                let isTrimmed = { (byte: UInt8) in byte == 0x20 || byte == 0x0A || byte == UInt8(ascii: "?") }
                var label = Array(output.text[headerStart...].drop { $0 == 0x20 || $0 == 0x0A }.reversed().drop(while: isTrimmed).reversed())
                if label.suffix(2) == [0xD8, 0x9F] { label.removeLast(2) }  // "؟"
                table.rowHeaders.append(label)
            }
            table.headerStart = nil
        default:
            break
        }
    }

    /// The address between `<` at `index` and the next `>`, when that is all there is: an e-mail address
    /// or a URL with a scheme, with no space, quote or `=` that a tag would have.
    private func autolink(at index: Int) -> [UInt8]? {
        guard let close = bytes[(index + 1)...].prefix(255).firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let inner = Array(bytes[(index + 1)..<close])
        guard !inner.contains(where: { $0 <= 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "<") }),
              let first = inner.first, Self.isASCIILetter(first) else { return nil }
        let isEmail = inner.contains(UInt8(ascii: "@")) && !inner.contains(UInt8(ascii: "/"))
        let isURL = inner.starts(with: Array("http://".utf8)) || inner.starts(with: Array("https://".utf8))
        return isEmail || isURL ? inner : nil
    }

    /// Reads a tag from `<` to its `>`, honouring quoted attribute values.
    /// Attributes whose text a reader sees: an image's `alt` when it does not load, a `title` on hover. A
    /// page may put its SMS clause there ("<img alt="خطوط رسمی پیامک ما: N …">").
    private static let shownAttributes: Set<String> = ["alt", "title"]

    private mutating func readTag() -> (name: String, isClosing: Bool, isSelfClosing: Bool, mailto: String?, shown: [String], expansion: String?) {
        position += 1
        let isClosing = position < bytes.count && bytes[position] == UInt8(ascii: "/")
        if isClosing { position += 1 }
        let nameStart = position
        while position < bytes.count, Self.isASCIILetter(bytes[position]) || (bytes[position] >= 0x30 && bytes[position] <= 0x39) {
            position += 1
        }
        let name = String(decoding: bytes[nameStart..<position], as: UTF8.self).lowercased()
        var mailto: String?
        var shown: [String] = []
        var expansion: String?
        var quote: UInt8 = 0
        var valueStart = 0
        var attribute = ""
        var isSelfClosing = false
        while position < bytes.count {
            let byte = bytes[position]
            if quote != 0 {
                if byte == quote {
                    let value = String(decoding: bytes[valueStart..<position], as: UTF8.self)
                    if value.lowercased().hasPrefix("mailto:") { mailto = String(value.dropFirst(7).prefix { $0 != "?" }) }
                    // "<abbr title="30004455">سرشماره‌ی رسمی</abbr>": the expansion stands in the sentence.
                    if name == "abbr" && attribute == "title" {
                        expansion = value
                    } else if Self.shownAttributes.contains(attribute) && value.contains(where: { $0.isLetter }) {
                        shown.append(value)
                    }
                    quote = 0
                }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
                valueStart = position + 1
                attribute = attributeName(before: position)
            } else if byte == UInt8(ascii: ">") {
                isSelfClosing = position > 0 && bytes[position - 1] == UInt8(ascii: "/")
                position += 1
                break
            }
            position += 1
        }
        return (name, isClosing, isSelfClosing, mailto, shown, expansion)
    }

    /// The name of the attribute whose value opens with the quote at `quote`: back over "=" and spaces.
    private func attributeName(before quote: Int) -> String {
        var end = quote
        while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
        guard end > 0 && bytes[end - 1] == UInt8(ascii: "=") else { return "" }
        end -= 1
        while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0 && (Self.isASCIILetter(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: "-")) { start -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
    }

    private static let namedReferences: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0, "zwnj": 0x200C,
        "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F, "laquo": 0xAB, "raquo": 0xBB, "ndash": 0x2013,
        "mdash": 0x2014, "hellip": 0x2026, "shy": 0xAD, "copy": 0xA9, "reg": 0xAE, "middot": 0xB7, "bull": 0x2022,
    ]

    private mutating func readReference() {
        let start = position
        var end = position + 1
        while end < bytes.count, end - position <= 10, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else {
            output.append(UInt8(ascii: "&"), from: position)
            position += 1
            return
        }
        let name = String(decoding: bytes[(position + 1)..<end], as: UTF8.self)
        var scalar: UInt32?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            scalar = UInt32(name.dropFirst(2), radix: 16)
        } else if name.hasPrefix("#") {
            scalar = UInt32(name.dropFirst())
        } else {
            scalar = Self.namedReferences[name.lowercased()]
        }
        guard let value = scalar, let valid = Unicode.Scalar(value) else {
            output.append(UInt8(ascii: "&"), from: position)
            position += 1
            return
        }
        var encoded: [UInt8] = []
        UTF8Scalar.append(valid.value, to: &encoded)
        output.append(encoded, from: start)
        position = end + 1
    }

    /// Reads a JSX `{…}` expression: string literals inside are text, the rest is dropped.
    private mutating func readExpression() {
        var depth = 0
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "{"): depth += 1; position += 1
            case UInt8(ascii: "}"):
                depth -= 1
                position += 1
                if depth == 0 { return }
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"):
                position += 1
                while position < bytes.count, bytes[position] != byte {
                    output.append(bytes[position], from: position)
                    position += 1
                }
                position += 1
            default: position += 1
            }
        }
    }

    /// The index of the first `<` that opens an element.
    private func firstElementStart() -> Int? {
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "<") && Self.isASCIILetter(bytes[index + 1]) { return index }
            index += 1
        }
        return nil
    }

    private func starts(with prefix: String) -> Bool {
        let utf8 = Array(prefix.utf8)
        return position + utf8.count <= bytes.count && bytes[position..<(position + utf8.count)].elementsEqual(utf8)
    }

    /// The index just past the next case-insensitive occurrence of `needle` at or after `from`.
    /// The `<title>` in the page's head, on a line of its own: an English page may name its shop nowhere
    /// else as plainly ("Privacy Policy — Rooz Market").
    private mutating func appendTitle(before end: Int) {
        guard let open = index(after: "<title", from: position), open < end, let textStart = index(after: ">", from: open),
              let close = index(after: "</title", from: textStart), close <= end else { return }
        let textEnd = close - "</title".utf8.count
        output.append(0x0A, from: textStart)
        for offset in textStart..<textEnd where bytes[offset] != 0x0A && bytes[offset] != 0x0D { output.append(bytes[offset], from: offset) }
        output.append(0x0A, from: textEnd)
    }

    /// The questions and answers of a JSON-LD FAQ (`<script type="application/ld+json">`, its "name" and
    /// "text" strings), each on a line of its own: a page may give its SMS clause only there, for search
    /// engines.
    private mutating func appendStructuredAnswers(from start: Int, before end: Int) {
        var cursor = start
        while let marker = index(after: "application/ld+json", from: cursor), marker < end,
            let open = index(after: ">", from: marker), let close = index(after: "</script", from: open), close <= end {
            let json = Array(bytes[open..<(close - "</script".utf8.count)])
            if let (value, _) = try? json.withUnsafeBufferPointer({ try JSONParser.parseDocument($0) }) {
                for text in Self.answerStrings(in: value) {
                    output.append(0x0A, from: open)
                    output.append(text.utf8, from: open)
                    output.append(0x0A, from: open)
                }
            }
            cursor = close
        }
    }

    private static func answerStrings(in value: JSONValue) -> [String] {
        switch value {
        case .object(let members):
            return members.flatMap { key, member -> [String] in
                if case .string(let text) = member, key == "name" || key == "text" { return [text] }
                return answerStrings(in: member)
            }
        case .array(let items):
            return items.flatMap(answerStrings)
        default:
            return []
        }
    }

    private func index(after needle: String, from: Int) -> Int? {
        let target = Array(needle.lowercased().utf8)
        guard !target.isEmpty, bytes.count >= target.count else { return nil }
        var index = from
        while index + target.count <= bytes.count {
            var matches = true
            for offset in 0..<target.count where Self.lowercased(bytes[index + offset]) != target[offset] {
                matches = false
                break
            }
            if matches { return index + target.count }
            index += 1
        }
        return nil
    }

    private static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        let target = Array(needle.utf8)
        guard bytes.count >= target.count else { return false }
        return (0...(bytes.count - target.count)).contains { start in
            bytes[start] == target[0] && bytes[start..<(start + target.count)].elementsEqual(target)
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
