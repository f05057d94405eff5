import Testing
@testable import SMSGuard

struct TextFolderTests {
    @Test(arguments: [
        // Arabic letters become Persian ones.
        ("كالاي عالي", "کالای عالی"),
        ("مدرسة", "مدرسه"),
        ("خانۀ ما", "خانه ما"),
        ("أحمد إيران آب ٱلف", "احمد ایران اب الف"),
        ("مسئول رؤیا", "مسیول رویا"),
        // Tatweel and diacritics go.
        ("کـــالا", "کالا"),
        ("مُحَمَّد", "محمد"),
        // Zero-width and bidi controls go, joining the parts they separated.
        ("شماره\u{200C}ای", "شمارهای"),
        ("دیجی\u{200B}کالا", "دیجیکالا"),
        ("\u{202B}سلام\u{202C}", "سلام"),
        ("\u{2067}abc\u{2069}\u{FEFF}", "abc"),
        ("a\u{200E}b\u{200F}c\u{061C}d", "abcd"),
        // Spaces of every kind become one space; ends are trimmed.
        ("  a\u{00A0}\u{00A0}b\u{2003}c\n\nd\te  ", "a b c d e"),
        ("a\r\nb", "a b"),
        // Digits of three alphabets and full width become ASCII.
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("０１２３", "0123"),
        // Latin is lower-cased; lookalikes become Latin.
        ("DigiKala", "digikala"),
        ("ＤＩＧＩ", "digi"),
        ("dіgіkаlа", "digikala"),  // Cyrillic і and а
        ("ΚΑΛΑ", "kala"),  // Greek capitals that imitate Latin letters
        ("𝐝𝐢𝐠𝐢", "digi"),
        ("dìgíkâlä", "digikala"),
        ("", ""),
    ])
    func folds(_ input: String, _ expected: String) {
        #expect(TextFolder.fold(input).text == expected)
    }

    @Test(arguments: ["كـالاي\u{200C}مـا  ۱۲۳", "Hello World", "\u{202E}abc", "ي ك ة", "a\u{0301}", "ﻙ ﻱ"])
    func foldingIsIdempotent(_ input: String) {
        let once = TextFolder.fold(input).text
        #expect(TextFolder.fold(once).text == once)
    }

    @Test func foldingNeverGrowsText() {
        let input = "كالا\u{200C}ها \u{1D41D}\u{FF21} ۱۲ Ѐ \u{202E}"
        #expect(TextFolder.fold(input).bytes.count <= input.utf8.count)
    }

    @Test func offsetsMapBackToTheOriginal() {
        let original = "سلام \u{200C}ديجي\u{0640}كالا!"
        let folded = TextFolder.fold(original)
        let text = folded.text
        let start = text.utf8.firstRange(of: "دیجیکالا".utf8)!
        let lower = text.utf8.distance(from: text.utf8.startIndex, to: start.lowerBound)
        let upper = text.utf8.distance(from: text.utf8.startIndex, to: start.upperBound)
        #expect(folded.originalText(of: lower..<upper) == "ديجي\u{0640}كالا")
    }

    @Test func invalidUTF8BecomesASpace() {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xC3]
        var output = [UInt8](repeating: 0, count: bytes.count)
        let count = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { TextFolder.fold(input, into: $0.baseAddress!, sourceOffsets: nil) }
        }
        #expect(Array(output[0..<count]) == Array("a b".utf8))
    }
}
