/// Finds contact data that a template left unfilled: "خیابان تست", "Test Street", "آدرس نمونه",
/// "۰۹xx-xxxxxxx".
enum PlaceholderDetector {
    /// The address phrases in `text` that contain a placeholder word, quoted.
    static func addresses(in text: PolicyText) -> [String] {
        var found: [String] = []
        for sentence in text.sentences where sentence.contains(anyOf: PolicyLexicon.addressCues) {
            let words = sentence.tokens.filter { $0.kind == .word || $0.kind == .latin }
            for (index, word) in words.enumerated() where PolicyLexicon.placeholderWords.contains(word.text) {
                let neighbours = words[max(0, index - 2)..<min(words.count, index + 2)]
                guard neighbours.contains(where: { PolicyLexicon.addressCues.contains($0.text) }) else { continue }
                let range = neighbours.first!.range.lowerBound..<neighbours.last!.range.upperBound
                let quote = "address «\(sentence.folded.originalText(of: range))»"
                if !found.contains(quote) { found.append(quote) }
            }
        }
        return found
    }

    /// Numbers a template left masked: digits and runs of "x" ("۰۹xx-xxxxxxx", "021-xxxxxxxx"), quoted.
    static func maskedNumbers(in text: PolicyText) -> [String] {
        var found: [String] = []
        for sentence in text.sentences {
            let bytes = sentence.folded.bytes
            var index = 0
            while index < bytes.count {
                guard isMaskByte(bytes[index]), bytes[index] != 0x20, index == 0 || !isLatinLetter(bytes[index - 1]) else {
                    index += 1
                    continue
                }
                var end = index, digits = 0, masks = 0
                while end < bytes.count && isMaskByte(bytes[end]) {
                    if bytes[end] == UInt8(ascii: "x") { masks += 1 } else if bytes[end] != 0x20 && bytes[end] != UInt8(ascii: "-") { digits += 1 }
                    end += 1
                }
                if digits >= 2 && masks >= 3 && !(end < bytes.count && isLatinLetter(bytes[end])) {
                    while end > index && (bytes[end - 1] == 0x20 || bytes[end - 1] == UInt8(ascii: "-")) { end -= 1 }
                    let quote = "number \(sentence.folded.originalText(of: index..<end))"
                    if !found.contains(quote) { found.append(quote) }
                }
                index = end + 1
            }
        }
        return found
    }

    /// Fields a template left to fill in brackets: "[شماره واتس‌اپ]", "[ایمیل]", "{phone}"; not a Markdown
    /// link's text ("[ایمیل ما](mailto:…)"), quoted.
    static func bracketedFields(in text: PolicyText) -> [String] {
        var found: [String] = []
        for sentence in text.sentences {
            let folded = sentence.folded.text
            var rest = folded[...]
            while let open = rest.firstIndex(where: { $0 == "[" || $0 == "{" }) {
                let close: Character = folded[open] == "[" ? "]" : "}"
                guard let end = folded[open...].firstIndex(of: close) else { break }
                let inside = folded[folded.index(after: open)..<end].split(separator: " ").map(String.init)
                let after = folded.index(after: end)
                let isLink = after < folded.endIndex && folded[after] == "("
                if !isLink, (1...4).contains(inside.count), inside.contains(where: fieldWords.contains) {
                    let quote = "field \(folded[open...end])"
                    if !found.contains(quote) { found.append(quote) }
                }
                rest = folded[after...]
            }
        }
        return found
    }

    private static let fieldWords = PolicyLexicon.folded([
        "شماره", "ایمیل", "تلفن", "آدرس", "نشانی", "رایانامه", "email", "e-mail", "phone", "number", "address", "mail",
    ])

    private static func isMaskByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "x") || byte == UInt8(ascii: "-") || byte == 0x20
    }

    private static func isLatinLetter(_ byte: UInt8) -> Bool {
        byte >= 0x61 && byte <= 0x7A
    }
}
