import Testing
@testable import SMSGuard

struct HiddenCharactersTests {
    @Test(arguments: [
        0x00AD, 0x061C, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
        0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF,
    ] as [UInt32])
    func zeroWidthAndBidiCharactersAreHidden(scalar: UInt32) {
        #expect(HiddenCharacters.isHidden(scalar))
    }

    @Test(arguments: [0x20, 0x41, 0x0627, 0x06CC, 0x06F1, 0x200A, 0x2010, 0x2065, 0x206A, 0xFEFE, 0xFF00, 0x0A, 0x00] as [UInt32])
    func visibleCharactersAreNotHidden(scalar: UInt32) {
        #expect(!HiddenCharacters.isHidden(scalar))
    }

    @Test func onlyZWNJBetweenPersianLettersIsUnsuspicious() {
        #expect(!HiddenCharacters.isSuspicious(0x200C, inLatin: false))
        #expect(HiddenCharacters.isSuspicious(0x200C, inLatin: true))
        #expect(HiddenCharacters.isSuspicious(0x202E, inLatin: false))
        #expect(HiddenCharacters.isSuspicious(0x200B, inLatin: false))
        #expect(!HiddenCharacters.isSuspicious(0x0627, inLatin: false))
    }

    @Test(arguments: [
        ("\u{202E}golnarshop.ir\u{202C}", "<RLO>golnarshop.ir<PDF>"),
        ("a\u{200B}b\u{200D}c\u{2060}d\u{FEFF}", "a<ZWSP>b<ZWJ>c<WJ>d<ZWNBSP>"),
        ("\u{200E}\u{200F}\u{061C}\u{00AD}\u{180E}", "<LRM><RLM><ALM><SHY><MVS>"),
        ("\u{202A}\u{202B}\u{202D}\u{2066}\u{2067}\u{2068}\u{2069}", "<LRE><RLE><LRO><LRI><RLI><FSI><PDI>"),
        ("x\u{2061}\u{2064}", "x<U+2061><U+2064>"),
        ("a\u{0}b", "a<NUL>b"),
        ("a\u{7}b\u{1B}c", "a<U+7>b<U+1B>c"),
        ("a\rb", "a<U+D>b"),
        ("line one\nline\ttwo", "line one\nline\ttwo"),
        ("سلام دنیا", "سلام دنیا"),
    ])
    func visibleShowsEveryHiddenCharacterByName(text: String, expected: String) {
        #expect(HiddenCharacters.visible(text) == expected)
    }

    @Test(arguments: [
        ("می‌توانید", "می‌توانید"),
        ("نوین‌مارکت", "نوین‌مارکت"),
        ("golnar\u{200C}shop", "golnar<ZWNJ>shop"),
        ("\u{200C}سلام", "<ZWNJ>سلام"),
        ("سلام\u{200C}", "سلام<ZWNJ>"),
        ("سلام\u{200C}shop", "سلام<ZWNJ>shop"),
        ("shop\u{200C}سلام", "shop<ZWNJ>سلام"),
        ("سلام\u{200C} دنیا", "سلام<ZWNJ> دنیا"),
        ("سلام\u{200C}\u{200C}دنیا", "سلام<ZWNJ><ZWNJ>دنیا"),
        // Not Persian letters: Cyrillic (a homograph's alphabet) and Persian digits.
        ("а\u{200C}р", "а<ZWNJ>р"),
        ("۱۲۳۴\u{200C}۵۶۷۸", "۱۲۳۴<ZWNJ>۵۶۷۸"),
    ])
    func zeroWidthNonJoinerIsKeptOnlyBetweenPersianLetters(text: String, expected: String) {
        #expect(HiddenCharacters.visible(text) == expected)
    }

    @Test func everyHiddenCharacterHasAName() {
        for scalar in UInt32(0)...0xFFFF where HiddenCharacters.isHidden(scalar) {
            #expect(HiddenCharacters.names[scalar] != nil, "U+\(String(scalar, radix: 16, uppercase: true)) has no name")
        }
    }
}
