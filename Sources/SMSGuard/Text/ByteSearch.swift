/// Searches over raw bytes, eight at a time.
enum ByteSearch {
    /// The index of the first `byte` at or after `start`, or nil.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = start
        let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
        while index + 8 <= bytes.count {
            // A zero byte in `word ^ pattern` marks a match; the lowest flagged byte is always a true one.
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) ^ pattern
            let zeros = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            if zeros != 0 { return index + zeros.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count {
            if base[index] == byte { return index }
            index += 1
        }
        return nil
    }

    /// The index of the first ASCII letter a–z at or after `start`, passing over eight bytes at a time
    /// where none is (Persian text is mostly bytes at or above 0x80).
    static func firstLatinLetter(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = start
        let ones: UInt64 = 0x0101_0101_0101_0101
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            // The "has a byte between m and n" test (exclusive bounds 0x60 and 0x7B), which also
            // rules out bytes with the high bit set.
            let low = word & (ones &* 127)
            let between = ((ones &* (127 + 0x7B)) &- low) & ~word & (low &+ ones &* (127 - 0x60)) & (ones &* 128)
            if between != 0 { break }
            index += 8
        }
        while index < bytes.count {
            if base[index] &- 0x61 < 26 { return index }
            index += 1
        }
        return nil
    }
}
