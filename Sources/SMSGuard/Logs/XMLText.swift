/// Decodes the text of an XML attribute value as exports write it.
///
/// Handles the five predefined entities and numeric character references, including the emoji that
/// SMS Backup & Restore writes as two UTF-16 surrogate references (`&#55357;&#56832;`): a pair becomes
/// one scalar, a lone half becomes U+FFFD and is counted as a repair, as is invalid UTF-8. An unknown
/// entity is kept as written.
enum XMLText {
    static func decode(_ bytes: [UInt8], repairs: inout Int) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return validated(bytes, repairs: &repairs) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var pendingHigh: UInt32?
        func flushHigh() {
            if pendingHigh != nil {
                UTF8Scalar.append(0xFFFD, to: &output)
                repairs += 1
                pendingHigh = nil
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&"), let (value, length) = reference(in: bytes, at: index) else {
                flushHigh()
                output.append(byte)
                index += 1
                continue
            }
            index += length
            switch value {
            case 0xD800...0xDBFF:
                flushHigh()
                pendingHigh = value
            case 0xDC00...0xDFFF:
                if let high = pendingHigh {
                    UTF8Scalar.append(0x10000 + ((high - 0xD800) << 10) + (value - 0xDC00), to: &output)
                    pendingHigh = nil
                } else {
                    UTF8Scalar.append(0xFFFD, to: &output)
                    repairs += 1
                }
            default:
                flushHigh()
                if value == 0 || value > 0x10FFFF {
                    UTF8Scalar.append(0xFFFD, to: &output)
                    repairs += 1
                } else {
                    UTF8Scalar.append(value, to: &output)
                }
            }
        }
        flushHigh()
        return validated(output, repairs: &repairs)
    }

    /// The scalar value and length of the reference starting at `index`, or nil if it is none.
    static func reference(in bytes: [UInt8], at index: Int) -> (UInt32, Int)? {
        var end = index + 1
        while end < bytes.count && end - index <= 12 && bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > index + 1 else { return nil }
        let name = bytes[(index + 1)..<end]
        let length = end - index + 1
        if name.first == UInt8(ascii: "#") {
            let digits = name.dropFirst()
            let isHex = digits.first == UInt8(ascii: "x") || digits.first == UInt8(ascii: "X")
            let text = String(decoding: isHex ? digits.dropFirst() : digits, as: UTF8.self)
            guard let value = UInt32(text, radix: isHex ? 16 : 10) else { return nil }
            return (value, length)
        }
        switch String(decoding: name, as: UTF8.self) {
        case "amp": return (0x26, length)
        case "lt": return (0x3C, length)
        case "gt": return (0x3E, length)
        case "quot": return (0x22, length)
        case "apos": return (0x27, length)
        default: return nil
        }
    }

    static func validated(_ bytes: [UInt8], repairs: inout Int) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        repairs += 1
        return String(decoding: bytes, as: UTF8.self)
    }
}
