import Testing
@testable import SMSGuard

struct ByteSearchTests {
    /// The index a plain loop finds, to check the eight-at-a-time search against.
    private func plainIndex(of byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes[start...].firstIndex(of: byte)
    }

    private func search(_ byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { ByteSearch.firstIndex(of: byte, in: $0, from: start) }
    }

    @Test func findsTheFirstMatchAtEveryPositionAndLength() {
        for length in 0...25 {
            for position in 0..<max(length, 1) {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                if position < length { bytes[position] = UInt8(ascii: ".") }
                if position + 3 < length { bytes[position + 3] = UInt8(ascii: ".") }  // a later one is not first
                for start in 0...length {
                    #expect(search(UInt8(ascii: "."), in: bytes, from: start) == plainIndex(of: UInt8(ascii: "."), in: bytes, from: start),
                            "length \(length), dot at \(position), from \(start)")
                }
            }
        }
    }

    @Test func bytesThatDifferOnlyInTheHighBitAreNoMatch() {
        // 0xAE is "." with the high bit set; 0x2F and 0x2D are its neighbours. Persian text is full of
        // bytes at and above 0x80, which the word test must not mistake for the one sought.
        let bytes: [UInt8] = [0xAE, 0xD8, 0xAE, 0x2F, 0x2D, 0xAE, 0xAE, 0xDB, 0x8C, 0xAE, 0x2E, 0xAE]
        #expect(search(UInt8(ascii: "."), in: bytes, from: 0) == 10)
        #expect(search(UInt8(ascii: "."), in: Array(bytes.prefix(10)), from: 0) == nil)
    }

    @Test func findsZeroBytesAndTheLastByte() {
        var bytes = [UInt8](repeating: 0x41, count: 17)
        #expect(search(0, in: bytes, from: 0) == nil)
        bytes[16] = 0
        #expect(search(0, in: bytes, from: 0) == 16)
        #expect(search(0x41, in: bytes, from: 16) == nil)
    }
}

extension ByteSearchTests {
    @Test func firstLatinLetterPassesOverPersianDigitsAndPunctuation() {
        // Bytes on both sides of a–z (0x60, 0x7B), upper case, digits, and the bytes of Persian letters.
        let filler: [UInt8] = [0x60, 0x7B, 0x41, 0x5A, 0x30, 0x20, 0xD8, 0xA7, 0xDB, 0x8C, 0xE1, 0xFA]
        for length in 0...20 {
            for position in 0...length {
                var bytes = (0..<length).map { filler[$0 % filler.count] }
                if position < length { bytes[position] = UInt8(ascii: "a") + UInt8(position % 26) }
                for start in 0...length {
                    let expected = start < length ? bytes[start...].firstIndex { $0 >= 0x61 && $0 <= 0x7A } : nil
                    let found = bytes.withUnsafeBufferPointer { ByteSearch.firstLatinLetter(in: $0, from: start) }
                    #expect(found == expected, "length \(length), letter at \(position), from \(start)")
                }
            }
        }
    }

    @Test func firstLatinLetterFindsTheBoundLettersInsideAWord() {
        for letter in [UInt8(ascii: "a"), UInt8(ascii: "z")] {
            for position in 0..<16 {
                var bytes = [UInt8](repeating: 0xD8, count: 16)
                bytes[position] = letter
                #expect(bytes.withUnsafeBufferPointer { ByteSearch.firstLatinLetter(in: $0, from: 0) } == position)
            }
        }
    }
}
