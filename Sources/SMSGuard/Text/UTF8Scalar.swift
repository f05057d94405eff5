/// Decoding and encoding of single UTF-8 scalars, for the byte-level scanners.
enum UTF8Scalar {
    /// Decodes the multi-byte scalar starting at `index`, whose first byte `lead` is at least 0x80.
    ///
    /// - Returns: the scalar and its length in bytes, or nil for an invalid, overlong, truncated or
    ///   surrogate sequence.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lead: UInt8) -> (UInt32, Int)? {
        let count = bytes.count
        if lead & 0xE0 == 0xC0 {
            guard index + 1 < count else { return nil }
            let b1 = bytes[index + 1]
            guard b1 & 0xC0 == 0x80 else { return nil }
            let scalar = UInt32(lead & 0x1F) << 6 | UInt32(b1 & 0x3F)
            return scalar >= 0x80 ? (scalar, 2) : nil
        }
        if lead & 0xF0 == 0xE0 {
            guard index + 2 < count else { return nil }
            let b1 = bytes[index + 1], b2 = bytes[index + 2]
            guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return nil }
            let scalar = UInt32(lead & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
            return scalar >= 0x800 && (scalar < 0xD800 || scalar > 0xDFFF) ? (scalar, 3) : nil
        }
        if lead & 0xF8 == 0xF0 {
            guard index + 3 < count else { return nil }
            let b1 = bytes[index + 1], b2 = bytes[index + 2], b3 = bytes[index + 3]
            guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { return nil }
            let scalar = UInt32(lead & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6
                | UInt32(b3 & 0x3F)
            return scalar >= 0x10000 && scalar <= 0x10FFFF ? (scalar, 4) : nil
        }
        return nil
    }

    /// Whether `bytes` is valid UTF-8, checking eight bytes at a time while they are ASCII or two-byte
    /// scalars (Persian, Arabic), scalar by scalar otherwise.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return true }
        while index < count {
            if index + 8 <= count {
                // `index` is at a scalar's start. Bit 7 of each byte of these masks marks a byte with
                // its top bit set, a lead byte (11xxxxxx), a continuation (10xxxxxx), a lead of three
                // or four bytes (111xxxxx).
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let high = word & Self.topBits
                if high == 0 { index += 8; continue }
                let leads = high & (word << 1)
                if leads & (word << 2) == 0 {
                    let continuations = high & ~(word << 1)
                    // Each two-byte lead is followed by a continuation and each continuation follows one
                    // (a last lead's continuation is in the next word); C0 and C1 would be overlong.
                    guard leads << 8 == continuations else { return false }
                    let meaningful = ((word & Self.overlongBits) &+ Self.noCarry) & Self.topBits
                    guard leads & ~meaningful == 0 else { return false }
                    index += leads >> 56 != 0 ? 7 : 8
                    continue
                }
            }
            let lead = base[index]
            if lead < 0x80 { index += 1; continue }
            guard let (_, length) = decode(bytes, at: index, lead: lead) else { return false }
            index += length
        }
        return true
    }

    private static let topBits: UInt64 = 0x8080_8080_8080_8080
    /// The bits of a two-byte lead that are all zero in C0 and C1.
    private static let overlongBits: UInt64 = 0x3E3E_3E3E_3E3E_3E3E
    /// Added to bytes of at most 0x3E, sets bit 7 exactly where the byte is not zero.
    private static let noCarry: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The length in bytes of the scalar whose first byte is `lead` (1 for a stray byte).
    @inline(__always)
    static func length(lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// Appends the UTF-8 encoding of `scalar` to `bytes`.
    static func append(_ scalar: UInt32, to bytes: inout [UInt8]) {
        var encoded: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        let length = encode(scalar, into: &encoded)
        withUnsafeBytes(of: encoded) { bytes.append(contentsOf: $0.prefix(length)) }
    }

    /// Encodes `scalar` into the first bytes of `encoded`; returns how many.
    @inline(__always)
    static func encode(_ scalar: UInt32, into encoded: inout (UInt8, UInt8, UInt8, UInt8)) -> Int {
        switch scalar {
        case 0..<0x80:
            encoded.0 = UInt8(scalar)
            return 1
        case 0x80..<0x800:
            encoded = (0xC0 | UInt8(scalar >> 6), 0x80 | UInt8(scalar & 0x3F), 0, 0)
            return 2
        case 0x800..<0x10000:
            encoded = (0xE0 | UInt8(scalar >> 12), 0x80 | UInt8((scalar >> 6) & 0x3F), 0x80 | UInt8(scalar & 0x3F), 0)
            return 3
        default:
            encoded = (
                0xF0 | UInt8(scalar >> 18), 0x80 | UInt8((scalar >> 12) & 0x3F), 0x80 | UInt8((scalar >> 6) & 0x3F),
                0x80 | UInt8(scalar & 0x3F))
            return 4
        }
    }
}
