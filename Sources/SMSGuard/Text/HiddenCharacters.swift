/// Characters that change how text looks without being seen: zero-width characters and bidi controls.
public enum HiddenCharacters {
    /// Whether `scalar` is invisible: zero-width (U+200B–U+200D, U+2060–U+2064, U+FEFF), a bidi mark or
    /// control (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069), or a soft hyphen.
    public static func isHidden(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x00AD, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Whether `scalar` is suspicious inside a name or link: every hidden character except ZWNJ between
    /// Persian letters, where typing it is ordinary.
    static func isSuspicious(_ scalar: UInt32, inLatin: Bool) -> Bool {
        isHidden(scalar) && (inLatin || scalar != 0x200C)
    }

    /// `text` with every hidden character replaced by a visible tag such as `<RLO>` or `<ZWSP>`, so that
    /// a person (and a mail client) sees what is there. A ZWNJ between two Persian letters is ordinary
    /// typing and stays as it is.
    public static func visible(_ text: String) -> String {
        var result = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar.value == 0x200C, index > 0, index + 1 < scalars.count,
               isPersianLetter(scalars[index - 1].value), isPersianLetter(scalars[index + 1].value) {
                result.unicodeScalars.append(scalar)
            } else if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                continue  // CRLF is a line break like LF
            } else if let name = names[scalar.value] {
                result += "<\(name)>"
            } else if scalar.value < 0x20 && scalar.value != 0x0A && scalar.value != 0x09 {
                result += "<U+\(String(scalar.value, radix: 16, uppercase: true))>"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Arabic-script letters, not digits or punctuation.
    static func isPersianLetter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x0660...0x066D, 0x06F0...0x06F9, 0x060C, 0x061B, 0x061F, 0x06D4: return false
        case 0x0620...0x06FF, 0xFB50...0xFDFF, 0xFE70...0xFEFC: return true
        default: return false
        }
    }

    static let names: [UInt32: String] = [
        0x00AD: "SHY", 0x061C: "ALM", 0x180E: "MVS", 0x200B: "ZWSP", 0x200C: "ZWNJ", 0x200D: "ZWJ", 0x200E: "LRM",
        0x200F: "RLM", 0x202A: "LRE", 0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO", 0x202E: "RLO", 0x2060: "WJ",
        0x2061: "U+2061", 0x2062: "U+2062", 0x2063: "U+2063", 0x2064: "U+2064", 0x2066: "LRI", 0x2067: "RLI",
        0x2068: "FSI", 0x2069: "PDI", 0xFEFF: "ZWNBSP", 0x0000: "NUL",
    ]
}
