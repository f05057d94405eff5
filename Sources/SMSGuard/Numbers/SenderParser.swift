/// Turns the written form of a sender into a canonical `Sender`.
///
/// Senders written in ASCII, Persian or Arabic-Indic digits with direction marks take a fast path
/// that folds on the stack; anything else (full-width digits, lookalike letters) is folded first.
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
        if let sender = written.withUTF8({ parseCommonForm($0) }) { return sender }
        return TextFolder.fold(written).bytes.withUnsafeBufferPointer { parseFolded($0) }
    }

    /// The forms nearly every log has (ASCII, Persian or Arabic-Indic digits, direction marks), folded
    /// here byte by byte as `TextFolder` would fold them; nil for anything else, which takes the full
    /// folding. Saves a folding pass and its arrays for every message of a scan.
    private static func parseCommonForm(_ bytes: UnsafeBufferPointer<UInt8>) -> Sender? {
        let capacity = 64
        guard bytes.count <= capacity else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { folded -> Sender? in
            var count = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    folded[count] = byte <= 0x20 || byte == 0x7F ? 0x20 : (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                    count += 1
                    index += 1
                } else if index + 1 < bytes.count, let digit = nonASCIIDigit(byte, bytes[index + 1]) {
                    folded[count] = digit
                    count += 1
                    index += 2
                } else if let length = invisibleMarkLength(bytes, at: index) {
                    index += length
                } else {
                    return nil
                }
            }
            return parseFolded(UnsafeBufferPointer(rebasing: folded[0..<count]))
        }
    }

    /// The ASCII digit for a Persian (U+06F0…) or Arabic-Indic (U+0660…) digit written as `lead next`.
    private static func nonASCIIDigit(_ lead: UInt8, _ next: UInt8) -> UInt8? {
        if lead == 0xDB && next >= 0xB0 && next <= 0xB9 { return next - 0xB0 + 0x30 }
        if lead == 0xD9 && next >= 0xA0 && next <= 0xA9 { return next - 0xA0 + 0x30 }
        return nil
    }

    /// The length of the zero-width or direction mark at `index` (which folding removes), or nil.
    private static func invisibleMarkLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        if lead == 0xD8, index + 1 < bytes.count, bytes[index + 1] == 0x9C { return 2 }  // U+061C
        guard index + 2 < bytes.count else { return nil }
        let second = bytes[index + 1], third = bytes[index + 2]
        switch (lead, second) {
        case (0xE2, 0x80): return (0x8B...0x8F).contains(third) || (0xAA...0xAE).contains(third) ? 3 : nil
        case (0xE2, 0x81): return (0xA0...0xA4).contains(third) || (0xA6...0xA9).contains(third) ? 3 : nil
        case (0xEF, 0xBB): return third == 0xBF ? 3 : nil
        default: return nil
        }
    }

    /// Parses folded text: digits with separators, a named sender, or nothing usable.
    static func parseFolded(_ folded: UnsafeBufferPointer<UInt8>) -> Sender {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(folded.count, 1)) { digits in
            var count = 0
            var hasPlus = false
            var hasLetters = false, hasSymbols = false
            for byte in folded {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    digits[count] = byte
                    count += 1
                case UInt8(ascii: "+"):
                    if count == 0 { hasPlus = true } else { hasSymbols = true }
                case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"),
                     UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "["), UInt8(ascii: "]"), 0x00..<0x20, 0x7F:
                    continue
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), 0x80...:
                    hasLetters = true
                default:
                    hasSymbols = true
                }
            }
            if hasLetters || hasSymbols || count == 0 {
                return named(folded, hasLetters: hasLetters)
            }
            return parseDigits(UnsafeBufferPointer(rebasing: digits[0..<count]), hasPlus: hasPlus)
        }
    }

    /// A sender with letters (a named sender), or punctuation and no letter (nothing usable).
    private static func named(_ folded: UnsafeBufferPointer<UInt8>, hasLetters: Bool) -> Sender {
        let compact = String(decoding: folded.lazy.filter { $0 != UInt8(ascii: " ") }, as: UTF8.self)
        if placeholders.contains(compact) || compact.isEmpty {
            return Sender(kind: .invalid, canonical: compact)
        }
        // Punctuation with no letter is no sender ID, and digits mixed with it are no number.
        return hasLetters ? Sender(kind: .alphanumeric, canonical: compact.uppercased()) : Sender(kind: .invalid, canonical: compact)
    }

    typealias Digits = Slice<UnsafeBufferPointer<UInt8>>

    /// Classifies a digits-only sender, `hasPlus` telling whether it was written with a leading `+`.
    private static func parseDigits(_ buffer: UnsafeBufferPointer<UInt8>, hasPlus: Bool) -> Sender {
        let digits = buffer[...]
        let parsed: Sender?
        if hasPlus {
            parsed = digits.starts(with: [0x39, 0x38]) ? parseNational(digits.dropFirst(2), hadPrefix: true) : international(digits)
        } else if digits.starts(with: [0x30, 0x30, 0x39, 0x38]) {
            parsed = parseNational(digits.dropFirst(4), hadPrefix: true)
        } else if digits.starts(with: [0x30, 0x30]) {
            parsed = international(digits.dropFirst(2))
        } else if digits.starts(with: [0x39, 0x38]), !isBulk(digits),
                  let national = parseNational(digits.dropFirst(2), hadPrefix: true),
                  national.kind == .mobile || national.kind == .landline || national.kind == .bulk {
            parsed = national
        } else {
            parsed = parseNational(digits, hadPrefix: false)
        }
        return parsed ?? Sender(kind: .invalid, canonical: text(digits, after: hasPlus ? "+" : ""))
    }

    /// Classifies a number written without its country code, `hadPrefix` telling whether one was removed.
    private static func parseNational(_ digits: Digits, hadPrefix: Bool) -> Sender? {
        let hadZero = digits.first == UInt8(ascii: "0") && digits.count > 1
        let number = hadZero ? digits.dropFirst() : digits
        guard let first = number.first else { return nil }
        if first == UInt8(ascii: "9") && number.count == 10 {
            return Sender(kind: .mobile, canonical: text(number, after: "+98"))
        }
        if isBulk(number) {
            return Sender(kind: .bulk, canonical: text(number))
        }
        let isAreaCoded = first >= UInt8(ascii: "1") && first <= UInt8(ascii: "8")
        if isAreaCoded && (hadZero || hadPrefix) && (6...10).contains(number.count) {
            return Sender(kind: .landline, canonical: text(number, after: "+98"))
        }
        if isAreaCoded && number.count == 10 {
            return Sender(kind: .landline, canonical: text(number, after: "+98"))
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
        return Sender(kind: .international, canonical: text(digits, after: "+"))
    }

    static func isBulk(_ digits: Digits) -> Bool {
        bulkLengths.contains(digits.count) && bulkPrefixes.contains { digits.starts(with: $0) }
    }

    /// `prefix` (ASCII) and then the digits, made in one step.
    private static func text(_ digits: Digits, after prefix: StaticString = "") -> String {
        let prefixCount = prefix.utf8CodeUnitCount
        return String(unsafeUninitializedCapacity: prefixCount + digits.count) { buffer in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(start: prefix.utf8Start, count: prefixCount))
            UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[prefixCount...])
                .copyMemory(from: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: digits)))
            return prefixCount + digits.count
        }
    }
}
