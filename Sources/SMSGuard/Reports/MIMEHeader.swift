/// Writing mail headers that no input can break: RFC 5322 folding at 78 characters, RFC 2047 encoded
/// words for anything not plain ASCII, and values cleaned of line breaks, NUL and other control and
/// invisible characters, so no sender, text or reporter can add a header.
enum MIMEHeader {
    static let lineLimit = 78

    /// `Name: value`, folded, with CRLF; the value is cleaned and encoded as needed.
    static func field(_ name: String, _ value: String) -> String {
        let clean = sanitized(value)
        let words = clean.split(separator: " ").map(String.init)
        // Plain ASCII folds at its spaces; anything else, a word too long for a line, or text that looks
        // like an encoded word (which a mail client would decode) goes encoded.
        let width = lineLimit - name.count - 2
        let isPlain = clean.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F } && !clean.contains("=?")
        if isPlain && words.allSatisfy({ $0.count <= width }) {
            return folded(name: name, words: words)
        }
        return folded(name: name, words: encodedWords(clean, width: width))
    }

    /// An address field: `Display Name <local@domain>`, the name encoded if it needs to be.
    static func address(_ name: String, display: String?, email: String) -> String {
        let cleanEmail = sanitized(email).filter { !$0.isWhitespace && $0 != "<" && $0 != ">" && $0 != "," && $0 != ";" && $0 != "\"" }
        guard let display = display.map(sanitized), !display.isEmpty else { return "\(name): <\(cleanEmail)>\r\n" }
        let quotedName: [String]
        let isSimple = display.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == " " || $0.properties.numericType != nil) }
        if isSimple && display.count <= 40 {
            quotedName = ["\"\(display)\""]
        } else {
            quotedName = encodedWords(display, width: lineLimit - name.count - 2)  // folds, whatever its length
        }
        return folded(name: name, words: quotedName + ["<\(cleanEmail)>"])
    }

    /// The value with everything that could end or hide a header line removed: CR, LF, NUL, other
    /// controls, and bidi or zero-width characters; runs of spaces become one.
    static func sanitized(_ value: String) -> String {
        var result = ""
        var lastWasSpace = false
        for scalar in value.unicodeScalars {
            let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
            if isControl || HiddenCharacters.isHidden(scalar.value) && scalar.value != 0x200C || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                if !lastWasSpace && !result.isEmpty { result.append(" ") }
                lastWasSpace = true
                continue
            }
            if scalar == " " {
                if lastWasSpace { continue }
                lastWasSpace = true
            } else {
                lastWasSpace = false
            }
            result.unicodeScalars.append(scalar)
        }
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }

    /// RFC 2047 B-encoded words of UTF-8 text, each at most `width` (and 75) characters, so that even the
    /// first fits on the header's own line; a character is never split between words.
    static func encodedWords(_ text: String, width: Int = 75) -> [String] {
        let prefix = "=?UTF-8?B?", suffix = "?="
        let maxPayload = (min(width, 75) - prefix.count - suffix.count) / 4 * 3  // bytes that fit as base64
        var words: [String] = []
        var chunk: [UInt8] = []
        for scalar in text.unicodeScalars {
            var encoded: [UInt8] = []
            UTF8Scalar.append(scalar.value, to: &encoded)
            if chunk.count + encoded.count > maxPayload {
                words.append(prefix + String(decoding: Base64.encode(chunk), as: UTF8.self) + suffix)
                chunk = []
            }
            chunk += encoded
        }
        if !chunk.isEmpty { words.append(prefix + String(decoding: Base64.encode(chunk), as: UTF8.self) + suffix) }
        return words
    }

    /// Joins words after `Name: `, starting a continuation line (CRLF and a space) before a word that
    /// would pass the line limit. Words are at most 75 characters, so every line fits in 78.
    static func folded(name: String, words: [String]) -> String {
        var lines: [String] = []
        var line = name + ":"
        for word in words {
            if line.count + 1 + word.count > lineLimit && line.count > name.count + 1 {
                lines.append(line)
                line = ""
            }
            line += " " + word
        }
        lines.append(line)
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
