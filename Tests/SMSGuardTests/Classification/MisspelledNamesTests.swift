import Testing
@testable import SMSGuard

/// A shop's Persian name misspelled on purpose in a heading: `MisspelledNames`.
struct MisspelledNamesTests {
    static let classifier = ClassificationFixtures.classifier(json: """
        {"version":1,"shops":[
          {"id":"zarkam","names":["زرکام"],"senders":["30001122"],"domains":["zarkam.ir"]},
          {"id":"delvan","names":["دلوان"],"senders":[],"domains":["delvan.shop"]},
          {"id":"sabzino","names":["سبزینو"],"senders":["30005380"],"domains":["sabzino.ir"]},
          {"id":"nika","names":["نیکا"],"senders":["30007070"],"domains":["nika.ir"]}
        ]}
        """, path: "misspelled-names")

    @Test(arguments: [
        ("ذرکام: سفارش شما در گمرک مانده، برای ترخیص شماره کارت را بفرستید", "zarkam"),  // ز → ذ
        ("فروشگاه سبزینوو 🎁\nشما برنده کارت هدیه شدید، شماره کارت را بفرستید", "sabzino"),  // a letter doubled
        ("فروشگاه دلون 🎁\nبرای ثبت جایزه کد پیامک‌شده را بفرستید", "delvan"),  // a letter left out
    ])
    func aHeadingMisspellingAShopClaimsIt(text: String, shop: String) throws {
        let verdict = Self.classifier.classify(sender: ClassificationFixtures.mobile, text: text)
        #expect(verdict.claims.map(\.shopID) == [shop])
        #expect(verdict.riskKinds.contains(.obfuscatedName))
    }

    @Test(arguments: [
        // Another business whose name differs in a letter no reader mistakes, or with a noun of its own.
        "عطاری سبزینه 🌱\nدمنوش‌های پاییزه رسید، شماره کارت برای واریز را بفرستید",
        "سبزینه: دمنوش‌های پاییزه رسید، شماره کارت برای واریز را بفرستید",
        // A near name in running text, not a heading: a chat's typo.
        "دیروز از ذرکام یه لپ‌تاپ دیدم، شماره کارتتو بفرست برات بخرم",
        // A four-letter name with a letter left out is too short to tell.
        "نکا: شماره کارت را بفرستید",
    ])
    func otherNamesAndRunningTextAreNoMisspelling(text: String) {
        #expect(Self.classifier.classify(sender: ClassificationFixtures.mobile, text: text).claims == [])
    }

    @Test func theShopsExactNameIsNoMisspelling() throws {
        let verdict = Self.classifier.classify(sender: ClassificationFixtures.mobile, text: "زرکام: سفارش شما ارسال شد، کد پیگیری را بفرستید")
        #expect(verdict.claims.map(\.shopID) == ["zarkam"])
        #expect(!verdict.riskKinds.contains(.obfuscatedName))
    }
}
