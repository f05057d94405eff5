#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes the text of an XML attribute value as exports write it.
///
/// Handles the five predefined entities and numeric character references, including the emoji that
/// SMS Backup & Restore writes as two UTF-16 surrogate references (`&#55357;&#56832;`): a pair becomes
/// one scalar, a lone half becomes U+FFFD and is counted as a repair, as is invalid UTF-8. An unknown
/// entity is kept as written.
enum XMLText {
    /// The decoded value as valid UTF-8 bytes, read straight from the input (one copy, into the result).
    static func decodeBytes(_ bytes: UnsafeBufferPointer<UInt8>, repairs: inout Int) -> [UInt8] {
        guard firstIndex(of: UInt8(ascii: "&"), in: bytes, from: 0) != nil else { return validated(bytes, repairs: &repairs) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var pendingHigh: UInt32?
        var runStart = 0
        func flushHigh() {
            if pendingHigh != nil {
                UTF8Scalar.append(0xFFFD, to: &output)
                repairs += 1
                pendingHigh = nil
            }
        }
        while index < bytes.count {
            // Copy the run up to the next reference at once.
            guard let ampersand = firstIndex(of: UInt8(ascii: "&"), in: bytes, from: index) else { break }
            guard let (value, length) = reference(in: bytes, at: ampersand) else {
                index = ampersand + 1
                continue
            }
            if ampersand > runStart {
                flushHigh()
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<ampersand]))
            }
            index = ampersand + length
            runStart = index
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
        if runStart < bytes.count {
            flushHigh()
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        flushHigh()
        return output.withUnsafeBufferPointer { validated($0, repairs: &repairs) }
    }

    /// The scalar value and length of the reference starting at `index`, or nil if it is none.
    static func reference(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
        var end = index + 1
        while end < bytes.count && end - index <= 12 && bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > index + 1 else { return nil }
        let length = end - index + 1
        if bytes[index + 1] == UInt8(ascii: "#") {
            var cursor = index + 2
            let isHex = cursor < end && (bytes[cursor] == UInt8(ascii: "x") || bytes[cursor] == UInt8(ascii: "X"))
            if isHex { cursor += 1 }
            guard cursor < end else { return nil }
            var value: UInt32 = 0
            while cursor < end {
                guard let digit = digitValue(bytes[cursor], hex: isHex), value < 0x11_0000 else { return nil }
                value = value * (isHex ? 16 : 10) + digit
                cursor += 1
            }
            return (value, length)
        }
        let name = bytes[(index + 1)..<end]
        for (entity, value) in namedEntities where name.elementsEqual(entity) { return (value, length) }
        return nil
    }

    private static let namedEntities: [([UInt8], UInt32)] = [
        (Array("amp".utf8), 0x26), (Array("lt".utf8), 0x3C), (Array("gt".utf8), 0x3E), (Array("quot".utf8), 0x22), (Array("apos".utf8), 0x27),
    ]

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// `bytes` as valid UTF-8: as they are when valid (nearly always), else with U+FFFD for what is
    /// not, counted as one repair.
    static func validated(_ bytes: UnsafeBufferPointer<UInt8>, repairs: inout Int) -> [UInt8] {
        if UTF8Scalar.isValid(bytes) { return Array(bytes) }
        repairs += 1
        return Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    private static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        return memchr(base + start, Int32(byte), bytes.count - start).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
    }
}
