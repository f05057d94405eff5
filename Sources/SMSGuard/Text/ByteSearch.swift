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
}
