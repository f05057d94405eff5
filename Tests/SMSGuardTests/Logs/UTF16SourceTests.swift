import Testing
@testable import SMSGuard

struct UTF16SourceTests {
    static let text = "<sms body=\"سلام 😀 دنیا\nخط دوم 👍🏽 ۱۲۳\" address=\"+989121112233\" />\r\n"

    /// Everything a UTF16Source makes of `bytes`, read `chunkSize` bytes at a time.
    static func converted(_ bytes: [UInt8], chunkSize: Int = 1 << 20) -> [UInt8] {
        let source = UTF16Source(ByteSource(bytes: bytes, path: "u16.xml", chunkSize: chunkSize))
        var output: [UInt8] = []
        while let chunk = source.nextChunk() { output += chunk }
        return output
    }

    static func littleEndian(_ units: [UInt16]) -> [UInt8] {
        [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    @Test(arguments: [false, true], [1, 2, 3, 7, 1 << 20])
    func convertsToUTF8WhateverTheChunkSize(_ bigEndian: Bool, _ chunkSize: Int) {
        let output = Self.converted(utf16(Self.text, bigEndian: bigEndian), chunkSize: chunkSize)
        #expect(output == Array(Self.text.utf8))
    }

    @Test func byteOrderMarkIsNotPartOfTheText() {
        #expect(Self.converted(utf16("")) == [])
        #expect(Self.converted(utf16("a")) == [0x61])
        #expect(Self.converted(utf16("a", bigEndian: true)) == [0x61])
    }

    @Test(arguments: [
        ([0x61, 0xD83D, 0x62] as [UInt16], "a\u{FFFD}b"),  // a high surrogate without its low half
        ([0x61, 0xDE00, 0x62], "a\u{FFFD}b"),  // a low surrogate alone
        ([0xD83D, 0xD83D, 0xDE00], "\u{FFFD}😀"),  // two highs, then a low: the second pair is whole
        ([0xDE00, 0xD83D, 0x62], "\u{FFFD}\u{FFFD}b"),  // reversed halves
    ])
    func unpairedSurrogatesBecomeReplacementCharacters(_ units: [UInt16], _ expected: String) {
        for chunkSize in [1, 2, 3, 1 << 20] {
            #expect(Self.converted(Self.littleEndian(units), chunkSize: chunkSize) == Array(expected.utf8), "chunk size \(chunkSize)")
        }
    }

    /// The doc promises U+FFFD for an unpaired surrogate: also when it is the last unit of the file.
    @Test func highSurrogateAtTheEndBecomesAReplacementCharacter() {
        #expect(Self.converted(Self.littleEndian([0x61, 0xD83D])) == Array("a\u{FFFD}".utf8))
    }

    /// A file cut in the middle of a code unit loses a character: that is a repair, not silence.
    @Test func oddTrailingByteBecomesAReplacementCharacter() {
        #expect(Self.converted(Self.littleEndian([0x61, 0x62]) + [0x63]) == Array("ab\u{FFFD}".utf8))
    }

    @Test func passesPathAndProgressThrough() {
        let bytes = utf16("سلام")
        let inner = ByteSource(bytes: bytes, path: "chat.csv", chunkSize: 3)
        let source = UTF16Source(inner)
        #expect(source.path == "chat.csv")
        #expect(source.error == nil)
        while source.nextChunk() != nil {}
        #expect(source.bytesRead == bytes.count)
    }

    @Test func isUTF16OnlyWithAByteOrderMark() {
        #expect(UTF16Source.isUTF16([0xFF, 0xFE, 0x3C, 0x00]))
        #expect(UTF16Source.isUTF16([0xFE, 0xFF, 0x00, 0x3C]))
        #expect(!UTF16Source.isUTF16([0xEF, 0xBB, 0xBF, 0x3C]))
        #expect(!UTF16Source.isUTF16([0x3C, 0x00, 0x73, 0x00]))
        #expect(!UTF16Source.isUTF16([0xFF]))
        #expect(!UTF16Source.isUTF16([]))
    }

    @Test func transcodeConvertsADetectionPrefix() {
        #expect(UTF16Source.transcode(utf16("{\"a\":\"ب\"}")) == Array("{\"a\":\"ب\"}".utf8))
        #expect(UTF16Source.transcode(utf16("<x/>", bigEndian: true)) == Array("<x/>".utf8))
        // A prefix cut inside a unit: the whole units are converted.
        #expect(UTF16Source.transcode(Array(utf16("<sms").dropLast())) == Array("<sm".utf8))
    }
}
