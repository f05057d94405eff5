import Testing
@testable import SMSGuard

/// Named senders ("سرشماره حرفی NAME") a policy declares next to, or instead of, its numbers.
@Suite struct SenderNameFinderTests {
    private static func senders(_ clause: String) throws -> [String] {
        try shop(clause).senders
    }

    private static func shop(_ clause: String) throws -> Shop {
        let policy = """
            حریم خصوصی کاربران برای فروشگاه دفترینه مهم است.
            \(clause)
            هر پیامکی با نام دفترینه از فرستنده دیگری جعلی است؛ آن را به report@daftarineh.ir بفرستید.
            """
        return try PolicyExtractor.extract(policy: Array(policy.utf8), id: "daftarineh", fileName: "daftarineh.txt")
    }

    @Test(arguments: [
        ("پیامک‌های دفترینه با سرشماره حرفی DAFTAR و برای کد ورود از خط 30007765412 فرستاده می‌شوند.", ["DAFTAR", "30007765412"]),
        ("اطلاع‌رسانی سفارش‌ها با نام فرستنده «DAFTARINEH» روی گوشی شما دیده می‌شود.", ["DAFTARINEH"]),
        ("Our order texts reach you under the sender ID DFTR24.", ["DFTR24"]),
        ("سرشماره پیامکی ما: DAFTAR", ["DAFTAR"]),
        // Capitalised words run together, canonical in capitals.
        ("پیامک‌های دفترینه با نام فرستنده DaftarShop نمایش داده می‌شوند.", ["DAFTARSHOP"]),
        // The shop's own header, though the sentence spells its Latin name too.
        ("Daftarineh texts you under the sender ID DAFTARINEH.", ["DAFTARINEH"]),
        // Two words a space apart, as headers may show them; canonical without the space.
        ("پیامک‌های دفترینه با نام فرستنده‌ی **Daftar Shop** به گوشی شما می‌رسند.", ["DAFTARSHOP"]),
        ("پیامک‌های دفترینه با سرشماره حرفی DAFTAR SHOP ارسال می‌شود.", ["DAFTARSHOP"]),
    ])
    func capitalNameAfterASenderWordIsASender(_ clause: String, _ expected: [String]) throws {
        #expect(try Self.senders(clause) == expected)
    }

    @Test(arguments: [
        // Lower case: an English word, not a header.
        "Our texts come under the sender name daftar, as your phone shows it.",
        // Acronyms written around sender words.
        "کد ورود با پیامک از فرستنده SMS دفترینه می‌آید و جایی نوشته نمی‌شود.",
        // No sender word before the capitals.
        "برنامه DAFTAR را از فروشگاه نصب کنید تا سفارش‌ها را دنبال کنید.",
        // A name the clause calls fake.
        "پیامک‌هایی که با سرشماره حرفی DAFTARIN می‌رسند جعلی است.",
        // One capital only: a word, not a header; nor a plural of capitals ("IDs").
        "Our sender IDs are listed on the contact page.",
        "پیامک‌ها با نام فرستنده Daftar نمایش داده می‌شوند.",
        // Another brand of the group, which the sentence names.
        "Orders from Daftarineh come from our line; Kaghaz Kids customers get theirs under the header KAGHAZKIDS.",
        // Too long for a header, also as two words a space apart.
        "پیامک‌ها با نام فرستنده DAFTARINEHSHOP نمایش داده می‌شوند.",
        "پیامک‌ها با نام فرستنده Daftarineh Coffee نمایش داده می‌شوند.",
    ])
    func otherCapitalsAreNoSender(_ clause: String) throws {
        #expect(try Self.senders(clause).allSatisfy { Sender(parsing: $0).kind != .alphanumeric })
    }

    @Test func headerOfASurveyClauseIsASurveySender() throws {
        let shop = try Self.shop("پیامک سفارش از خط 30007765412 می‌آید. نظرسنجی‌ها هم با نام فرستنده DaftarPoll فرستاده می‌شوند.")
        #expect(shop.senders == ["30007765412", "DAFTARPOLL"])
        #expect(shop.surveySenders == ["DAFTARPOLL"])
    }

    @Test func relativeClauseBeforeTheLineDeniesNothingOfIt() throws {
        let clause = "روی اپراتورهایی که سرشماره حرفی پشتیبانی نمی‌شود، همین پیامک‌ها از خط 50004120987 می‌رسند."
        #expect(try Self.senders(clause) == ["50004120987"])
    }

    @Test func denialAfterTheLineStillDenies() throws {
        let clause = "پیامکی که از شماره 50004120987 برسد، از طرف دفترینه نیست."
        #expect(try Self.senders(clause) == [])
    }
}
