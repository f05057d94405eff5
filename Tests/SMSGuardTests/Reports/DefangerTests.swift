import Testing
@testable import SMSGuard

struct DefangerTests {
    @Test(arguments: [
        ("http://golnar-refund.example.com/pay?id=42", "hxxp://golnar-refund[.]example[.]com/pay?id=42"),
        ("https://golnarshop.ir", "hxxps://golnarshop[.]ir"),
        ("HTTPS://GOLNARSHOP.IR/X", "hxxps://GOLNARSHOP[.]IR/X"),
        ("Http://golnarshop.ir", "hxxp://golnarshop[.]ir"),
        ("www.golnarshop.ir", "www[.]golnarshop[.]ir"),
        ("golnarshop.ir", "golnarshop[.]ir"),
        ("golnarshop.ir/gift?code=12&x=y", "golnarshop[.]ir/gift?code=12&x=y"),
        ("bit.ly/3xYz", "bit[.]ly/3xYz"),
        ("t.me/golnar_support", "t[.]me/golnar_support"),
        ("http://185.12.34.56:8080/login", "hxxp://185[.]12[.]34[.]56:8080/login"),
        ("ftp://files.example.net/a.apk", "ftp://files[.]example[.]net/a[.]apk"),
    ])
    func linksCannotBeClicked(text: String, expected: String) {
        #expect(Defanger.defanged(text) == expected)
    }

    @Test func persianTextAroundLinksIsKept() {
        #expect(Defanger.defanged("گلنار: برای دریافت جایزه به https://golnar-gift.example.net/win بروید.")
            == "گلنار: برای دریافت جایزه به hxxps://golnar-gift[.]example[.]net/win بروید.")
        #expect(Defanger.defanged("لینک:www.golnarshop.ir،فوری") == "لینک:www[.]golnarshop[.]ir،فوری")
        #expect(Defanger.defanged("خط اول\nhttp://a.example.com\nخط سوم") == "خط اول\nhxxp://a[.]example[.]com\nخط سوم")
    }

    @Test(arguments: [
        "تخفیف 2.5 درصد", "مبلغ 1,200.000 تومان", "نسخه 3.5GB", "ساعت 10:30", "کد 4821", "v1.2.3", "e.g. this", "۲.۵ درصد", "1.000.000",
    ])
    func numbersAndAbbreviationsAreUntouched(text: String) {
        #expect(Defanger.defanged(text) == text)
    }

    @Test(arguments: ["abuse@golnarshop.ir", "به abuse@golnarshop.ir ایمیل بزنید", "sara.ahmadi@mail.example.org"])
    func emailAddressesAreUntouched(text: String) {
        #expect(Defanger.defanged(text) == text)
    }

    @Test func hiddenCharactersAreShownByName() {
        #expect(Defanger.defanged("از \u{202E}golnar-gift.example.net\u{202C} بگیرید") == "از <RLO>golnar-gift[.]example[.]net<PDF> بگیرید")
        #expect(Defanger.defanged("golnar\u{200B}shop.ir") == "golnar<ZWSP>shop[.]ir")
        #expect(Defanger.defanged("\u{FEFF}سلام\u{200F}") == "<ZWNBSP>سلام<RLM>")
    }

    @Test func zeroWidthNonJoinerBetweenPersianLettersIsKept() {
        #expect(Defanger.defanged("می‌توانید از golnarshop.ir خرید کنید") == "می‌توانید از golnarshop[.]ir خرید کنید")
        #expect(Defanger.defanged("golnar\u{200C}shop.ir") == "golnar<ZWNJ>shop[.]ir")
    }

    @Test func textWithoutLinksOrHiddenCharactersIsUnchanged() {
        let text = "سلام، سفارش شما ارسال شد. کد رهگیری: 123456"
        #expect(Defanger.defanged(text) == text)
    }
}

extension DefangerTests {
    @Test(arguments: [
        ("golnarshop.ir\u{200C}", "golnarshop[.]ir<ZWNJ>"),
        ("golnarshop.ir\u{200D} را ببینید", "golnarshop[.]ir<ZWJ> را ببینید"),
        ("golnarshop.ir\u{FE0F}", "golnarshop[.]ir\u{FE0F}"),
    ])
    func linkFollowedByAJoiningCharacterIsStillDefanged(text: String, expected: String) {
        #expect(Defanger.defanged(text) == expected)
    }
}
