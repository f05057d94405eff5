import Testing
@testable import SMSGuard

/// Where a message presents itself as a shop: evasions that must still be claims, everyday words that
/// must not be, and notices that name a shop in passing.
struct ClaimDetectionTests {
    private func classify(_ sender: String, _ text: String?) -> Verdict {
        ClassificationFixtures.classify(sender, text)
    }

    /// The message, from a personal mobile that is nobody's sender, claims no shop: it is unrelated.
    private func expectNobodyClaimed(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.claims == [], sourceLocation: sourceLocation)
        #expect(verdict.kind == .unrelated, sourceLocation: sourceLocation)
    }

    // MARK: Evasions of a distinctive name

    /// The name as written in the message, and the risks its spelling must raise.
    static let persianSpellings: [(String, Set<RiskKind>)] = [
        // Spacing between the name's two words.
        ("نوین مارکت", []),
        ("نوین‌مارکت", []),  // ZWNJ
        ("نوینمارکت", []),
        ("نوین  مارکت", []),
        ("نوین\u{00A0}مارکت", []),
        // Arabic letters.
        ("نوين ماركت", []),
        ("نوىن مارکت", []),
        // Stretched with tatweel: read through, and a sign of evasion.
        ("نویــن مارکــت", [.obfuscatedName]),
        ("نــوین‌مــارکت", [.obfuscatedName]),
        // Zero-width characters and bidi marks inside the name.
        ("نو\u{200B}ین مارکت", [.hiddenCharacters]),
        ("نوین\u{200D}مارکت", [.hiddenCharacters]),
        ("نوی\u{FEFF}ن مارکت", [.hiddenCharacters]),
        ("نوین مار\u{200F}کت", [.hiddenCharacters]),
        ("نوی\u{202E}ن مارکت", [.hiddenCharacters]),
        ("نوین\u{2067}مارکت\u{2069}", [.hiddenCharacters]),
        // Letters spaced out, and a line break inside the name.
        ("ن و ی ن مارکت", [.obfuscatedName]),
        ("ن و ی ن م ا ر ک ت", [.obfuscatedName]),
        ("ن و ی ن\nم ا ر ک ت", [.obfuscatedName]),
        ("نوین\nمارکت", []),
        // Attached suffixes.
        ("نوین مارکتی", []),
        ("نوین مارکت،", []),
        ("نوین مارکت‌ها", []),
        ("نوین‌مارکتی", []),
    ]

    @Test(arguments: persianSpellings)
    func persianSpellingOfADistinctiveNameIsAClaim(name: String, risks: Set<RiskKind>) throws {
        let verdict = classify(ClassificationFixtures.mobile, "مشتری گرامی، \(name) برای شما یک کد تخفیف ۳۰ درصدی فعال کرد.")
        #expect(verdict.kind == .spoofed)
        #expect(verdict.claimedIDs == ["novinmarket"])
        #expect(verdict.claims.count == 1)
        #expect(verdict.riskKinds == risks)
    }

    static let latinSpellings: [(String, Set<RiskKind>)] = [
        ("NovinMarket", []),
        ("novinmarket", []),
        ("NOVINMARKET", []),
        ("Novin Market", []),
        ("Novin-Market", []),
        ("novinmarket.ir", []),
        ("www.novinmarket.ir", []),
        ("https://novinmarket.ir/offers", []),
        // Look-alike letters from other alphabets.
        ("N\u{043E}vinMarket", [.lookalikeLetters]),  // Cyrillic о
        ("N\u{03BF}vinMarket", [.lookalikeLetters]),  // Greek ο
        ("NovinM\u{0430}rket", [.lookalikeLetters]),  // Cyrillic а
        ("Nov\u{0456}nMark\u{0435}t", [.lookalikeLetters]),  // Cyrillic і, е
        ("Novin\u{041C}arket", [.lookalikeLetters]),  // Cyrillic М
        ("\u{FF2E}\u{FF4F}\u{FF56}\u{FF49}\u{FF4E}\u{FF2D}\u{FF41}\u{FF52}\u{FF4B}\u{FF45}\u{FF54}", [.lookalikeLetters]),  // full-width
        // Hidden characters inside the Latin name.
        ("Novin\u{200B}Market", [.hiddenCharacters]),
        ("Novin\u{202E}Market", [.hiddenCharacters]),
        // A digit for a letter.
        ("N0vinMarket", [.obfuscatedName]),
        ("Nov1nM4rket", [.obfuscatedName]),
    ]

    @Test(arguments: latinSpellings)
    func latinSpellingOfTheShopIsAClaim(name: String, risks: Set<RiskKind>) {
        let verdict = classify(ClassificationFixtures.mobile, "مشتری گرامی، کد تخفیف ۳۰ درصدی شما در \(name) فعال شد.")
        #expect(verdict.kind == .spoofed)
        #expect(verdict.claimedIDs == ["novinmarket"])
        #expect(verdict.claims.count == 1)
        #expect(verdict.riskKinds == risks)
    }

    @Test func hiddenCharacterRiskShowsTheHiddenCharacter() throws {
        let verdict = classify(ClassificationFixtures.mobile, "مشتری گرامی، نوی\u{202E}ن مارکت برای شما هدیه دارد.")
        let risk = try #require(verdict.risks.first { $0.kind == .hiddenCharacters })
        #expect(risk.text == "نوی<RLO>ن مارکت")
    }

    @Test func ordinaryZWNJBetweenPersianLettersRaisesNoRisk() {
        let verdict = classify("30004455660", "نوین‌مارکت: سفارش شما ارسال شد.")
        #expect(verdict.kind == .authentic)
        #expect(verdict.risks == [])
    }

    @Test(arguments: [
        ("مشتری گرامی، نوین مارکتی‌ها امروز ۲۰ درصد تخفیف دارند", "نوین مارکتی"),
        ("مشتری گرامی، نوین مارکت، بزرگ‌ترین فروشگاه آنلاین", "نوین مارکت"),
    ])
    func claimTextKeepsTheNameAsWritten(text: String, prefix: String) throws {
        let verdict = classify(ClassificationFixtures.mobile, text)
        let claim = try #require(verdict.claims.first)
        #expect(claim.shopID == "novinmarket")
        // Compared as bytes: a ZWNJ after the suffix joins the last letter's grapheme cluster.
        #expect(claim.text.utf8.starts(with: prefix.utf8))
    }

    // MARK: A name made of everyday words

    @Test(arguments: [
        "سلام، سر راه نان تازه بگیر، مهمان داریم",
        "صبح‌ها با نان تازه و پنیر صبحانه می‌خوریم",
        "مامان گفت برای شام نان تازه بخر و زود بیا خانه",
        "نان تازه را تا شب بیرون نگذار، خشک می‌شود",
        "بوی نان تازه همه خانه را برداشته",
        "سر راه برای خانواده نان تازه بخر",
        "نانوایی سر کوچه از فردا فروش نان تازه را از ساعت ۶ صبح شروع می‌کند",
        "برای مهمانی فردا این‌ها را بخر: کباب، سالاد، نان تازه",
        "لیست خرید:\nشیر\nپنیر\nنان تازه",
        "حساب نان تازه رو من دادم، تو پول میوه رو بده",
        // A greeting before the words, but they run on into the sentence: language, not a name.
        "مهمان عزیز نان تازه و پنیر روی میز است، بفرمایید",
        "مشتری گرامی نان تازه امروز تمام شد، فردا زودتر بیایید",
        // The same words typed together or with a ZWNJ: how they are spaced makes them no name.
        "سر راه نانتازه بگیر، مهمان داریم",
        "مشتری گرامی، نان‌تازه از این هفته سنگک هم دارد",
        // After "از", "فروشگاه X" is where a parcel comes from, not who is speaking.
        "بسته شما از فروشگاه نان تازه امروز بین ساعت ۱۴ تا ۱۸ به دستتان می‌رسد",
        // Opening a line that ends in a colon, but with no other shop: a chat, not a shared heading.
        "نان تازه یادت نره: مهمان داریم",
        // A speaker noun with words between that are no modifiers: the noun is about something else.
        "فروشگاه سر کوچه نان تازه ندارد، از نانوایی بگیر",
        // A person telling of dealing with the shop: the noun is whom they dealt with.
        "امروز با پشتیبانی نان تازه حرف زدم، قرار شد پول را برگردانند",
        "به تیم نان تازه گفتم که نان‌ها بیات بود",
    ])
    func everydayWordsInOrdinarySentencesAreNoClaim(text: String) {
        expectNobodyClaimed(text)
    }

    @Test(arguments: [
        ("نان تازه: سفارش صبحانه شما لغو شد، وجه تا ۷۲ ساعت بازمی‌گردد.", Claim.Evidence.prefix),
        ("نان تازه - برای دریافت هدیه روی لینک زیر بزنید", .prefix),
        ("نان تازه\nمشتری گرامی، اشتراک ماهانه شما رو به پایان است.", .prefix),
        ("مشتری گرامی، اشتراک ماهانه شما رو به پایان است.\nنان تازه", .signature),
        ("مشتری گرامی، اشتراک ماهانه شما رو به پایان است - نان تازه", .signature),
        ("مشتری گرامی، اشتراک شما تمدید شد.\nنان تازه\nلغو ۱۱", .signature),
        ("به فروشگاه نان تازه خوش آمدید؛ اولین ارسال شما رایگان است", .speaker),
        ("تیم نان تازه برای شما یک هدیه ویژه کنار گذاشته است", .speaker),
        ("این پیام از طرف نان تازه برای مشتریان ویژه ارسال شده است", .speaker),
        ("صبحانه فردا را با نان تازه شروع کنید https://naantazeh.ir/menu", .domain),
        ("سفارش شما در نان تازه ثبت شد و فردا صبح ارسال می‌شود", .voice),
        // Run together or joined by a ZWNJ, the words are still everyday words: evidence still decides.
        ("نانتازه: سفارش صبحانه شما ثبت شد و فردا ارسال می‌شود", .prefix),
        ("تیم نان‌تازه برای شما یک کد هدیه کنار گذاشته است", .speaker),
        ("خرید آنلاین صبحانه از NaanTazeh با ارسال رایگان", .latinName),
        ("نان تازه، سفارش صبحانه شما ثبت شد", .prefix),
        ("اشتراک صبحانه شما فعال شد | نان تازه", .signature),
        ("این پیشنهاد از سوی نان تازه فقط تا امشب معتبر است", .speaker),
        // A speaker noun and a modifier or two before the name.
        ("جشنواره بزرگ نان تازه آغاز شد! تا ۵۰ درصد تخفیف روی همه صبحانه‌ها", .speaker),
        ("کد تخفیف ویژه نانتازه برای شما: BREAD20", .speaker),
        ("فروشگاه اینترنتی نان‌تازه از امروز سنگک هم می‌فروشد", .speaker),
        // A greeting to the shop's customers, the name closed off by a mark or a line break.
        ("مشتری گرامی نان تازه، اشتراک ماهانه شما رو به پایان است.", .speaker),
        ("کاربران عزیز نان تازه\nارسال امروز برای همه رایگان است", .speaker),
        ("اعضای محترم نان تازه: کد هدیه شما BREAD50 است", .speaker),
    ])
    func everydayNameWithEvidenceOfTheShopSpeakingIsAClaim(text: String, evidence: Claim.Evidence) throws {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.kind == .spoofed)
        #expect(verdict.claimedIDs == ["naantazeh"])
        let claim = try #require(verdict.claims.first)
        #expect(claim.shopID == "naantazeh")
        #expect(claim.evidence == evidence)
    }

    @Test(arguments: [
        "نان تازه و نوین مارکت: جشنواره مشترک صبحانه تا پایان هفته",
        "نان‌تازه با همکاری نوین مارکت: ارسال رایگان برای همه",
    ])
    func everydayNameOpeningAHeadingSharedWithAnotherShopIsAPrefix(text: String) throws {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.kind == .spoofed)
        #expect(verdict.claimedIDs == ["naantazeh", "novinmarket"])
        let claim = try #require(verdict.claims.first { $0.shopID == "naantazeh" })
        #expect(claim.evidence == .prefix)
    }

    @Test func everydayNameSpelledOutLetterByLetterIsAClaim() {
        let verdict = classify(ClassificationFixtures.mobile, "مشتری گرامی، ن ا ن ت ا ز ه برای شما هدیه دارد")
        #expect(verdict.kind == .spoofed)
        #expect(verdict.claimedIDs == ["naantazeh"])
        #expect(verdict.riskKinds == [.obfuscatedName])
    }

    // MARK: Hard negatives

    @Test(arguments: [
        ("09121234567", "دیباچه این کتاب را استاد ما نوشته است، حتما بخوانش"),
        ("09121234567", "ادیبان بزرگ در این جلسه شعر خواندند"),
        ("09121234567", "مهمانان تازه رسیدند، چای بیاور"),
        ("09121234567", "این نانوایی نان تازه‌تری دارد، از این به بعد از اینجا بخر"),
    ])
    func longerWordHoldingANameIsNoClaim(sender: String, text: String) {
        let verdict = classify(sender, text)
        #expect(verdict.claims == [])
        #expect(verdict.kind == .unrelated)
    }

    @Test(arguments: [
        // A bank receipt naming the shop where the card was used.
        ("Bank Melli", "بانک ملی\nبرداشت از حساب ۰۱۰۲۳۴۵۶۷۸۰۰۱\nمبلغ: ۱,۲۵۰,۰۰۰ ریال\nبابت خرید از نوین مارکت\nمانده: ۸,۴۳۰,۰۰۰ ریال\n۱۴۰۳/۰۵/۱۲-۱۸:۴۰"),
        ("Bank Melli", "برداشت ۴۵۰,۰۰۰ ریال بابت خرید از نان تازه. مانده ۲,۱۰۰,۰۰۰ ریال"),
        ("Bank Mellat", "بانک ملت: خرید ۳۲۰,۰۰۰ ریال در نوین مارکت. مانده حساب ۱,۴۰۰,۰۰۰ ریال"),
        ("Bank Mellat", "بانک ملت: خرید ۹۸,۰۰۰ ریال در نان تازه. مانده حساب ۱,۳۰۲,۰۰۰ ریال"),
        // A bank's deposit notice names the payer: the bank speaks, not the shop.
        ("Bank Mellat", "بانک ملت\nواریز پایا از طرف نوین مارکت\nمبلغ: ۵,۰۰۰,۰۰۰ ریال\nمانده: ۱۲,۴۰۰,۰۰۰ ریال"),
        // A police warning about messages in the shop's name.
        ("FATA", "پلیس فتا: هموطن گرامی، پیامک‌هایی به نام نوین مارکت با لینک پرداخت جعلی ارسال می‌شود. فریب نخورید."),
        ("FATA", "پلیس فتا: مراقب پیامک‌های جعلی با نام «نان تازه» باشید و روی لینک‌های ناشناس نزنید."),
        ("FATA", "پلیس فتا: پیامک‌هایی که از طرف نوین مارکت وعده جایزه می‌دهند جعلی است؛ روی لینک آن‌ها نزنید."),
        // A post notice.
        ("IRPOST", "مرسوله پستی شما از نوین مارکت به شماره ۲۳۴۵۶۷ تحویل اداره پست شد. کد رهگیری: ۰۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹"),
        ("IRPOST", "شرکت ملی پست: مرسوله شما امروز تحویل می‌شود.\nکد رهگیری: ۱۲۳۴۵۶۷۸۹۰\nفرستنده: نوین مارکت"),
        ("IRPOST", "مرسوله پستی ارسالی از سوی نوین مارکت به اداره پست رسید. کد رهگیری: ۹۸۷۶۵۴۳۲۱۰"),
        // A courier's notice.
        ("TIPAX", "تیپاکس: مرسوله شما از نوین مارکت امروز بین ساعت ۱۰ تا ۱۴ تحویل داده می‌شود."),
    ])
    func noticeNamingAShopInPassingIsNoClaim(sender: String, text: String) {
        let verdict = classify(sender, text)
        #expect(verdict.claims == [])
        #expect(verdict.kind == .unrelated)
        #expect(verdict.reasonCodes == ["no-claim"])
        // The reason says the shop is named, only not as the one speaking.
        #expect(verdict.mentionedShops.count == 1)
        #expect(verdict.reasons.first?.english.contains("mentions \(verdict.mentionedShops.first?.displayName ?? "?") but does not speak as it") == true)
    }

    @Test(arguments: [
        "دیروز از نوین مارکت یک هدفون خریدم، خیلی راضی‌ام",
        "دیروز از نوین مارکت خریدم",
        "این کفش رو از نوین‌مارکت گرفتم، قیمتش هم خوب بود",
        "من همیشه صبحانه را از نان تازه می‌خرم",
        "دیروز از نوین مارکت یک گوشی سامسونگ با قاب و گلس و شارژر اضافه خریدم",
        "سفارشم از نوین مارکت هنوز نرسیده، تو هم منتظری؟",
    ])
    func personWritingAboutAPurchaseIsNoClaim(text: String) {
        expectNobodyClaimed(text)
    }

    @Test(arguments: [
        ("نوین مارکت: مبلغ ۲,۵۰۰,۰۰۰ ریال بابت استرداد وجه سفارش به حساب شما واریز شد. مانده حساب را بررسی کنید.", Claim.Evidence.prefix),
        ("نان تازه: مبلغ ۴۵۰,۰۰۰ ریال بابت سفارش لغو شده به حساب شما واریز شد. مانده حساب را بررسی کنید.", .prefix),
        ("برداشت ۴۵۰,۰۰۰ ریال از حساب شما بابت اشتراک ماهانه. مانده ۲,۱۰۰,۰۰۰ ریال\nنوین مارکت", .signature),
    ])
    func bankStyleNoticeSignedOrOpenedByTheShopIsAClaim(text: String, evidence: Claim.Evidence) throws {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.kind == .spoofed)
        let claim = try #require(verdict.claims.first)
        #expect(verdict.claims.count == 1)
        #expect(claim.evidence == evidence)
    }

    /// "post" inside "novin-post.ir" is part of an address, not a post office's word: one notice word is left.
    @Test func noticeWordsInsideALinkMakeNoNotice() {
        let verdict = classify(ClassificationFixtures.mobile, "سفارش نوین مارکت شما آماده ارسال است. مرسوله را اینجا پیگیری کنید: novin-post.ir/track")
        #expect(verdict.kind == .spoofed)
        #expect(verdict.claimedIDs == ["novinmarket"])
    }

    @Test func secondShopsNameIsADistinctiveClaim() {
        let verdict = classify("10007788", "دیبا: سفارش پارچه شما ارسال شد.")
        #expect(verdict.kind == .authentic)
        #expect(verdict.claimedIDs == ["dibashop"])
    }

    @Test func bankNoticeOpeningWithTheShopNameFromTheShopIsAuthentic() {
        let verdict = classify("30004455660", "نوین مارکت: مبلغ ۲,۵۰۰,۰۰۰ ریال بابت استرداد وجه سفارش به حساب شما واریز شد.")
        #expect(verdict.kind == .authentic)
        #expect(verdict.claimedIDs == ["novinmarket"])
    }

    // MARK: Headings shared with a partner

    @Test(arguments: [
        "نوین مارکت با همکاری بانک آریا 🏦\nوام خرید ۵۰ میلیونی بدون ضامن! ثبت‌نام: bit.ly/nm-vam",
        "بانک آریا و نوین مارکت 🎉\nشما برنده‌ی اعتبار خرید شدید! شماره کارت خود را بفرستید.",
        "اسنپ × نوین مارکت:\nکد تخفیف ۲۰ درصدی ویژه‌ی شما: SNP20",
        "بانک آریا با همکاری فروشگاه نوین مارکت\nاعتبار ۱۰ میلیونی برای خرید اقساطی فعال شد.",
    ])
    func shopInAHeadingSharedWithAPartnerIsTheShopSpeaking(text: String) throws {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.kind == .spoofed)
        #expect(verdict.claimedIDs == ["novinmarket"])
        #expect(try #require(verdict.claims.first).evidence == .prefix)
    }

    @Test(arguments: [
        // The bank heads alone; the shop is where the card was used.
        "بانک آریا\nخرید از نوین مارکت به مبلغ ۲۰۰٬۰۰۰ ریال انجام شد. مانده: ۱٬۲۰۰٬۰۰۰",
        // "و" joins a partner only when it is seen to be an organization.
        "من و نوین مارکت 😂\nهر هفته یه سفارش دارم",
    ])
    func shopAfterAnotherSpeakersHeadingOrAPersonIsNoPartnerHeading(text: String) {
        expectNobodyClaimed(text)
    }

    @Test func organizationDescribedAfterABarSpeaksInItsOwnHeading() {
        expectNobodyClaimed("نرم‌کده | فروشگاه اپلیکیشن\nنسخه‌ی جدید اپلیکیشن نوین مارکت منتشر شد. به‌روزرسانی از داخل نرم‌کده.")
        // The shop's own heading, described the same way, is still the shop's.
        #expect(classify(ClassificationFixtures.mobile, "نوین مارکت | فروشگاه اینترنتی\nسفارش شما ارسال شد.").kind == .spoofed)
    }

    // MARK: A person talking, another organization speaking

    @Test(arguments: [
        "تیم نوین مارکت خیلی کندن، چهار روزه جواب تیکتمو ندادن",
        "با پشتیبانی نوین‌مارکت تماس گرفتم و حرف زدم، قرار شد پیگیری کنن",
        "نوین مارکت رو دیدی؟ هدفون‌ها رو نصف قیمت کرده",
        "شماره پشتیبانی آرتانو رو داری؟ کارم گیره",
        "این آرتانو هم هنوز تابلوی منو نفرستاده، دو هفته گذشته",
        "میگن آرتانو این ماه حراج داره، راسته؟",
        "آرتانو رو میشناسی؟ میخوام ازش قاب عکس بگیرم",
        "یه پیامک اومده به اسم نوین مارکت، به نظرت واقعیه؟",
    ])
    func personTalkingAboutAShopIsNoClaim(text: String) {
        expectNobodyClaimed(text)
        #expect(classify(ClassificationFixtures.mobile, text).mentionedShops.count == 1)
    }

    @Test(arguments: [
        // The same colloquial words do not undo the shop opening, signing or linking its message.
        ("نوین مارکت: سفارشت رو دیدی؟ امروز تحویل پست شد", Claim.Evidence.prefix),
        ("جایزه‌ای که میخوای اینجاست! سر بزن به novinmarket.ir/yalda", .domain),
        ("کد تخفیف داری؟ اگه نه، این یکی مال توئه: YALDA30\n- نوین مارکت", .signature),
    ])
    func colloquialShopMessageIsStillAClaim(text: String, evidence: Claim.Evidence) throws {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.kind == .spoofed)
        #expect(try #require(verdict.claims.first).evidence == evidence)
    }

    @Test(arguments: [
        "نان تازه\nشیر\nپنیر\nسر راه اینا رو بگیر",
        "نان تازه\nامروز نوبت تو بود که بخری، یادت نره",
    ])
    func everydayNameAloneOnTheFirstLineOfAListOrChatIsNoHeading(text: String) {
        expectNobodyClaimed(text)
    }

    @Test(arguments: [
        "نان تازه\nبرای دریافت هدیه، کد پیامک‌شده را همین‌جا بفرستید",
        "نان تازه\nمنوی امروز: naantazeh.ir/menu",
    ])
    func everydayNameAloneOnTheFirstLineOfAShopsMessageIsAHeading(text: String) throws {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.kind == .spoofed)
        #expect(try #require(verdict.claims.first).evidence == .prefix)
    }

    @Test func speakerNounAfterTheLastSentenceSigns() throws {
        // A bank-like refund notice signed "تیم X" on the same line as its last sentence.
        let verdict = classify(ClassificationFixtures.mobile, "مشتری گرامی، مبلغ سفارش ۷۷۸۱ ظرف ۷۲ ساعت به حساب شما واریز می‌شود. تیم نان تازه")
        #expect(verdict.kind == .spoofed)
        #expect(try #require(verdict.claims.first).evidence == .signature)
    }

    /// A shop named like a letter's formula: "با سپاس" ("with thanks").
    static let formulaShop: Classifier = {
        let json = #"{"version":1,"shops":[{"id":"basepas","names":["با سپاس","باسپاس"],"senders":["30001122"],"domains":["basepas.ir"]}]}"#
        return ClassificationFixtures.classifier(json: json, path: "formula-shop")
    }()

    @Test(arguments: [
        "با سپاس\nجلسه فردا ساعت ده برگزار می‌شود",
        "باسپاس، سفارش شما از انبار ارسال شد",
        "قسط این ماه پرداخت شد.\nبا سپاس",
    ])
    func nameSpellingALettersFormulaOnItsOwnLineOrAfterACommaIsNoHeadingOrSignature(text: String) {
        let verdict = Self.formulaShop.classify(sender: ClassificationFixtures.mobile, text: text)
        #expect(verdict.claims == [])
        #expect(verdict.kind == .unrelated)
    }

    @Test(arguments: [
        ("باسپاس: سفارش شما از انبار ارسال شد", Claim.Evidence.prefix),
        ("با سپاس | کد تخفیف شما: THX20", .prefix),
        ("سفارش شما ثبت شد - باسپاس", .signature),
        ("از طرف با سپاس: کد تخفیف شما", .speaker),
    ])
    func nameSpellingALettersFormulaSetOffAsAHeadingIsAClaim(text: String, evidence: Claim.Evidence) throws {
        let verdict = Self.formulaShop.classify(sender: ClassificationFixtures.mobile, text: text)
        #expect(verdict.kind == .spoofed)
        #expect(try #require(verdict.claims.first).evidence == evidence)
    }

    @Test(arguments: [
        // An impostor calling or writing as the shop's staff, in a person's words.
        "سلام، از واحد مالی دیبا تماس میگیرم، لطفا کدی که براتون اومده رو بگید",
        "ببخشید مزاحم میشم، از دیبا پیام میدم، سفارشت برگشت خورده",
        "کارشناس دیبا هستم، برای تایید هویت شماره کارتت رو بفرست",
        "از پشتیبانی نوین مارکت مزاحمتون میشم، بسته‌تون مونده، هزینه ارسال رو برام بفرستید",
    ])
    func callerIntroducingThemselvesAsTheShopIsAClaim(text: String) throws {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.kind == .spoofed)
        #expect(try #require(verdict.claims.first).evidence == .speaker)
    }

    /// Transfers and balances make the rest read like a bank's notice; the introduction still speaks.
    @Test func callerIntroducingThemselvesAmidBankWordsIsStillAClaim() throws {
        let verdict = classify(
            ClassificationFixtures.mobile,
            "از پشتیبانی دیبا هستم\nبرای انتقال موجودی حساب به شبای جدید، رمز پویایی که برایتان آمد را بفرستید")
        #expect(verdict.kind == .spoofed)
        #expect(try #require(verdict.claims.first).evidence == .speaker)
    }

    @Test func listAfterAnEverydayPhraseIsNoExample() {
        // "مثل همیشه" opens no list: the name after a conjunction elsewhere is still read for who speaks.
        let verdict = classify(ClassificationFixtures.mobile, "دیبا: کیف و کفش پاییزه رسید، با ارسال رایگان")
        #expect(verdict.claimedIDs == ["dibashop"])
    }

    @Test(arguments: [
        // A person asking about a message they quote.
        "اینو برام فرستادن، به نظرت واقعیه؟\n«دیبا: وام ۵۰ میلیونی بدون ضامن، ثبت‌نام در diba-vam.ir»",
        "«نوین مارکت: برنده شدید، وارد لینک شوید» این پیامک برای تو هم اومده؟ من که باور نکردم، میدونی از کجاست؟",
    ])
    func aShopQuotedByAPersonDoesNotSpeak(text: String) {
        expectNobodyClaimed(text)
    }

    @Test(arguments: [
        // Quotation marks that only set off a campaign's or product's name, in the shop's own message.
        "دیبا: جشنواره «تخفیف پاییزه» شروع شد، کد تخفیف: DB30",
        "نوین مارکت: «سبد هفتگی» شما آماده ارسال است",
    ])
    func quotationInTheShopsOwnMessageKeepsItsClaim(text: String) {
        #expect(!classify(ClassificationFixtures.mobile, text).claims.isEmpty)
    }

    @Test(arguments: [
        "سلام دوستای گلم 💕 مینا هستم از پیج mina.decor\nبا کد MINA10 از دیبا خرید کنید و ۱۰٪ تخفیف بگیرید\ndibashop.com",
        "Salam! Reza-am az page @reza.tech 🎧 ba code REZA5 az novinmarket 5% takhfif migirid",
    ])
    func aPageSharingItsOwnCodeForTheShopIsNoClaim(text: String) {
        expectNobodyClaimed(text)
    }

    @Test(arguments: [
        // The shop's own page, and the shop's own campaign with a code: still the shop speaking.
        "پیج اینستاگرام ما را دنبال کنید و با کد INSTA20 از دیبا خرید کنید",
        "جشنواره پاییزه: با کد FALL30 از دیبا خرید کنید و هدیه بگیرید",
    ])
    func theShopsOwnPageOrCodeKeepsTheClaim(text: String) {
        #expect(classify(ClassificationFixtures.mobile, text).claimedIDs == ["dibashop"])
    }

    /// "Fwd:" alone, over the shop's words and nothing of the person's, is those words sent by whoever
    /// sent them.
    @Test(arguments: ["Fwd:\nنوین مارکت: برنده قرعه‌کشی شدید، هزینه ارسال را بپردازید novin-gift.top", "\u{200F}[Forwarded]\nدیبا: سفارش شما لغو شد"])
    func aBareForwardOfTheShopsWordsStillClaimsIt(text: String) {
        #expect(classify(ClassificationFixtures.mobile, text).kind == .spoofed)
    }

    @Test(arguments: [
        // A coupon site's or comparison's digest: shops listed side by side, or three and more.
        "تخفیف‌های امروز کوپن‌یاب 👇\nکد تخفیف دیبا و نوین مارکت، تا ۳۰٪\ncoupon-yab.ir/today",
        "Deals this week: Dibashop DB15 | Novinmarket NM20 | Artano AR10\nAll codes at dealsite.com",
    ])
    func aListOfShopsIsNoOneShopSpeaking(text: String) {
        let verdict = classify("5000665544", text)
        #expect(verdict.claims == [])
        #expect(verdict.kind == .unrelated)
    }

    @Test func aPollListingShopsAsOptionsIsNoOneShopSpeaking() {
        // Only one name is distinctive enough to claim by itself; the others are everyday words and count
        // as the list's items all the same.
        let verdict = classify("50001010", "نظرسنجی بازارسنج 🔍\nبیشتر از کدام فروشگاه خرید می‌کنید؟\n۱- نان تازه\n۲- دیبا\n۳- آرتانو\nفقط عدد گزینه را پاسخ دهید.")
        #expect(verdict.claims == [])
        #expect(verdict.kind == .unrelated)
    }

    @Test func aSchoolsHeadingNamesThePlatformInPassing() {
        let verdict = classify("50001234880", "دبیرستان فرهیختگان ۳\nاولیای گرامی، کلاس جبرانی روز شنبه به‌صورت آنلاین در پلتفرم آرتانو برگزار می‌شود.")
        #expect(verdict.claims == [])
    }

    @Test func aShopNamingAnotherInPassingStillSpeaks() {
        let verdict = classify(ClassificationFixtures.mobile, "آرتانو: سفارش شما با پیک نان تازه ارسال شد.")
        #expect(verdict.claimedIDs == ["artano"])
    }

    @Test func twoShopsNamedApartInTheirOwnSentencesAreStillClaims() {
        // Not one list: each name stands in its own sentence.
        let verdict = classify(ClassificationFixtures.mobile, "دیبا: سفارش شما لغو شد. وجه از طریق نوین مارکت بازگردانده می‌شود")
        #expect(verdict.claimedIDs.contains("dibashop"))
    }

    @Test func anOrganizationsNameOnTheFirstLineSpeaks() {
        let verdict = classify("BankAria", "بانک آریا\nبا کارت اعتباری آریا از دیبا خرید کنید و ۵٪ بازگشت وجه بگیرید")
        #expect(verdict.claims == [])
        #expect(verdict.kind == .unrelated)
    }

    @Test func theShopsOwnNameOnTheFirstLineIsNoOtherOrganization() {
        #expect(classify(ClassificationFixtures.mobile, "فروشگاه دیبا\nسفارش شما لغو شد، وجه را از لینک زیر بگیرید").claimedIDs == ["dibashop"])
    }

    @Test func aRelativeTalkingOfAJobAtTheShopIsAPerson() {
        let verdict = classify(ClassificationFixtures.mobile, "سلام عمو، فردا ساعت ۹ مصاحبه کاری دارم تو انبار دیبا.\nمیشه منو برسونی؟")
        #expect(verdict.claims == [])
        #expect(verdict.kind == .unrelated)
    }

    @Test(arguments: [
        // A customer speaking of the shop: no staff noun before the name, or a verb of no introduction.
        "من از دیبا خیلی راضی هستم، همیشه به موقع میفرسته",
        "ما از مشتریان قدیمی دیبا هستیم ولی این بار بد رفتار کردن",
        "از پشتیبانی دیبا تماس گرفتن گفتن بسته فردا میرسه",
    ])
    func customerSpeakingOfTheShopIsNoSelfIntroduction(text: String) {
        expectNobodyClaimed(text)
    }

    @Test(arguments: [
        "آموزشگاه موسیقی نوا: ثبت‌نام دوره تابستان شروع شد. به ده نفر اول کارت خرید نوین مارکت هدیه می‌دهیم",
        "شرکت بیمه آسایش: با خرید بیمه بدنه، بن خرید ۵۰۰ هزار تومانی از نوین مارکت بگیرید",
        "خلاصه اخبار: فروش اینترنتی شب یلدا دو برابر شد؛ نوین مارکت و آرتانو بیشترین سفارش را داشتند",
    ])
    func anotherOrganizationsMessageNamingAShopIsNoClaim(text: String) {
        let verdict = classify("3000998877", text)
        #expect(verdict.claims == [])
        #expect(verdict.kind == .unrelated)
    }

    @Test(arguments: [
        // A part counter before the name, an emoji after it: still the name opening the message.
        "(1/2) نوین مارکت: مرسوله شما در انبار مانده است، هزینه ارسال را بپردازید",
        "۲/۲ نوین مارکت: ادامه پیام قبلی",
        "1) نوین مارکت: سفارش شما لغو شد",
        "نوین مارکت 📦 سفارش شما لغو شد، برای بازگشت وجه شماره کارت را بفرستید",
    ])
    func partCounterOrEmojiAroundTheOpeningNameLeavesAPrefix(text: String) throws {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.kind == .spoofed)
        #expect(try #require(verdict.claims.first).evidence == .prefix)
    }

    @Test(arguments: [
        // Another business heads the message with its name and links its own site.
        "ارزان‌یاب | قیمت گوشی در نوین مارکت ۵٪ کم شد. مقایسه: arzanyab.ir/p/12",
        "نقدینه‌ها: نظرتان درباره خرید از نوین مارکت چه بود؟ naghdineha.ir/r/5",
        // A marketplace seller names the marketplace it sells on.
        "غرفه کفش ستاره در نوین مارکت: سفارش شما از غرفه ما ارسال شد",
        "ساعت‌سازی مهر (فروشنده در نوین مارکت): از خریدتان ممنونیم",
    ])
    func otherBusinessOrSellerNamingAShopIsNoClaim(text: String) {
        let verdict = classify("3000998877", text)
        #expect(verdict.claims == [])
        #expect(verdict.kind == .unrelated)
    }

    @Test(arguments: [
        // The heading's own site imitates the shop's domain, or the heading is the shop: a claim.
        "نوین مارکت: بازگشت وجه شما آماده است novinmarket-pay.ir/r",
        "Novin Market | refund ready: novinmarkett.ir/r",
    ])
    func headingLinkingALookalikeOfTheShopStaysAClaim(text: String) {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.claimedIDs == ["novinmarket"])
    }

    @Test(arguments: [
        "سلام عزیزم این کد تخفیف نوین مارکت رو بزن، ۲۰ درصد میده",
        "مامان کد تخفیف آرتانو رو برات فرستادم: AR15",
        "آرتانو دیروز تولدش بود، براش چی بگیریم؟",
    ])
    func familyAndFriendsTalkingOfAShopOrAPersonAreNoClaim(text: String) {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.claims == [])
    }

    @Test func bankDynamicPasswordForAPurchaseAtTheShopIsANotice() {
        let verdict = classify("Mellat", "رمز پویا برای خرید از نوین مارکت\nمبلغ: ۲,۳۰۰,۰۰۰ ریال\nرمز: 55120934")
        #expect(verdict.claims == [])
        #expect(verdict.kind == .unrelated)
    }

    @Test(arguments: [
        "سلام آرتانو، فردا ساعت چند میای دنبالم؟",
        "درود آرتانو جان، عکسای سفر رو برام بفرست",
        "hi Artano, are we still meeting tonight?",
    ])
    func nameGreetedAsAPersonIsNoClaim(text: String) {
        expectNobodyClaimed(text)
    }

    @Test(arguments: [
        // A greeting before the name with a mark between, or the shop greeting its customers, stays a claim.
        "سلام، آرتانو هستیم: سفارش شما آماده ارسال است",
        "سلام از آرتانو! کد تخفیف شما: ART20",
    ])
    func greetingThatDoesNotAddressTheNameLeavesTheClaim(text: String) {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.claimedIDs == ["artano"])
    }

    @Test(arguments: [
        "تیپاکس: مرسوله ارسالی نوین مارکت فردا بین ساعت ۱۰ تا ۱۴ تحویل می‌شود",
        "همراه اول: بسته اینترنت هدیه خرید از نوین مارکت برای شما فعال شد",
        "ایسنا | رشد فروش نوین مارکت در شب یلدا",
        "Tipax: baste ersali az Novin Market farda tahvil midahim",
        // A court's or the government's notice (fake ones too) naming a shop as a party or a place.
        "اخطاریه: شکایت نوین مارکت علیه شما ثبت شده است، متن را در سامانه ببینید",
        "سامانه یارانه: اعتبار خرید شما در فروشگاه نوین مارکت فعال شد",
    ])
    func operatorCourierOrNewsHeadingNamingAShopIsNoClaim(text: String) {
        let verdict = classify("3000998877", text)
        #expect(verdict.claims == [])
        #expect(verdict.kind == .unrelated)
    }

    @Test(arguments: [
        // A heading that names the shop, or that is a label and not an organization, leaves the name a claim.
        "فروشگاه نوین مارکت: کد تخفیف ۲۰٪ ویژه شما",
        "جشنواره یلدا: نوین مارکت با ۳۰٪ تخفیف تا پایان هفته",
        "کد تخفیف: نوین مارکت برای شما YALDA20 را فعال کرد",
    ])
    func headingThatIsNoOtherOrganizationLeavesTheClaim(text: String) {
        let verdict = classify("3000998877", text)
        #expect(verdict.claimedIDs == ["novinmarket"])
        #expect(verdict.kind == .spoofed)
    }

    @Test func bankPaymentNamingTheMerchantIsANotice() {
        let verdict = classify("Bank Sepah", "رمز پویا: ۵۵۱۹۸۲\nمبلغ: ۱,۸۰۰,۰۰۰ ریال\nپذیرنده: نوین مارکت\nاعتبار: ۲ دقیقه")
        #expect(verdict.claims == [])
        #expect(verdict.kind == .unrelated)
    }

    // MARK: Latin letters, forwarded messages

    @Test(arguments: [
        ("Bank Mellat", "Bank Mellat: Purchase 1,250,000 IRR at NOVINMARKET. Bal: 8,400,000 IRR"),
        ("Alopeyk", "Alopeyk: peyk baraye tahvil baste NovinMarket dar rah ast. ranande: Hamid"),
        (ClassificationFixtures.mobile, "bacheha NovinMarket harraj gozashte, kasi headphone mikhad?"),
        (ClassificationFixtures.mobile, "did you see the NovinMarket sale? mine came today"),
        (ClassificationFixtures.mobile, "salam, kart hedie NovinMarket ke gofti hanooz hast? dota mikham"),
        (ClassificationFixtures.mobile, "salam, tu NovinMarket ye hedfon kharidam kharab bood"),
        // A friend's code passed on, with the shop's link.
        (ClassificationFixtures.mobile, "این کد تخفیف نوین مارکت رو دوستم داده NM20، تو هم استفاده کن novinmarket.ir"),
        // Friends telling where they shop, laughing; a person hashtagging a shop they like.
        (ClassificationFixtures.mobile, "لوازم آرایش از دیبا، کتاب از نوین مارکت، بقیه‌شم نان تازه 😂"),
        (ClassificationFixtures.mobile, "امروز یه هدفون خریدم #نوین_مارکت #نوین‌مارکت خیلی راضیم 😍"),
        // A customer's reply under the shop's quoted message.
        (ClassificationFixtures.mobile, "> نوین مارکت: سفارش شما ارسال شد\nپس کی می‌رسه؟ سه روزه منتظرم"),
        (ClassificationFixtures.mobile, "finally I got my headphones from نوین مارکت lol, so cheap"),
        // Another site's page about the shop: the name is in the link's path, not its host.
        ("3000998877", "بررسی هدفون‌های تازه را بخوانید: reviews.example.com/novinmarket-headphones"),
        // Written to the shop, not by it.
        (ClassificationFixtures.mobile, "@novinmarket جواب تیکتم رو هنوز ندادین"),
        // A Latin name's words in lower case inside an English sentence.
        (ClassificationFixtures.mobile, "we walked past a novin market on the way home"),
        (ClassificationFixtures.mobile, "«نوین مارکت: کد تخفیف شما NM20»\nاینو برام فرستادن، تو استفاده کن"),
        (ClassificationFixtures.mobile, "Fwd: نوین مارکت: سفارش شما ارسال شد\nاین مال توئه؟"),
        (ClassificationFixtures.mobile, "[Forwarded from گروه خرید]\nبچه‌ها من از دیبا خریدم راضی بودم"),
    ])
    func latinNoticesChatsAndForwardsAreNoClaim(sender: String, text: String) {
        let verdict = classify(sender, text)
        #expect(verdict.claims == [])
        #expect(verdict.kind == .unrelated)
    }

    @Test func aCampaignBrandedWithTheShopsHashtagSpeaksAsTheShop() {
        let verdict = classify("10008877", "🎉 قرعه‌کشی بزرگ #نان_تازه 🎉 و #نان‌تازه\nبرنده یک دستگاه خودرو شدید! دریافت: http://185.23.44.10/win")
        #expect(verdict.claimedIDs == ["naantazeh"])
        #expect(verdict.claims.first?.evidence == .speaker)
        #expect(verdict.kind == .spoofed)
    }

    @Test func aHostOpeningWithTheShopsDomainPresentsTheShop() {
        let verdict = classify(ClassificationFixtures.mobile, "سفارش شما در گمرک مانده است. هزینه ترخیص را بپردازید: https://novinmarket.ir.tarkhis-pay.com")
        #expect(verdict.claimedIDs == ["novinmarket"])
        #expect(verdict.kind == .spoofed)
        #expect(verdict.riskKinds.contains(.lookalikeDomain))
    }

    @Test func anotherShopsSiteLinkedByTheShopOpeningTheMessageIsForeign() throws {
        // The opening shop speaks; the other shop's domain is only where the link goes.
        let verdict = classify(ClassificationFixtures.mobile, "نوین مارکت: سفارش شما لغو شد. برای بازگشت وجه وارد dibashop.com/refund شوید")
        #expect(verdict.claimedShops.map(\.id) == ["novinmarket"])
        #expect(verdict.riskKinds.contains(.foreignLink))
    }

    @Test func shopsNamedInAJointHeadingKeepTheirLinks() {
        let verdict = classify("30004455660", "نوین مارکت و دیبا: جشنواره مشترک پاییز! novinmarket.ir/fall و dibashop.com/fall")
        #expect(Set(verdict.claimedShops.map(\.id)) == ["novinmarket", "dibashop"])
    }

    @Test(arguments: [
        // A quotation inside the shop's own message, and a heading "فروشگاه X:" over a customs notice.
        ("نوین مارکت: «جشنواره یلدا» شروع شد، تا ۴۰٪ تخفیف", Claim.Evidence.prefix),
        ("فروشگاه نوین مارکت: مرسوله شما در گمرک توقیف شد. هزینه ترخیص را بپردازید", .prefix),
        ("NovinMarket: sefaresh shoma ersal shod", .prefix),
        // A quotation mark never closed: no forward, and no crash on the search for its end.
        ("«نوین مارکت: کد تخفیف شما NM20", .prefix),
        ("\"نوین مارکت", .prefix),
    ])
    func shopHeadingsInQuotesNoticesAndLatinStayClaims(text: String, evidence: Claim.Evidence) throws {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.kind == .spoofed)
        #expect(try #require(verdict.claims.first).evidence == evidence)
    }

    // MARK: Other speakers, titles and people

    @Test(arguments: [
        // A courier's and a payment gateway's notices: the shop is whose parcel or payment it is.
        "رهنورد: مرسوله نوین مارکت شما امروز با پست پیشتاز ارسال شد",
        "پرداخت شما به مبلغ ۳۲۰ هزار تومان در نوین مارکت موفق بود. شماره پیگیری ۵۵۱۲۰۹",
        // A salon and a school whose names hold a shop's word.
        "سالن زیبایی دیبا: نوبت شما فردا ساعت ۱۰ صبح است",
        "آموزشگاه زبان نوین مارکت: کلاس فردا برگزار نمی‌شود",
        // A show's title with the shop's word in it.
        "نمایش «دیبای سرخ» از فردا در تالار شهر اجرا می‌شود",
        // A bank signing its own notice on the last line; the shop is where the card was used.
        "مشتری گرامی، کارت شما هنگام خرید از فروشگاه نوین مارکت به دلیل رمز نادرست مسدود شد.\nبانک سپهرآیین",
        // A news item opening with an emoji before its heading.
        "📰 خبر: فروشگاه نوین مارکت اعلام کرد حراج پاییزه یک هفته تمدید شد",
        // A courier giving its name in both scripts, an Instagram page's heading.
        "رهسپار | Rahsepar\nبسته شما از نوین مارکت امروز بین ساعت ۱۴ تا ۱۸ می‌رسد",
        "🎁 پیج تخفیف‌یاب: هفته بعد کارت هدیه نوین مارکت قرعه‌کشی می‌کنیم",
        // A reseller telling where its goods come from.
        "سلام 🌸 همه اجناس ما از نوین مارکت تهیه میشه، فاکتور رسمی داریم",
        // A hospital's and a restaurant's own headings, the restaurant's ended by an emoji.
        "بیمارستان مهرگان: نوبت شما ثبت شد؛ داروها را از داروخانه‌های طرف قرارداد یا نوین مارکت تهیه کنید",
        "رستوران نارون 🍝\nمنوی پاییزه رسید! ما را در نوین مارکت هم پیدا کنید",
        // A person asking whether to order from the shop, an airline telling where tickets were bought.
        "امشب شام چی بخوریم؟ از نوین مارکت سفارش بدم؟",
        "مسافرانی که بلیت خود را از نوین مارکت تهیه کرده‌اند، برای جابه‌جایی به همان مرجع مراجعه کنند",
        // One shop given as an example among several.
        "کارت هدیه شهرداری در فروشگاه‌های طرف قرارداد، از جمله نوین مارکت، پذیرفته می‌شود.",
        "با کوپن ملی می‌توانید از فروشگاه‌هایی مانند نوین مارکت خرید کنید",
        // A later item of a list of examples.
        "برای سفارش‌گذاری در سایت‌هایی مثل دیبا و نوین مارکت نیروی پاره‌وقت می‌خواهیم",
        "در فروشگاه‌هایی از جمله دیبا، آرتانو و نوین مارکت هم پذیرفته می‌شود",
    ])
    func otherBusinessesTitlesAndListsNameTheShopInPassing(text: String) {
        let verdict = classify("3000456789", text)
        #expect(verdict.claims == [])
        #expect(verdict.kind == .unrelated)
    }

    @Test(arguments: [
        "شرکت نوین مارکت: سفارش شما ارسال شد",
        // The shop's own courier speaks for it.
        "پیک نوین مارکت: مرسوله شما به دلیل نقص آدرس برگشت خورد",
        "مشتری گرامی: نوین مارکت برای شما کد تخفیف فعال کرد",
        "هشدار: سفارش نوین مارکت شما لغو شد",
        "جشنواره «نوین مارکت» تا پایان هفته ادامه دارد",
    ])
    func theShopsOwnHeadingsAndQuotedNameStayClaims(text: String) {
        #expect(classify(ClassificationFixtures.mobile, text).claimedIDs == ["novinmarket"])
    }

    @Test func greetingTheShopsCustomersClaimsItEvenInABankLikeNotice() throws {
        let verdict = classify(
            ClassificationFixtures.mobile,
            "مشتری گرامی نوین مارکت\nمبلغ سفارش لغو شده به حساب شما برگشت داده می‌شود؛ شماره کارت خود را پیامک کنید")
        #expect(verdict.kind == .spoofed)
        #expect(try #require(verdict.claims.first).evidence == .speaker)
        #expect(verdict.riskKinds == [.refundLure, .cardNumberRequest])
    }

    @Test func personsReferralLinkToTheShopIsNoClaim() {
        let verdict = classify(
            ClassificationFixtures.mobile, "سلام، با کد دعوت من تو نوین مارکت عضو شو، هردومون اعتبار می‌گیریم: novinmarket.ir/invite/SARA7")
        #expect(verdict.claims == [])
        #expect(verdict.kind == .unrelated)
        #expect(verdict.mentionedShops.map(\.id) == ["novinmarket"])
    }

    @Test func shopOpeningTheMessageSpeaksForAnotherShopItOnlyNames() {
        let verdict = classify("10007788", "دیبا | خرید اقساطی از نوین مارکت با کارت دیبا، بدون پیش‌پرداخت")
        #expect(verdict.claimedIDs == ["dibashop"])
        #expect(verdict.kind == .authentic)
    }

    /// A shop whose registry entry writes its name in Latin letters too.
    static let latinNamedClassifier: Classifier = {
        let json = """
            {"version":1,"shops":[{"id":"lumora","names":["لومورا","Lumora"],"senders":["3000123123"],"domains":["lumora.ir"]}]}
            """
        return ClassificationFixtures.classifier(json: json, path: "latin-named")
    }()

    @Test func latinRegistryNameWithCyrillicLettersRaisesLookalikeLetters() {
        // "Lumоra" with a Cyrillic о.
        let verdict = Self.latinNamedClassifier.classify(sender: ClassificationFixtures.mobile, text: "Lum\u{043E}ra: your parcel is on hold")
        #expect(verdict.claimedShops.map(\.id) == ["lumora"])
        #expect(verdict.riskKinds == [.lookalikeLetters])
    }

    @Test func latinRegistryNameInAnotherSitesLinkPathIsNoClaim() {
        let verdict = Self.latinNamedClassifier.classify(sender: ClassificationFixtures.mobile, text: "بررسی کامل رو اینجا بخون: techreview.ir/lumora")
        #expect(verdict.claims == [])
        #expect(verdict.kind == .unrelated)
    }

    // MARK: Names spelled out, shared links, couriers, accounts

    @Test(arguments: [
        ("ن.و.ی.ن م.ا.ر.ک.ت: جایزه شما آماده است، شماره کارت را بفرستید", "novinmarket"),
        ("N.o.v.i.n.M.a.r.k.e.t: your prize is ready", "novinmarket"),
        ("د-ی-ب-ا | سفارش شما لغو شد", "dibashop"),
    ])
    func nameSpelledOutWithMarksIsAClaimAndObfuscated(text: String, shop: String) throws {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.claimedIDs == [shop])
        #expect(try #require(verdict.claims.first).evidence == .prefix)
        #expect(verdict.riskKinds.contains(.obfuscatedName))
    }

    @Test(arguments: ["ج.ا.ا و U.S.A در خبرها", "ساعت ۹.۳۰ جلسه داریم", "ن.و.ی.ن: کلمه‌ای با حروف جدا"])
    func lettersSetApartThatSpellNoShopAreNoClaim(text: String) {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.claims == [])
        #expect(verdict.risks == [])
    }

    @Test func friendPassingOnTheShopsOwnLinkIsNoClaim() {
        let verdict = classify(ClassificationFixtures.mobile, "سلام، کد تخفیف نوین مارکت رو برات فرستادم، ببین: novinmarket.ir/offer/9")
        #expect(verdict.claims == [])
        #expect(verdict.kind == .unrelated)
    }

    @Test func courierExpressHeadingNamesTheShopInPassing() {
        let verdict = classify("3000456789", "رهنورد اکسپرس: مرسوله شما از فروشگاه نوین مارکت تحویل مامور شد")
        #expect(verdict.claims == [])
    }

    @Test func theReadersAccountAtAShopNamedWithEverydayWordsIsItsVoice() throws {
        let verdict = classify(ClassificationFixtures.mobile, "هشدار:\nحساب کاربری شما در نان تازه مسدود شد. برای رفع مسدودی وارد شوید: naan-tazeh.site")
        #expect(verdict.kind == .spoofed)
        #expect(verdict.claimedIDs == ["naantazeh"])
        #expect(verdict.riskKinds.isSuperset(of: [.foreignLink, .lookalikeDomain]))
    }

    @Test func colloquialStaffIntroductionClaimsTheShop() throws {
        let verdict = classify(ClassificationFixtures.mobile, "سلام من از بچه‌های پشتیبانی نوین مارکت ام، سفارشت گیر کرده، کدی که برات اومد رو بگو")
        #expect(verdict.claimedIDs == ["novinmarket"])
        #expect(try #require(verdict.claims.first).evidence == .speaker)
    }

    @Test(arguments: [
        // Someone else's words, reported in a warning to a friend.
        "دیروز یکی زنگ زد گفت از پشتیبانی نوین مارکت ام کد بده، حواست باشه",
        // A payment's merchant, named by the gateway that took the payment.
        "پی‌یار: پرداخت ۳۲۰,۰۰۰ تومان به پذیرنده «نوین مارکت» انجام شد",
        // A marketplace naming one of its sellers.
        "بازارچه\nنظرتان درباره‌ی کیفی که از فروشنده «نوین مارکت» خریدید چیست؟ bazarche.ir/r/12",
        "مرسوله‌ی شما از غرفه نوین مارکت فردا تحویل می‌شود",
    ])
    func reportedIntroductionsAndMerchantsAreNoClaim(text: String) {
        #expect(classify(ClassificationFixtures.mobile, text).claims == [])
    }

    @Test(arguments: ["«نوین مارکت»\nسفارش ۴۴۱۰ شما لغو شد، وجه را از این صفحه بگیرید: novin-refund.site", "«آرتانو» \nحراج زمستانه شروع شد"])
    func nameAloneInGuillemetsOpeningTheMessageIsItsHeading(text: String) throws {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(try #require(verdict.claims.first).evidence == .prefix)
    }

    @Test func quotationOfAWholeMessageIsStillAForward() {
        let verdict = classify(ClassificationFixtures.mobile, "«نوین مارکت: سفارش شما لغو شد» این برای تو هم اومده؟")
        #expect(verdict.claims == [])
    }

    @Test(arguments: [
        // A compound heading whose first part is a courier's or a publication's noun.
        "پیک‌یار: بسته نوین مارکت شما تا ساعت ۱۸ تحویل می‌شود",
        "باربری‌پارس: محموله نوین مارکت شما بارگیری شد",
        "خبرنامه بازار امروز: نوین مارکت انبار تازه‌ای در شیراز باز کرد",
    ])
    func courierOrNewsletterHeadingNamesTheShopInPassing(text: String) {
        #expect(classify("3000999111", text).claims == [])
    }

    /// A shop named with one everyday word ("ارمغان", a gift brought back), and one coined of two that
    /// count only standing whole ("افق" + "نگین").
    static let wordShops: Classifier = {
        let json = #"{"version":1,"shops":[{"id":"armaghan","names":["ارمغان"],"senders":["30004400"],"domains":["armaghan.ir"]},"#
            + #"{"id":"ofoghnegin","names":["افق‌نگین"],"senders":["30004401"],"domains":["ofoghnegin.ir"]}]}"#
        return ClassificationFixtures.classifier(json: json, path: "word-shops")
    }()

    @Test(arguments: [
        "ارمغان این سفر فقط عکس بود، فردا می‌رسیم",
        "برای مامان ارمغان‌های خوبی از مشهد آوردیم",
    ])
    func everydayWordOfTheWiderVocabularyIsNoClaim(text: String) {
        #expect(Self.wordShops.classify(sender: ClassificationFixtures.mobile, text: text).claims == [])
    }

    @Test(arguments: [
        ("ارمغان: سفارش شما ارسال شد", Claim.Evidence.prefix),
        ("کد ورود شما: ۵۵۱۲۳\nارمغان", .signature),
        ("code 55123\nارمغان", .signature),
    ])
    func everydayWordOpeningOrSigningIsStillAClaim(text: String, evidence: Claim.Evidence) throws {
        let verdict = Self.wordShops.classify(sender: ClassificationFixtures.mobile, text: text)
        #expect(verdict.kind == .spoofed)
        #expect(try #require(verdict.claims.first).evidence == evidence)
    }

    @Test func everydayNameInFinglishIsTheSameEverydayWord() {
        #expect(Self.wordShops.classify(sender: ClassificationFixtures.mobile, text: "in armaghan-e safar bood, ye shal-e abrisham").claims == [])
    }

    @Test(arguments: [
        ("Armaghan: sefaresh shoma ersal shod", Claim.Evidence.prefix),
        ("kode vorood: 5512\narmaghan", .signature),
        ("kharid az ofoghnegin ba 20% takhfif", .latinName),
    ])
    func finglishNameWithEvidenceOrCoinedIsStillAClaim(text: String, evidence: Claim.Evidence) throws {
        let verdict = Self.wordShops.classify(sender: ClassificationFixtures.mobile, text: text)
        #expect(try #require(verdict.claims.first).evidence == evidence)
    }

    @Test func coinedNameOfTwoWordsStaysDistinctive() throws {
        let verdict = Self.wordShops.classify(sender: ClassificationFixtures.mobile, text: "افق‌نگین امروز ساعت ۱۸ تعطیل است")
        #expect(verdict.kind == .spoofed)
        #expect(try #require(verdict.claims.first).evidence == .distinctiveName)
    }

    /// A shop named with a given name that is also a musical mode ("همایون"): people and songs bear it.
    static let givenNameShop: Classifier = {
        let json = #"{"version":1,"shops":[{"id":"homayoun","names":["همایون"],"senders":["30004402"],"domains":["homayoun.shop"]}]}"#
        return ClassificationFixtures.classifier(json: json, path: "given-name-shop")
    }()

    @Test(arguments: [
        "همایون جان فردا ساعت ۵ میام دنبالت",
        "امشب تو کنسرت آواز همایون خوندن 🎶\nجات خالی بود",
    ])
    func givenNameInAChatIsNoClaim(text: String) {
        #expect(Self.givenNameShop.classify(sender: ClassificationFixtures.mobile, text: text).claims == [])
    }

    @Test(arguments: [
        ("همایون: سفارش شما ارسال شد", Claim.Evidence.prefix),
        ("اپلیکیشن جدید همایون منتشر شد، همین حالا نصب کنید", .speaker),
    ])
    func givenNameWithEvidenceOfTheShopIsAClaim(text: String, evidence: Claim.Evidence) throws {
        let verdict = Self.givenNameShop.classify(sender: ClassificationFixtures.mobile, text: text)
        #expect(verdict.kind == .spoofed)
        #expect(try #require(verdict.claims.first).evidence == evidence)
    }

    /// A cinema named with the shop's everyday word, on its own site: neither a claim nor a look-alike.
    @Test func anotherBusinessNamedWithTheEverydayWordOnItsOwnSiteIsNoClaim() {
        let verdict = Self.wordShops.classify(
            sender: "50001919", text: "پردیس سینمایی ارمغان 🎬\nاکران ویژه فیلم‌های کودک، جمعه صبح\nخرید بلیت: cinema-armaghan.ir")
        #expect(verdict.kind == .unrelated)
        #expect(verdict.risks == [])
    }

    @Test func theShopsOwnEverydayWordInAnotherHostIsALookalikeWhenTheMessageSpeaksAsIt() {
        let verdict = Self.wordShops.classify(sender: ClassificationFixtures.mobile, text: "ارمغان: برای تمدید اشتراک وارد شوید armaghan-club.ir")
        #expect(verdict.kind == .spoofed)
        #expect(verdict.riskKinds.contains(.lookalikeDomain))
    }

    @Test func theEverydayWordAsASubdomainOfAnotherHostStillSpeaksAsTheShop() {
        let verdict = Self.wordShops.classify(sender: ClassificationFixtures.mobile, text: "سفارش شما لغو شد، برای بازگشت وجه اپ جدید را نصب کنید: armaghan.app-update.ir/a.apk")
        #expect(verdict.kind == .spoofed)
        #expect(verdict.riskKinds.contains(.lookalikeDomain))
    }

    @Test func shoppingListLineEndingInANumberIsNoSignatureLine() {
        let verdict = Self.wordShops.classify(sender: ClassificationFixtures.mobile, text: "شیر ۲\nارمغان")
        #expect(verdict.claims == [])
    }

    // MARK: A person writing to a friend

    @Test(arguments: [
        "سلام مریم جون 😊 تو که قبلاً تو نوین مارکت کار می‌کردی، محیطش چطوره؟",
        "سلام علی جان، از آرتانو هم چیزی گرفتی یا نه؟",
    ])
    func aMessageGreetingAFriendByNameIsTheirs(text: String) {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(verdict.claims == [])
    }

    @Test func aShopGreetingItsCustomerFondlyStillSignsItsMessage() {
        let verdict = classify(ClassificationFixtures.mobile, "سلام مریم جان، سفارش شما از انبار ارسال شد.\nنوین مارکت")
        #expect(verdict.claimedIDs == ["novinmarket"])
    }

    @Test func aCustomerAddressedAsDearIsNoFriend() {
        let verdict = classify(ClassificationFixtures.mobile, "سلام مشتری عزیز، از نوین مارکت خرید کنید و ۲۰٪ تخفیف بگیرید: novin-off.top")
        #expect(verdict.claimedIDs == ["novinmarket"])
    }

    // MARK: An emoji inside a name

    @Test(arguments: ["آرتا🎁نو: کفش رایگان برای ۱۰۰ نفر اول! فقط هزینه پست را بپردازید", "نوین👟مارکت: کفش رایگان برای ۱۰۰ نفر اول!"])
    func aNameSplitByAnEmojiIsStillTheNameAndADisguise(text: String) {
        let verdict = classify(ClassificationFixtures.mobile, text)
        #expect(!verdict.claims.isEmpty)
        #expect(verdict.riskKinds.contains(.obfuscatedName))
    }

    @Test func anEmojiBetweenWordsWithSpacesJoinsNothing() {
        let verdict = classify("30004455660", "نوین مارکت 🎁 جشنواره پاییزه: تا ۳۰٪ تخفیف")
        #expect(verdict.claimedIDs == ["novinmarket"])
        #expect(verdict.risks == [])
    }

    @Test func aLanternIsAnEverydayWord() {
        // "فانوس" (lantern) stands with lamps and candles: a shop so named needs evidence to speak.
        let isEveryday = TextFolder.fold("فانوس").bytes.withUnsafeBufferPointer { CommonWords.spellsOnlyEverydayWords($0[...]) }
        #expect(isEveryday)
    }
}

