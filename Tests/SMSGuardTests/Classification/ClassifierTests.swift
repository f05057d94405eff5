import Testing
@testable import SMSGuard

/// The four verdicts and the reasons given for each.
struct ClassifierTests {
    private func classify(_ sender: String, _ text: String?) -> Verdict {
        ClassificationFixtures.classify(sender, text)
    }

    private static let novinOrderShipped = "نوین مارکت: سفارش ۴۵۲۱۷ شما ارسال شد و تا فردا تحویل می‌شود."
    private static let novinOrderCancelled = "نوین مارکت: سفارش شما به دلیل نقص اطلاعات لغو شد. برای پیگیری با ما تماس بگیرید."

    @Test func fixtureRegistryHasTheInventedShops() {
        let registry = ClassificationFixtures.registry
        #expect(registry.shops.map(\.id) == ["novinmarket", "naantazeh", "artano", "dibashop"])
        #expect(registry.shop(id: "novinmarket")?.senders == ["30004455660", "10004455660"])
        #expect(registry.shop(id: "artano")?.senders == [])
    }

    // MARK: Authentic

    @Test(arguments: [
        "30004455660", "+9830004455660", "9830004455660", "009830004455660", "۳۰۰۰۴۴۵۵۶۶۰", "٣٠٠٠٤٤٥٥٦٦٠",
        "+98 3000 4455 660", "3000 4455 660", "+۹۸ ۳۰۰۰ ۴۴۵۵ ۶۶۰", "\u{200F}30004455660\u{200E}", "3000-4455-660",
    ])
    func officialSenderInAnyWrittenFormIsAuthentic(sender: String) {
        let verdict = classify(sender, Self.novinOrderShipped)
        #expect(verdict.kind == .authentic)
        #expect(verdict.sender.kind == .bulk)
        #expect(verdict.sender.canonical == "30004455660")
        #expect(verdict.claimedIDs == ["novinmarket"])
        #expect(verdict.officialIDs == ["novinmarket"])
        #expect(verdict.shopIDs == ["novinmarket"])
        #expect(verdict.reasonCodes == ["official-sender", "claims-shop"])
        #expect(verdict.risks == [])
    }

    @Test func secondDeclaredSenderIsAuthenticToo() {
        let verdict = classify("10004455660", Self.novinOrderShipped)
        #expect(verdict.kind == .authentic)
        #expect(verdict.sender.canonical == "10004455660")
        #expect(verdict.claimedIDs == ["novinmarket"])
        #expect(verdict.reasonCodes == ["official-sender", "claims-shop"])
    }

    @Test func everydayNamedShopFromItsOwnSenderIsAuthentic() {
        let verdict = classify("+98 5000 707070", "نان تازه: سفارش صبحانه شما فردا ساعت ۷ تحویل می‌شود.")
        #expect(verdict.kind == .authentic)
        #expect(verdict.claimedIDs == ["naantazeh"])
        #expect(verdict.officialIDs == ["naantazeh"])
        #expect(verdict.reasonCodes == ["official-sender", "claims-shop"])
    }

    @Test(arguments: [
        "مشتری گرامی، سفارش ۸۸۲۱ شما ارسال شد و تا دو روز دیگر می‌رسد.",
        "کد تخفیف ۲۰ درصدی شما برای خرید بعدی: BAHAR20",
        "حراج آخر هفته شروع شد؛ تا ۵۰ درصد ارزان‌تر بخرید.",
    ])
    func officialSenderNamingNoShopIsAuthenticForItsShop(text: String) {
        let verdict = classify("10004455660", text)
        #expect(verdict.kind == .authentic)
        #expect(verdict.claims == [])
        #expect(verdict.claimedIDs == [])
        #expect(verdict.officialIDs == ["novinmarket"])
        #expect(verdict.shopIDs == ["novinmarket"])
        #expect(verdict.reasonCodes == ["official-sender"])
    }

    @Test(arguments: [nil, ""] as [String?])
    func officialSenderWithoutTextSaysWhoseSenderItIs(text: String?) {
        let verdict = classify("+98 3000 4455 660", text)
        #expect(verdict.kind == .authentic)
        #expect(verdict.claims == [])
        #expect(verdict.officialIDs == ["novinmarket"])
        #expect(verdict.shopIDs == ["novinmarket"])
        #expect(verdict.reasonCodes == ["official-sender"])
        #expect(verdict.risks == [])
    }

    // MARK: Spoofed

    /// Every kind of sender that is not one the shop declared.
    @Test(arguments: [
        // Personal mobiles.
        ("09121234567", Sender.Kind.mobile, "+989121234567", ["undeclared-sender", "claims-shop", "personal-mobile"]),
        ("+98 935 111 2233", .mobile, "+989351112233", ["undeclared-sender", "claims-shop", "personal-mobile"]),
        ("۰۹۱۹۸۸۸۷۷۶۶", .mobile, "+989198887766", ["undeclared-sender", "claims-shop", "personal-mobile"]),
        // Another bulk line.
        ("30009998887", .bulk, "30009998887", ["undeclared-sender", "claims-shop"]),
        ("50001234", .bulk, "50001234", ["undeclared-sender", "claims-shop"]),
        // One digit away from an official number.
        ("30004455661", .bulk, "30004455661", ["undeclared-sender", "claims-shop", "near-official-sender"]),
        ("30004485660", .bulk, "30004485660", ["undeclared-sender", "claims-shop", "near-official-sender"]),
        ("10004455669", .bulk, "10004455669", ["undeclared-sender", "claims-shop", "near-official-sender"]),
        ("300044556600", .bulk, "300044556600", ["undeclared-sender", "claims-shop", "near-official-sender"]),
        // A name shown as the sender.
        ("NovinMarket", .alphanumeric, "NOVINMARKET", ["undeclared-sender", "claims-shop", "named-sender"]),
        ("Novin Market", .alphanumeric, "NOVINMARKET", ["undeclared-sender", "claims-shop", "named-sender"]),
        ("نوین مارکت", .alphanumeric, "نوینمارکت", ["undeclared-sender", "claims-shop", "named-sender"]),
        // The shop's own landline, which it never declared as an SMS sender.
        ("02188776655", .landline, "+982188776655", ["undeclared-sender", "claims-shop", "shop-phone-not-sender"]),
        ("+98 21 8877 6655", .landline, "+982188776655", ["undeclared-sender", "claims-shop", "shop-phone-not-sender"]),
        ("۰۲۱-۸۸۷۷۶۶۵۵", .landline, "+982188776655", ["undeclared-sender", "claims-shop", "shop-phone-not-sender"]),
    ])
    func undeclaredSenderIsSpoofed(sender: String, kind: Sender.Kind, canonical: String, codes: [String]) {
        let verdict = classify(sender, Self.novinOrderCancelled)
        #expect(verdict.kind == .spoofed)
        #expect(verdict.sender.kind == kind)
        #expect(verdict.sender.canonical == canonical)
        #expect(verdict.claimedIDs == ["novinmarket"])
        #expect(verdict.officialIDs == [])
        #expect(verdict.shopIDs == ["novinmarket"])
        #expect(verdict.reasonCodes.first == "undeclared-sender")
        #expect(Set(verdict.reasonCodes) == Set(codes))
        #expect(verdict.reasonCodes.count == codes.count)
    }

    @Test(arguments: [("10007788", "dibashop"), ("5000707070", "naantazeh")])
    func anotherShopsOfficialSenderIsSpoofed(sender: String, owner: String) {
        let verdict = classify(sender, Self.novinOrderCancelled)
        #expect(verdict.kind == .spoofed)
        #expect(verdict.claimedIDs == ["novinmarket"])
        #expect(verdict.officialIDs == [owner])
        #expect(verdict.shopIDs == ["novinmarket"])
        #expect(verdict.reasonCodes.first == "undeclared-sender")
        #expect(Set(verdict.reasonCodes) == ["undeclared-sender", "claims-shop", "other-shop-sender"])
    }

    @Test func everydayNamedShopClaimedFromAMobileIsSpoofed() {
        let verdict = classify("09121234567", "نان تازه: اشتراک صبحانه شما لغو شد. برای بازگشت وجه وارد سایت شوید.")
        #expect(verdict.kind == .spoofed)
        #expect(verdict.claimedIDs == ["naantazeh"])
        #expect(Set(verdict.reasonCodes) == ["undeclared-sender", "claims-shop", "personal-mobile"])
    }

    @Test func spoofedReasonNamesTheDeclaredSenders() throws {
        let verdict = classify("09121234567", Self.novinOrderCancelled)
        let main = try #require(verdict.reasons.first)
        #expect(main.code == "undeclared-sender")
        #expect(main.english.contains("30004455660"))
        #expect(main.english.contains("10004455660"))
        #expect(main.english.contains("+989121234567"))
        #expect(main.persian.contains("نوین مارکت"))
    }

    // MARK: Unverified

    @Test(arguments: ["09121234567", "30001112223", "ARTANO", "30004455660"])
    func shopWithoutDeclaredSendersIsUnverified(sender: String) {
        let verdict = classify(sender, "آرتانو: سفارش شما ارسال شد و تا دو روز دیگر به دستتان می‌رسد.")
        #expect(verdict.kind == .unverified)
        #expect(verdict.claimedIDs == ["artano"])
        #expect(verdict.shopIDs == ["artano"])
        #expect(verdict.reasonCodes == ["no-declared-sender", "claims-shop"])
    }

    @Test func claimingAShopWithSendersAndOneWithoutFromAMobileIsSpoofed() {
        let verdict = classify("09121234567", "نوین مارکت و آرتانو: جشنواره مشترک پاییزه از امروز شروع شد.")
        #expect(verdict.kind == .spoofed)
        #expect(verdict.claimedIDs == ["novinmarket", "artano"])
    }

    // MARK: Unrelated

    @Test(arguments: [
        ("09121234567", "سلام، فردا ساعت ۵ جلسه داریم. دیر نکنی."),
        ("30001112223", "قبض برق شما به مبلغ ۴۵۰,۰۰۰ ریال صادر شد."),
        ("Hamrah-e Aval", "بسته اینترنت ماهانه شما فعال شد."),
        ("09121234567", "Hi, are we still meeting tomorrow at the market?"),
    ])
    func messageNamingNoShopFromNoShopsSenderIsUnrelated(sender: String, text: String) {
        let verdict = classify(sender, text)
        #expect(verdict.kind == .unrelated)
        #expect(verdict.claims == [])
        #expect(verdict.shopIDs == [])
        #expect(verdict.officialIDs == [])
        #expect(verdict.reasonCodes == ["no-claim"])
        #expect(verdict.mentionedShops.isEmpty)
        #expect(verdict.reasons.first?.english.hasPrefix("The message names no registered shop") == true)
    }

    @Test(arguments: [nil, ""] as [String?])
    func unknownSenderWithoutTextIsUnrelated(text: String?) {
        let verdict = classify("09121234567", text)
        #expect(verdict.kind == .unrelated)
        #expect(verdict.reasonCodes == ["no-claim"])
        #expect(verdict.shopIDs == [])
    }

    // MARK: Claims in the verdict

    @Test func claimQuotesTheNameAndItsByteRange() throws {
        let text = "نوین مارکت: سفارش ۱۲ ارسال شد"
        let verdict = classify("09121234567", text)
        let claim = try #require(verdict.claims.first)
        #expect(verdict.claims.count == 1)
        #expect(claim.shopID == "novinmarket")
        #expect(claim.text == "نوین مارکت")
        #expect(claim.utf8Range == 0..<19)
        #expect(claim.evidence == .prefix)
    }

    @Test func claimQuotesTheOriginalSpellingInsideTheMessage() throws {
        let text = "مشتری گرامی، نویــن مارکت امروز جشنواره دارد"
        let verdict = classify("09121234567", text)
        let claim = try #require(verdict.claims.first)
        #expect(claim.text == "نویــن مارکت")
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[claim.utf8Range], as: UTF8.self) == claim.text)
        #expect(claim.utf8Range.lowerBound == Array("مشتری گرامی، ".utf8).count)
    }

    @Test func classifyingUTF8BytesGivesTheSameVerdictAsText() {
        var text = "نوین‌مارکت: سفارش شما لغو شد. برای بازگشت وجه به bit.ly/3xYz12a بروید"
        let fromText = classify("09121234567", text)
        let fromBytes = text.withUTF8 { bytes in
            ClassificationFixtures.classifier.classify(senderWritten: "09121234567", sender: Sender(parsing: "09121234567"), text: bytes)
        }
        #expect(fromBytes.kind == fromText.kind)
        #expect(fromBytes.claims == fromText.claims)
        #expect(fromBytes.risks == fromText.risks)
        #expect(fromBytes.jsonText() == fromText.jsonText())
    }
}
