import Testing
@testable import SMSGuard

// Policies invented for these tests: the shops, numbers and addresses are made up.

/// Policies that keep a history of their lines: the replaced line is no sender, the new one is.
struct LineReplacementTests {
    private static func extract(_ text: String) throws -> Shop {
        try PolicyExtractor.extract(policy: Array(text.utf8), id: "rahtak", fileName: "rahtak.txt")
    }

    @Test(arguments: [
        "پیامک‌های سفارش رهتک از سرشماره ۳۰۰۰۲۲۱۱۴۴ ارسال می‌شود.\nاز مهر ۱۴۰۳ سرشماره ۳۰۰۰۲۲۱۱۵۵ جایگزین سرشماره ۳۰۰۰۲۲۱۱۴۴ شد.",
        "از مهر ۱۴۰۳ سرشماره پیامکی ۳۰۰۰۲۲۱۱۴۴ با سرشماره ۳۰۰۰۲۲۱۱۵۵ جایگزین شد.",
        "از این پس به جای سرشماره ۳۰۰۰۲۲۱۱۴۴ پیامک‌ها از سرشماره ۳۰۰۰۲۲۱۱۵۵ ارسال می‌شوند.",
        "Our SMS now come from 3000221155, which replaced 3000221144 in 2024.",
        "Our SMS line 3000221144 was replaced by 3000221155 in 2024.",
    ])
    func replacedLineIsRetiredAndItsReplacementIsASender(policy: String) throws {
        let shop = try Self.extract(policy)
        #expect(shop.senders == ["3000221155"])
    }

    @Test func lineReplacingOneCalledPreviousIsASender() throws {
        let shop = try Self.extract("سرشماره ۳۰۰۰۲۲۱۱۵۵ جایگزین سرشماره قبلی ۳۰۰۰۲۲۱۱۴۴ شد و پیامک‌های رهتک از آن ارسال می‌شود.")
        #expect(shop.senders == ["3000221155"])
    }

    @Test func chainOfReplacementsLeavesTheLastLine() throws {
        let shop = try Self.extract("""
            تاریخچه سرشماره‌های پیامکی رهتک:
            ۱۴۰۱: سرشماره ۳۰۰۰۲۲۱۱۳۳ جایگزین سرشماره ۳۰۰۰۲۲۱۱۲۲ شد.
            ۱۴۰۳: سرشماره ۳۰۰۰۲۲۱۱۴۴ جایگزین سرشماره ۳۰۰۰۲۲۱۱۳۳ شد.
            """)
        #expect(shop.senders == ["3000221144"])
    }

    @Test func pastTenseRetiresOnlyItsOwnPartOfTheSentence() throws {
        let shop = try Self.extract(
            "نظرسنجی‌های رهتک که پیش‌تر از سرشماره ۱۰۰۰۴۴۷۷ ارسال می‌شد، اکنون از سرشماره ۵۰۰۰۱۲۱۲۳۴۳ ارسال می‌شود.")
        #expect(shop.senders == ["50001212343"])
        #expect(shop.surveySenders == ["50001212343"])
    }

    @Test(arguments: [
        "پیامک‌های رهتک ابتدا از ۳۰۰۰۲۲۱۱۶۶ می‌آمد. از دی ماه، سرشماره نظرسنجی از ۳۰۰۰۲۲۱۱۴۴ به ۵۰۰۰۲۲۱۱۵۵ منتقل شد.",
        "پیامک‌های رهتک ابتدا از ۳۰۰۰۲۲۱۱۶۶ می‌آمد. Our survey line changed from 3000221144 to 5000221155 this year.",
    ])
    func lineChangedFromOneNumberToAnotherIsRetiredAndTheNewOneKeepsItsRole(policy: String) throws {
        let shop = try Self.extract(policy)
        #expect(shop.senders == ["3000221166", "5000221155"])
        #expect(shop.surveySenders == ["5000221155"])
    }

    @Test func lineAListNamesButALaterNoteSaysIsOutOfUseIsNoSender() throws {
        let shop = try Self.extract("""
            سرشماره‌های رهتک:
            - ۳۰۰۰۲۲۱۱۶۶ (سفارش)
            - ۱۰۰۰۲۲۱۱۷۷ (تخفیف)
            یادداشت: سرشماره ۱۰۰۰۲۲۱۱۷۷ از بهار ۱۴۰۳ غیرفعال شده است.
            """)
        #expect(shop.senders == ["3000221166"])
    }

    @Test func onlyTheLineTheOutOfUseWordsSpeakOfIsRetired() throws {
        let shop = try Self.extract("""
            پیامک‌های رهتک از سرشماره ۵۰۰۰۲۲۱۱۵۵ ارسال می‌شود.
            ۱۴۰۲/۰۳/۰۱: منسوخ شدن خط ۲۰۰۰۲۲۱۱۸۸ و راه‌اندازی سرشماره ۵۰۰۰۲۲۱۱۵۵.
            """)
        #expect(shop.senders == ["5000221155"])
    }
}
