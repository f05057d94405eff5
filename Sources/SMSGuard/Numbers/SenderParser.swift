/// Turns the written form of a sender into a canonical `Sender`.
enum SenderParser {
    /// Leading digits of Iranian bulk-SMS lines; each names the operator that sold the line.
    static let bulkPrefixes: [[UInt8]] = ["1000", "2000", "3000", "5000"].map { Array($0.utf8) }
    static let bulkLengths = 6...14
    static let shortCodeLengths = 3...9
    static let internationalLengths = 7...15
    /// Written senders that mean "no sender" in exports.
    static let placeholders: Set<String> = ["null", "nil", "none", "(unknown)", "unknown", "-", "n/a"]

    static func parse(_ written: String) -> Sender {
        let folded = TextFolder.fold(written).bytes
        var digits: [UInt8] = []
        var hasPlus = false
        var hasLetters = false
        for byte in folded {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits.append(byte)
            case UInt8(ascii: "+"):
                if digits.isEmpty { hasPlus = true } else { hasLetters = true }
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "["), UInt8(ascii: "]"):
                continue
            default:
                hasLetters = true
            }
        }
        let compact = String(decoding: folded.filter { $0 != UInt8(ascii: " ") }, as: UTF8.self)
        if placeholders.contains(compact) || compact.isEmpty {
            return Sender(kind: .invalid, canonical: compact)
        }
        if hasLetters {
            return Sender(kind: .alphanumeric, canonical: compact.uppercased())
        }
        return parseDigits(digits, hasPlus: hasPlus) ?? Sender(kind: .invalid, canonical: compact)
    }

    /// Classifies a digits-only sender, `hasPlus` telling whether it was written with a leading `+`.
    private static func parseDigits(_ digits: [UInt8], hasPlus: Bool) -> Sender? {
        if hasPlus {
            if digits.starts(with: [0x39, 0x38]) { return parseNational(Array(digits.dropFirst(2)), hadPrefix: true) }
            return international(digits)
        }
        if digits.starts(with: Array("0098".utf8)) { return parseNational(Array(digits.dropFirst(4)), hadPrefix: true) }
        if digits.starts(with: [0x30, 0x30]) { return international(Array(digits.dropFirst(2))) }
        if digits.starts(with: [0x39, 0x38]), !isBulk(digits),
           let national = parseNational(Array(digits.dropFirst(2)), hadPrefix: true),
           national.kind == .mobile || national.kind == .landline || national.kind == .bulk {
            return national
        }
        return parseNational(digits, hadPrefix: false)
    }

    /// Classifies a number written without its country code, `hadPrefix` telling whether one was removed.
    private static func parseNational(_ digits: [UInt8], hadPrefix: Bool) -> Sender? {
        let hadZero = digits.first == UInt8(ascii: "0") && digits.count > 1
        let number = hadZero ? Array(digits.dropFirst()) : digits
        guard let first = number.first else { return nil }
        let text = String(decoding: number, as: UTF8.self)
        if first == UInt8(ascii: "9") && number.count == 10 {
            return Sender(kind: .mobile, canonical: "+98" + text)
        }
        if isBulk(number) {
            return Sender(kind: .bulk, canonical: text)
        }
        let isAreaCoded = first >= UInt8(ascii: "1") && first <= UInt8(ascii: "8")
        if isAreaCoded && (hadZero || hadPrefix) && (6...10).contains(number.count) {
            return Sender(kind: .landline, canonical: "+98" + text)
        }
        if isAreaCoded && number.count == 10 {
            return Sender(kind: .landline, canonical: "+98" + text)
        }
        // Service numbers keep their zeros (096380); after +98 only a short one is a service number, a
        // longer one is a mistyped mobile or landline.
        if shortCodeLengths.contains(digits.count) && (!hadPrefix || digits.count <= 6) {
            return Sender(kind: .shortCode, canonical: String(decoding: digits, as: UTF8.self))
        }
        if !hadPrefix && !hadZero && (11...15).contains(digits.count) {
            return international(digits)
        }
        return nil
    }

    private static func international(_ digits: [UInt8]) -> Sender? {
        guard internationalLengths.contains(digits.count), digits.first != UInt8(ascii: "0") else { return nil }
        return Sender(kind: .international, canonical: "+" + String(decoding: digits, as: UTF8.self))
    }

    static func isBulk(_ digits: [UInt8]) -> Bool {
        bulkLengths.contains(digits.count) && bulkPrefixes.contains { digits.starts(with: $0) }
    }
}
