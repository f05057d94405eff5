/// Turns the written form of a sender into a canonical `Sender`.
///
/// Numbers written with ASCII digits and the usual separators take a fast path that makes no
/// allocation; everything else (Persian digits, bidi marks, names) is folded first.
enum SenderParser {
    /// Leading digits of Iranian bulk-SMS lines; each names the operator that sold the line.
    static let bulkPrefixes: [[UInt8]] = ["1000", "2000", "3000", "5000"].map { Array($0.utf8) }
    static let bulkLengths = 6...14
    static let shortCodeLengths = 3...9
    static let internationalLengths = 7...15
    /// Written senders that mean "no sender" in exports.
    static let placeholders: Set<String> = ["null", "nil", "none", "(unknown)", "unknown", "-", "n/a"]

    static func parse(_ written: String) -> Sender {
        var written = written
        if let sender = written.withUTF8({ parseASCIINumber($0) }) { return sender }
        return parseFolded(TextFolder.fold(written).bytes)
    }

    /// Digits with `+`, spaces, dashes, dots, slashes and brackets only: no folding needed.
    private static func parseASCIINumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Sender? {
        guard bytes.count <= 32 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { digits -> Sender? in
            var count = 0
            var hasPlus = false
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    digits[count] = byte
                    count += 1
                case UInt8(ascii: "+") where count == 0:
                    hasPlus = true
                case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "."), UInt8(ascii: "/"):
                    continue
                default:
                    return nil
                }
            }
            guard count > 0 else { return nil }
            return parseDigits(UnsafeBufferPointer(rebasing: digits[0..<count]), hasPlus: hasPlus)
        }
    }

    private static func parseFolded(_ folded: [UInt8]) -> Sender {
        var digits: [UInt8] = []
        var hasPlus = false
        var hasLetters = false, hasSymbols = false
        for byte in folded {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits.append(byte)
            case UInt8(ascii: "+"):
                if digits.isEmpty { hasPlus = true } else { hasSymbols = true }
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "["), UInt8(ascii: "]"), 0x00..<0x20, 0x7F:
                continue
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), 0x80...:
                hasLetters = true
            default:
                hasSymbols = true
            }
        }
        let compact = String(decoding: folded.filter { $0 != UInt8(ascii: " ") }, as: UTF8.self)
        if placeholders.contains(compact) || compact.isEmpty {
            return Sender(kind: .invalid, canonical: compact)
        }
        if hasLetters {
            return Sender(kind: .alphanumeric, canonical: compact.uppercased())
        }
        // Punctuation with no letter is no sender ID, and digits mixed with it are no number.
        if hasSymbols {
            return Sender(kind: .invalid, canonical: compact)
        }
        return digits.withUnsafeBufferPointer { parseDigits($0, hasPlus: hasPlus) }
    }

    typealias Digits = Slice<UnsafeBufferPointer<UInt8>>

    /// Classifies a digits-only sender, `hasPlus` telling whether it was written with a leading `+`.
    private static func parseDigits(_ buffer: UnsafeBufferPointer<UInt8>, hasPlus: Bool) -> Sender {
        let digits = buffer[...]
        let invalid = Sender(kind: .invalid, canonical: (hasPlus ? "+" : "") + text(digits))
        if hasPlus {
            if digits.starts(with: [0x39, 0x38]) { return parseNational(digits.dropFirst(2), hadPrefix: true) ?? invalid }
            return international(digits) ?? invalid
        }
        if digits.starts(with: [0x30, 0x30, 0x39, 0x38]) { return parseNational(digits.dropFirst(4), hadPrefix: true) ?? invalid }
        if digits.starts(with: [0x30, 0x30]) { return international(digits.dropFirst(2)) ?? invalid }
        if digits.starts(with: [0x39, 0x38]), !isBulk(digits),
           let national = parseNational(digits.dropFirst(2), hadPrefix: true),
           national.kind == .mobile || national.kind == .landline || national.kind == .bulk {
            return national
        }
        return parseNational(digits, hadPrefix: false) ?? invalid
    }

    /// Classifies a number written without its country code, `hadPrefix` telling whether one was removed.
    private static func parseNational(_ digits: Digits, hadPrefix: Bool) -> Sender? {
        let hadZero = digits.first == UInt8(ascii: "0") && digits.count > 1
        let number = hadZero ? digits.dropFirst() : digits
        guard let first = number.first else { return nil }
        if first == UInt8(ascii: "9") && number.count == 10 {
            return Sender(kind: .mobile, canonical: "+98" + text(number))
        }
        if isBulk(number) {
            return Sender(kind: .bulk, canonical: text(number))
        }
        let isAreaCoded = first >= UInt8(ascii: "1") && first <= UInt8(ascii: "8")
        if isAreaCoded && (hadZero || hadPrefix) && (6...10).contains(number.count) {
            return Sender(kind: .landline, canonical: "+98" + text(number))
        }
        if isAreaCoded && number.count == 10 {
            return Sender(kind: .landline, canonical: "+98" + text(number))
        }
        // Service numbers keep their zeros (096380); after +98 only a short one is a service number, a
        // longer one is a mistyped mobile or landline.
        // "00…" would read back as an international prefix, so it is no service number.
        if shortCodeLengths.contains(digits.count) && (!hadPrefix || digits.count <= 6) && !digits.starts(with: [0x30, 0x30]) {
            return Sender(kind: .shortCode, canonical: text(digits))
        }
        if !hadPrefix && !hadZero && (11...15).contains(digits.count) {
            return international(digits)
        }
        return nil
    }

    private static func international(_ digits: Digits) -> Sender? {
        // +98 is Iran: digits after it that make no Iranian number are no number at all.
        guard internationalLengths.contains(digits.count), digits.first != UInt8(ascii: "0"), !digits.starts(with: [0x39, 0x38]) else { return nil }
        return Sender(kind: .international, canonical: "+" + text(digits))
    }

    static func isBulk(_ digits: Digits) -> Bool {
        bulkLengths.contains(digits.count) && bulkPrefixes.contains { digits.starts(with: $0) }
    }

    private static func text(_ digits: Digits) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: digits), as: UTF8.self)
    }
}
