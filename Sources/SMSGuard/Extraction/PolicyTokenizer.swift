/// A word, number, address or mark in a folded policy sentence.
struct PolicyToken: Equatable {
    enum Kind: Equatable {
        /// Persian (or other non-Latin) letters.
        case word
        /// ASCII letters.
        case latin
        /// ASCII digits.
        case number
        case email
        case url
        /// One punctuation character.
        case mark
    }

    let kind: Kind
    /// The folded text.
    let text: String
    /// Byte range in the folded sentence.
    let range: Range<Int>
}

/// Splits folded text into tokens. Digits glued to letters ("200053467شماره") are separate tokens.
enum PolicyTokenizer {
    static func tokens(of bytes: [UInt8]) -> [PolicyToken] {
        let addresses = findAddresses(in: bytes)
        var tokens: [PolicyToken] = []
        var index = 0
        var nextAddress = 0
        while index < bytes.count {
            if nextAddress < addresses.count, addresses[nextAddress].range.lowerBound == index {
                tokens.append(addresses[nextAddress])
                index = addresses[nextAddress].range.upperBound
                nextAddress += 1
                continue
            }
            let byte = bytes[index]
            let start = index
            let kind: PolicyToken.Kind
            if byte == 0x20 {
                index += 1
                continue
            } else if isDigit(byte) {
                kind = .number
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            } else if isLatinLetter(byte) {
                kind = .latin
                while index < bytes.count, isLatinLetter(bytes[index]) { index += 1 }
            } else if byte >= 0x80, isLetter(bytes, at: index) {
                kind = .word
                while index < bytes.count, bytes[index] >= 0x80, isLetter(bytes, at: index) {
                    index += UTF8Scalar.length(lead: bytes[index])
                }
            } else {
                kind = .mark
                index += byte < 0x80 ? 1 : UTF8Scalar.length(lead: byte)
            }
            index = min(index, bytes.count)
            while nextAddress < addresses.count, addresses[nextAddress].range.lowerBound < index {
                nextAddress += 1  // an address that starts inside this token is not an address
            }
            tokens.append(PolicyToken(kind: kind, text: String(decoding: bytes[start..<index], as: UTF8.self), range: start..<index))
        }
        return tokens
    }

    /// Emails, URLs with a scheme or `www.`, and bare domains with a Latin top-level label.
    static func findAddresses(in bytes: [UInt8]) -> [PolicyToken] {
        var found: [PolicyToken] = []
        var index = 0
        while index < bytes.count {
            let isStart = index == 0 || !isHostCharacter(bytes[index - 1])
            if isStart, isHostCharacter(bytes[index]), let token = address(in: bytes, at: index) {
                found.append(token)
                index = token.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private static func address(in bytes: [UInt8], at start: Int) -> PolicyToken? {
        if hasPrefix(bytes, at: start, "http://") || hasPrefix(bytes, at: start, "https://") {
            var end = start
            while end < bytes.count, bytes[end] > 0x20, bytes[end] < 0x80 { end += 1 }
            end = trimmedEnd(bytes, start, end)
            return PolicyToken(kind: .url, text: String(decoding: bytes[start..<end], as: UTF8.self), range: start..<end)
        }
        var end = start
        while end < bytes.count, isLocalCharacter(bytes[end]) { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "@") {
            var domainEnd = end + 1
            while domainEnd < bytes.count, isHostCharacter(bytes[domainEnd]) { domainEnd += 1 }
            domainEnd = trimmedEnd(bytes, end + 1, domainEnd)
            let domain = String(decoding: bytes[(end + 1)..<domainEnd], as: UTF8.self)
            guard end > start, isDomain(domain) else { return nil }
            return PolicyToken(kind: .email, text: String(decoding: bytes[start..<domainEnd], as: UTF8.self), range: start..<domainEnd)
        }
        var hostEnd = start
        while hostEnd < bytes.count, isHostCharacter(bytes[hostEnd]) { hostEnd += 1 }
        hostEnd = trimmedEnd(bytes, start, hostEnd)
        let host = String(decoding: bytes[start..<hostEnd], as: UTF8.self)
        guard isDomain(host), host.contains(where: { $0.isLetter }) else { return nil }
        var end2 = hostEnd
        if end2 < bytes.count, bytes[end2] == UInt8(ascii: "/") {
            while end2 < bytes.count, bytes[end2] > 0x20, bytes[end2] < 0x80 { end2 += 1 }
            end2 = trimmedEnd(bytes, start, end2)
        }
        return PolicyToken(kind: .url, text: String(decoding: bytes[start..<end2], as: UTF8.self), range: start..<end2)
    }

    /// Whether `host` is dotted labels ending in a top-level label of two or more letters.
    static func isDomain(_ host: String) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last, last.count >= 2, last.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return false
        }
        return labels.allSatisfy { !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }
    }

    private static func trimmedEnd(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ")"), UInt8(ascii: ";"), UInt8(ascii: ":"),
                            UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "\"")].contains(bytes[end - 1]) {
            end -= 1
        }
        return end
    }

    private static func hasPrefix(_ bytes: [UInt8], at start: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard start + count <= bytes.count else { return false }
        return (0..<count).allSatisfy { bytes[start + $0] == prefix.utf8Start[$0] }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLatinLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    static func isHostCharacter(_ byte: UInt8) -> Bool {
        isLatinLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    static func isLocalCharacter(_ byte: UInt8) -> Bool {
        isHostCharacter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "%")
    }

    /// Whether the non-ASCII scalar at `index` is a letter (Arabic-script letters, and letters of other
    /// scripts); Arabic punctuation and general punctuation are not.
    static func isLetter(_ bytes: [UInt8], at index: Int) -> Bool {
        let scalar = bytes.withUnsafeBufferPointer { UTF8Scalar.decode($0, at: index, lead: bytes[index])?.0 } ?? 0
        switch scalar {
        case 0x060C, 0x061B, 0x061F, 0x066A...0x066D, 0x06D4: return false
        case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return true
        case 0x2000...0x2BFF, 0x3000...0x303F, 0xFF00...0xFF65, 0xA0...0xBF, 0xD7, 0xF7: return false
        // Emoji, their variation selectors and tags: "# صابون گیلا 🌿" is a name and a picture.
        case 0x1F000...0x1FAFF, 0xFE00...0xFE0F, 0xE0000...0xE007F: return false
        default: return scalar >= 0x80
        }
    }
}
