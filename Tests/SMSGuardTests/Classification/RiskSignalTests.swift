import Testing
@testable import SMSGuard

/// Warning signs in a message, found whatever the verdict.
struct RiskSignalTests {
    private func classify(_ sender: String, _ text: String?) -> Verdict {
        ClassificationFixtures.classify(sender, text)
    }

    // MARK: Links

    @Test(arguments: [
        ("نوین مارکت: سفارش شما لغو شد. برای پیگیری به tracking-post.com بروید", "tracking-post.com", [RiskKind.foreignLink]),
        ("نوین مارکت: برای بازگشت وجه وارد https://pay-shaparak.xyz/refund شوید", "pay-shaparak.xyz", [.foreignLink, .refundLure]),
        ("نان تازه: اشتراک شما تمدید نشد، پرداخت در www.sobhane-online.ir", "sobhane-online.ir", [.foreignLink]),
        // The shop's domain as a user name before "@": the host is what follows it.
        ("نوین مارکت: فاکتور آماده پرداخت است https://novinmarket.ir@pay-check.site/o/91", "pay-check.site", [.foreignLink]),
        // An "@" in the query string is no e-mail address.
        ("نوین مارکت: پرداخت فاکتور pay-check.site/o/91?ref=a@b", "pay-check.site", [.foreignLink]),
    ] as [(String, String, Set<RiskKind>)])
    func linkAwayFromTheClaimedShopsDomainIsAForeignLink(text: String, host: String, kinds: Set<RiskKind>) throws {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.kind == .spoofed)
        #expect(verdict.riskKinds == kinds)
        let foreign = verdict.risks.filter { $0.kind == .foreignLink }
        #expect(foreign.count == 1)
        #expect(foreign.first?.detail == host)
    }

    @Test(arguments: [("novin-jayeze.win", "novin-jayeze.win"), ("pay.novin-market.bid/o/2", "pay.novin-market.bid"), ("takhfif24.pw", "takhfif24.pw")])
    func domainWrittenWithoutSchemeOnAScamFavouredTopLevelIsALink(link: String, host: String) {
        let verdict = classify(ClassificationFixtures.mobile, "نوین مارکت: جایزه خود را از \(link) بگیرید")
        #expect(verdict.risks.contains { $0.kind == .foreignLink && $0.detail == host })
    }

    @Test func instagramHandleEndingInAnEnglishWordIsNoLink() {
        let verdict = classify("30004455660", "نوین مارکت: لایو امشب با پیج sara.style ساعت ۲۱")
        #expect(verdict.risks == [])
    }

    @Test(arguments: [
        "نوین مارکت: سفارش شما ارسال شد. پیگیری: https://novinmarket.ir/orders/4521",
        "نوین مارکت: سفارش شما ارسال شد. پیگیری: www.novinmarket.ir/orders/4521",
        "نوین مارکت: سفارش شما ارسال شد. پیگیری: https://track.novinmarket.ir/4521",
        "نوین مارکت: سفارش شما ارسال شد. پیگیری: NovinMarket.ir/t/4521",
    ])
    func linkToTheShopsOwnDomainRaisesNoRisk(text: String) {
        let verdict = classify("30004455660", text)
        #expect(verdict.kind == .authentic)
        #expect(verdict.risks == [])
    }

    @Test func linkToTheShopsOwnDomainInASpoofedMessageIsNoForeignLink() {
        let verdict = classify(ClassificationFixtures.mobile, "نوین مارکت: سفارش شما ارسال شد. پیگیری: https://novinmarket.ir/orders/4521")
        #expect(verdict.kind == .spoofed)
        #expect(verdict.risks == [])
    }

    @Test func linkInAMessageClaimingNoShopIsNoForeignLink() {
        let verdict = classify(ClassificationFixtures.mobile, "سلام، عکس‌های سفر را اینجا گذاشتم: https://photos.example.com/album/12")
        #expect(verdict.kind == .unrelated)
        #expect(verdict.risks == [])
    }

    /// Domains that imitate the shop's: a typo, the brand as a label of another host, brand-hyphen hosts.
    @Test(arguments: [
        "https://novinmarkt.ir/pay",
        "https://novinmarkets.ir/pay",
        "https://novlnmarket.ir/pay",
        "https://novinrnarket.ir/pay",
        "https://novinmarket.com/pay",
        "https://novinmarket.ir.pay-check.site/login",
        "https://novinmarket-help.ir",
        "http://help-novinmarket.xyz/pay",
        "https://secure.novinmarket.online/pay",
        // The brand's words parted by hyphens inside a longer host.
        "https://novin-market-bonus.ir/pay",
        "http://www.get-novin-market.xyz",
    ])
    func lookalikeDomainIsFlaggedWhetherOrNotTheShopIsNamed(link: String) throws {
        // Named: the link also leaves the shop's domain.
        let named = classify(ClassificationFixtures.mobile, "نوین مارکت: سفارش شما لغو شد، برای پیگیری وارد \(link) شوید")
        #expect(named.kind == .spoofed)
        #expect(named.riskKinds == [.lookalikeDomain, .foreignLink])
        let lookalike = try #require(named.risks.first { $0.kind == .lookalikeDomain })
        #expect(lookalike.detail.hasSuffix("imitates novinmarket"))

        // Not named: the look-alike domain is still a warning sign.
        let unnamed = classify(ClassificationFixtures.mobile, "حساب شما مسدود شد، برای رفع مسدودی وارد \(link) شوید")
        #expect(unnamed.riskKinds.contains(.lookalikeDomain))
    }

    @Test func linkWithLookalikeLettersThatFoldsToTheShopsDomainIsFlagged() {
        // "nоvinmarket.ir" with a Cyrillic о is a different (punycode) domain, not the shop's.
        let verdict = classify(ClassificationFixtures.mobile, "نوین مارکت: برای پیگیری سفارش وارد https://n\u{043E}vinmarket.ir/pay شوید")
        #expect(verdict.kind == .spoofed)
        #expect(verdict.riskKinds.contains(.lookalikeLetters))
        #expect(verdict.riskKinds.contains(.lookalikeDomain))
        #expect(verdict.riskKinds.contains(.foreignLink))
    }

    /// Digits typed on a Persian keyboard are digits, not letters imitating Latin ones.
    @Test func persianDigitsInALinksPathAreNoLookalikeLetters() {
        let verdict = classify("5000887766", "پیک سریع: مرسوله شما امروز تحویل می‌شود\npeyk-sari.ir/t/NM-۵۵۳")
        #expect(!verdict.riskKinds.contains(.lookalikeLetters))
    }

    @Test func punycodeHostIsFlaggedAsLookalikeLetters() {
        let verdict = classify(ClassificationFixtures.mobile, "نوین مارکت: پیگیری سفارش در https://xn--nvinmarket-3kg.ir/pay")
        #expect(verdict.riskKinds.contains(.lookalikeLetters))
        #expect(verdict.riskKinds.contains(.foreignLink))
    }

    @Test func hiddenCharacterInsideALinkIsFlagged() {
        let verdict = classify(ClassificationFixtures.mobile, "برای پیگیری سفارش وارد https://novin\u{200B}market.ir.secure-pay.xyz/login شوید")
        #expect(verdict.riskKinds.contains(.hiddenCharacters))
        #expect(verdict.riskKinds.contains(.lookalikeDomain))
    }

    @Test(arguments: [
        ("جایزه شما آماده است، برای دریافت به bit.ly/3xYz12a بروید", RiskKind.shortenedLink),
        ("برای پیگیری مرسوله به https://tinyurl.com/y7kq2 بروید", .shortenedLink),
        ("برای تایید سفارش به cutt.ly/novin بروید", .shortenedLink),
        ("برای پیگیری مرسوله به http://185.23.44.10/track بروید", .ipLink),
        ("برای پیگیری مرسوله به 185.23.44.10/track بروید", .ipLink),
        ("برنامه جدید را نصب کنید: http://dl-update.xyz/app.apk", .apkLink),
        ("برنامه جدید را نصب کنید: https://files.example.com/Setup.APK?v=2", .apkLink),
    ])
    func suspiciousLinkFormIsFlaggedWithoutAClaim(text: String, kind: RiskKind) {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.kind == .unrelated)
        #expect(verdict.riskKinds.contains(kind))
        #expect(!verdict.riskKinds.contains(.foreignLink))
    }

    @Test func shortenedLinkInAClaimIsAlsoAForeignLink() {
        let verdict = classify(ClassificationFixtures.mobile, "نوین مارکت: برای پیگیری سفارش به bit.ly/3xYz12a بروید")
        #expect(verdict.riskKinds == [.shortenedLink, .foreignLink])
    }

    @Test func apkLinkFromTheShopsClaimIsFlagged() {
        let verdict = classify(ClassificationFixtures.mobile, "نوین مارکت: اپلیکیشن جدید ما را نصب کنید https://novin-app.site/NovinMarket.apk")
        #expect(verdict.kind == .spoofed)
        #expect(verdict.riskKinds.contains(.apkLink))
        #expect(verdict.riskKinds.contains(.foreignLink))
    }

    @Test(arguments: [
        "مبلغ سفارش لغو شده تا فردا به حساب شما برگشت داده می‌شود",
        "وجه کالای ناموجود به کارت شما بازگردانده خواهد شد",
        "بابت خطای درگاه، ۳۲۰ هزار تومان به شما عودت داده می‌شود",
        "سفارش شما مرجوع شد و مبلغ آن آماده‌ی برگشت است",
        "وجه کالای ناموجود آماده بازگشت به حساب شماست",
    ])
    func moneyReturnedToTheReadersAccountIsRefundBait(text: String) {
        #expect(classify(ClassificationFixtures.mobile, text).riskKinds == [.refundLure])
    }

    // MARK: Requests for secrets

    @Test(arguments: [
        ("لطفا شماره کارت خود را برای ما ارسال کنید", RiskKind.cardNumberRequest),
        ("برای واریز مبلغ، شماره شبا را اعلام کنید", .cardNumberRequest),
        ("برای تکمیل خرید، cvv2 و تاریخ انقضای کارت را وارد کنید", .cvv2Request),
        ("کد امنیتی پشت کارت را بفرستید", .cvv2Request),
        ("رمز دوم کارت خود را در این صفحه وارد کنید", .secondPasswordRequest),
        ("رمز پویای خود را برای کارشناس ارسال نمایید", .secondPasswordRequest),
        ("کد تایید پیامک شده را برای ما ارسال کنید", .oneTimeCodeRequest),
        ("کد ورود را برای پشتیبانی بفرستید", .oneTimeCodeRequest),
        ("لطفا کد ارسال شده به گوشی‌تان را به همین شماره پیامک کنید", .oneTimeCodeRequest),
        ("Please send us the verification code you received", .oneTimeCodeRequest),
    ])
    func requestForASecretIsFlagged(text: String, kind: RiskKind) {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.riskKinds == [kind])
    }

    /// A card secret named as a form's field, pointing at a page: "ثبت شماره کارت: link".
    @Test(arguments: [
        ("بازگشت مالیات خریدها 💳\nثبت شماره کارت: https://tax-back.click/k", RiskKind.cardNumberRequest),
        ("جایزه‌ی شما آماده است، دریافت با ثبت شماره کارت در pay-gift.top", .cardNumberRequest),
        ("برای فعال‌سازی بیمه‌ی کالا\nدرج رمز دوم: bime-kala.xyz", .secondPasswordRequest),
        ("جایزه‌ی یلدا 🎁\nثبت شماره کارت جهت واریز: https://yalda-win.top", .cardNumberRequest),
    ])
    func cardSecretAsAFormFieldBeforeALinkIsARequest(text: String, kind: RiskKind) {
        #expect(classify(ClassificationFixtures.mobile, text).riskKinds.contains(kind))
    }

    @Test(arguments: [
        "ثبت شماره کارت: فقط در شعبه‌ی بانک، با کارت ملی",
        "ثبت کد ورود: novinmarket.ir/login",
    ])
    func formFieldWithoutALinkOrForALoginCodeIsNoRequest(text: String) {
        #expect(classify(ClassificationFixtures.mobile, text).risks == [])
    }

    @Test(arguments: [
        "رمز دوم خود را در اختیار دیگران قرار ندهید",
        "نوین مارکت هرگز شماره کارت یا رمز دوم شما را درخواست نمی‌کند",
        "کد تایید را به هیچ عنوان برای کسی ارسال نکنید",
        "شماره کارت و cvv2 خود را به هیچ‌کس نگویید",
        "Your verification code is 4821. Never share it with anyone.",
    ])
    func warningNotToShareASecretIsNoRequest(text: String) {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.risks == [])
    }

    /// A safety line elsewhere in the message does not cancel the request that follows it.
    @Test(arguments: [
        ("رمز دوم خود را به کسی ندهید. برای دریافت جایزه، شماره کارت خود را ارسال کنید", RiskKind.cardNumberRequest),
        ("کد تایید را در هیچ سایتی وارد نکنید؛ فقط آن را برای کارشناس ما بفرستید", .oneTimeCodeRequest),
    ])
    func negationInAnotherSentenceDoesNotHideARequest(text: String, kind: RiskKind) {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.riskKinds.contains(kind))
    }

    @Test(arguments: [
        "کد تایید شما: ۴۸۲۱۹۳\nاین کد را در سایت وارد کنید",
        "کد ورود شما به نوین مارکت: ۵۵۱۲",
        "رمز یکبار مصرف شما ۷۷۳۱ است. آن را در صفحه پرداخت وارد نمایید",
    ])
    func oneTimeCodeForOwnUseIsNoRequest(text: String) {
        let verdict = classify("30004455660", text)
        #expect(verdict.risks == [])
    }

    @Test(arguments: [
        // Asked for as a reply, and in Persian written with Latin letters.
        ("برای تایید خرید، شماره کارت و رمز دوم را همینجا پاسخ دهید", [RiskKind.cardNumberRequest, .secondPasswordRequest]),
        ("baraye faal sazi, shomare kart va ramz-e dovom ra befrestid", [.cardNumberRequest, .secondPasswordRequest]),
        ("code taeed ke alan baratoon oomad ra be in shomare ersal konid", [.oneTimeCodeRequest]),
        ("کدی که همین الان برایتان پیامک شد را برای کارشناس بفرستید", [.oneTimeCodeRequest]),
        ("کدی که الان برات پیامک میشه رو همینجا بفرست", [.oneTimeCodeRequest]),
        ("برای ثبت نام، کد ۵ رقمی دریافتی را در پاسخ همین پیام بفرستید", [.oneTimeCodeRequest]),
        ("کد تایید رو که اومد برام بفرستش", [.oneTimeCodeRequest]),
        // Colloquial: the code "that came for you", told or read out, with no word for the code itself.
        ("یه پیامک براتون اومده، عددش رو لطفا بخونید برام", [.oneTimeCodeRequest]),
        ("اون کدی که گوشیت گرفت رو زود بگو", [.oneTimeCodeRequest]),
        ("lotfan code ro ke alan oomad baram befrest", [.oneTimeCodeRequest]),
        ("baraye taeed, ramz-e yekbar masraf ra ersal konid", [.oneTimeCodeRequest]),
        ("شماره کارت و cvv2 را به پشتیبانی ایمیل کنید", [.cardNumberRequest, .cvv2Request]),
        ("برای واریز جایزه فقط شماره کارتتون رو دایرکت کنید", [.cardNumberRequest, .prizeLure]),
        // A possessive on the code, a code that "will come", a code written back.
        ("ببخشید کد تاییدش اشتباهی رفته رو گوشی شما، لطفا بفرستیدش", [.oneTimeCodeRequest]),
        ("الان یه پیامک بهتون میاد، عددشو لطفا برای من بفرستید", [.oneTimeCodeRequest]),
        ("کد ارسالی را در پاسخ همین پیامک بنویسید تا حسابتان فعال بماند", [.oneTimeCodeRequest]),
    ])
    func requestInReplyOrLatinLettersIsFlagged(text: String, kinds: [RiskKind]) {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(Set(verdict.riskKinds) == Set(kinds))
    }

    @Test(arguments: [
        "کد تحویل سفارش شما: ۸۸۴۱\nلطفا این کد را هنگام دریافت بسته به پیک بگویید.",
        "این کد را فقط وقتی بسته را گرفتید به مامور پست اعلام کنید: ۲۲۱۹",
    ])
    func deliveryCodeToldToTheCourierIsNoRequest(text: String) {
        #expect(classify("30004455660", text).risks == [])
    }

    @Test func deliveryCodeAlsoAskedForByMessageIsARequest() {
        let text = "کد تحویل را که پیامک می‌شود به پیک بگویید یا همین حالا به این شماره بفرستید"
        #expect(classify(ClassificationFixtures.mobile, text).riskKinds == [.oneTimeCodeRequest])
    }

    @Test func latinWarningNotToShareIsNoRequest() {
        let verdict = classify("30004455660", "code taeed ra hargez be kasi ersal nakonid")
        #expect(verdict.risks == [])
    }

    @Test func mentionOfACardWithoutARequestIsNoRisk() {
        let verdict = classify("30004455660", "نوین مارکت: پرداخت با همه کارت‌های عضو شتاب امکان‌پذیر است. شماره کارت شما نزد ما ذخیره نمی‌شود.")
        #expect(verdict.risks == [])
    }

    // MARK: Lures

    @Test(arguments: [
        ("تبریک! شما برنده یک دستگاه گوشی در قرعه‌کشی شدید", RiskKind.prizeLure),
        ("جایزه نقدی شما آماده پرداخت است", .prizeLure),
        ("به مناسبت سالگرد، ۳۰۰ هزار تومان هدیه به حساب شما منظور می‌شود", .prizeLure),
        ("۵۰ گیگ اینترنت رایگان برای شما فعال شد، همین حالا دریافت کنید", .prizeLure),
        ("مبلغ سفارش لغو شده شما قابل استرداد است", .refundLure),
        ("برای بازگشت وجه سفارش خود اقدام کنید", .refundLure),
        ("یارانه جدید شما آماده دریافت است", .subsidyLure),
        ("کالابرگ مرحله جدید برای شما فعال شد، موجودی را در kalabarg-site.top ببینید", .subsidyLure),
        ("۲ گرم طلا به قید قرعه به شما تعلق گرفت، دریافت در gold-gift.top", .prizeLure),
        // Something free, with a link away or a secret asked for it.
        ("سبد یلدایی رایگان برای ۵۰ مشتری اول 🎁\nثبت‌نام: yalda-sabad.click", .prizeLure),
        ("یک جفت کتانی rayegan baraye shoma, adres ra dar kafsh-free.top vared konid", .prizeLure),
        ("سهام عدالت شما آزاد شد", .subsidyLure),
        ("وام ۲۰۰ میلیونی فوری، فقط با کارت ملی", .loanLure),
        ("تسهیلات خرید اقساطی بدون ضامن برای شما فعال شد", .loanLure),
        ("۴۰۰ هزار تومان اعتبار هدیه به کیف پول شما اضافه شد؛ برای برداشت وارد gift-wallet.top شوید", .prizeLure),
        ("tabrik! shoma barande yek dastgah tablet shodid", .prizeLure),
        ("bazgasht vajh sefaresh shoma anjam nashod, pigiri konid", .refundLure),
        ("برای برگشت پول خریدت روی لینک زیر بزن", .refundLure),
        // A gift with a sum of money after it, in digits of any alphabet.
        ("با نصب برنامه، هدیه ۱۵۰ هزار تومانی بگیرید", .prizeLure),
        ("هدیه 2,000,000 ریالی شما در انتظار تایید است", .prizeLure),
        ("hedie 300 hezar tomani baraye nasbe barname", .prizeLure),
    ])
    func lureIsFlagged(text: String, kind: RiskKind) {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.riskKinds == [kind])
    }

    @Test(arguments: [
        // What a shop makes free of its own service is no gift.
        "ارسال رایگان برای سفارش‌های بالای ۵۰۰ هزار تومان: novin-post.ir",
        "نصب رایگان کولر در تهران، رزرو در novin-service.ir",
        // Credit given as a gift is a voucher, not a loan.
        "هدیه‌ی تولد شما: کد BD-44 با ۲۰۰ هزار تومان اعتبار خرید، تا آخر هفته",
    ])
    func freeServiceOrGiftedCreditIsNoLure(text: String) {
        #expect(classify(ClassificationFixtures.mobile, text).risks.filter { [.prizeLure, .loanLure].contains($0.kind) } == [])
    }

    @Test func giftInAMessageAskingForACardSecretIsBait() {
        let text = "هدیه‌ی سالگرد شما آماده است 🎉 برای فعال‌سازی، شماره کارت و رمز دوم را وارد کنید"
        #expect(classify(ClassificationFixtures.mobile, text).riskKinds.contains(.prizeLure))
    }

    @Test(arguments: [
        "هدیه تولد مادر را از همین حالا انتخاب کنید",
        "بسته‌بندی هدیه برای خریدهای بالای ۵۰۰ هزار تومان",
        "هدیه ۳ عدد ماسک صورت همراه هر سفارش",
    ])
    func giftWithoutASumOfMoneyAfterItIsNoLure(text: String) {
        #expect(classify("30004455660", text).risks == [])
    }

    @Test(arguments: [
        // A refund, a gift card and a credit line reported done, asking for nothing.
        "بازگشت وجه سفارش ۴۴۱۲ به مبلغ ۲۳۰ هزار تومان به کیف پول شما واریز شد",
        "کارت هدیه ۳۰۰ هزار تومانی شما خریداری شد. کد کارت را در سبد خرید novinmarket.ir وارد کنید",
        "اعتبار خرید اقساطی شما به سقف ۲۰ میلیون تومان فعال شد",
        // A state subsidy charged, asking for nothing.
        "اعتبار کالابرگ خانوار شما شارژ شد؛ خرید فقط با کارت بانکی در فروشگاه‌های طرف قرارداد",
        "refund e sefaresh 5521 be karte shoma variz shod",
        // A person telling of a gift card bought for someone.
        "کارت هدیه‌ای که برات از نوین مارکت خریدم رسید؟",
        // A lottery held and its winners named, a wheel of fortune opened on the shop's own site.
        "قرعه‌کشی جشنواره پاییزه نوین مارکت انجام شد. نام برندگان در سایت آمده است.",
        "نوین مارکت: گردونه تخفیف یلدا فعال شد، هر روز یک بار بچرخانید: novinmarket.ir/yalda",
        // A friend telling of their own spin.
        "گردونه نوین مارکت رو چرخوندم ۲۰ درصد تخفیف اومد، کدش اینه: NV20",
        // An airline telling where to ask for a refund, asking nothing.
        "مسافرانی که بلیت را از آژانس‌ها تهیه کرده‌اند، جهت استرداد به همان مرجع مراجعه کنند",
        // Cashback: a share of each payment given back.
        "بانک سپهر: با کارت‌های سپهر در فروشگاه‌های همکار ۵٪ بازگشت وجه بگیرید",
    ])
    func transactionReportedSettledOrCashbackAskingNothingIsNoLure(text: String) {
        #expect(classify("30004455660", text).risks == [])
    }

    @Test(arguments: [
        ("بازگشت وجه سفارش شما انجام شد. برای دریافت، شماره کارت و cvv2 را ارسال کنید", RiskKind.refundLure),
        ("کارت هدیه ۵۰۰ هزار تومانی شما فعال شد، دریافت از gift-card.top", .prizeLure),
        ("مبلغ مرجوعی شما آماده واریز است", .refundLure),
        ("اعتبار ۳۰ میلیونی بدون چک آماده پرداخت است", .loanLure),
        ("گردونه شانس نوین مارکت: بچرخانید و جایزه بگیرید novin-charkhesh.top", .prizeLure),
        ("لغو سفارش شما ثبت شد. جهت دریافت وجه، شماره کارت خود را ارسال نمایید", .refundLure),
        ("بازپرداخت هزینه دارو توسط بیمه تایید شد، واریز به کارت: bime-darman.top", .refundLure),
    ])
    func transactionWithADemandOrUnsettledIsALure(text: String, kind: RiskKind) {
        #expect(classify(ClassificationFixtures.mobile, text).riskKinds.contains(kind))
    }

    @Test(arguments: [
        // A gift card sold, issued, redeemed or asked about in a survey: a product, asking nothing for it.
        "نوین مارکت | کد کارت هدیه ۵۰۰ هزار تومانی شما: NV-44QZ. این کد را به کسی ندهید",
        "کارت هدیه با کد ...44QZ امروز ساعت ۱۸ استفاده شد. اگر شما نبودید تماس بگیرید",
        "نوین مارکت: کارت هدیه ۲۰۰ هزار تومانی شما صادر شد novinmarket.ir/gift",
        "نوین مارکت | نظرسنجی: از خرید کارت هدیه راضی بودید؟ عددی از ۱ تا ۵ ارسال کنید",
    ])
    func giftCardAskingNothingForItIsNoLure(text: String) {
        #expect(classify("30004455660", text).risks == [])
    }

    @Test(arguments: [
        "کارت هدیه ۵۰۰ هزار تومانی به شما تعلق گرفت، دریافت در gift-novin.top",
        "برای دریافت کارت هدیه یک میلیونی، شماره کارت بانکی خود را ارسال کنید",
        "کارت هدیه نوروزی شما آماده است؛ برای فعال‌سازی کد پیامک شده را بفرستید",
    ])
    func giftCardWantingSomethingForItIsAPrizeLure(text: String) {
        #expect(classify(ClassificationFixtures.mobile, text).riskKinds.contains(.prizeLure))
    }

    @Test(arguments: [
        // Selling on instalments, and a credit approved: how shops sell, asking nothing for it.
        "نوین مارکت: خرید اقساطی لوازم خانگی، ۶ قسطه و بدون ضامن 🛋️\nnovinmarket.ir/aghsat",
        "دیبا | از این ماه می‌تونید خریدتون رو سه قسطه و بدون چک پرداخت کنید",
        "نوین مارکت: اعتبار خرید ۲۰ میلیون تومانی شما تایید شد. ادامه خرید: novinmarket.ir/credit",
    ])
    func instalmentsAskingNothingAreNoLoanLure(text: String) {
        #expect(classify("30004455660", text).risks == [])
    }

    @Test(arguments: [
        "خرید اقساطی بدون ضامن! ثبت‌نام فوری در aghsat-novin.top",
        "وام فوری بدون چک و ضامن، فقط کارت ملی را بفرستید",
        // The advance fee: a fee paid to release a credit.
        "اعتبار ۳۰ میلیونی شما آماده است. برای آزادسازی، کارمزد اعتبارسنجی را به کارت ۶۰۳۷۹۹۱۱۲۲۳۳۴۴۵۵ واریز کنید",
    ])
    func easyCreditWantingSomethingIsALoanLure(text: String) {
        #expect(classify(ClassificationFixtures.mobile, text).riskKinds.contains(.loanLure))
    }

    @Test(arguments: [
        "پرداخت ناموفق بود؛ مبلغ کسر شده طی ۷۲ ساعت به حسابتون برگشت میخوره. برای تسریع، شماره کارت و CVV2 را بفرستید",
        "موجودی تموم شده، لطفا شماره کارت‌تون رو بفرستید تا وجه رو برگردونیم",
        "مبلغ ۸۵۰ هزار تومان بابت مرجوعی به شما تعلق گرفت. جهت واریز، شماره کارت را ارسال کنید",
    ])
    func moneyPromisedBackForCardDataIsARefundLure(text: String) {
        #expect(classify(ClassificationFixtures.mobile, text).riskKinds.contains(.refundLure))
    }

    @Test func moneyPromisedBackAskingNothingIsANotice() {
        let text = "نوین مارکت: پرداخت ناموفق بود؛ مبلغ کسر شده طی ۷۲ ساعت به حسابتون برگشت میخوره."
        #expect(classify("30004455660", text).risks == [])
    }

    @Test func aShopsNoticeLinkingThePostsTrackingSiteLinksNowhereForeign() {
        let verdict = classify("30004455660", "نوین مارکت: مرسوله شما تحویل پست شد. رهگیری: tracking.post.ir/?id=2241")
        #expect(verdict.risks == [])
    }

    @Test func baitWordsInThePathOfTheShopsOwnLinkAreItsPageNames() {
        #expect(classify("30004455660", "نوین مارکت: مبلغ سفارش لغو شده به کیف پول شما واریز شد. جزئیات: my.novinmarket.ir/refunds").risks == [])
        // The same path on another host is bait.
        #expect(classify(ClassificationFixtures.mobile, "نوین مارکت: جزئیات سفارش لغو شده: novin-help.top/refunds").riskKinds.contains(.refundLure))
    }

    @Test func aPurposeOfRegisteringTheCardNumberOnAPageAsksForIt() {
        let text = "نوین مارکت: مبلغ سفارش لغو شده به حساب شما برگشت داده می‌شود. جهت ثبت شماره کارت: novinmarket.refund-ir.com"
        #expect(classify(ClassificationFixtures.mobile, text).riskKinds.contains(.cardNumberRequest))
    }

    @Test func anEnglishWinIsAPrizeLure() {
        let verdict = classify(ClassificationFixtures.mobile, "NovinMarket: Congratulations! You won an iPhone 15. Claim it at novin-win.com")
        #expect(verdict.riskKinds.contains(.prizeLure))
    }

    @Test func aGiftSettledOnALinkWithHiddenCharactersIsStillALureAndTheCharactersAreToldOnce() {
        let verdict = classify(ClassificationFixtures.mobile, "نوین مارکت: هدیه ۵۰۰ هزار تومانی شما فعال شد 🎁\nدریافت: novin\u{200B}market.ir/gift")
        #expect(verdict.riskKinds.contains(.prizeLure))
        #expect(verdict.risks.filter { $0.kind == .hiddenCharacters }.count == 1)
    }

    @Test func lureInAnAuthenticMessageIsStillFlagged() {
        let verdict = classify("30004455660", "نوین مارکت: در قرعه‌کشی جشنواره پاییزه شرکت کنید و برنده سکه طلا شوید.")
        #expect(verdict.kind == .authentic)
        #expect(verdict.riskKinds == [.prizeLure])
    }

    @Test func giftForWhichOnlyTheShippingIsPaidIsAPrizeLure() {
        let text = "نوین مارکت: یک بسته هدیه برای شما کنار گذاشته‌ایم، فقط هزینه ارسال ۳۵ هزار تومان را بپردازید"
        #expect(classify(ClassificationFixtures.mobile, text).riskKinds.contains(.prizeLure))
    }

    @Test func cardNumberAskedForInFinglishWithCartIsARequest() {
        #expect(classify(ClassificationFixtures.mobile, "baraye variz, shomare cart ra befrestid").riskKinds == [.cardNumberRequest])
    }

    @Test func brandMissingALetterInAHyphenatedPartOfTheHostIsALookalike() {
        #expect(classify(ClassificationFixtures.mobile, "امتیازهای باشگاه شما می‌سوزد: novinmarkt-club.ir").riskKinds.contains(.lookalikeDomain))
    }

    @Test(arguments: [
        "امروز یکی زنگ زد گفت تو قرعه‌کشی نوین مارکت برنده شدی، منم قطع کردم 😂",
        // Calling it a scam after naming it.
        "اینو ببین برای منم اومده. نوشته نوین مارکت وام میده، کلاهبرداریه روش نزن",
        // The same in Persian written with Latin letters.
        "Reza in payami ke mige az novin market barande shodi fake-e, linkesh ro baz nakon!",
    ])
    func personRetellingOrWarningOfBaitAskingNothingOffersNone(text: String) {
        #expect(classify(ClassificationFixtures.mobile, text).risks == [])
    }

    @Test(arguments: [
        ("بهم گفتن برنده جایزه نوین مارکت شدم، تو هم اینجا شماره‌ت رو بزن: novin-gift.top", RiskKind.prizeLure),
        ("وام فوری ۱۰۰ میلیونی بدون ضامن. مراقب کلاهبرداران باشید و فقط از سایت ما ثبت‌نام کنید: vam-sarie.xyz", .loanLure),
    ])
    func baitRetoldOrWarnedOfWithALinkToFollowIsStillALure(text: String, kind: RiskKind) {
        #expect(classify(ClassificationFixtures.mobile, text).riskKinds.contains(kind))
    }

    @Test(arguments: [
        "پلیس فتا: پیامک‌هایی که خبر از برنده شدن در قرعه‌کشی می‌دهند جعلی است؛ روی لینک آن‌ها نزنید.",
        "هشدار پلیس فتا: کلاهبرداران با وعده یارانه جدید لینک می‌فرستند.",
    ])
    func policeWarningOfBaitIsNoLure(text: String) {
        let verdict = classify("FATA", text)
        #expect(verdict.risks == [])
    }

    @Test func operatorWarningOfBaitInAShopsNameIsNoLureAndNoClaim() {
        let verdict = classify("Irancell", "ایرانسل: مشترک گرامی، پیامک «جایزه نوین مارکت» از خطوط شخصی جعلی است؛ لینک آن را باز نکنید.")
        #expect(verdict.risks == [])
        #expect(verdict.claims == [])
        #expect(verdict.kind == .unrelated)
    }

    @Test(arguments: ["تا ۴۰٪ تخفیف روی برندهای منتخب لوازم خانگی", "برند‌های ایرانی را با ارسال رایگان بخرید"])
    func brandsAreNoWinners(text: String) {
        let verdict = classify("30004455660", text)
        #expect(verdict.risks == [])
    }

    @Test func baitCallingOtherMessagesFakeIsStillALure() {
        // No notice: a lure that only mentions fakes is still bait.
        let verdict = classify(ClassificationFixtures.mobile, "مراقب پیامک‌های جعلی باشید! جایزه واقعی شما اینجاست، کارت خود را ثبت کنید")
        #expect(verdict.riskKinds.contains(.prizeLure))
    }

    @Test(arguments: [
        "سلام، فردا ساعت ۵ جلسه داریم. دیر نکنی.",
        "هدیه تولدت رو گرفتم، فردا میارم. ۲۰۰ هزار تومن شد",
        "قیمتش ۴۵۰ هزار تومان بود، ارسالش رایگان شد",
    ])
    func ordinaryMessageRaisesNoRisk(text: String) {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.risks == [])
    }
}

extension RiskSignalTests {
    /// A shop that declares senders but no domain.
    private static let shopWithoutDomain: Classifier = {
        let json = """
            {"version":1,"shops":[{"id":"golrangshop","names":["گلرنگ شاپ"],"senders":["3000111222"]}]}
            """
        return ClassificationFixtures.classifier(json: json, path: "shop-without-domain")
    }()

    @Test func hostNamedAfterAShopThatDeclaresNoDomainIsNoLookalike() {
        let verdict = Self.shopWithoutDomain.classify(sender: "3000111222", text: "گلرنگ شاپ: حراج پاییزه در https://golrangshop.com/sale")
        #expect(verdict.kind == .authentic)
        #expect(!verdict.riskKinds.contains(.lookalikeDomain))
    }

    @Test(arguments: ["https://golrangshop.pay-ir.site/login", "https://golrangshop-help.ir", "https://golrangshap.com/sale"])
    func brandInsideAnotherHostStillImitatesAShopWithoutDomain(link: String) {
        let verdict = Self.shopWithoutDomain.classify(sender: "09121234567", text: "گلرنگ شاپ: سفارش شما لغو شد، برای استرداد وارد \(link) شوید")
        #expect(verdict.riskKinds.contains(.lookalikeDomain))
    }

    // MARK: Colloquial requests and codes typed into suspect pages

    @Test(arguments: [
        ("سفارشت لغو شد، شماره کارتتو بفرست تا پولت برگرده", RiskKind.cardNumberRequest),
        ("salam, ye code az novinmarket barat umad eshtebahi, lotfan befrestesh", .oneTimeCodeRequest),
        ("یه کد برات اومده اشتباهی، میشه بفرستیش برام؟", .oneTimeCodeRequest),
    ])
    func colloquialRequestIsFlagged(text: String, kind: RiskKind) {
        #expect(classify(ClassificationFixtures.mobile, text).riskKinds.contains(kind))
    }

    @Test func codeTypedIntoALookalikePageIsHandedOver() {
        let verdict = classify(ClassificationFixtures.mobile, "کد تایید ارسال‌شده را در صفحه زیر وارد کنید: novinmarket-verify.xyz/login")
        #expect(verdict.riskKinds.contains(.oneTimeCodeRequest))
    }

    @Test func codeTypedIntoTheShopsOwnPageIsNormalUse() {
        let verdict = classify("30004455660", "نوین مارکت: کد تایید ارسال‌شده را در صفحه زیر وارد کنید: novinmarket.ir/login")
        #expect(verdict.risks == [])
    }

    // MARK: Polite requests and rewards

    @Test(arguments: [
        "سلام، کارشناس پشتیبانی نوین مارکت هستم. برای ثبت سفارش، کد ۶ رقمی که الان پیامک شد را بفرمایید.",
        "همکار پشتیبانی دیبا هستم؛ لطفاً کد تأییدی که برایتان ارسال شد رو بفرمایید تا حساب فعال شود.",
    ])
    func aPoliteTellMeForTheCodeJustSentAsksForIt(text: String) {
        #expect(classify(ClassificationFixtures.mobile, text).riskKinds.contains(.oneTimeCodeRequest))
    }

    @Test func aFinglishAskToTextTheCodeBackAsksForIt() {
        let verdict = classify(ClassificationFixtures.mobile, "Novin Market: baraye taeed-e esterdad, code 6 raghami ke baraye shoma ersal shode ra be hamin shomare payamak konid.")
        #expect(verdict.riskKinds.contains(.oneTimeCodeRequest))
    }

    @Test(arguments: [
        "نوین مارکت: کد تأیید ورود شما ۴۸۲۱۹۳ است. لطفاً آن را در اپلیکیشن وارد بفرمایید.",
        "نوین مارکت: کد تخفیف NOV20 برای شما فعال شد. جهت خرید به سایت مراجعه بفرمایید.",
    ])
    func aPoliteVerbOfOwnUseAsksNothing(text: String) {
        #expect(classify("30004455660", text).risks == [])
    }

    @Test func aSecondPasswordNamedAsWhatOneEntersWithBeforeALinkIsAsked() {
        let verdict = classify("+989015556677", "نوین مارکت: بازگشت وجه سفارش لغوشده شما آماده است.\nورود با رمز دوم کارت: https://novin.refund-center.ir")
        #expect(verdict.riskKinds.contains(.secondPasswordRequest))
    }

    @Test func aRewardReadyToBePaidIsBait() {
        let verdict = classify("2000123456", "نوین مارکت: پاداش شرکت شما در نظرسنجی (۱۵۰ هزار تومان) آماده واریز است. شماره کارت خود را در novin-reward.top ثبت کنید.")
        #expect(verdict.riskKinds.contains(.prizeLure))
    }

    @Test func rewardPointsReportedAddedAreNoBait() {
        let verdict = classify("30004455660", "نوین مارکت: ۵۰۰ امتیاز پاداش خرید دیروز به حساب کاربری شما افزوده شد.")
        #expect(verdict.risks == [])
    }
}
