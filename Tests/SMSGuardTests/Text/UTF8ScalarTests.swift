import Testing
@testable import SMSGuard

/// The validator reads eight bytes at a time; it must say exactly what the standard library says.
struct UTF8ScalarTests {
    private static func standardVerdict(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    private static func fastVerdict(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(UTF8Scalar.isValid)
    }

    /// Pieces that text and broken text are made of: ASCII, Persian letters, three- and four-byte
    /// scalars, and bytes that are wrong where they stand.
    static let pieces: [[UInt8]] = [
        Array("a".utf8), Array(" ".utf8), Array("سلام".utf8), Array("ی".utf8), Array("\u{200C}".utf8), Array("😀".utf8),
        Array("€".utf8), [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xD8], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xF8], [0xFF], [0xDB, 0x8C, 0xDB], [0xC2, 0x80],
    ]

    @Test func agreesWithTheStandardLibraryOnRandomMixtures() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...24, using: &generator) {
                // Mostly valid pieces, so that long valid runs with one fault inside are common.
                let piece = Int.random(in: 0..<10, using: &generator) < 8
                    ? Self.pieces[Int.random(in: 0..<7, using: &generator)]
                    : Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &generator)]
                bytes += piece
            }
            #expect(Self.fastVerdict(bytes) == Self.standardVerdict(bytes), "\(bytes)")
        }
    }

    @Test func everyTwoByteSequenceAtEveryOffsetOfAWord() {
        let letters = Array("سلام".utf8)
        for shift in 0..<8 {
            for first in 0x80...0xFF {
                for second in [0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xD8, 0xFF] {
                    // ASCII before the pair puts it at each offset of the words read.
                    let bytes = Array("abcdefg".utf8.prefix(shift)) + [UInt8(first), UInt8(second)] + letters
                    #expect(Self.fastVerdict(bytes) == Self.standardVerdict(bytes), "\(bytes)")
                }
            }
        }
    }
}
