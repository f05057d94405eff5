/// Writes JSON deterministically: keys in the order given, two-space indentation when pretty, non-ASCII
/// text as UTF-8 (Persian stays readable), and only the escapes JSON requires.
public enum JSONWriter {
    /// The JSON text of `value`; pretty output ends with a newline.
    public static func string(_ value: JSONValue, pretty: Bool) -> String {
        var bytes: [UInt8] = []
        append(value, to: &bytes, pretty: pretty, indent: 0)
        if pretty { bytes.append(0x0A) }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func append(_ value: JSONValue, to out: inout [UInt8], pretty: Bool, indent: Int) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .string(let text): appendString(text, to: &out)
        case .array(let elements):
            appendContainer(elements, open: "[", close: "]", to: &out, pretty: pretty, indent: indent) { element, out in
                append(element, to: &out, pretty: pretty, indent: indent + 1)
            }
        case .object(let members):
            appendContainer(members, open: "{", close: "}", to: &out, pretty: pretty, indent: indent) { member, out in
                appendString(member.0, to: &out)
                out.append(contentsOf: pretty ? ": ".utf8 : ":".utf8)
                append(member.1, to: &out, pretty: pretty, indent: indent + 1)
            }
        }
    }

    private static func appendContainer<Element>(
        _ elements: [Element], open: Unicode.Scalar, close: Unicode.Scalar, to out: inout [UInt8],
        pretty: Bool, indent: Int, appendElement: (Element, inout [UInt8]) -> Void
    ) {
        out.append(UInt8(open.value))
        for (index, element) in elements.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            if pretty { newline(indent + 1, &out) }
            appendElement(element, &out)
        }
        if pretty && !elements.isEmpty { newline(indent, &out) }
        out.append(UInt8(close.value))
    }

    private static func newline(_ indent: Int, _ out: inout [UInt8]) {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    /// Appends `text` as a quoted JSON string.
    public static func appendString(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendString($0, to: &out) }
    }

    /// Appends UTF-8 bytes as a quoted JSON string.
    ///
    /// Runs of bytes that need no escape are copied whole: almost every byte of a message is one.
    public static func appendString(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var runStart = 0
        for index in bytes.indices where bytes[index] < 0x20 || bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "\\") {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            appendEscaped(bytes[index], to: &out)
            runStart = index + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        out.append(UInt8(ascii: "\""))
    }

    private static func appendEscaped(_ byte: UInt8, to out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        default:
            out.append(contentsOf: "\\u00".utf8)
            out.append(hexDigit(byte >> 4))
            out.append(hexDigit(byte & 0xF))
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
