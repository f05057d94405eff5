/// A policy saved as JSON (a CMS export, a page's data file) writes its line breaks and quotes as escapes
/// inside strings: "ایمیل عمومی: …\nگزارش پیامک جعلی: …". Decoding them gives the lines back, so a
/// label and its address stay one sentence and the next label starts another.
enum JSONEscapes {
    /// The text with `\n`, `\t`, `\"`, `\\`, `\/` and `\uXXXX` decoded, with each byte's source offset;
    /// nil when the source does not look like JSON.
    static func decoded(_ source: [UInt8]) -> MarkupStripper.Output? {
        guard looksLikeJSON(source) else { return nil }
        var output = MarkupStripper.Output()
        var index = 0
        while index < source.count {
            let byte = source[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < source.count else {
                output.append(byte, from: index)
                index += 1
                continue
            }
            let escape = source[index + 1]
            switch escape {
            case UInt8(ascii: "n"), UInt8(ascii: "r"): output.append(0x0A, from: index)
            case UInt8(ascii: "t"): output.append(0x20, from: index)
            case UInt8(ascii: "u"):
                if let (scalar, length) = unicodeEscape(in: source, at: index) {
                    var encoded: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
                    let count = UTF8Scalar.encode(scalar, into: &encoded)
                    withUnsafeBytes(of: encoded) { output.append($0.prefix(count), from: index) }
                    index += length
                    continue
                }
                output.append(byte, from: index)
                output.append(escape, from: index + 1)
            default: output.append(escape, from: index)  // \" \\ \/ stand for themselves
            }
            index += 2
        }
        return output
    }

    /// A document that opens with `{` or `[` and has a `":` key separator.
    static func looksLikeJSON(_ source: [UInt8]) -> Bool {
        guard let first = source.first(where: { ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) }),
              first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else { return false }
        return zip(source, source.dropFirst()).contains { $0 == UInt8(ascii: "\"") && $1 == UInt8(ascii: ":") }
    }

    /// `\uXXXX`, or a surrogate pair of two, at `index`: the scalar and the escape's length in bytes.
    private static func unicodeEscape(in source: [UInt8], at index: Int) -> (UInt32, Int)? {
        guard let high = hexUnit(in: source, at: index) else { return nil }
        if (0xD800..<0xDC00).contains(high), let low = hexUnit(in: source, at: index + 6), (0xDC00..<0xE000).contains(low) {
            return (0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00), 12)
        }
        return (0xD800..<0xE000).contains(high) ? (0xFFFD, 6) : (high, 6)
    }

    private static func hexUnit(in source: [UInt8], at index: Int) -> UInt32? {
        guard index + 6 <= source.count, source[index] == UInt8(ascii: "\\"), source[index + 1] == UInt8(ascii: "u") else { return nil }
        var value: UInt32 = 0
        for byte in source[(index + 2)..<(index + 6)] {
            guard let digit = UInt32(String(UnicodeScalar(byte)), radix: 16) else { return nil }
            value = value << 4 | digit
        }
        return value
    }
}
