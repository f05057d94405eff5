import Foundation
import Testing
@testable import SMSGuard

struct MIMEHeaderTests {
    /// The lines of a written field, without their CRLF; fails the test on a bare CR or LF.
    static func lines(_ field: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        #expect(field.hasSuffix("\r\n"), sourceLocation: sourceLocation)
        // Bytes, not Characters: "\r\n" is one Character.
        let lines = String(decoding: field.utf8.dropLast(2), as: UTF8.self).components(separatedBy: "\r\n")
        for line in lines {
            #expect(!line.unicodeScalars.contains { $0 == "\r" || $0 == "\n" }, "bare CR or LF", sourceLocation: sourceLocation)
        }
        return lines
    }

    /// A written field read back: one field, every line at most 78 characters and 7-bit, continuation
    /// lines starting with a space; returns the unfolded value.
    static func readBack(_ field: String, name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        let lines = lines(field, sourceLocation: sourceLocation)
        #expect(lines[0].hasPrefix(name + ": "), sourceLocation: sourceLocation)
        for (index, line) in lines.enumerated() {
            #expect(line.utf8.count <= MIMEHeader.lineLimit, "line of \(line.utf8.count): \(line.prefix(90))", sourceLocation: sourceLocation)
            #expect(line.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }, sourceLocation: sourceLocation)
            if index > 0 { #expect(line.hasPrefix(" ") && line.count > 1, sourceLocation: sourceLocation) }
        }
        let fields = EMLDraft.unfold(lines)
        #expect(fields.count == 1, sourceLocation: sourceLocation)
        return fields.first?.value ?? ""
    }

    // MARK: field

    @Test func shortASCIIValueIsWrittenAsIs() {
        #expect(MIMEHeader.field("X-Unsent", "1") == "X-Unsent: 1\r\n")
        #expect(MIMEHeader.field("Date", "Sun, 1 Jun 2025 09:15:00 +0000") == "Date: Sun, 1 Jun 2025 09:15:00 +0000\r\n")
    }

    @Test func nonASCIIValueIsOneEncodedWord() {
        #expect(MIMEHeader.field("Subject", "سلام") == "Subject: =?UTF-8?B?2LPZhNin2YU=?=\r\n")
    }

    @Test func lineBreaksInAValueBecomeSpacesNotNewFields() {
        #expect(MIMEHeader.field("Subject", "Hello\r\nBcc: victim@example.com") == "Subject: Hello Bcc: victim@example.com\r\n")
        #expect(MIMEHeader.field("Subject", "Hello\nBcc: victim@example.com\r\n\r\n") == "Subject: Hello Bcc: victim@example.com\r\n")
        #expect(MIMEHeader.field("Subject", "\u{0}Hello\u{0}") == "Subject: Hello\r\n")
    }

    @Test func longASCIIValueFoldsAtSpacesWithinTheLimit() {
        let value = (1...40).map { "word\($0)" }.joined(separator: " ")
        let field = MIMEHeader.field("Subject", value)
        #expect(Self.lines(field).count == 4)
        #expect(Self.readBack(field, name: "Subject") == value)
    }

    @Test(arguments: [
        ("Subject", 70), ("Subject", 71), ("X-SMS-Report-Address", 60), ("X-SMS-Shop", 70), ("To", 76),
    ])
    func longASCIIWordFitsTheLineLimitWhateverTheFieldName(name: String, length: Int) {
        // A single word that cannot be folded at a space: the line must still be at most 78 characters.
        let value = String(repeating: "a", count: length)
        let field = MIMEHeader.field(name, value)
        let read = Self.readBack(field, name: name)
        #expect(read == value || EncodedWords.decode(read) == value)
    }

    @Test(arguments: [
        HeaderProbe("report subject", "گزارش پیامک جعلی به نام گلنار — Spoofed SMS in the name of golnarshop (3 messages)"),
        HeaderProbe("300 Persian words with ZWNJ", String(repeating: "نوین‌مارکت ", count: 300)),
        HeaderProbe("200 emoji", String(repeating: "😀", count: 200)),
        HeaderProbe("5,000 a's", String(repeating: "a", count: 5_000)),
        HeaderProbe("RLO CRLF Bcc ZWSP NUL and a long word", "Sara\u{202E}\r\nBcc: victim@example.com\u{200B}\u{0} " + String(repeating: "x", count: 100)),
        HeaderProbe("text that looks like an encoded word", "=?UTF-8?B?QmNjOg==?= looks encoded"),
    ])
    func anyValueReadsBackAsItsSanitizedText(probe: HeaderProbe) {
        let value = probe.text
        for name in ["Subject", "X-SMS-Declared-Senders"] {
            let read = Self.readBack(MIMEHeader.field(name, value), name: name)
            // A mail client decodes anything that looks like an encoded word, even in a value written as is.
            let decoded = EncodedWords.decode(read)
            #expect(decoded == MIMEHeader.sanitized(value))
        }
    }

    // MARK: address

    @Test func addressWithoutDisplayNameIsTheBareAddress() {
        #expect(MIMEHeader.address("To", display: nil, email: "abuse@golnarshop.ir") == "To: <abuse@golnarshop.ir>\r\n")
        #expect(MIMEHeader.address("To", display: "", email: "abuse@golnarshop.ir") == "To: <abuse@golnarshop.ir>\r\n")
    }

    @Test func plainDisplayNameIsQuoted() {
        #expect(MIMEHeader.address("From", display: "Sara Ahmadi", email: "sara@example.org") == "From: \"Sara Ahmadi\" <sara@example.org>\r\n")
    }

    @Test func persianDisplayNameIsEncoded() {
        #expect(MIMEHeader.address("From", display: "سلام", email: "sara@example.org") == "From: =?UTF-8?B?2LPZhNin2YU=?= <sara@example.org>\r\n")
    }

    @Test func displayNameWithSpecialsIsEncodedNotQuoted() {
        let field = MIMEHeader.address("From", display: "Sara \"Bcc: x\" <y>", email: "sara@example.org")
        let value = Self.readBack(field, name: "From")
        #expect(value.hasPrefix("=?UTF-8?B?"))
        #expect(value.hasSuffix(" <sara@example.org>"))
        #expect(EncodedWords.decode(String(value.dropLast(" <sara@example.org>".count))) == "Sara \"Bcc: x\" <y>")
    }

    @Test func addressLosesCharactersThatCouldEndIt() {
        #expect(MIMEHeader.address("To", display: nil, email: "a@b.ir>, c@d.ir;\r\n\"x\"") == "To: <a@b.irc@d.irx>\r\n")
    }

    @Test(arguments: [
        HeaderProbe("5,000 a's", String(repeating: "a", count: 5_000)),
        HeaderProbe("120 characters of Latin words", String(repeating: "Sara Ahmadi ", count: 10)),
        HeaderProbe("5,000 characters of Persian words", String(repeating: "سارا احمدی ", count: 460)),
        HeaderProbe("CRLF Bcc", "Sara\r\nBcc: victim@example.com"),
    ])
    func displayNameOfAnyLengthFoldsWithinTheLineLimit(probe: HeaderProbe) {
        let display = probe.text
        let field = MIMEHeader.address("From", display: display, email: "sara@example.org")
        let value = Self.readBack(field, name: "From")
        #expect(value.hasSuffix(" <sara@example.org>"))
        let name = String(value.dropLast(" <sara@example.org>".count))
        let decoded = name.hasPrefix("\"") ? String(name.dropFirst().dropLast()) : EncodedWords.decode(name)
        #expect(decoded == MIMEHeader.sanitized(display))
    }

    // MARK: encodedWords

    @Test func encodedWordsOfShortTextIsOneWord() {
        #expect(MIMEHeader.encodedWords("سلام") == ["=?UTF-8?B?2LPZhNin2YU=?="])
        #expect(MIMEHeader.encodedWords("") == [])
    }

    @Test func encodedWordsCarryAtMost45BytesEach() {
        // (75 - 12) / 4 * 3 = 45 bytes of UTF-8 fit in a 72-character word.
        #expect(MIMEHeader.encodedWords(String(repeating: "a", count: 100)) == [
            "=?UTF-8?B?YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFh?=",
            "=?UTF-8?B?YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFh?=",
            "=?UTF-8?B?YWFhYWFhYWFhYQ==?=",
        ])
    }

    @Test(arguments: [
        "گزارش پیامک جعلی به نام گلنار — Spoofed SMS in the name of golnarshop",
        String(repeating: "😀", count: 50),
        String(repeating: "aس😀€", count: 40),
        String(repeating: "e\u{301}", count: 60),
        String(repeating: "ب", count: 23) + "😀" + String(repeating: "€", count: 30),
    ])
    func encodedWordsNeverSplitACharacterAndStayWithin75(text: String) throws {
        for width in [75, 69, 54, 30] {
            let words = MIMEHeader.encodedWords(text, width: width)
            var joined = ""
            for word in words {
                #expect(word.count <= min(width, 75))
                #expect(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?="))
                let payload = word.dropFirst(10).dropLast(2)
                let bytes = try #require(Data(base64Encoded: String(payload)))
                // Each word alone is valid UTF-8: no character was split between two words.
                let piece = String(decoding: bytes, as: UTF8.self)
                #expect(Array(piece.utf8) == [UInt8](bytes))
                joined += piece
            }
            #expect(joined == text)
        }
    }

    // MARK: sanitized

    @Test(arguments: [
        ("Sara Ahmadi <sara@example.org>", "Sara Ahmadi <sara@example.org>"),
        ("a\r\nb", "a b"),
        ("a\rb\nc", "a b c"),
        ("a\u{0}b", "a b"),
        ("a\tb", "a b"),
        ("a\u{7F}b\u{85}c\u{9F}d", "a b c d"),
        ("a\u{2028}b\u{2029}c", "a b c"),
        ("a\u{202E}b\u{202C}c", "a b c"),
        ("a\u{2066}b\u{2069}\u{200E}\u{200F}c", "a b c"),
        ("Sa\u{200B}ra\u{200D}\u{FEFF}", "Sa ra"),
        ("\u{AD}x\u{2060}y\u{61C}", "x y"),
        ("\u{FFFE}x\u{FFFF}", "x"),
        ("a   b     c   ", "a b c"),
        ("\r\nBcc: victim@example.com\r\n", "Bcc: victim@example.com"),
        ("نوین‌مارکت", "نوین‌مارکت"),
        ("گلنار — Spoofed", "گلنار — Spoofed"),
    ])
    func sanitizedRemovesLineBreaksControlsAndHiddenCharacters(value: String, expected: String) {
        #expect(MIMEHeader.sanitized(value) == expected)
    }

    @Test func sanitizedLeavesNoControlOrHiddenCharacterOfAnyKind() {
        var value = ""
        for scalar in (0...0xA0).compactMap(Unicode.Scalar.init) + [0x61C, 0x180E, 0xFEFF, 0xFFFE, 0xFFFF, 0x2028, 0x2029].compactMap(Unicode.Scalar.init) {
            value.unicodeScalars.append(scalar)
            value += "x"
        }
        for code in [0x200B, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069] {
            value.unicodeScalars.append(Unicode.Scalar(code)!)
            value += "y"
        }
        let clean = MIMEHeader.sanitized(value)
        for scalar in clean.unicodeScalars {
            let code = scalar.value
            #expect(code >= 0x20 && !(0x7F...0x9F).contains(code), "control U+\(String(code, radix: 16)) left")
            #expect(!HiddenCharacters.isHidden(code), "hidden U+\(String(code, radix: 16)) left")
            #expect(![0x2028, 0x2029, 0xFFFE, 0xFFFF].contains(code))
        }
        #expect(!clean.contains("  "))
        #expect(!clean.hasSuffix(" "))
    }

    // MARK: folded

    @Test func foldedStartsAContinuationLineBeforeAWordThatWouldPassTheLimit() {
        let word = String(repeating: "w", count: 30)
        let field = MIMEHeader.folded(name: "Subject", words: [word, word, word, word])
        #expect(field == "Subject: \(word) \(word)\r\n \(word) \(word)\r\n")
    }

    @Test func foldedKeepsEveryLineWithin78ForWordsOf75() {
        let word = String(repeating: "w", count: 75)
        let field = MIMEHeader.folded(name: "X-SMS-Declared-Senders", words: Array(repeating: word, count: 5))
        for line in Self.lines(field).dropFirst() { #expect(line.count == 76) }
    }
}
