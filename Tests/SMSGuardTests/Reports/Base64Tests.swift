import Foundation
import Testing
@testable import SMSGuard

struct Base64Tests {
    /// RFC 4648, section 10.
    @Test(arguments: [
        ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy"),
    ])
    func encodeMatchesTheRFC4648TestVectors(input: String, expected: String) {
        #expect(String(decoding: Base64.encode(Array(input.utf8)), as: UTF8.self) == expected)
    }

    @Test func encodeUsesTheWholeAlphabetWithPlusAndSlash() {
        // 0x00 0x10 0x83 0x10 0x51 0x87 … walks every 6-bit value once: A…Z a…z 0…9 + /.
        var bits: [Bool] = []
        for value in 0..<64 { for shift in (0..<6).reversed() { bits.append(value >> shift & 1 == 1) } }
        var bytes: [UInt8] = []
        for start in stride(from: 0, to: bits.count, by: 8) {
            bytes.append(bits[start..<start + 8].reduce(0) { $0 << 1 | ($1 ? 1 : 0) })
        }
        #expect(String(decoding: Base64.encode(bytes), as: UTF8.self) == "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    }

    @Test func encodeOfEveryByteValueDecodesBack() throws {
        let bytes = (0...255).map(UInt8.init) + [0xFF, 0xFE, 0x00]
        let encoded = String(decoding: Base64.encode(bytes), as: UTF8.self)
        #expect(encoded.count == (bytes.count + 2) / 3 * 4)
        #expect([UInt8](try #require(Data(base64Encoded: encoded))) == bytes)
    }

    @Test func encodeTakesAnyCollectionOfBytes() {
        #expect(Base64.encode("foobar".utf8.dropFirst(3)) == Array("YmFy".utf8))
    }

    @Test func encodeLinesOfNothingIsNothing() {
        #expect(Base64.encodeLines([UInt8]()) == "")
    }

    @Test func encodeLinesOfShortInputIsOneLineWithCRLF() {
        #expect(Base64.encodeLines(Array("foobar".utf8)) == "Zm9vYmFy\r\n")
    }

    @Test(arguments: [1, 56, 57, 58, 114, 1_000, 200_001])
    func encodeLinesWrapsAt76CharactersWithCRLF(count: Int) throws {
        let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let text = Base64.encodeLines(bytes)
        #expect(text.hasSuffix("\r\n"))
        // Bytes, not Characters: "\r\n" is one Character.
        let lines = String(decoding: text.utf8.dropLast(2), as: UTF8.self).components(separatedBy: "\r\n")
        // 57 bytes make exactly one full line of 76 characters.
        #expect(lines.count == (count + 56) / 57)
        for line in lines.dropLast() { #expect(line.count == 76) }
        #expect(lines.last!.count == (count - (lines.count - 1) * 57 + 2) / 3 * 4)
        #expect(!lines.joined().unicodeScalars.contains { $0 == "\r" || $0 == "\n" })
        #expect([UInt8](try #require(Data(base64Encoded: lines.joined()))) == bytes)
    }
}
