import Testing
@testable import SMSGuard

struct SenderTests {
    @Test(arguments: [
        // Mobiles, in every way they are written.
        ("09121234567", Sender.Kind.mobile, "+989121234567"),
        ("9121234567", .mobile, "+989121234567"),
        ("+989121234567", .mobile, "+989121234567"),
        ("989121234567", .mobile, "+989121234567"),
        ("00989121234567", .mobile, "+989121234567"),
        ("+98 912 123 4567", .mobile, "+989121234567"),
        ("+98 (912) 123-4567", .mobile, "+989121234567"),
        ("0912-123-4567", .mobile, "+989121234567"),
        ("۰۹۱۲۱۲۳۴۵۶۷", .mobile, "+989121234567"),
        ("٠٩١٢١٢٣٤٥٦٧", .mobile, "+989121234567"),
        ("０９１２１２３４５６７", .mobile, "+989121234567"),
        ("\u{202A}+98 912 123 4567\u{202C}", .mobile, "+989121234567"),
        ("\u{200F}۰۹۱۲\u{200C}۱۲۳\u{00A0}۴۵۶۷", .mobile, "+989121234567"),
        // Bulk lines: bare digits, with +98 or 98 glued on.
        ("200053467", .bulk, "200053467"),
        ("+98200053467", .bulk, "200053467"),
        ("98200053467", .bulk, "200053467"),
        ("0098200053467", .bulk, "200053467"),
        ("+98 200 053 467", .bulk, "200053467"),
        ("۲۰۰۰۵۳۴۶۷", .bulk, "200053467"),
        ("10001234", .bulk, "10001234"),
        ("+9810001234", .bulk, "10001234"),
        ("30004455660", .bulk, "30004455660"),
        ("50001040", .bulk, "50001040"),
        ("500010", .bulk, "500010"),
        ("3000123456789012", .invalid, "3000123456789012"),
        // Landlines with their area code.
        ("02188776655", .landline, "+982188776655"),
        ("021-88776655", .landline, "+982188776655"),
        ("(021) 8877 6655", .landline, "+982188776655"),
        ("+982188776655", .landline, "+982188776655"),
        ("00982188776655", .landline, "+982188776655"),
        ("2188776655", .landline, "+982188776655"),
        ("021-62913", .landline, "+982162913"),
        ("031-32123456", .landline, "+983132123456"),
        // Short codes keep their digits.
        ("195", .shortCode, "195"),
        ("096380", .shortCode, "096380"),
        ("+98195", .shortCode, "195"),
        ("1111111", .shortCode, "1111111"),
        // Named senders: case and space do not matter.
        ("SEPAH BANK", .alphanumeric, "SEPAHBANK"),
        ("sepah bank", .alphanumeric, "SEPAHBANK"),
        ("B.Pasargad", .alphanumeric, "B.PASARGAD"),
        ("Digikala", .alphanumeric, "DIGIKALA"),
        ("ＤＩＧＩＫＡＬＡ", .alphanumeric, "DIGIKALA"),
        ("بانک ملت", .alphanumeric, "بانکملت"),
        // Outside Iran.
        ("+447911123456", .international, "+447911123456"),
        ("00447911123456", .international, "+447911123456"),
        ("+1 (415) 555-0100", .international, "+14155550100"),
        // Nothing usable.
        ("", .invalid, ""),
        ("null", .invalid, "null"),
        ("(Unknown)", .invalid, "(unknown)"),
        ("+", .invalid, "+"),
        ("12", .invalid, "12"),
        ("+98912123456", .invalid, "+98912123456"),
        ("!!", .invalid, "!!"),
        ("*#*", .invalid, "*#*"),
        ("0912*1234567", .invalid, "0912*1234567"),
        // Found by fuzzing: 98 and digits that make no Iranian number are not "international +98…".
        ("/98 9456123 4567", .invalid, "9894561234567"),
        ("9894561234567", .invalid, "9894561234567"),
        ("+9)800\u{11}8 9", .invalid, "+980089"),  // found by fuzzing: "0089" is no short code
    ])
    func parses(_ written: String, _ kind: Sender.Kind, _ canonical: String) {
        let sender = Sender(parsing: written)
        #expect(sender.kind == kind, "\(written)")
        #expect(sender.canonical == canonical, "\(written)")
    }

    @Test(arguments: [
        ("200053467", "200053468"),  // one-digit neighbour
        ("200053467", "2000534670"),  // extension
        ("200053467", "20005346"),  // prefix
        ("09121234567", "09121234568"),
        ("02188776655", "0218877665"),
        ("SEPAH BANK", "SEPAH BANKS"),
    ])
    func neighboursPrefixesAndExtensionsDiffer(_ a: String, _ b: String) {
        #expect(Sender(parsing: a) != Sender(parsing: b))
    }

    @Test(arguments: ["+98 912 123 4567", "200053467", "+98200053467", "021-88776655", "096380", "+447911123456", "SEPAH BANK", "9894561234567", "00989121234567"])
    func canonicalFormParsesToItself(_ written: String) {
        let sender = Sender(parsing: written)
        #expect(Sender(parsing: sender.canonical) == sender)
    }

    @Test func equalityIsOnTheCanonicalFormOnly() {
        let forms = ["200053467", "+98 200 053 467", "۲۰۰۰۵۳۴۶۷", "98200053467", "\u{200F}200-053-467"]
        #expect(Set(forms.map(Sender.init(parsing:))).count == 1)
    }

    /// The byte-level fast path must agree with folding the whole sender first, on any mix of the
    /// pieces senders are written with.
    @Test func fastPathAgreesWithFullFolding() {
        let pieces = [
            "0", "9", "1", "2", "5", "8", "+", " ", "-", "(", ")", ".", "/", "[", "]", "\t", "\n", "\u{7F}",
            "۰", "۹", "٣", "٠", "\u{200F}", "\u{200E}", "\u{202A}", "\u{202C}", "\u{2066}", "\u{2069}", "\u{2062}",
            "\u{FEFF}", "\u{061C}", "\u{200C}", "\u{00A0}", "a", "Z", "n", "u", "l", "k", "@", "#", "_", "*",
            "ب", "ك", "０", "ё", "\u{2065}", "\u{202F}", "\u{200A}",
        ]
        var random = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let length = Int(random.next() % 16)
            let written = (0..<length).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let reference = TextFolder.fold(written).bytes.withUnsafeBufferPointer { SenderParser.parseFolded($0) }
            #expect(Sender(parsing: written) == reference, "\(written.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Sender(parsing: written).kind == reference.kind)
        }
        for placeholder in ["null", "NULL", "n/a", "(unknown)", "-", " "] {
            #expect(Sender(parsing: placeholder).kind == .invalid)
        }
    }
}
