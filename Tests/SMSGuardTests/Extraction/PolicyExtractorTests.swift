import Testing
@testable import SMSGuard

// Every policy below is invented for these tests: the shops, names, numbers and addresses are made up.
// Each expectation is what a careful human reader of the policy would write into the registry.

struct PolicyExtractorTests {
    // MARK: - Helpers

    private static func extract(_ text: String, id: String = "kalaban", fileName: String? = nil) throws -> Shop {
        try PolicyExtractor.extract(policy: Array(text.utf8), id: id, fileName: fileName ?? "\(id).txt")
    }

    private static func codes(_ shop: Shop) -> [String] { shop.warnings.map(\.code) }

    /// UTF-8 byte offset of the first occurrence of `needle` in `text`.
    private static func byteOffset(of needle: String, in text: String) -> Int? {
        let haystack = Array(text.utf8), target = Array(needle.utf8)
        guard !target.isEmpty, haystack.count >= target.count else { return nil }
        for start in 0...(haystack.count - target.count) where haystack[start..<(start + target.count)].elementsEqual(target) {
            return start
        }
        return nil
    }

    /// 1-based line of a UTF-8 byte offset.
    private static func line(ofOffset offset: Int, in text: String) -> Int {
        Array(text.utf8).prefix(offset).filter { $0 == 0x0A }.count + 1
    }

    /// Whether the bytes of `text` at `offset` begin with `prefix`.
    private static func bytes(of text: [UInt8], at offset: Int, startWith prefix: String) -> Bool {
        guard offset >= 0, offset <= text.count else { return false }
        return text[offset...].starts(with: Array(prefix.utf8))
    }

    /// Whether `text` contains `needle` byte for byte (`String.contains` compares characters, and a digit
    /// followed by a ZWNJ is one character).
    private static func contains(_ text: String?, _ needle: String) -> Bool {
        guard let text else { return false }
        return byteOffset(of: needle, in: text) != nil
    }

    private static func evidence(_ shop: Shop, _ fact: String, _ value: String) -> [Shop.Evidence] {
        shop.evidence.filter { $0.fact == fact && $0.value == value }
    }

    /// A short policy of the shop "کالابان" (kalaban.ir) around one SMS clause.
    private static func kalabanPolicy(_ clause: String) -> String {
        """
        حریم خصوصی کاربران برای فروشگاه کالابان اهمیت زیادی دارد.
        کالابان ممکن است نام و شماره همراه شما را برای ارسال سفارش نگهداری کند.
        \(clause)
        بنابراین هرگونه پیامک با نام کالابان از هر شماره دیگری سوءاستفاده از نام کالابان است؛ لطفا آن را برای پیگیری قانونی به abuse@kalaban.ir گزارش دهید.
        """
    }

    private static let mainClause = "توجه داشته باشید که 30004455660 شماره\u{200C}ای است که کالابان از طریق آن برای کاربران و مشتریان خود پیامک ارسال می\u{200C}کند."

    // MARK: - 1. One sender number

    @Test(arguments: [
        // (clause, canonical sender, the number as the clause writes it)
        ("توجه داشته باشید که 30004455660 شماره\u{200C}ای است که کالابان از طریق آن برای کاربران و مشتریان خود پیامک ارسال می\u{200C}کند.", "30004455660", "30004455660"),
        ("توجه داشته باشید که 30004455660 شماره ای است که کالابان از طریق آن برای کاربران و مشتریان خود پیامک ارسال می کند.", "30004455660", "30004455660"),
        ("توجه داشته باشید که 30004455660 شمارهای است که کالابان از طریق آن برای کاربران و مشتریان خود پیامک ارسال میکند.", "30004455660", "30004455660"),
        ("توجه داشته باشید که ۳۰۰۰۴۴۵۵۶۶۰ شماره\u{200C}ای است که کالابان از طریق آن برای کاربران و مشتریان خود پیامک ارسال می\u{200C}کند.", "30004455660", "۳۰۰۰۴۴۵۵۶۶۰"),
        ("توجه داشته باشید که ٣٠٠٠٤٤٥٥٦٦٠ شماره\u{200C}ای است که کالابان از طریق آن برای کاربران پیامک ارسال می\u{200C}کند.", "30004455660", "٣٠٠٠٤٤٥٥٦٦٠"),
        ("توجه داشته باشید که 30004455660\u{200C}شماره\u{200C}ای است که کالابان از طریق آن برای کاربران و مشتریان خود پیامک ارسال می\u{200C}کند.", "30004455660", "30004455660"),
        ("توجه داشته باشید که 30001234شمارهای است که کالابان از طریق آن برای کاربران و مشتریان خود پیامک ارسال میکند.", "30001234", "30001234"),
        ("توجه داشته باشید که ۳۰۰۰۱۲۳۴\u{200C}شماره\u{200C}ای است که کالابان از طریق آن برای کاربران پیامک ارسال می\u{200C}کند.", "30001234", "۳۰۰۰۱۲۳۴"),
        ("توجه داشته باشید که \u{200F}30004455660\u{200F} شماره\u{200C}ای است که کالابان از طریق آن برای کاربران پیامک ارسال می\u{200C}کند.", "30004455660", "30004455660"),
        ("توجه داشته باشید که 10004455660 تنها شماره\u{200C}ای است که کالابان از طریق آن برای کاربران پیامک ارسال می\u{200C}کند.", "10004455660", "10004455660"),
        ("توجه داشته باشید که 2000123456 شماره\u{200C}ای است که کالابان از طریق آن برای مشتریان پیامک ارسال می\u{200C}کند.", "2000123456", "2000123456"),
        ("توجه داشته باشید که 50002020 شماره\u{200C}ای است که کالابان از طریق آن برای مشتریان پیامک ارسال می\u{200C}کند.", "50002020", "50002020"),
        ("توجه داشته باشید که +9830004455660 شماره\u{200C}ای است که کالابان از طریق آن برای کاربران پیامک ارسال می\u{200C}کند.", "30004455660", "+9830004455660"),
        ("توجه داشته باشید که 09128843715 شماره\u{200C}ای است که کالابان از طریق آن برای کاربران پیامک ارسال می\u{200C}کند.", "+989128843715", "09128843715"),
        ("توجه داشته باشید که 021-88776655 شماره\u{200C}ای است که کالابان از طریق آن برای کاربران پیامک ارسال می\u{200C}کند.", "+982188776655", "021-88776655"),
        ("توجه داشته باشید که 3000 4455 660 شماره\u{200C}ای است که کالابان از طریق آن برای کاربران پیامک ارسال می\u{200C}کند.", "30004455660", "3000 4455 660"),
        ("توجه داشته باشید که 0912 884 3715 شماره\u{200C}ای است که کالابان از طریق آن برای کاربران پیامک ارسال می\u{200C}کند.", "+989128843715", "0912 884 3715"),
    ])
    func singleNumberClauseDeclaresItsSender(_ clause: String, _ canonical: String, _ written: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(clause))
        #expect(shop.senders == [canonical])
        #expect(shop.surveySenders == [])
        #expect(shop.phones == [])
        #expect(shop.reportEmail == "abuse@kalaban.ir")
        let proof = Self.evidence(shop, "sender", canonical)
        #expect(proof.count == 1)
        #expect(proof.first?.quote == clause.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        #expect(Self.contains(proof.first?.quote, written))
    }

    // MARK: - 2. Several numbers

    @Test(arguments: [
        ("30004455660 و 10004455660 تنها شماره\u{200C}هایی هستند که کالابان از طریق آنها برای کاربران پیامک ارسال می\u{200C}کند.",
         ["30004455660", "10004455660"]),
        ("30004455660، 10004455660 تنها شماره\u{200C}هایی هستند که کالابان از طریق آنها برای کاربران پیامک ارسال می\u{200C}کند.",
         ["30004455660", "10004455660"]),
        ("30004455660،10004455660 شمارههایی هستند که کالابان از طریق آنها برای کاربران پیامک ارسال میکند.",
         ["30004455660", "10004455660"]),
        ("30004455660, 10004455660 شماره هایی هستند که کالابان از طریق آنها برای کاربران پیامک ارسال می کند.",
         ["30004455660", "10004455660"]),
        ("30004455660، 10004455660 و 20004455660 تنها شماره\u{200C}هایی هستند که کالابان از طریق آنها برای کاربران پیامک ارسال می\u{200C}کند.",
         ["30004455660", "10004455660", "20004455660"]),
        ("3000445566 و 3000445567 و 3000445568 شماره\u{200C}هایی هستند که کالابان از طریق آنها برای مشتریان پیامک ارسال می\u{200C}کند.",
         ["3000445566", "3000445567", "3000445568"]),
        ("۳۰۰۰۷۷۸۸، ۱۰۰۰۷۷۸۸، ۲۰۰۰۷۷۸۸ و ۵۰۰۰۷۷۸۸ تنها شماره\u{200C}هایی هستند که کالابان از طریق آنها برای کاربران پیامک ارسال می\u{200C}کند.",
         ["30007788", "10007788", "20007788", "50007788"]),
        ("30004455660 و 09128843715 تنها شماره\u{200C}هایی هستند که کالابان از طریق آنها برای کاربران پیامک ارسال می\u{200C}کند.",
         ["30004455660", "+989128843715"]),
        ("30004455660 10004455660 شماره\u{200C}هایی هستند که کالابان از طریق آنها برای کاربران پیامک ارسال می\u{200C}کند.",
         ["30004455660", "10004455660"]),
        ("021-88776655 و 30004455660 تنها شماره\u{200C}هایی هستند که کالابان از طریق آنها برای کاربران پیامک ارسال می\u{200C}کند.",
         ["+982188776655", "30004455660"]),
        // Digits in groups whose last group starts with zero: a bulk line, not a landline read backwards.
        ("کالابان تنها از سرشماره\u{200C}های 3000 5521 00 و ۳۰۰۰ ۵۵۲۱ ۰۱ برای کاربران پیامک ارسال می\u{200C}کند.",
         ["3000552100", "3000552101"]),
    ])
    func numberListDeclaresEverySenderInOrder(_ clause: String, _ expected: [String]) throws {
        let shop = try Self.extract(Self.kalabanPolicy(clause))
        #expect(shop.senders == expected)
        #expect(shop.surveySenders == [])
        #expect(shop.phones == [])
        #expect(shop.evidence.filter { $0.fact == "sender" }.map(\.value) == expected)
    }

    @Test func numberRepeatedLaterIsListedOnce() throws {
        let policy = Self.kalabanPolicy(Self.mainClause)
            + "\nدر صورت دریافت پیامک با نام کالابان از شماره\u{200C}ای غیر از 30004455660 موضوع را به abuse@kalaban.ir اطلاع دهید."
        let shop = try Self.extract(policy)
        #expect(shop.senders == ["30004455660"])
        #expect(shop.phones == [])
    }

    // MARK: - 3. Survey number

    @Test(arguments: [
        ("همچنین ممکن است کالابان از طریق شماره 30006677889 برای برخی کاربران سوال نظرسنجی ارسال کند.", "30006677889"),
        ("همچنین ممکن است کالابان از طریق شماره ۳۰۰۰۶۶۷۷۸۸۹ برای برخی از کاربران پیامک نظر سنجی ارسال کند.", "30006677889"),
        ("همچنین ممکن است کالابان از طریق شماره 02188776600 برای برخی کاربران سوال نظرسنجی ارسال کند.", "+982188776600"),
        ("نظرسنجی\u{200C}های کالابان از طریق شماره 30006677889 برای کاربران ارسال می\u{200C}شود.", "30006677889"),
    ])
    func surveyNumberIsOfficialAndMarkedSurvey(_ surveyClause: String, _ survey: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\n" + surveyClause))
        #expect(shop.senders == ["30004455660", survey])
        #expect(shop.surveySenders == [survey])
        #expect(!shop.surveySenders.contains("30004455660"))
        #expect(Self.evidence(shop, "surveySender", survey).count == 1)
        #expect(Self.evidence(shop, "surveySender", "30004455660").isEmpty)
        #expect(shop.phones == [])
    }

    @Test func surveyNumberAloneIsStillASender() throws {
        let clause = "همچنین ممکن است کالابان از طریق شماره 30006677889 برای برخی کاربران سوال نظرسنجی ارسال کند."
        let shop = try Self.extract(Self.kalabanPolicy(clause))
        #expect(shop.senders == ["30006677889"])
        #expect(shop.surveySenders == ["30006677889"])
        #expect(!Self.codes(shop).contains("no-sender"))
    }

    @Test func surveyMarkBelongsToTheSurveyNumberNotToItsWholeSentence() throws {
        let clause = "توجه داشته باشید که 30004455660 شماره\u{200C}ای است که کالابان از طریق آن برای کاربران پیامک ارسال می\u{200C}کند و همچنین ممکن است از طریق شماره 30006677889 برای برخی کاربران سوال نظرسنجی ارسال کند."
        let shop = try Self.extract(Self.kalabanPolicy(clause))
        #expect(shop.senders == ["30004455660", "30006677889"])
        #expect(shop.surveySenders == ["30006677889"])
    }

    @Test(arguments: [
        // Two clauses joined by "و": the survey words are nearest the second clause's number.
        "پیامک‌های کالابان فقط از ۳۰۰۰۴۴۵۵۶۶۰ و ۳۰۰۰۶۶۷۷۸۸۹ ارسال می‌شود و پیامک نظرسنجی تنها از ۳۰۰۰۶۶۷۷۸۸۹ می‌آید.",
        "پیامک‌های کالابان از 30004455660 ارسال می‌شود و همچنین نظرسنجی پس از خرید از 30006677889 ارسال می‌شود.",
        // Words between the survey and its number, the other number nearer: "from" says which it is.
        "پیامک‌های کالابان منحصراً از سرشماره 30004455660 ارسال می‌شوند و پیامک نظرسنجی پس از تحویل کالا نیز از سرشماره 30006677889 برای شما می‌آید.",
    ])
    func surveyMarkGoesToTheNumberNearestIt(clause: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(clause))
        #expect(shop.senders == ["30004455660", "30006677889"])
        #expect(shop.surveySenders == ["30006677889"])
    }

    @Test(arguments: ["همین سرشماره", "همان خط", "همین شماره"])
    func surveySentenceNamingTheSameLineMarksTheLineBefore(reference: String) throws {
        let clause = "پیامک‌های کالابان تنها از سرشماره ۳۰۰۰۴۴۵۵۶۶۰ ارسال می‌شود. پیامک‌های نظرسنجی پس از خرید هم از \(reference) فرستاده می‌شوند."
        let shop = try Self.extract(Self.kalabanPolicy(clause))
        #expect(shop.senders == ["30004455660"])
        #expect(shop.surveySenders == ["30004455660"])
    }

    @Test func surveySentenceWithoutAReferenceMarksNothing() throws {
        let clause = "پیامک‌های کالابان تنها از سرشماره ۳۰۰۰۴۴۵۵۶۶۰ ارسال می‌شود. نظرسنجی‌های ما را در سایت پر کنید."
        let shop = try Self.extract(Self.kalabanPolicy(clause))
        #expect(shop.surveySenders == [])
    }

    @Test func surveyAddedToARowsPurposesWithAlsoMarksIt() throws {
        let clause = """
        پیامک‌های کالابان فقط از این سرشماره‌ها ارسال می‌شود:
        الف) سرشماره 30004455660 (کد ورود و پیگیری سفارش)
        ب) سرشماره 3000 6677 889 (تخفیف‌ها و همچنین پیامک‌های نظرسنجی پس از تحویل)
        """
        let shop = try Self.extract(Self.kalabanPolicy(clause))
        #expect(shop.senders == ["30004455660", "30006677889"])
        #expect(shop.surveySenders == ["30006677889"])
    }

    @Test func boldOrCodeMarkedNumbersInAMarkdownListAreRows() throws {
        let clause = """
        We send SMS only from the following lines:
        - **3000 4455 660** — sign-in codes and order updates
        - `3000 6677 889` — customer surveys
        """
        let shop = try Self.extract(Self.kalabanPolicy(clause), fileName: "kalaban.md")
        #expect(shop.senders == ["30004455660", "30006677889"])
        #expect(shop.surveySenders == ["30006677889"])
    }

    // MARK: - 4. Other wordings

    @Test(arguments: [
        ("سرشماره رسمی ارسال پیامک کالابان: 3000445566", ["3000445566"], "3000445566"),
        ("پیامک\u{200C}های کالابان تنها از شماره 10002030 ارسال می\u{200C}شوند.", ["10002030"], "10002030"),
        ("خط پیامکی ما 50002121 است.", ["50002121"], "50002121"),
        ("خط پیامکی ما:\n50002121", ["50002121"], "50002121"),
        ("شماره 3000445566 تنها شماره رسمی ارسال پیامک از سوی کالابان است.", ["3000445566"], "3000445566"),
        ("کالابان پیامک\u{200C}های خود را فقط با سرشماره ۲۰۰۰۹۰۹۰ ارسال می\u{200C}کند.", ["20009090"], "۲۰۰۰۹۰۹۰"),
        ("سرشماره\u{200C}ی پیامکی کالابان ۳۰۰۰۱۲۱۲ است.", ["30001212"], "۳۰۰۰۱۲۱۲"),
        ("پیامک\u{200C}های کالابان از سرشماره\u{200C}های 10009090 و 20009090 ارسال می\u{200C}شوند.", ["10009090", "20009090"], "10009090"),
        ("پیام\u{200C}های کوتاه کالابان فقط از شماره 3000606060 برای شما فرستاده می\u{200C}شود.", ["3000606060"], "3000606060"),
    ])
    func otherWordingsDeclareSenders(_ clause: String, _ expected: [String], _ written: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(clause))
        #expect(shop.senders == expected)
        #expect(shop.surveySenders == [])
        #expect(shop.phones == [])
        #expect(Self.contains(Self.evidence(shop, "sender", expected[0]).first?.quote, written))
    }

    /// Numbers in sentences about SMS that are not the shop's sender: a tracking code, a count, an amount,
    /// a year, a phone to call, the regulator's and police's numbers.
    @Test(arguments: [
        "پس از ثبت سفارش، پیامکی حاوی کد رهگیری 845123 برای شما ارسال می\u{200C}شود.",
        "کد تایید پیامکی شما مثلا ۴۸۲۹۱۷ است که نباید آن را در اختیار دیگران قرار دهید.",
        "پیامک تخفیف برای 5000 مشتری اول ارسال می\u{200C}شود.",
        "هزینه ارسال هر پیامک 1200 ریال است و از حساب شما کسر نمی\u{200C}شود.",
        "پیامک\u{200C}های تبلیغاتی از سال 1398 برای مشتریان ارسال می\u{200C}شوند.",
        "در صورت دریافت نکردن پیامک تایید، با تلفن 02188776655 تماس بگیرید.",
        "پیامک\u{200C}های مزاحم را به سامانه 195 یا به پلیس فتا 096380 گزارش دهید.",
        "این سیاست از تاریخ 1402/01/01 برای پیامک\u{200C}های کالابان اجرا می\u{200C}شود.",
        "ارسال پیامک\u{200C}های مرسوله بر اساس کد پستی 1591634715 شما انجام می\u{200C}شود.",
    ])
    func otherNumbersInSMSSentencesAreNoSenders(_ sentence: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\n" + sentence))
        #expect(shop.senders == ["30004455660"])
        #expect(shop.surveySenders == [])
    }

    @Test func phoneAndSenderInOneSentenceGetTheirOwnRoles() throws {
        let clause = "پیامک\u{200C}های کالابان فقط از 30004455660 ارسال می\u{200C}شود و تلفن پشتیبانی 02191001234 است."
        let shop = try Self.extract(Self.kalabanPolicy(clause))
        #expect(shop.senders == ["30004455660"])
        #expect(shop.phones == [Shop.Phone(number: "+982191001234", written: "02191001234", role: "phone")])
    }

    // MARK: - 5. Markup

    @Test func clauseInHTMLWithEntitiesAndInlineTags() throws {
        let html = """
        <!DOCTYPE html>
        <html><head><title>حریم خصوصی</title><meta charset="utf-8"></head>
        <body>
        <h2>حریم خصوصی در کالابان</h2>
        <p>کالابان ممکن است اطلاعات شما را برای پردازش سفارش نگهداری کند.</p>
        <p>توجه داشته باشید که <strong>30004455660</strong> شماره&zwnj;ای است که <span class="brand">کالابان</span> از طریق آن برای کاربران پیامک ارسال می&zwnj;کند.</p>
        <p>در صورت دریافت پیامک جعلی با نام کالابان، لطفا موضوع را به <a href="mailto:report@kalaban.ir">واحد رسیدگی به تخلفات</a> اطلاع دهید.</p>
        <script>var trackingLine = "30009999999";</script>
        </body></html>
        """
        let shop = try Self.extract(html, fileName: "kalaban.html")
        #expect(shop.senders == ["30004455660"])
        #expect(shop.reportEmail == "report@kalaban.ir")
        #expect(shop.phones == [])
        #expect(shop.names.first == "کالابان")
        #expect(Self.codes(shop) == [])
    }

    @Test func numberSplitAcrossSpansIsOneNumber() throws {
        let html = """
        <div><p>کالابان ممکن است اطلاعات شما را نگهداری کند.</p>
        <p><span>توجه داشته باشید که </span><span dir="ltr">3000</span><span dir="ltr">4455660</span><span>&nbsp;شماره&zwnj;ای است که کالابان از طریق آن برای کاربران پیامک ارسال می&zwnj;کند.</span></p>
        <p>هر پیامک دیگری با نام کالابان تخلف است؛ لطفا به abuse@kalaban.ir گزارش دهید.</p></div>
        """
        let shop = try Self.extract(html, fileName: "kalaban.html")
        #expect(shop.senders == ["30004455660"])
        #expect(shop.reportEmail == "abuse@kalaban.ir")
    }

    @Test func labelAndNumberSeparatedByLineBreakTag() throws {
        let html = """
        <p>حریم خصوصی در کالابان مهم است و کالابان ممکن است اطلاعات شما را نگهداری کند.</p>
        <p>سرشماره رسمی ارسال پیامک کالابان:<br>3000445566</p>
        <p>هر پیامک دیگری با نام کالابان تخلف است؛ لطفا به abuse@kalaban.ir گزارش دهید.</p>
        """
        let shop = try Self.extract(html, fileName: "kalaban.html")
        #expect(shop.senders == ["3000445566"])
        #expect(shop.reportEmail == "abuse@kalaban.ir")
    }

    @Test func lineBreakTagInsideTheClauseKeepsItOneSentence() throws {
        let html = """
        <p>حریم خصوصی در کالابان مهم است و کالابان ممکن است اطلاعات شما را نگهداری کند.</p>
        <p>توجه داشته باشید که 30004455660 شماره&zwnj;ای است که کالابان<br>از طریق آن برای کاربران پیامک ارسال می&zwnj;کند.</p>
        <p>هر پیامک دیگری با نام کالابان تخلف است؛ لطفا به abuse@kalaban.ir گزارش دهید.</p>
        """
        let shop = try Self.extract(html, fileName: "kalaban.html")
        #expect(shop.senders == ["30004455660"])
    }

    @Test func paragraphWrappedMidSentenceAndMidNumberIsOneSentence() throws {
        // Text copied from a PDF: lines cut every seventy characters, a number cut in two.
        let text = """
        حریم خصوصی کالابان
        همه پیامک‌های رسمی کالابان، از کد تأیید ورود تا وضعیت سفارش و پیشنهادهای
        ویژه و پیامک‌های نظرسنجی پس از تحویل کالا، تنها از سرشماره ۳۰۰۰
        ۴۴۵۵۶۶ فرستاده می‌شوند. اگر پیامکی با نام کالابان از شماره دیگری گرفتید
        جعلی است و لطفاً آن را به abuse@kalaban.ir گزارش دهید.
        """
        let shop = try Self.extract(text)
        #expect(shop.senders == ["3000445566"])
        #expect(shop.reportEmail == "abuse@kalaban.ir")
    }

    @Test func labelLinesAndListItemsAreNotJoinedAsWrappedLines() throws {
        // Long lines without a full stop that are labels or items stay lines: the fake-number sentence
        // after them must not deny their numbers.
        let text = """
        سرشماره رسمی ارسال پیامک فروشگاه اینترنتی کالابان برای همه مشتریان: 30004455660
        پیامک با نام کالابان از شماره‌ای دیگر جعلی است؛ آن را به report@kalaban.ir گزارش دهید.
        کالابان از این خطوط هم پیامک می‌فرستد:
        - خط ارسال کدهای تخفیف و جشنواره‌های فصلی کالابان: ۵۰۰۰ ۵۵ ۶۶ ۷۷
        پیامک از هر شماره دیگری با نام کالابان جعلی است.
        """
        let shop = try Self.extract(text)
        #expect(shop.senders == ["30004455660", "5000556677"])
    }

    @Test func sellersOwnNumbersInAMarketplacePolicyAreNoSenders() throws {
        let text = """
        حریم خصوصی بازار کالابان
        پیامک‌های بازار کالابان فقط از سرشماره ۳۰۰۰۴۴۵۵۶۶ برای خریداران و فروشندگان ارسال می‌شود.
        فروشندگان بازار ممکن است از خطوط خودشان به شما پیامک بدهند؛ برای نمونه یک فروشنده ممکن است از ۰۹۱۹۸۸۷۶۶۵۵ یا ۵۰۰۰۴۴۴۴۷۷ پیام بفرستد.
        پیامکی با نام کالابان از شماره‌ای دیگر جعلی است؛ آن را به abuse@kalaban.ir گزارش دهید.
        """
        let shop = try Self.extract(text)
        #expect(shop.senders == ["3000445566"])
    }

    @Test func clauseWrappedOverSourceLinesInHTMLIsOneSentence() throws {
        // An editor wraps the source of a list item; the page shows one sentence.
        let html = """
        <p>حریم خصوصی در کالابان مهم است و کالابان ممکن است اطلاعات شما را نگهداری کند.</p>
        <ul>
          <li>پیامک‌های پیگیری سفارش از خط همراه
              <span dir="ltr">۰۹۱۲&nbsp;۳۳۴&nbsp;۵۵۶۶</span> هم برای شما
              فرستاده می&zwnj;شود.</li>
          <li>هر پیامک دیگری با نام کالابان تخلف است؛ لطفا به abuse@kalaban.ir گزارش دهید.</li>
        </ul>
        """
        let shop = try Self.extract(html, fileName: "kalaban.html")
        #expect(shop.senders == ["+989123345566"])
    }

    @Test func textWithAFewInlineTagsKeepsItsLines() throws {
        // Markdown with inline tags is no page: its lines are still the list's rows.
        let markdown = """
        # حریم خصوصی کالابان<br>
        پیامک‌های کالابان فقط از این خطوط ارسال می‌شود:
        - 30004455660 <sub>کد ورود</sub>
        - 10004455660 <sub>وضعیت سفارش</sub>
        هر پیامک دیگری با نام کالابان تخلف است؛ لطفا به abuse@kalaban.ir گزارش دهید.
        """
        let shop = try Self.extract(markdown, fileName: "kalaban.md")
        #expect(shop.senders == ["30004455660", "10004455660"])
    }

    @Test func contactTableInHTMLGivesPhoneAndFaxRoles() throws {
        let html = """
        <p>حریم خصوصی در کالابان مهم است و کالابان ممکن است اطلاعات شما را نگهداری کند.</p>
        <p>\(Self.mainClause)</p>
        <p>هر پیامک دیگری با نام کالابان تخلف است؛ لطفا به abuse@kalaban.ir گزارش دهید.</p>
        <table>
          <tr><td>تلفن</td><td>021-88776655</td></tr>
          <tr><td>فکس</td><td>021-88776654</td></tr>
        </table>
        """
        let shop = try Self.extract(html, fileName: "kalaban.html")
        #expect(shop.senders == ["30004455660"])
        #expect(shop.phones == [
            Shop.Phone(number: "+982188776655", written: "021-88776655", role: "phone"),
            Shop.Phone(number: "+982188776654", written: "021-88776654", role: "fax"),
        ])
    }

    @Test func tableRowWithALongRemarkIsARowAndARemarkOfCallsOnlyIsNone() throws {
        // Column labels and a remark make a row longer than a list's; a remark can still deny SMS.
        let html = """
        <p>حریم خصوصی در کالابان مهم است و کالابان ممکن است اطلاعات شما را نگهداری کند.</p>
        <p>پیامک‌های کالابان تنها از خطوط جدول زیر فرستاده می‌شود:</p>
        <table>
          <tr><th>کاربرد</th><th>شماره</th><th>توضیح</th></tr>
          <tr><td>کد ورود</td><td>۳۰۰۰۲۲۴۴۶۶</td><td>کد ورود و تأیید پرداخت</td></tr>
          <tr><td>تبلیغات و تخفیف</td><td>۵۰۰۰۲۲۴۴۶۶۸</td><td>فقط برای کاربرانی که عضو خبرنامه شده‌اند و لغو نکرده‌اند</td></tr>
          <tr><td>پشتیبانی</td><td>۰۲۱-۸۸۷۷۶۶۵۵</td><td>پاسخ به سؤالات؛ از این شماره پیامکی فرستاده نمی‌شود</td></tr>
        </table>
        <p>هر پیامک دیگری با نام کالابان تخلف است؛ لطفا به abuse@kalaban.ir گزارش دهید.</p>
        """
        let shop = try Self.extract(html, fileName: "kalaban.html")
        #expect(shop.senders == ["3000224466", "50002244668"])
    }

    @Test func sendersInATableUnderAHeaderRowAreSenders() throws {
        // Each cell reads under its column's label; the row number beside a sender is not part of it.
        let html = """
        <p>حریم خصوصی در کالابان مهم است و کالابان ممکن است اطلاعات شما را نگهداری کند.</p>
        <p>کالابان فقط با خطوط این جدول به شما پیام کوتاه می‌دهد:</p>
        <table>
          <tr><th>#</th><th>شماره خط</th><th>موضوع</th></tr>
          <tr><td>۱</td><td>۳۰۰۰ ۲۲۴ ۴۶۶</td><td>اطلاع از وضعیت سفارش</td></tr>
          <tr><td>۲</td><td><span>۵۰۰۰۲۲۴۴۶۶۸</span></td><td>نظرسنجی رضایت مشتری</td></tr>
        </table>
        <p>هر پیامک دیگری با نام کالابان تخلف است؛ لطفا به abuse@kalaban.ir گزارش دهید.</p>
        <table><tr><td>تلفن</td><td>۰۲۱-۸۸۷۷۶۶۵۵</td></tr></table>
        """
        let shop = try Self.extract(html, fileName: "kalaban.html")
        #expect(shop.senders == ["3000224466", "50002244668"])
        #expect(shop.surveySenders == ["50002244668"])
        #expect(shop.phones.map(\.number) == ["+982188776655"])
    }

    @Test func listItemsLabelledAsLinesAreSendersWhateverTheirPurpose() throws {
        // The purpose "کد تایید" in an item's label does not make its number a code.
        let text = """
        کالابان فقط از این خطوط به شما پیامک می‌زند:
        - خط ارسال کد تایید و رمز ورود: +98 3000 5566 77
        - خط جشنواره‌ها و کدهای تخفیف: ۵۰۰۰ ۵۵ ۶۶ ۷۷
        پیامک از هر شماره دیگر با نام کالابان جعلی است و آن را به report@kalaban.ir گزارش دهید.
        کد پستی: ۱۴۳۶۷۸۵۹۱۲
        """
        let shop = try Self.extract(text)
        #expect(shop.senders == ["3000556677", "5000556677"])
    }

    @Test(arguments: [
        // Bullets, one number a line.
        "کالابان فقط از این سرشماره‌ها پیامک می‌فرستد:\n- ۳۰۰۰۵۵۶۶۷۷\n• ۵۰۰۰۵۵۶۶۷۷",
        // Rows whose labels say what each line is for, codes included.
        "پیامک‌های کالابان فقط از خطوط زیر است:\nرمز ورود و تأیید خرید: ۳۰۰۰۵۵۶۶۷۷\nاطلاع‌رسانی جشنواره: ۵۰۰۰۵۵۶۶۷۷",
        // A Markdown table under a header row.
        "کالابان فقط از سرشماره‌های این جدول پیامک می‌فرستد:\n| کاربرد | خط |\n|:---|---:|\n| سفارش | ۳۰۰۰۵۵۶۶۷۷ |\n| تبلیغات | ۵۰۰۰۵۵۶۶۷۷ |",
    ])
    func rowsOfAListOrTableThatAnSMSSentenceOpensAreSenders(text: String) throws {
        let shop = try Self.extract(text + "\nپیامک با نام کالابان از شماره‌ای دیگر جعلی است؛ آن را به report@kalaban.ir گزارش دهید.")
        #expect(shop.senders == ["3000556677", "5000556677"])
    }

    @Test func tableWhoseHeaderSaysSenderNumberListsSenders() throws {
        let html = """
        <h1>حریم خصوصی کالابان</h1><p>کالابان فقط از شماره‌های جدول زیر پیامک می‌فرستد:</p>
        <table><tr><th>موضوع</th><th>شماره فرستنده</th></tr><tr><td>ارسال سفارش</td><td>۳۰۰۰۵۵۶۶۷۷</td></tr></table>
        <p>پیامک با نام کالابان از شماره‌ای دیگر جعلی است؛ آن را به report@kalaban.ir گزارش دهید.</p>
        """
        let shop = try Self.extract(html)
        #expect(shop.senders == ["3000556677"])
    }

    @Test func rowOfLongProseAfterTheListIsNoRow() throws {
        // The list ended with the sentence before; a number customers text to is no sender.
        let text = """
        این نکته را به خاطر بسپارید: کالابان فقط از سرشماره ۳۰۰۰۵۵۶۶۷۷ پیامک می‌فرستد.
        برای قطع پیامک‌های تبلیغاتی کافی است عدد ۴ را به شماره ۳۰۰۰۵۵۶۶۹۹ بفرستید؛ ما از آن شماره برای هیچ کس پیامک نمی‌فرستیم.
        """
        let shop = try Self.extract(text)
        #expect(shop.senders == ["3000556677"])
    }

    @Test(arguments: [
        ("کالابان فقط از ۳۰۰۰۵۵۶۶۷۷ پیامک می‌فرستد.", ["3000556677"]),
        ("کالابان فقط از سرشماره ۳۰۰۰۵۵۶۶۷۷ و خط همراه انبار (۰۹۱۲ ۳۳۴ ۵۵۶۶) برای شما پیامک می‌فرستد.", ["3000556677", "+989123345566"]),
        ("کالابان فقط از سرشماره ۳۰۰۰۵۵۶۶۷۷ یا (۰۹۱۲۳۳۴۵۵۶۶) پیامک می‌فرستد.", ["3000556677", "+989123345566"]),
        ("کالابان تنها از طریق خط ثابت ۰۲۱۸۸۷۷۶۶۵۵ و سرشماره ۳۰۰۰۵۵۶۶۷۷ با شما مکاتبه پیامکی دارد.", ["+982188776655", "3000556677"]),
    ])
    func numbersTheClauseSendsFromAreSendersWhateverTheirKind(text: String, expected: [String]) throws {
        let shop = try Self.extract(text)
        #expect(shop.senders == expected)
        #expect(shop.phones == [])
    }

    @Test(arguments: [
        // A number the policy calls fake, says it does not or no longer sends from: never a sender.
        "پیامک‌های کالابان فقط از سرشماره ۳۰۰۰۵۵۶۶۷۷ ارسال می‌شود. پیامکی با نام کالابان از شماره ۵۰۰۰۸۸۷۷۶۶ جعلی است.",
        "کالابان از سرشماره ۵۰۰۰۸۸۷۷۶۶ پیامک نمی‌فرستد. پیامک‌های کالابان فقط از سرشماره ۳۰۰۰۵۵۶۶۷۷ ارسال می‌شود.",
        "سرشماره ۵۰۰۰۸۸۷۷۶۶ دیگر متعلق به کالابان نیست. پیامک‌های کالابان فقط از سرشماره ۳۰۰۰۵۵۶۶۷۷ ارسال می‌شود.",
        "تا سال گذشته پیامک‌های کالابان از سرشماره ۵۰۰۰۸۸۷۷۶۶ فرستاده می‌شد، اما اکنون فقط از سرشماره ۳۰۰۰۵۵۶۶۷۷ ارسال می‌شود.",
        "Kalaban sends SMS only from ۳۰۰۰۵۵۶۶۷۷. Scammers have sent fake SMS from ۵۰۰۰۸۸۷۷۶۶.",
    ])
    func fakeFormerOrDeniedNumberIsNoSender(text: String) throws {
        let shop = try Self.extract(text)
        #expect(shop.senders == ["3000556677"])
    }

    @Test(arguments: [
        // The exception keeps every number after it, a mobile line too.
        "پیامک با نام کالابان از سرشماره‌ای جز ۳۰۰۰۵۵۶۶۷۷ یا خط همراه پیک‌های ما (۰۹۱۲۳۳۴۵۵۶۶) جعلی است.",
    ])
    func numbersAnAbuseClauseExceptsAreSenders(text: String) throws {
        let shop = try Self.extract(text)
        #expect(shop.senders == ["3000556677", "+989123345566"])
    }

    @Test(arguments: [
        "۳۰۰۰۵۵۶۶۷۷ و ۵۰۰۰۵۵۶۶۷۷ تنها خطوطی هستند که کالابان از آن‌ها پیامک می‌فرستد.",
        "سرشماره ۳۰۰۰۵۵۶۶۷۷ به همراه ۵۰۰۰۵۵۶۶۷۷ تنها شماره‌هایی است که کالابان از آن‌ها پیامک می‌فرستد.",
        "Please note that ۳۰۰۰۵۵۶۶۷۷ and ۵۰۰۰۵۵۶۶۷۷ are the only numbers from which Kalaban sends SMS.",
    ])
    func pluralLinesTogetherWithAndEnglishClausesDeclareSenders(text: String) throws {
        let shop = try Self.extract(text)
        #expect(shop.senders == ["3000556677", "5000556677"])
        #expect(shop.phones == [])
    }

    @Test func englishSurveySentenceMarksASurveySender() throws {
        let text = "Kalaban sends SMS only from ۳۰۰۰۵۵۶۶۷۷. Kalaban may also send a short satisfaction survey from ۵۰۰۰۵۵۶۶۷۷."
        let shop = try Self.extract(text)
        #expect(shop.senders == ["3000556677", "5000556677"])
        #expect(shop.surveySenders == ["5000556677"])
    }

    @Test func templateAddressAnywhereIsAPlaceholder() throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause) + "\nایمیل پشتیبانی: info@example.com")
        #expect(shop.reportEmail == "abuse@kalaban.ir")
        #expect(Self.codes(shop).contains("placeholder-contact"))
    }

    @Test func numberWhoseLabelDeniesSMSIsAContact() throws {
        let text = "کالابان فقط از سرشماره ۳۰۰۰۵۵۶۶۷۷ پیامک می‌فرستد.\nگفتگو با فروشنده در واتس‌اپ (بدون پیامک): ۰۹۱۲۳۳۴۵۵۶۶"
        let shop = try Self.extract(text)
        #expect(shop.senders == ["3000556677"])
        #expect(shop.phones.map(\.number) == ["+989123345566"])
    }

    @Test(arguments: [
        "فروشگاه کالابان فقط از شماره رسمی خود، ۳۰۰۰۴۴۵۵۶۶۰، برای مشتریانش پیامک می‌فرستد.",
        "پیامک‌های کالابان تنها از طریق شماره اختصاصی ۳۰۰۰۴۴۵۵۶۶۰ ارسال می‌شوند.",
    ])
    func numberAfterAQualifiedShopNumberIsASender(text: String) throws {
        let shop = try Self.extract(text)
        #expect(shop.senders == ["30004455660"])
    }

    @Test func numberToTextComplaintsToIsNoSender() throws {
        // Customers write to it; the shop does not send from it.
        let text = "کالابان فقط از شماره رسمی خود ۳۰۰۰۴۴۵۵۶۶۰ پیامک می‌فرستد. برای شکایت، کلمه «شکایت» را به شماره ۳۰۰۰۴۴۵۵۹۹۹ پیامک کنید."
        let shop = try Self.extract(text)
        #expect(shop.senders == ["30004455660"])
    }

    @Test func clauseInSingleLineJSX() throws {
        let jsx = """
        <section className="privacy">
          <h1 className="title">حریم خصوصی در کالابان</h1>
          <p className="text">کالابان ممکن است اطلاعات شما را برای پردازش سفارش نگهداری کند.</p>
          <p className="text">توجه داشته باشید که{" "}<span className="num">30004455660</span>{" "}شماره‌ای است که کالابان از طریق آن برای کاربران پیامک ارسال می‌کند.</p>
          <p className="text">هر پیامک دیگری با نام کالابان تخلف است؛ لطفا به{" "}<a href="mailto:abuse@kalaban.ir">این نشانی</a>{" "}گزارش دهید.</p>
        </section>
        """
        let shop = try Self.extract(jsx, fileName: "privacy.jsx")
        #expect(shop.senders == ["30004455660"])
        #expect(shop.reportEmail == "abuse@kalaban.ir")
        #expect(shop.names.first == "کالابان")
    }

    /// JSX as a formatter writes it: long text wrapped over lines, which JSX joins with a space.
    @Test func clauseWrappedOverLinesInJSX() throws {
        let jsx = """
        <section className="privacy">
          <p className="text">
            کالابان ممکن است اطلاعات شما را برای پردازش سفارش نگهداری کند.
          </p>
          <p className="text">
            توجه داشته باشید که <strong>30004455660</strong>{" "}
            شماره‌ای است که کالابان از طریق آن برای کاربران و مشتریان خود
            پیامک ارسال می‌کند.
          </p>
          <p className="text">
            هر پیامک دیگری با نام کالابان تخلف است؛ لطفا به{" "}
            <a href="mailto:abuse@kalaban.ir">این نشانی</a> گزارش دهید.
          </p>
        </section>
        """
        let shop = try Self.extract(jsx, fileName: "privacy.jsx")
        #expect(shop.senders == ["30004455660"])
        #expect(shop.reportEmail == "abuse@kalaban.ir")
    }

    /// A saved JSX page is a component: the markup sits inside `export default function … { return (…) }`.
    @Test func clauseInsideAJSXComponent() throws {
        let jsx = """
        export default function PrivacyPage() {
          return (
            <section className="privacy">
              <h1 className="title">حریم خصوصی در کالابان</h1>
              <p className="text">کالابان ممکن است اطلاعات شما را برای پردازش سفارش نگهداری کند.</p>
              <p className="text">توجه داشته باشید که <b>30004455660</b>{" "}شماره‌ای است که کالابان از طریق آن برای کاربران پیامک ارسال می‌کند.</p>
              <p className="text">هر پیامک دیگری با نام کالابان تخلف است؛ لطفا به abuse@kalaban.ir گزارش دهید.</p>
            </section>
          );
        }
        """
        let shop = try Self.extract(jsx, fileName: "privacy.jsx")
        #expect(shop.senders == ["30004455660"])
        #expect(shop.reportEmail == "abuse@kalaban.ir")
        #expect(shop.names.first == "کالابان")
    }

    // MARK: - 6. Phones, fax, postal codes and dates

    private static let contactPolicy = """
    سیاست حفظ حریم خصوصی فروشگاه بازار برتر
    تاریخ نسخه: 7 شهریور 1397
    آخرین به\u{200C}روزرسانی: 1402/03/15
    بازار برتر ممکن است اطلاعات تماس شما را برای ارسال سفارش نگهداری کند.
    توجه داشته باشید که 30004455660 شماره\u{200C}ای است که بازار برتر از طریق آن برای مشتریان خود پیامک ارسال می\u{200C}کند.
    هرگونه پیامک با نام بازار برتر از شماره\u{200C}ای دیگر تخلف است؛ لطفا آن را به abuse@bazarbartar.ir گزارش دهید.
    تلفن تماس: 021-88776655
    فکس: ۰۲۱۸۸۷۷۶۶۵۴
    شماره پشتیبانی 02191001234
    تلفن همراه: 09357654321
    نشانی: تهران، خیابان آزادی، پلاک 24، واحد 3، کد پستی: 1591634715
    """

    @Test func contactNumbersAreNeverSenders() throws {
        let shop = try Self.extract(Self.contactPolicy, id: "bazarbartar")
        #expect(shop.senders == ["30004455660"])
        #expect(shop.surveySenders == [])
    }

    @Test func contactNumbersAreListedWithTheirRole() throws {
        let shop = try Self.extract(Self.contactPolicy, id: "bazarbartar")
        #expect(shop.phones == [
            Shop.Phone(number: "+982188776655", written: "021-88776655", role: "phone"),
            Shop.Phone(number: "+982188776654", written: "۰۲۱۸۸۷۷۶۶۵۴", role: "fax"),
            Shop.Phone(number: "+982191001234", written: "02191001234", role: "phone"),
            Shop.Phone(number: "+989357654321", written: "09357654321", role: "mobile"),
        ])
    }

    @Test func postalCodesDatesAndHouseNumbersAppearNowhere() throws {
        let shop = try Self.extract(Self.contactPolicy, id: "bazarbartar")
        let everyNumber = shop.senders + shop.phones.map(\.number) + shop.phones.map(\.written)
            + shop.evidence.map(\.value)
        for unwanted in ["1591634715", "1397", "14020315", "1402", "24"] {
            #expect(!everyNumber.contains { $0.contains(unwanted) }, "\(unwanted) was extracted")
        }
    }

    @Test func numberWrittenReversedByRightToLeftEditingIsAPhone() throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause) + "\nتلفن: 88776655-021")
        #expect(shop.senders == ["30004455660"])
        #expect(shop.phones == [Shop.Phone(number: "+982188776655", written: "88776655-021", role: "phone")])
    }

    @Test func landlineDeclaredAsSenderIsNotAlsoAPhone() throws {
        let clause = "توجه داشته باشید که 02188776655 شماره\u{200C}ای است که کالابان از طریق آن برای کاربران پیامک ارسال می\u{200C}کند."
        let shop = try Self.extract(Self.kalabanPolicy(clause) + "\nتلفن تماس: 021-88776655")
        #expect(shop.senders == ["+982188776655"])
        #expect(shop.phones == [])
    }

    // MARK: - 7. Number without address, address without number

    @Test func clauseWithoutAddressWarnsNoReportEmail() throws {
        let policy = """
        حریم خصوصی کاربران برای فروشگاه کالابان اهمیت زیادی دارد.
        کالابان ممکن است نام شما را برای ارسال سفارش نگهداری کند.
        \(Self.mainClause)
        بنابراین ارسال هرگونه پیامک با نام کالابان از هر شماره دیگری تخلف و سوءاستفاده از نام کالابان است.
        """
        let shop = try Self.extract(policy)
        #expect(shop.senders == ["30004455660"])
        #expect(shop.reportEmail == nil)
        #expect(Self.codes(shop) == ["no-report-email"])
    }

    @Test func addressWithoutNumberWarnsNoSender() throws {
        let policy = """
        حریم خصوصی کاربران برای فروشگاه کالابان اهمیت زیادی دارد.
        کالابان ممکن است نام شما را برای ارسال سفارش نگهداری کند.
        ارسال هرگونه پیامک تحت عنوان کالابان با هر شماره\u{200C}ای تخلف است؛ لطفا به abuse@kalaban.ir گزارش دهید.
        """
        let shop = try Self.extract(policy)
        #expect(shop.senders == [])
        #expect(shop.surveySenders == [])
        #expect(shop.reportEmail == "abuse@kalaban.ir")
        #expect(Self.codes(shop) == ["no-sender"])
    }

    // MARK: - 8. Which address is the report address

    @Test(arguments: [
        "پیامک جعلی با نام کالابان را به abuse [at] kalaban [dot] ir گزارش دهید.",
        "پیامک جعلی با نام کالابان را به abuse(at)kalaban.ir گزارش دهید.",
        "پیامک جعلی با نام کالابان را به abuse { at } kalaban { dot } ir گزارش دهید.",
        // "@" and "." as words of their own, as symbols or Persian words, maybe in code marks.
        "پیامک جعلی با نام کالابان را به `abuse @ kalaban . ir` گزارش دهید (بدون فاصله).",
        "پیامک جعلی با نام کالابان را به abuse ات kalaban دات ir گزارش دهید.",
        "پیامک جعلی با نام کالابان را به abuse اتساین kalaban نقطه ir گزارش دهید.",
        "پیامک جعلی با نام کالابان را به abuse اتساین Kalaban . IR گزارش دهید.",
    ])
    func reportAddressWrittenAgainstHarvestersIsFound(_ sentence: String) throws {
        let shop = try Self.extract(Self.mainClause + "\n" + sentence)
        #expect(shop.reportEmail == "abuse@kalaban.ir")
    }

    @Test func addressWithAHostOfTwoLabelsWrittenInPersianWordsIsFound() throws {
        let shop = try Self.extract(Self.mainClause + "\nپیامک جعلی را به kalaban.shop ات gmail دات com گزارش دهید.")
        #expect(shop.reportEmail == "kalaban.shop@gmail.com")
    }

    @Test func dotsOfProseAreNoSpacedAddress() throws {
        // A full stop after a Latin word and a Latin sentence after it: no address is made of them.
        let shop = try Self.extract(Self.mainClause + "\nما از سامانه‌ی Kavenegar . ir نیز استفاده نمی‌کنیم.")
        #expect(shop.reportEmail == nil || shop.reportEmail?.contains("kavenegar") == false)
    }

    @Test func shortReportLineASentenceAfterTheAbuseClauseGivesTheAddress() throws {
        let text = """
            کالابان فقط از سرشماره‌ی ۳۰۰۰۵۵۶۶۷۷ پیامک می‌فرستد. هر پیامکی به نام کالابان از شماره‌ی دیگر جعلی است.
            به‌ویژه پیامک‌هایی که هدیه‌ی رایگان با لینک ناآشنا وعده می‌دهند.
            گزارش: abuse@kalaban.ir
            """
        #expect(try Self.extract(text).reportEmail == "abuse@kalaban.ir")
    }

    @Test(arguments: [
        // Asked for as a screenshot, in Persian and in English, after the clause.
        "اگر چنین پیامکی دیدید، تصویر آن را به report@kalaban.ir بفرستید.",
        "Please forward a screenshot of any such SMS to report@kalaban.ir.",
        // A fraudulent message, named with another word.
        "پیامک تقلبی با نام ما را به report@kalaban.ir اطلاع دهید.",
        // "#" for "@", the sentence saying so.
        "تصویر پیامک را به report#kalaban.ir بفرستید (به جای # علامت @ بگذارید).",
    ])
    func reportAddressAskedForInOtherWords(_ sentence: String) throws {
        let text = "کالابان فقط از سرشماره ۳۰۰۰۵۵۶۶۷۷ پیامک می‌فرستد و پیامک از هر شماره دیگر با نام کالابان از ما نیست.\n" + sentence
        let shop = try Self.extract(text)
        #expect(shop.reportEmail == "report@kalaban.ir")
    }

    @Test(arguments: [
        // The clause itself, a message in the shop's name from another number, with a plain verb.
        "هر پیامکی که با نام کالابان از شماره‌ای جز سرشماره بالا به دستتان رسید، متنش را به report@kalaban.ir بفرستید.",
        "اگر پیامکی با نام کالابان از شماره دیگری دیدید، لطفاً به report@kalaban.ir خبر دهید.",
        "If you get an SMS in our name from any other number, send it to report@kalaban.ir.",
    ])
    func reportAddressOfAMessageFromAnotherNumber(_ sentence: String) throws {
        let text = "کالابان پیامک‌هایش را فقط از سرشماره ۳۰۰۰۵۵۶۶۷۷ می‌فرستد.\nبرای پرسش درباره سفارش به help@kalaban.ir نامه بزنید.\n" + sentence
        let shop = try Self.extract(text)
        #expect(shop.reportEmail == "report@kalaban.ir")
    }

    @Test func addressForFollowingOrdersUpIsNoReportAddress() throws {
        let text = "کالابان فقط از سرشماره ۳۰۰۰۵۵۶۶۷۷ پیامک می‌فرستد و پیامک از شماره دیگر با نام ما جعلی است. برای پیگیری سفارش‌ها به orders@kalaban.ir نامه بزنید."
        let shop = try Self.extract(text)
        #expect(shop.reportEmail == nil)
    }

    @Test func bracketedWordsThatSpellNoAddressStayText() {
        #expect(ContactFinder.revealedAddresses(in: Array("ساعت کار (at least) ۹ تا ۵ [dots]".utf8)) == nil)
        #expect(ContactFinder.revealedAddresses(in: Array("x [ at ] y (dot) ir".utf8)).map { String(decoding: $0, as: UTF8.self) } == "x@y.ir")
    }

    @Test func reportAddressIsTheClauseOneNotTheSupportOne() throws {
        let policy = """
        حریم خصوصی کاربران برای فروشگاه کالابان اهمیت زیادی دارد.
        ایمیل پشتیبانی: support@kalaban.ir
        کالابان ممکن است نام شما را برای ارسال سفارش نگهداری کند.
        \(Self.mainClause)
        در صورت دریافت پیامک با نام کالابان از شماره دیگر، لطفا برای پیگیری قانونی به report@kalaban.ir اطلاع دهید.
        """
        let shop = try Self.extract(policy)
        #expect(shop.reportEmail == "report@kalaban.ir")
        #expect(shop.domains == ["kalaban.ir"])
        #expect(Self.evidence(shop, "reportEmail", "report@kalaban.ir").count == 1)
    }

    @Test func contactAddressAloneIsNoReportAddress() throws {
        let policy = """
        حریم خصوصی کاربران برای فروشگاه کالابان اهمیت زیادی دارد.
        کالابان ممکن است نام شما را برای ارسال سفارش نگهداری کند.
        \(Self.mainClause)
        برای ارتباط با ما به info@kalaban.ir ایمیل بزنید.
        """
        let shop = try Self.extract(policy)
        #expect(shop.reportEmail == nil)
        #expect(shop.domains == ["kalaban.ir"])
        #expect(Self.codes(shop) == ["no-report-email"])
    }

    @Test func unsubscribeAddressInAnSMSSentenceIsNoReportAddress() throws {
        let policy = """
        حریم خصوصی کاربران برای فروشگاه کالابان اهمیت زیادی دارد.
        کالابان ممکن است نام شما را برای ارسال سفارش نگهداری کند.
        \(Self.mainClause)
        برای لغو دریافت پیامک\u{200C}های تبلیغاتی کالابان به support@kalaban.ir ایمیل بزنید.
        """
        let shop = try Self.extract(policy)
        #expect(shop.reportEmail == nil)
        #expect(Self.codes(shop) == ["no-report-email"])
    }

    @Test func reportAddressInTheParagraphAfterTheClause() throws {
        let html = """
        <p>حریم خصوصی در کالابان مهم است و کالابان ممکن است اطلاعات شما را نگهداری کند.</p>
        <p>\(Self.mainClause)</p>
        <p>بنابراین هرگونه پیامک با نام کالابان از شماره دیگر تخلف است و در صورت دریافت آن لطفا برای پیگیری قانونی مراتب را به نشانی زیر اطلاع دهید</p>
        <p>abuse@kalaban.ir</p>
        <p>ایمیل پشتیبانی: support@kalaban.ir</p>
        """
        let shop = try Self.extract(html, fileName: "kalaban.html")
        #expect(shop.reportEmail == "abuse@kalaban.ir")
    }

    @Test func reportRequestInTheSentenceAfterTheAbuseClause() throws {
        let html = """
        <p>حریم خصوصی در کالابان مهم است و کالابان ممکن است اطلاعات شما را نگهداری کند.</p>
        <p>کالابان فقط از سرشماره ۳۰۰۰۷۷۸۸ پیامک می‌فرستد و پیامکی که از شماره‌ای دیگر به نام کالابان برسد کلاهبرداری است.</p>
        <p>نمونه‌ها را همراه با تصویر پیام به <a href="mailto:amniat@kalaban.ir">واحد امنیت</a> اطلاع دهید.</p>
        <p>ایمیل پشتیبانی: support@kalaban.ir</p>
        """
        let shop = try Self.extract(html, fileName: "kalaban.html")
        #expect(shop.reportEmail == "amniat@kalaban.ir")
    }

    @Test(arguments: ["از طرف ما نیست", "متعلق به ما نیست", "از سوی ما ارسال نشده است"])
    func reportRequestAfterASentenceDisowningOtherNumbers(disowning: String) throws {
        let text = """
        حریم خصوصی در کالابان مهم است و کالابان ممکن است اطلاعات شما را نگهداری کند.
        کالابان از سرشماره ۳۰۰۰۷۷۸۸ پیامک می‌فرستد و پیامکی که از شماره‌ای دیگر به نام کالابان برسد \(disowning).
        لطفاً آن را به hoshdar@kalaban.ir گزارش کنید.
        برای پرسش‌های دیگر: support@kalaban.ir
        """
        let shop = try Self.extract(text)
        #expect(shop.reportEmail == "hoshdar@kalaban.ir")
    }

    @Test(arguments: [
        // A FAQ's question about a suspicious message, and its answer asking for the text and sender.
        """
        <p>حریم خصوصی در کالابان مهم است و کالابان ممکن است اطلاعات شما را نگهداری کند.</p>
        <p>کالابان فقط از سرشماره ۳۰۰۰۷۷۸۸ پیامک می‌فرستد.</p>
        <details><summary>پیامک مشکوکی با نام کالابان گرفته‌ام؛ چه کنم؟</summary>
        <p>روی پیوند آن نزنید و متن پیامک و شماره فرستنده را به amniat@kalaban.ir بفرستید.</p></details>
        <p>ایمیل پشتیبانی: support@kalaban.ir</p>
        """,
        """
        <p>حریم خصوصی در کالابان مهم است و کالابان ممکن است اطلاعات شما را نگهداری کند.</p>
        <p>کالابان فقط از سرشماره ۳۰۰۰۷۷۸۸ پیامک می‌فرستد و پیامکی که از شماره‌ای دیگر با نام کالابان برسد متعلق به ما نیست.</p>
        <p>لطفاً متن پیام، شماره ارسال‌کننده و زمان دریافت را به amniat@kalaban.ir ارسال کنید.</p>
        <p>ایمیل پشتیبانی: support@kalaban.ir</p>
        """,
    ])
    func requestToSendTheMessagesTextAfterAnAbuseSentenceNamesTheReportAddress(html: String) throws {
        let shop = try Self.extract(html, fileName: "kalaban.html")
        #expect(shop.reportEmail == "amniat@kalaban.ir")
    }

    @Test func suspiciousMessagesSentenceNamesAReportAddress() throws {
        let policy = """
        حریم خصوصی کاربران برای فروشگاه کالابان اهمیت زیادی دارد.
        کالابان فقط از سرشماره ۳۰۰۰۷۷۸۸ پیامک می‌فرستد.
        موارد مشکوک به نام کالابان را به security@kalaban.ir گزارش کنید.
        برای ارتباط با ما به info@kalaban.ir ایمیل بزنید.
        """
        let shop = try Self.extract(policy)
        #expect(shop.reportEmail == "security@kalaban.ir")
    }

    @Test func contactSentenceAfterTheAbuseClauseIsNoReportAddress() throws {
        let policy = """
        حریم خصوصی کاربران برای فروشگاه کالابان اهمیت زیادی دارد.
        کالابان فقط از سرشماره ۳۰۰۰۷۷۸۸ پیامک می‌فرستد و پیامک با نام کالابان از هر شماره دیگری جعلی است.
        برای ارتباط با بخش فروش سازمانی به sales@kalaban.ir ایمیل بزنید و شماره سفارش را بنویسید.
        """
        let shop = try Self.extract(policy)
        #expect(shop.reportEmail == nil)
    }

    @Test func mailtoLinkShowingItsOwnAddressGivesOneReportAddress() throws {
        let html = """
        <p>حریم خصوصی در کالابان مهم است و کالابان ممکن است اطلاعات شما را نگهداری کند.</p>
        <p>\(Self.mainClause)</p>
        <p>هر پیامک دیگری با نام کالابان تخلف است؛ لطفا به <a href="mailto:Abuse@Kalaban.ir?subject=sms">abuse@kalaban.ir</a> گزارش دهید.</p>
        """
        let shop = try Self.extract(html, fileName: "kalaban.html")
        #expect(shop.reportEmail == "abuse@kalaban.ir")
        #expect(shop.evidence.filter { $0.fact == "reportEmail" }.map(\.value) == ["abuse@kalaban.ir"])
        #expect(shop.domains == ["kalaban.ir"])
    }

    @Test func templateReportAddressIsAPlaceholderNotAReportAddress() throws {
        let policy = Self.kalabanPolicy(Self.mainClause).replacingOccurrences(of: "abuse@kalaban.ir", with: "info@example.com")
        let shop = try Self.extract(policy)
        #expect(shop.reportEmail == nil)
        #expect(Set(Self.codes(shop)) == ["placeholder-contact", "no-report-email"])
        #expect(shop.domains == [])
    }

    @Test func reportAddressIsLowercased() throws {
        let policy = Self.kalabanPolicy(Self.mainClause).replacingOccurrences(of: "abuse@kalaban.ir", with: "Abuse@KALABAN.IR")
        let shop = try Self.extract(policy)
        #expect(shop.reportEmail == "abuse@kalaban.ir")
        #expect(shop.domains == ["kalaban.ir"])
    }

    // MARK: - 9. Names

    @Test func wordsTheShopsDomainSpellsAreItsWholeName() throws {
        // "فروشگاه اینترنتی ابزار" votes for "ابزار"; the shop's domain spells the whole name.
        let policy = """
        حریم خصوصی — سپیدار ابزار
        سپیدار ابزار (sepidarabzar.ir) فروشگاه اینترنتی ابزار، رنگ و یراق ساختمانی است.
        پیامک‌های سپیدار ابزار تنها از سرشماره ۳۰۰۰۶۶۷۷۸۸ ارسال می‌شود؛ پیامک از شماره دیگر جعلی است و آن را به abuse@sepidarabzar.ir گزارش دهید.
        این فروشگاه متعلق به شرکت بازرگانی آرین تجارت (ariantejarat.com) است.
        """
        let shop = try Self.extract(policy, id: "sepidar")
        #expect(shop.names.first == "سپیدار ابزار")
        #expect(shop.senders == ["3000667788"])
    }

    @Test func domainLabelsSpellTheWordsOfTheName() {
        let text = PolicyText(source: Array("سپیدار ابزار (sepidarabzar.ir) ابزار دارد. سپیدار ابزار را ببینید. ایمیل: info@ariantejarat.com".utf8))
        let clauses = text.sentences.flatMap { NameFinder.clausesOf($0) }
        let spelled = NameFinder.namesSpelled(by: ["www.sepidarabzar.ir", "ariantejarat.com"], in: clauses)
        #expect(spelled == [["سپیدار", "ابزار"]: 2])
    }

    @Test func withoutSentencePatternsTheDomainSpellingNamesTheShop() throws {
        // The most frequent word is "نشانی" (address); the words the domain spells are the name.
        let policy = """
        باغ پونه — حریم خصوصی
        باغ پونه (baghepooneh.ir): بذر، نشا و ابزار باغبانی.
        نشانی شما فقط برای ارسال بسته نگه داشته می‌شود. نشانی ایمیل برای خبرنامه. نشانی پستی برای فاکتور.
        پیامک‌های باغ پونه فقط از سرشماره ۵۰۰۰۱۲۳۴۵ ارسال می‌شود.
        """
        let shop = try Self.extract(policy, id: "baghepooneh")
        #expect(shop.names.first == "باغ پونه")
    }

    @Test(arguments: [
        // The title gives the name; "پیامک" and "سفارش" are written more often, and the domain spells
        // the name's words in another order.
        """
        به نام خدا
        سیاست حفظ حریم خصوصی چینی‌سرای آبگینه
        =====
        چینی‌سرای آبگینه (abginehchini.ir) ظروف چینی و بلور می‌فروشد. پیامک سفارش، پیامک ارسال و پیامک تحویل سفارش از
        سرشماره ۳۰۰۰۲۲۴۴۶۶ می‌آید. سفارش شما با پیامک پیگیری می‌شود و سفارش‌های بزرگ با پیامک تایید می‌شوند.
        """,
        """
        خانه | محصولات | تماس با ما
        چینی‌سرای آبگینه - قوانین و حریم خصوصی
        خرید از چینی‌سرای آبگینه یعنی پذیرفتن این قوانین. پیامک سفارش و پیامک ارسال و پیامک تحویل سفارش فقط از
        سرشماره ۳۰۰۰۲۲۴۴۶۶ فرستاده می‌شود و سفارش‌های بزرگ هم با پیامک تایید می‌شوند.
        """,
    ])
    func titleNamesTheShopWhenThePolicyWritesItAgain(policy: String) throws {
        let shop = try Self.extract(policy, id: "abgineh")
        #expect(shop.names.first == "چینی‌سرای آبگینه")
        #expect(!Self.codes(shop).contains("name-uncertain"))
    }

    @Test(arguments: ["فروشگاه اینترنتی", "فروشگاه زنجیره‌ای", "فروشگاه آنلاین"])
    func descriptorAfterTheBusinessNounIsNoPartOfTheName(noun: String) throws {
        let policy = """
        حریم خصوصی \(noun) چینی‌سرای آبگینه
        \(noun) چینی‌سرای آبگینه ممکن است اطلاعات شما را نگهداری کند. \(noun) چینی‌سرای آبگینه فقط از سرشماره ۳۰۰۰۲۲۴۴۶۶ پیامک می‌فرستد.
        """
        let shop = try Self.extract(policy, id: "abgineh")
        #expect(shop.names.first == "چینی‌سرای آبگینه")
    }

    @Test func titleOfAPolicyInEnglishNamesTheShopUncertainly() throws {
        let policy = """
        # ماهتاب‌کالا | Mahtab Kala
        We send text messages only from 3000771122. Any other number using our name is a scam:
        forward it to abuse@mahtabkala.com.
        """
        let shop = try Self.extract(policy, id: "mahtab")
        #expect(shop.names.first == "ماهتاب‌کالا")
        #expect(Self.codes(shop).contains("name-uncertain"))
    }

    @Test func domainSpellingTheNameAndAWordAfterItNamesTheShop() throws {
        // "مشاوره" is written more often than the name; the domain spells the name and "pet".
        let policy = """
        گربه‌سان (gorbesanpet.ir) مشاوره رفتاری حیوانات خانگی ارائه می‌دهد. جلسه مشاوره با وقت قبلی است و هزینه مشاوره از پیش پرداخت می‌شود.
        گربه‌سان برای نوبت مشاوره به شما پیامک می‌دهد. پیامک به نام گربه‌سان از شماره‌ای جز ۳۰۰۰۸۸۱۲۴ جعلی است.
        """
        let shop = try Self.extract(policy, id: "gorbesan")
        #expect(shop.names.first == "گربه‌سان")
        #expect(shop.senders == ["300088124"])
    }

    @Test func joinedAndSpacedSpellingsAreBothNames() throws {
        let policy = """
        سیاست حفظ حریم خصوصی فروشگاه بازار برتر
        بازار برتر ممکن است اطلاعات تماس شما را برای ارسال سفارش نگهداری کند.
        بازاربرتر ممکن است از کوکی\u{200C}ها برای بهبود خدمات استفاده کند.
        توجه داشته باشید که 30004455660 شماره\u{200C}ای است که بازار برتر از طریق آن برای مشتریان خود پیامک ارسال می\u{200C}کند.
        هرگونه پیامک با نام بازار برتر از شماره\u{200C}ای دیگر تخلف است؛ لطفا آن را به abuse@bazarbartar.ir گزارش دهید.
        """
        let shop = try Self.extract(policy, id: "bazarbartar")
        #expect(shop.names.first == "بازار برتر")
        #expect(Set(shop.names) == ["بازار برتر", "بازاربرتر", "فروشگاه بازار برتر"])
        #expect(shop.names.count == 3)
        #expect(!Self.codes(shop).contains("name-uncertain"))
    }

    @Test func nameWithBusinessNounIsAlsoAName() throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause))
        #expect(shop.names == ["کالابان", "فروشگاه کالابان"])
        #expect(Self.codes(shop) == [])
    }

    @Test func nameWrittenWithZeroWidthNonJoinerKeepsIt() throws {
        let policy = """
        حریم خصوصی کاربران برای فروشگاه تک\u{200C}سیب اهمیت زیادی دارد.
        تک\u{200C}سیب ممکن است نام شما را برای ارسال سفارش نگهداری کند.
        توجه داشته باشید که 30004455660 شماره\u{200C}ای است که تک\u{200C}سیب از طریق آن برای کاربران پیامک ارسال می\u{200C}کند.
        هر پیامکی با نام تک\u{200C}سیب از شماره دیگر تخلف است؛ لطفا به abuse@taksib.ir گزارش دهید.
        """
        let shop = try Self.extract(policy, id: "taksib")
        #expect(shop.names.first == "تک\u{200C}سیب")
        #expect(Set(shop.names) == ["تک\u{200C}سیب", "فروشگاه تک\u{200C}سیب"])
        #expect(Self.codes(shop) == [])
    }

    @Test func nameThatIsACommonPhrase() throws {
        let policy = """
        فروشگاه خرید خوب به حریم خصوصی مشتریان خود احترام می\u{200C}گذارد.
        خرید خوب ممکن است برای بهبود خدمات از کوکی\u{200C}ها استفاده کند.
        خرید خوب اطلاعات شما را در اختیار اشخاص ثالث قرار نمی\u{200C}دهد.
        توجه داشته باشید که 30004455660 شماره\u{200C}ای است که خرید خوب از طریق آن برای مشتریان پیامک ارسال می\u{200C}کند.
        هر پیامکی با نام خرید خوب از شماره\u{200C}ای دیگر تخلف است؛ لطفا به abuse@kharidkhoob.ir گزارش دهید.
        """
        let shop = try Self.extract(policy, id: "kharidkhoob")
        #expect(shop.names.first == "خرید خوب")
        #expect(Set(shop.names) == ["خرید خوب", "فروشگاه خرید خوب"])
        #expect(shop.senders == ["30004455660"])
        #expect(Self.codes(shop) == [])
    }

    @Test func twoWordNameWithoutBusinessNoun() throws {
        let policy = """
        نوین مارکت به حریم خصوصی مشتریان خود احترام می\u{200C}گذارد.
        نوین مارکت ممکن است اطلاعات سفارش شما را نگهداری کند.
        توجه داشته باشید که 30008899001 شماره\u{200C}ای است که نوین مارکت از طریق آن برای کاربران پیامک ارسال می\u{200C}کند.
        هر پیامکی با نام نوین مارکت از شماره دیگر تخلف است؛ لطفا به abuse@novinmarket.ir گزارش دهید.
        """
        let shop = try Self.extract(policy, id: "novinmarket")
        #expect(shop.names == ["نوین مارکت"])
        #expect(shop.senders == ["30008899001"])
    }

    // MARK: - 10. Domains

    @Test func ownSiteAndEmailDomainAreDomainsButCookieAndTrustSealLinksAreNot() throws {
        let policy = """
        این سیاست حریم خصوصی وب\u{200C}سایت فروشگاه کالابان به نشانی www.kalaban.ir است.
        کالابان ممکن است از کوکی\u{200C}ها استفاده کند؛ برای آشنایی با کوکی\u{200C}ها به http://www.allaboutcookies.org مراجعه کنید.
        نماد اعتماد الکترونیکی کالابان را در https://trustseal.enamad.ir/?id=845120&Code=QwErTy ببینید.
        صفحه اینستاگرام ما: https://instagram.com/kalaban.shop
        \(Self.mainClause)
        هر پیامک دیگری با نام کالابان تخلف است؛ لطفا به abuse@kalaban.ir گزارش دهید.
        """
        let shop = try Self.extract(policy)
        #expect(shop.domains == ["kalaban.ir"])
        #expect(shop.senders == ["30004455660"])
    }

    @Test func siteAndEmailOnDifferentDomainsAreBothDomains() throws {
        let policy = """
        این سیاست حریم خصوصی وب\u{200C}سایت فروشگاه کالابان به نشانی https://www.kalaban.com است.
        کالابان ممکن است از کوکی\u{200C}ها استفاده کند.
        \(Self.mainClause)
        هر پیامک دیگری با نام کالابان تخلف است؛ لطفا به abuse@kalaban.ir گزارش دهید.
        """
        let shop = try Self.extract(policy)
        #expect(Set(shop.domains) == ["kalaban.ir", "kalaban.com"])
        #expect(shop.domains.count == 2)
    }

    @Test func freeMailProviderIsNoDomainOfTheShop() throws {
        let policy = """
        این سیاست حریم خصوصی وب\u{200C}سایت فروشگاه کالابان به نشانی www.kalaban.ir است.
        کالابان ممکن است از کوکی\u{200C}ها استفاده کند.
        \(Self.mainClause)
        هر پیامک دیگری با نام کالابان تخلف است؛ لطفا به kalaban.shop@gmail.com گزارش دهید.
        """
        let shop = try Self.extract(policy)
        #expect(shop.reportEmail == "kalaban.shop@gmail.com")
        #expect(shop.domains == ["kalaban.ir"])
    }

    // MARK: - 11. Warnings

    @Test(arguments: ["واتس‌اپ پشتیبانی: ۰۹xx-xxxxxxx", "تلفن: 021-XXXXXXXX", "همراه: 0912 xxx xxxx"])
    func maskedTemplateNumberIsAPlaceholder(_ contactLine: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause) + "\n" + contactLine)
        #expect(Self.codes(shop) == ["placeholder-contact"])
    }

    @Test func lettersXInWordsAndCodesAreNoMask() throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause) + "\nسفارش‌های بالای ۲ کیلو با box xxl ارسال می‌شود. مدل 1200xx نداریم.")
        #expect(!Self.codes(shop).contains("placeholder-contact"))
    }

    @Test(arguments: [
        "تلفن: ۱۱۱۱۱۱۱-۰۲۱",
        "نشانی: تهران، خیابان تست، پلاک ۱",
        "آدرس: تهران، خیابان تست",
    ])
    func templatePlaceholderContactIsFlagged(_ contactLine: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause) + "\n" + contactLine)
        #expect(Self.codes(shop) == ["placeholder-contact"])
        #expect(shop.senders == ["30004455660"])
        #expect(shop.reportEmail == "abuse@kalaban.ir")
    }

    @Test(arguments: [
        "تلفن: 021-88776655",
        "نشانی: تهران، خیابان آزادی، پلاک ۱۲",
        "آدرس: اصفهان، خیابان چهارباغ، کوچه ۵",
    ])
    func realContactIsNotFlagged(_ contactLine: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause) + "\n" + contactLine)
        #expect(Self.codes(shop) == [])
    }

    @Test func reportAddressOnUnrelatedDomainIsFlagged() throws {
        let policy = Self.kalabanPolicy(Self.mainClause).replacingOccurrences(of: "abuse@kalaban.ir", with: "abuse@shopyar24.ir")
        let shop = try Self.extract(policy)
        #expect(shop.reportEmail == "abuse@shopyar24.ir")
        #expect(Self.codes(shop) == ["report-domain-unrelated"])
    }

    @Test func reportAddressOnADomainOfTheIdAndAWordIsNotFlagged() throws {
        let policy = Self.kalabanPolicy(Self.mainClause).replacingOccurrences(of: "abuse@kalaban.ir", with: "abuse@kalabanstore.ir")
        let shop = try Self.extract(policy)
        #expect(shop.reportEmail == "abuse@kalabanstore.ir")
        #expect(Self.codes(shop) == [])
    }

    @Test(arguments: ["", " \n\n ", "\u{FEFF}"])
    func emptyPolicyIsAnError(_ text: String) {
        #expect(throws: SMSGuardError.self) { try Self.extract(text) }
    }

    @Test func policyThatNamesNoShopSaysTheFileNameStandsIn() throws {
        let shop = try Self.extract("این متن نمونه است.", id: "nameless")
        #expect(shop.names == ["nameless"])
        #expect(shop.warnings.first { $0.code == "name-uncertain" }?.message.contains("file name") == true)
    }

    @Test func reportAddressOnTheShopsTransliteratedDomainIsNotFlagged() throws {
        let policy = """
        فروشگاه نوین مارکت به حریم خصوصی مشتریان خود احترام می\u{200C}گذارد.
        نوین مارکت ممکن است اطلاعات سفارش شما را نگهداری کند.
        توجه داشته باشید که 30008899001 شماره\u{200C}ای است که نوین مارکت از طریق آن برای کاربران پیامک ارسال می\u{200C}کند.
        هر پیامکی با نام نوین مارکت از شماره دیگر تخلف است؛ لطفا به abuse@novinmarket.ir گزارش دهید.
        """
        // The id is deliberately unlike the domain, so only the name can relate them.
        let shop = try Self.extract(policy, id: "shop42")
        #expect(shop.names.first == "نوین مارکت")
        #expect(shop.reportEmail == "abuse@novinmarket.ir")
        #expect(Self.codes(shop) == [])
    }

    @Test func completePolicyHasNoWarnings() throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause))
        #expect(shop.warnings == [])
    }

    // MARK: - 12. Evidence

    @Test func evidenceQuotesAndLocatesTheSentenceOfEachFact() throws {
        let sender = "توجه داشته باشید که 30004455660 شماره\u{200C}ای است که کالابان از طریق آن برای کاربران پیامک ارسال می\u{200C}کند."
        let survey = "همچنین ممکن است کالابان از طریق شماره ۳۰۰۰۶۶۷۷۸۸۹ برای برخی کاربران سوال نظرسنجی ارسال کند."
        let report = "هر پیامکی با نام کالابان از شماره دیگری تخلف است؛ لطفا آن را به abuse@kalaban.ir گزارش دهید."
        let policy = [
            "سیاست حفظ حریم خصوصی فروشگاه کالابان",
            "کالابان ممکن است نام شما را برای ارسال سفارش نگهداری کند.",
            sender,
            survey,
            "",
            report,
        ].joined(separator: "\n")
        let shop = try Self.extract(policy)
        let expected = [
            ("sender", "30004455660", sender, "30004455660"),
            ("sender", "30006677889", survey, "۳۰۰۰۶۶۷۷۸۸۹"),
            ("surveySender", "30006677889", survey, "۳۰۰۰۶۶۷۷۸۸۹"),
            ("reportEmail", "abuse@kalaban.ir", report, "abuse@kalaban.ir"),
        ]
        #expect(shop.evidence.count == expected.count)
        let bytes = Array(policy.utf8)
        for (fact, value, sentence, written) in expected {
            let found = Self.evidence(shop, fact, value)
            #expect(found.count == 1, "\(fact) \(value)")
            guard let item = found.first, let offset = Self.byteOffset(of: sentence, in: policy) else { continue }
            #expect(item.quote == sentence)
            #expect(Self.contains(item.quote, written))
            #expect(item.offset == offset, "\(fact) \(value)")
            #expect(Self.bytes(of: bytes, at: item.offset, startWith: String(sentence.prefix(5))), "\(fact) \(value)")
            #expect(item.line == Self.line(ofOffset: offset, in: policy), "\(fact) \(value)")
        }
    }

    @Test func evidenceOffsetPointsInsideALineOfSeveralSentences() throws {
        let first = "کالابان ممکن است نام شما را برای ارسال سفارش نگهداری کند."
        let policy = "حریم خصوصی در کالابان برای ما مهم است.\n" + first + " " + Self.mainClause + " هر پیامک دیگری با نام کالابان تخلف است؛ لطفا به abuse@kalaban.ir گزارش دهید."
        let shop = try Self.extract(policy)
        let item = try #require(Self.evidence(shop, "sender", "30004455660").first)
        #expect(item.quote == Self.mainClause)
        #expect(item.offset == Self.byteOffset(of: Self.mainClause, in: policy))
        #expect(item.line == 2)
        let report = try #require(Self.evidence(shop, "reportEmail", "abuse@kalaban.ir").first)
        #expect(report.quote == "هر پیامک دیگری با نام کالابان تخلف است؛ لطفا به abuse@kalaban.ir گزارش دهید.")
        #expect(report.offset == Self.byteOffset(of: "هر پیامک دیگری", in: policy))
        #expect(report.line == 2)
    }

    @Test func evidenceInHTMLPointsAtTheSentenceInTheMarkup() throws {
        let html = """
        <html><body>
        <h2>حریم خصوصی در کالابان</h2>
        <p>کالابان ممکن است اطلاعات شما را برای پردازش سفارش نگهداری کند.</p>
        <p class="sms">توجه داشته باشید که <strong>30004455660</strong> شماره&zwnj;ای است که کالابان از طریق آن برای کاربران پیامک ارسال می&zwnj;کند.</p>
        <p>هر پیامک دیگری با نام کالابان تخلف است؛ لطفا به <b>abuse@kalaban.ir</b> گزارش دهید.</p>
        </body></html>
        """
        let shop = try Self.extract(html, fileName: "kalaban.html")
        let bytes = Array(html.utf8)
        let sender = try #require(Self.evidence(shop, "sender", "30004455660").first)
        #expect(sender.quote == Self.mainClause.replacingOccurrences(of: " و مشتریان خود", with: ""))
        #expect(sender.offset == Self.byteOffset(of: "توجه داشته", in: html))
        #expect(Self.bytes(of: bytes, at: sender.offset, startWith: "توجه"))
        #expect(sender.line == 4)
        let report = try #require(Self.evidence(shop, "reportEmail", "abuse@kalaban.ir").first)
        #expect(Self.contains(report.quote, "abuse@kalaban.ir"))
        #expect(report.offset == Self.byteOffset(of: "هر پیامک دیگری", in: html))
        #expect(report.line == 5)
    }

    @Test func evidenceOffsetCountsTheByteOrderMark() throws {
        let policy = Self.kalabanPolicy(Self.mainClause)
        let file = [0xEF, 0xBB, 0xBF] + Array(policy.utf8)
        let shop = try PolicyExtractor.extract(policy: file, id: "kalaban", fileName: "kalaban.txt")
        #expect(shop.senders == ["30004455660"])
        let item = try #require(Self.evidence(shop, "sender", "30004455660").first)
        #expect(item.offset == 3 + (Self.byteOffset(of: Self.mainClause, in: policy) ?? -1))
        #expect(Self.bytes(of: file, at: item.offset, startWith: "توجه"))
        #expect(item.line == 3)
    }

    @Test func evidenceWithWindowsLineEndings() throws {
        let policy = Self.kalabanPolicy(Self.mainClause).replacingOccurrences(of: "\n", with: "\r\n")
        let shop = try Self.extract(policy)
        #expect(shop.senders == ["30004455660"])
        #expect(shop.reportEmail == "abuse@kalaban.ir")
        let item = try #require(Self.evidence(shop, "sender", "30004455660").first)
        #expect(item.quote == Self.mainClause)
        #expect(item.offset == Self.byteOffset(of: Self.mainClause, in: policy))
        #expect(item.line == 3)
    }

    // MARK: - 13. Robustness

    @Test func textThatIsNotUTF8IsBadData() {
        let error = #expect(throws: SMSGuardError.self) {
            try PolicyExtractor.extract(policy: [0xC7, 0xE1, 0xDF], id: "old", fileName: "old.txt")
        }
        #expect(error?.kind == .badData)
        #expect(error?.location?.path == "old.txt")
    }

    @Test func utf16TextIsBadData() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "کالابان".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let error = #expect(throws: SMSGuardError.self) {
            try PolicyExtractor.extract(policy: bytes, id: "utf16", fileName: "utf16.txt")
        }
        #expect(error?.kind == .badData)
    }

    // An empty file is an error (emptyPolicyIsAnError); a page with nothing to read is a shop with warnings.
    @Test(arguments: ["<html><body></body></html>", "<p>", "30004455660", "<p>توجه <span", "&zwnj;&#x;&"])
    func policyWithoutContentDeclaresNothing(_ text: String) throws {
        let shop = try Self.extract(text, id: "empty")
        #expect(shop.id == "empty")
        #expect(shop.senders == [])
        #expect(shop.surveySenders == [])
        #expect(shop.reportEmail == nil)
        #expect(shop.phones == [])
        #expect(shop.domains == [])
        #expect(shop.evidence == [])
        #expect(Self.codes(shop).contains("no-sender"))
        #expect(Self.codes(shop).contains("no-report-email"))
    }

    @Test func sourceRecordsFileNameAndDigest() throws {
        let shop = try Self.extract("سیاست حریم خصوصی", id: "short", fileName: "short.txt")
        #expect(shop.source == Shop.Source(
            file: "short.txt", sha256: "50bd8518610a87c41ca7159c1924e3cf4eda7cb7fc412970ef79e4086ada50ea"))
    }
}

// MARK: - Lists, line labels and exceptions

extension PolicyExtractorTests {
    @Test(arguments: [
        "شماره‌های رسمی ارسال پیامک کالابان به این شرح است:\n30004455660\n10004455660",
        "شماره‌های رسمی ارسال پیامک کالابان به این شرح است:\n1- 30004455660\n2- 10004455660",
        "شماره‌های رسمی ارسال پیامک کالابان به این شرح است:\n۱) ۳۰۰۰۴۴۵۵۶۶۰\n۲) ۱۰۰۰۴۴۵۵۶۶۰",
        "شماره‌های رسمی ارسال پیامک کالابان به این شرح است:\n\n  30004455660\n\n  10004455660\n",
    ])
    func numbersListedOneALineAfterAColonAreAllSenders(clause: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(clause))
        #expect(shop.senders == ["30004455660", "10004455660"])
        #expect(shop.phones == [])
    }

    @Test func htmlOrderedListOfSendersAfterAColon() throws {
        let html = """
        <html><body>
        <p>کالابان ممکن است اطلاعات شما را برای ارسال سفارش نگهداری کند.</p>
        <p>تنها شماره&zwnj;های ارسال پیامک کالابان اینها هستند:</p>
        <ol>
          <li>۳۰۰۰۴۴۵۵۶۶۰</li>
          <li>+98&nbsp;1000&nbsp;4455&nbsp;660</li>
        </ol>
        <p>پیامک با نام کالابان از شماره دیگر جعلی است؛ آن را به <a href="mailto:abuse@kalaban.ir">ما</a> گزارش دهید.</p>
        </body></html>
        """
        let shop = try Self.extract(html, fileName: "kalaban.html")
        #expect(shop.senders == ["30004455660", "10004455660"])
        #expect(shop.reportEmail == "abuse@kalaban.ir")
    }

    @Test func phonesListedAfterAContactLabelAreAllPhones() throws {
        let clause = "تلفن‌های تماس با پشتیبانی کالابان:\n021-88776655\n021-88776654"
        let shop = try Self.extract(Self.kalabanPolicy(clause + "\n" + Self.mainClause))
        #expect(shop.senders == ["30004455660"])
        #expect(shop.phones.map(\.number) == ["+982188776655", "+982188776654"])
    }

    @Test func listMarkerIsNoPartOfTheNumberButARangeIsNoMarker() throws {
        #expect(PolicyText.blankingListMarkers(Array("1- 3000\n۲) ۴۵\n12-15 روز".utf8)) == Array("   3000\n    ۴۵\n12-15 روز".utf8))
    }

    @Test(arguments: [
        "پیامک‌های کالابان تنها از دو خط 30004455660 و 10004455660 ارسال می‌شوند.",
        "کالابان پیامک‌های خود را فقط از خطوط 30004455660 و 10004455660 می‌فرستد.",
    ])
    func lineWordBeforeTheNumbersLabelsSendersInAnSMSSentence(clause: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(clause))
        #expect(shop.senders == ["30004455660", "10004455660"])
    }

    @Test func lineWordInASentenceNotAboutSMSLabelsNoSender() throws {
        let shop = try Self.extract(Self.kalabanPolicy("برای تماس با واحد فروش از خط 021-88776655 استفاده کنید.\n" + Self.mainClause))
        #expect(shop.senders == ["30004455660"])
    }

    @Test(arguments: [
        "هر پیامکی با نام کالابان که از شماره‌ای غیر از 30004455660 برسد، جعلی است.",
        "پیامک‌هایی با نام کالابان که به جز 30004455660 از شماره دیگری برسند، جعلی‌اند.",
    ])
    func theOneNumberExceptedByTheAbuseClauseIsTheSender(clause: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(clause))
        #expect(shop.senders == ["30004455660"])
    }
}

extension PolicyExtractorTests {
    @Test(arguments: [
        "در صورت دریافت چنین پیامکی، موضوع را از طریق amniat@kalaban.ir با ما در میان بگذارید.",
        "اگر چنین پیامکی به دستتان رسید، ما را از طریق amniat@kalaban.ir مطلع کنید.",
    ])
    func reportRequestWordedAsSharingOrInformingNamesTheAddress(request: String) throws {
        let policy = """
        حریم خصوصی کاربران برای فروشگاه کالابان اهمیت زیادی دارد.
        پیامکی که با نام کالابان از شماره‌ای جز ۳۰۰۰۷۷۸۸ برسد، سوءاستفاده از نام ماست.
        \(request)
        برای ارتباط با ما به info@kalaban.ir ایمیل بزنید.
        """
        let shop = try Self.extract(policy)
        #expect(shop.reportEmail == "amniat@kalaban.ir")
        #expect(shop.senders == ["30007788"])
    }
}

extension PolicyExtractorTests {
    /// A policy whose name no sentence pattern introduces: the name is read from how often it is written.
    private static let naroonPolicy = """
        حریم خصوصی کارگاه چرم نارون
        کارگاه چرم نارون کیف و کمربند دست‌دوز را به صورت آنلاین می‌فروشد و نشانی سایت آن naroon.ir است.
        سرشماره رسمی ارسال پیامک کارگاه چرم نارون: 30007766
        پیامک با نام کارگاه چرم نارون از شماره‌ای دیگر جعلی است؛ آن را به report@naroon.ir گزارش دهید.
        """

    @Test func nameReadFromFrequencyIsTheWholePhraseNotItsLastWord() throws {
        let shop = try Self.extract(Self.naroonPolicy, id: "naroon")
        #expect(shop.names.first == "کارگاه چرم نارون")
        #expect(shop.senders == ["30007766"])
    }

    @Test func reportDomainSpellingOneWordOfTheNameIsTheShops() throws {
        let shop = try Self.extract(Self.naroonPolicy, id: "kargah")  // an id unlike the domain
        #expect(shop.reportEmail == "report@naroon.ir")
        #expect(!Self.codes(shop).contains("report-domain-unrelated"))
    }

    @Test(arguments: ["abuse@charmnaroon-shop.ir", "abuse@naroon-kargah.ir"])
    func reportDomainSpellingTheNamesWordsInAnotherOrderIsTheShops(address: String) throws {
        let policy = Self.naroonPolicy.replacingOccurrences(of: "report@naroon.ir", with: address)
        let shop = try Self.extract(policy, id: "kargah")
        #expect(shop.reportEmail == address)
        #expect(!Self.codes(shop).contains("report-domain-unrelated"))
    }

    @Test func reportDomainOfAnotherNameIsFlagged() throws {
        let policy = Self.naroonPolicy.replacingOccurrences(of: "report@naroon.ir", with: "abuse@fastmailbox.ir")
        let shop = try Self.extract(policy, id: "kargah")
        #expect(Self.codes(shop).contains("report-domain-unrelated"))
    }
}

extension PolicyExtractorTests {
    @Test(arguments: ["۱۱۱۱۱۱۱", "0000000", "1234567"])
    func templateNumberTooShortForASenderIsStillAPlaceholder(number: String) throws {
        let clause = "توجه داشته باشید که \(number) شماره‌ای است که کالابان از طریق آن برای کاربران پیامک ارسال می‌کند."
        let shop = try Self.extract(Self.kalabanPolicy(clause))
        #expect(shop.senders == [])
        #expect(Self.codes(shop).contains("placeholder-contact"))
    }
}

extension PolicyExtractorTests {
    @Test func landlineThatMessagesAreSentFromIsASender() throws {
        let clause = "پیامک‌های مربوط به ضمانت کالا نیز از خط ثابت ۰۲۱-۸۸۷۷۶۶۵۵ ارسال می‌شود."
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\n" + clause))
        #expect(shop.senders == ["30004455660", "+982188776655"])
        #expect(shop.phones == [])
    }

    @Test(arguments: [
        "* پیامک‌های زمان تحویل از تلفن ثابت انبار کالابان: (021) 8877-6655",
        "کالابان از دو خط پیامک می‌فرستد: تلفن ثابت انبار، ۰۲۱ ۸۸ ۷۷ ۶۶ ۵۵، برای زمان تحویل",
    ])
    func landlineNamedAsATelephoneThatSendsIsASender(line: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\n" + line))
        #expect(shop.senders.contains("+982188776655"))
        #expect(shop.phones.isEmpty)
    }

    @Test func landlineTelephoneToCallAfterAnSMSListStaysAPhone() throws {
        let line = "دربارهٔ پیامک‌ها پرسشی دارید؟ با تلفن ثابت انبار: ۰۲۱-۸۸۷۷۶۶۵۵ تماس بگیرید."
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\n" + line))
        #expect(!shop.senders.contains("+982188776655"))
        #expect(shop.phones.map(\.number) == ["+982188776655"])
    }

    @Test func landlineToCallInAnSMSSentenceStaysAPhone() throws {
        let clause = "اگر پیامک مشکوکی دریافت کردید، از خط ثابت ۰۲۱-۸۸۷۷۶۶۵۵ با ما تماس بگیرید."
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\n" + clause))
        #expect(shop.senders == ["30004455660"])
        #expect(shop.phones.map(\.number) == ["+982188776655"])
    }

    // MARK: - Lines named by what they do

    @Test func aPurposeClauseWarningOfFakesDoesNotDenyTheListAfterIt() throws {
        let shop = try Self.extract("""
            تا پیامک‌های ساختگی را از پیامک‌های واقعی ما بازشناسید، هر دسته پیامک را از یک سرشماره می‌فرستیم:
            • سفارش و ارسال: ۳۰۰۰۶۶۱۱۲۲
            • کد ورود: ۱۰۰۰۶۶۱۱
            """)
        #expect(shop.senders == ["3000661122", "10006611"])
    }

    @Test func aLineTheSentenceSaysCallsIsAPhone() throws {
        let shop = try Self.extract(
            "پیامک‌های کالابان از سرشماره ۳۰۰۰۷۷۱۱۲۲ می‌آید. واحد ارسال ممکن است از شماره ۰۲۱-۴۴۳۳۲۲۱۱ برای هماهنگی با شما تماس بگیرد.")
        #expect(shop.senders == ["3000771122"])
        #expect(shop.phones.map(\.number) == ["+982144332211"])
    }

    @Test func aMobileNamedAsTheLineMessagesComeFromIsASender() throws {
        let shop = try Self.extract(
            "پیامک‌های کالابان از سرشماره ۳۰۰۰۷۷۱۱۲۲ می‌آید و مامور تحویل ممکن است از شماره همراه سازمانی ۰۹۳۵۴۱۲۶۶۸۱ پیامک زمان رسیدن را بفرستد.")
        #expect(shop.senders == ["3000771122", "+989354126681"])
    }

    @Test func englishTextsFromALineAreSentAndAPhoneLineIsCalled() throws {
        let shop = try Self.extract("""
            Kalaban texts you order updates from the short code 3000 771 122, and our couriers may text you from the courier line +98 935 412 6681.
            Our phone line +98 21 4433 2211 is for voice calls only; we never send SMS from it.
            """)
        #expect(shop.senders == ["3000771122", "+989354126681"])
        #expect(shop.phones.map(\.number) == ["+982144332211"])
    }

    @Test func aParagraphsLabelOpensNoListForTheNextParagraph() throws {
        let shop = try Self.extract("""
            SMS: Kalaban sends order texts from 3000771122 and surveys from 10007711.

            Contact: phone +98 21 4433 2211, email care@kalaban.ir
            """)
        #expect(shop.senders == ["3000771122", "10007711"])
        #expect(shop.phones.map(\.number) == ["+982144332211"])
    }

    @Test func aShortCodeAnSMSWordLabelsIsASenderButNotOneMessagesGoTo() throws {
        let shop = try Self.extract("""
            کالابان فقط از این دو مسیر پیامک می‌فرستد:
            - سرشماره ۳۰۰۰۷۷۱۱۲۲ برای سفارش‌ها؛
            - سامانه کوتاه ۷۷۴۴ برای اطلاعیه‌های فوری.
            برای لغو دریافت پیامک‌های تبلیغاتی عدد ۱۱ را به ۷۷۵۵ بفرستید.
            """)
        #expect(shop.senders == ["3000771122", "7744"])
    }

    @Test func aPagesMenuIsNoTitle() throws {
        let shop = try Self.extract("""
            <html><body><header><nav><a href="/">خانه</a> | <a href="/faq">پرسش‌های رایج</a> | <a href="/blog">مجله</a></nav></header>
            <h1>حریم خصوصی کالابان</h1>
            <p>کالابان پیامک‌های سفارش را از سرشماره ۳۰۰۰۷۷۱۱۲۲ می‌فرستد. کالابان اطلاعات شما را به کسی نمی‌دهد.</p>
            <h2>مجله</h2><p>مطالب مجله کالابان را بخوانید.</p>
            </body></html>
            """, fileName: "kalaban.html")
        #expect(shop.names.first == "کالابان")
    }

    // MARK: - Tables of lines

    @Test func aTableIntroducedAboveWithStatusesKeepsOnlyTheLinesInUse() throws {
        let shop = try Self.extract("""
            <p>کالابان فقط از خطوطی که در جدول زیر «فعال» آمده‌اند پیامک می‌فرستد. خطوط دیگر را استفاده نمی‌کنیم.</p>
            <table><tr><th>کاربرد</th><th>شماره</th><th>وضعیت</th></tr>
            <tr><td>اطلاع‌رسانی سفارش</td><td>3000 6612</td><td>فعال</td></tr>
            <tr><td>کد ورود</td><td>۱۰۰۰۶۶۱۲</td><td>فعال</td></tr>
            <tr><td>تبلیغات قدیمی</td><td>3000 6699</td><td>منسوخ</td></tr>
            <tr><td>پاسخ مشتریان</td><td>30006612888</td><td>فقط دریافت</td></tr>
            <tr><td>مرکز تماس</td><td>021-44336612</td><td>فقط تماس تلفنی</td></tr>
            <tr><td>کد پستی</td><td>۱۴۶۶۹۸۷۶۵۴</td><td>دفتر مرکزی</td></tr>
            </table>
            """, fileName: "kalaban.html")
        #expect(shop.senders == ["30006612", "10006612"])
    }

    @Test func aTableOfBothKindsOfNumberIsReadRowByRowWhenASentenceAfterItSpeaksOfIt() throws {
        let shop = try Self.extract("""
            <h3>راه‌های ارتباط با کالابان</h3>
            <table><tr><th>سرشماره یا تلفن</th><th>برای چه</th></tr>
            <tr><td>۳۰۰۰۷۷۴۱۲۰</td><td>خبر ارسال سفارش</td></tr>
            <tr><td>۲۰۰۰۷۷۴۱۲۰</td><td>نظرسنجی بعد از تحویل</td></tr>
            <tr><td>۰۳۱-۳۶۶۲۰۰۱۱</td><td>مرکز تماس (فقط گفت‌وگوی تلفنی؛ پیامکی از این شماره نمی‌آید و پاسخ به پیامک هم داده نمی‌شود)</td></tr>
            </table>
            <p>پیامکی که به نام کالابان از شماره‌ای بیرون از این جدول برسد کار ما نیست.</p>
            """, fileName: "kalaban.html")
        #expect(shop.senders == ["3000774120", "2000774120"])
        #expect(shop.surveySenders == ["2000774120"])
        #expect(shop.phones.map(\.number) == ["+983136620011"])
    }

    @Test func aMarkdownTableNamedAfterwardWithoutPointingIsTheOneJustRead() throws {
        let shop = try Self.extract("""
            ## تماس با کالابان

            | شماره | برای |
            |---|---|
            | ۳۰۰۰۲۲۸۸۱۰ | خبر سفارش |
            | ۰۵۱-۳۷۶۶۰۰۹۹ | پشتیبانی تلفنی |

            پیامک‌های کالابان تنها از سرشماره‌های جدول فرستاده می‌شوند.
            """, fileName: "kalaban.md")
        #expect(shop.senders == ["3000228810"])
        #expect(shop.phones.map(\.number) == ["+985137660099"])
    }

    @Test func numbersListedUnderAnSMSSectionHeadingAreSenders() throws {
        let shop = try Self.extract("""
            ۲. کوکی‌ها
            کوکی‌ها فقط برای سبد خرید به کار می‌روند.

            ۳. پیامک
            خطوط رسمی کالابان:
            - ۳۰۰۰۱۱۴۴۵۵ (سفارش و ارسال)
            - ۱۰۰۰۱۱۴۴۵۵ (جشنواره‌ها)
            هر پیامک دیگری با نام ما جعلی است.
            """)
        #expect(shop.senders == ["3000114455", "1000114455"])
    }

    @Test func numbersListedUnderAnotherSectionHeadingAreNotSenders() throws {
        let shop = try Self.extract("""
            ۵. تماس
            شماره‌های ما:
            - ۰۲۱-۸۸۴۴۱۱۲۲ (پشتیبانی)
            - ۰۲۱-۸۸۴۴۱۱۲۳ (فروش سازمانی)
            کالابان فقط از سرشماره ۳۰۰۰۱۱۴۴۵۵ پیامک می‌فرستد.
            """)
        #expect(shop.senders == ["3000114455"])
    }

    @Test func aTableTheNextSentencePointsBackToIsTheSendersList() throws {
        let shop = try Self.extract("""
            ## خطوط ما

            | کاربرد | شماره | وضعیت |
            |---|---|---|
            | کد ورود | ۱۰۰۰۶۶۱۲ | فعال |
            | سفارش و ارسال | ۳۰۰۰۶۶۱۲۰۱ | فعال |
            | خط قدیمی | ۳۰۰۰۶۶۹۹ | غیرفعال از ۱۴۰۲ |

            پیامک با نام کالابان فقط از خطوط فعال جدول بالا ارسال می‌شود.
            """, fileName: "kalaban.md")
        #expect(shop.senders == ["10006612", "3000661201"])
    }

    @Test func linesWithTheirPurposeInBracketsStayOneList() throws {
        let shop = try Self.extract("پیامک‌های کالابان تنها از دو خط ۳۰۰۰۶۶۱۲ (سفارش و تخفیف) و ۱۰۰۰۶۶۱۲ (کد ورود) ارسال می‌شوند.")
        #expect(shop.senders == ["30006612", "10006612"])
    }

    @Test func aBulkLineCutByThePagesLayoutIsOneNumber() throws {
        let shop = try Self.extract("<p>کالابان پیامک‌های سفارش را از خط <b>30006<br>61234</b> ارسال می‌کند.</p>", fileName: "kalaban.html")
        #expect(shop.senders == ["3000661234"])
    }

    @Test func aSurveyLineIsReadInAnyFormOfTheWord() throws {
        let shop = try Self.extract("پیامک‌های سفارش از خط ۳۰۰۰۶۶۱۲ می‌آید. نظرسنجی‌های رضایت هم از خط ۵۰۰۰۶۶۱۲۰۱ فرستاده می‌شوند.")
        #expect(shop.senders == ["30006612", "5000661201"])
        #expect(shop.surveySenders == ["5000661201"])
    }

    @Test(arguments: [
        "پیامک کد رهگیری مرسوله از سرشماره ۱۰۰۰۹۱۵۵۲۷ که متعلق به شرکت پیک‌سوار است ارسال می‌شود.",
        "رهگیری مرسوله را شرکت حمل انجام می‌دهد و پیامک آن از سرشماره اختصاصی همان شرکت (۲۰۰۰۵۵۸۱۴۷) ارسال می‌شود.",
    ])
    func aLineTheSentenceGivesToAnotherCompanyIsNoSender(sentence: String) throws {
        let shop = try Self.extract("کالابان پیامک‌های سفارش را از سرشماره ۳۰۰۰۶۶۱۲ ارسال می‌کند. " + sentence)
        #expect(shop.senders == ["30006612"])
    }

    @Test(arguments: ["۳۰۰۰.۶۶۱۲.۷۷", "3000.6612.77", "۳۰۰۰.٦٦١٢.۷۷"])
    func aLineWrittenWithDotsBetweenItsGroupsIsOneNumber(written: String) throws {
        let shop = try Self.extract("کالابان پیامک‌های سفارش را از سرشماره \(written) ارسال می‌کند. کالابان اطلاعات شما را نمی‌فروشد.")
        #expect(shop.senders == ["3000661277"])
    }

    @Test func aDateWrittenWithDotsIsNoLine() throws {
        let shop = try Self.extract("از تاریخ ۱۴۰۲.۰۵.۰۱ پیامک‌های کالابان از سرشماره‌های ۳۰۰۰۶۶۱۲ و ۱۴۰۲.۰۵.۰۲ ارسال می‌شود.")
        #expect(shop.senders == ["30006612"])
    }

    @Test func aNumberACustomersQuestionQuotesIsNoSender() throws {
        let shop = try Self.extract("""
            پرسش‌های متداول
            پیامکی از شماره ۰۹۳۸۵۵۱۲۰۷۴ با عنوان «برنده قرعه‌کشی کالابان» دریافت کرده‌ام؛ آیا معتبر است؟
            خیر. کالابان فقط از سرشماره ۳۰۰۰۶۶۱۲ پیامک می‌فرستد.
            """)
        #expect(shop.senders == ["30006612"])
    }

    @Test func aNumberACustomerSaysTheyGotIsNoSender() throws {
        let shop = try Self.extract("""
            از سرشماره ۵۰۰۰۷۷۱۲۳۴ پیامک جایزه با نام کالابان گرفتم؛ واقعی است؟
            نه. کالابان فقط از سرشماره ۳۰۰۰۶۶۱۲ پیامک می‌فرستد.
            """)
        #expect(shop.senders == ["30006612"])
    }

    @Test func aLineTheNextSentenceDisownsIsNoSender() throws {
        let shop = try Self.extract("""
            پیامک‌های کالابان فقط از سرشماره ۳۰۰۰۶۶۱۲ ارسال می‌شوند.
            این هفته پیامکی با عنوان «تخفیف ویژه کالابان» از سرشماره ۳۰۰۰۶۶۱۳ فرستاده شده است.
            دقت کنید: این سرشماره مال ما نیست.
            """)
        #expect(shop.senders == ["30006612"])
    }

    @Test func theLastTwoItemsDisownedAreNoSenders() throws {
        let shop = try Self.extract("""
            پیامک‌هایی که می‌گیرید:
            • تایید سفارش کالابان از سرشماره ۳۰۰۰۶۶۱۲ ارسال می‌شود.
            • زمان رسیدن مرسوله را باربری از سرشماره ۲۰۰۰۴۴۱۲ اطلاع می‌دهد.
            • رسید پرداخت را درگاه بانکی از سرشماره ۱۰۰۰۸۸۱۲ ارسال می‌کند.
            دو مورد آخر متعلق به کالابان نیستند.
            """)
        #expect(shop.senders == ["30006612"])
    }

    @Test func disowningNumbersThatWereNeverSendersKeepsTheSendersBefore() throws {
        let shop = try Self.extract("""
            پیامک‌های کالابان از سرشماره ۳۰۰۰۶۶۱۲ و نظرسنجی از ۱۰۰۰۶۶۱۲ ارسال می‌شود.
            فروشندگان غرفه‌ها ممکن است از خطوط شخصی خودشان مثل ۰۹۱۲۰۰۰۱۱۲۲ پیام بفرستند. این شماره‌ها متعلق به کالابان نیستند.
            """)
        #expect(shop.senders == ["30006612", "10006612"])
    }

    @Test(arguments: [
        "پیامک‌های کالابان از سرشماره ۳۰۰۰۶۶۱۲ می‌آید. خط ۰۲۱-۴۴۵۵۶۶۷۷ فقط برای تماس تلفنی است و پیامکی از آن نمی‌فرستیم.",
        "Kalaban texts you only from 30006612. The line 021-44556677 is for voice calls only and sends no SMS.",
    ])
    func aLineForCallsOnlyIsAPhoneWhateverItsLabel(policy: String) throws {
        let shop = try Self.extract(policy)
        #expect(shop.senders == ["30006612"])
        #expect(shop.phones.map(\.number) == ["+982144556677"])
    }

    @Test(arguments: [
        "بانک شما ممکن است از سرشماره ۲۰۰۰۴۴۱۲ پیامک تأیید تراکنش بفرستد.",
        "کد رهگیری مرسوله را پیک رهنورد از سرشماره خودش (۲۰۰۰۴۴۱۲) می‌فرستد.",
    ])
    func aBanksOrCouriersOwnLineIsNoSender(sentence: String) throws {
        let shop = try Self.extract("پیامک‌های کالابان فقط از سرشماره ۳۰۰۰۶۶۱۲ ارسال می‌شود. " + sentence)
        #expect(shop.senders == ["30006612"])
    }

    @Test func theShopsOwnCouriersLineIsASender() throws {
        let shop = try Self.extract("پیامک‌های کالابان از سرشماره ۳۰۰۰۶۶۱۲ ارسال می‌شود و پیک‌های ما زمان رسیدن را از سرشماره خودمان ۲۰۰۰۴۴۱۲ پیامک می‌کنند.")
        #expect(shop.senders == ["30006612", "20004412"])
    }

    @Test(arguments: [
        "Official sender IDs of Kalaban:\n- 3000661200 (orders)\n- 10006612 (offers)",
        "We text you only from the short codes 3000661200 and 10006612.",
        "Sender ID رسمی کالابان 3000661200 است و پیامک تخفیف‌ها از 10006612 ارسال می‌شود.",
    ])
    func englishWordsForSendersLabelTheLines(policy: String) throws {
        #expect(try Self.extract(policy).senders == ["3000661200", "10006612"])
    }

    @Test(arguments: [
        // A fake message's number, in the same clause.
        "اخیراً پیامکی با نام کالابان از شماره ۰۹۱۲۷۷۷۸۸۹۹ پخش شده که هیچ ربطی به ما ندارد.",
        // A visitor's comment, without a question mark.
        "دیدگاه: دیروز از شماره ۰۹۱۲۷۷۷۸۸۹۹ پیامک جایزه کالابان گرفتم.",
        // A fake message quoted, and disowned in the sentence after.
        "نمونه‌ای که به دست مشتریان رسیده:\n«کالابان: جایزه شما آماده است» — فرستنده: ۵۰۰۰۷۷۸۸۹۹۱۱\nاین پیامک از ما نیست.",
    ])
    func numbersOfFakeMessagesAreNoSenders(text: String) throws {
        let shop = try Self.extract("پیامک‌های کالابان فقط از سرشماره ۳۰۰۰۶۶۱۲ ارسال می‌شود.\n" + text)
        #expect(shop.senders == ["30006612"])
    }

    @Test func anEnglishPagesTitleNamesTheShopInLatinLetters() throws {
        let shop = try Self.extract("""
            # Privacy Policy — Kalaban Goods

            Kalaban Goods is an online store. We text you only from the short code 30006612.
            """, fileName: "kalaban.md")
        #expect(shop.names.first == "Kalaban Goods")
    }

    @Test func aPersianTitleBesideTheEnglishOneWins() throws {
        let shop = try Self.extract("""
            # کالابان | Kalaban Goods

            Kalaban Goods (kalaban.ir) is an online store. Kalaban Goods texts you only from the short code 30006612.
            """, fileName: "kalaban.md")
        #expect(shop.names.first == "کالابان")
    }

    @Test func anFAQsQuestionAboutTheShopLeavesItsQuestionWordOut() throws {
        let shop = try Self.extract("""
            پرسش‌های متداول
            کالابان چه اطلاعاتی از من نگه می‌دارد؟
            فقط نام و نشانی. کالابان چه پیامک‌هایی می‌فرستد؟
            پیامک‌های کالابان از سرشماره ۳۰۰۰۶۶۱۲ می‌آید.
            """)
        #expect(shop.names.first == "کالابان")
    }

    // MARK: - Layouts: answers, sections, quotes, JSON, subjects

    @Test func anAnswerToAQuestionAboutTextsNamesTheLines() throws {
        let shop = try Self.extract("""
            Kalaban Goods — Questions
            Which numbers do your texts come from?
            Receipts and courier updates come from 3000 6612 40. Now and then we send a short poll; those texts come from 3000 6612 41 only.
            I got a strange text in your name. What should I do?
            If it is not from the two numbers above, it is not us. Do not open its link. Forward it to alerts@kalaban.shop please.
            Anything else?
            Write to hello@kalaban.shop.
            """, fileName: "kalaban.txt")
        #expect(shop.senders == ["3000661240", "3000661241"])
        #expect(shop.surveySenders == ["3000661241"])
        #expect(shop.reportEmail == "alerts@kalaban.shop")
    }

    @Test func aQuestionAboutSomethingElseGivesItsAnswerNoSMSTopic() throws {
        let shop = try Self.extract("""
            کالابان چه ساعتی پاسخ می‌دهد؟
            پشتیبانی از ۹ تا ۱۷ از طریق ۰۲۱۸۸۷۷۶۶۵۵ پاسخگوست.
            """)
        #expect(shop.senders == [])
    }

    @Test func theFirstSentenceUnderAnSMSHeadingIsAboutSMS() throws {
        let shop = try Self.extract("""
            ۳. اطلاع‌رسانی پیامکی
            کالابان برای کد ورود و رهگیری مرسوله از خط اختصاصی 3000 6612 77 استفاده می‌کند.
            """)
        #expect(shop.senders == ["3000661277"])
    }

    @Test func aLineUnderASurveyHeadingIsTheSurveysLine() throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + """

            ۵. نظرسنجی
            چند روز پس از تحویل، با یک پیامک کوتاه از سرشماره 30006677889 نظرتان را درباره خرید می‌پرسیم.
            """))
        #expect(shop.senders == ["30004455660", "30006677889"])
        #expect(shop.surveySenders == ["30006677889"])
    }

    @Test func aQuestionQuotedInsideTheClauseDoesNotEndTheSentence() throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\nپیامک نظرخواهی («از بسته راضی بودید؟») از سرشماره جداگانه 50006677 ارسال می‌شود."))
        #expect(shop.senders == ["30004455660", "50006677"])
        #expect(shop.surveySenders == ["50006677"])
    }

    @Test(arguments: ["صرفاً از طریق ۳۰۰۰۶۶۱۲ و ۱۰۰۰۶۶۱۲۹ به دست شما می‌رسد", "فقط از ۳۰۰۰۶۶۱۲ و ۱۰۰۰۶۶۱۲۹ می‌آید"])
    func linesGivenAsTheOnlyWayInAreSenders(way: String) throws {
        let shop = try Self.extract("حریم خصوصی کالابان\nپیامک‌های کالابان \(way) و پیامک با نام کالابان از هر شماره دیگری جعلی است.")
        #expect(shop.senders == ["30006612", "100066129"])
    }

    @Test func noOtherNumberAfterTheListDeniesOnlyOtherNumbers() throws {
        let shop = try Self.extract("حریم خصوصی کالابان\nکالابان از سرشماره‌های 30006612 و 200066129 استفاده می‌کند و از هیچ شماره دیگری پیامک ارسال نمی‌شود.")
        #expect(shop.senders == ["30006612", "200066129"])
    }

    @Test func aLineNamedWithAnyOtherNumberIsDeniedWithThem() throws {
        let shop = try Self.extract("""
            حریم خصوصی کالابان
            پیامک‌های کالابان فقط از سرشماره 30006612 ارسال می‌شوند. اگر پیامکی از 10006612 یا هر شماره دیگری به نام کالابان رسید، از طرف ما نیست.
            """)
        #expect(shop.senders == ["30006612"])
    }

    @Test(arguments: [
        "پیامک رهگیری مرسوله را شرکت باربری «تندرو» از شماره 10009988776 ارسال می‌کند.",
        "در خرید قسطی، بانک عامل یادآوری اقساط را از سرشماره 30009988 پیامک می‌کند.",
    ])
    func aPartnerAsTheSubjectSendsFromItsOwnLine(partnerClause: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\n" + partnerClause))
        #expect(shop.senders == ["30004455660"])
    }

    @Test func aPolicySavedAsJSONKeepsItsLabelledLinesApart() throws {
        let shop = try Self.extract(#"""
            {"title": "حریم خصوصی کالابان", "sections": [
              {"body": "پیامک‌های کالابان فقط از سرشماره 30006612 ارسال می‌شود و پیامک از هر شماره دیگری جعلی است."},
              {"body": "تلفن: 021-88776655\nایمیل عمومی: info@kalaban.ir\nگزارش پیامک جعلی: fake-sms@kalaban.ir"}
            ]}
            """#, fileName: "kalaban.json")
        #expect(shop.senders == ["30006612"])
        #expect(shop.reportEmail == "fake-sms@kalaban.ir")
    }

    @Test func anEnglishPageNamedOnlyInItsHeadsTitleTakesThatName() throws {
        let shop = try Self.extract("""
            <html><head><meta charset="utf-8"><title>Privacy Notice — Kalaban Goods</title></head>
            <body><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>
            <h1>Privacy Notice</h1>
            <p>Kalaban Goods is an online hardware store in Yazd.</p>
            <h2>Texts</h2>
            <p>Kalaban Goods texts you only from the short code 30006612.</p>
            </body></html>
            """, fileName: "kalaban.html")
        #expect(shop.names.first == "Kalaban Goods")
        #expect(shop.senders == ["30006612"])
    }

    // MARK: - Messy pages: escaped HTML, predicates, examples, other lines

    @Test func aCMSExportWithEscapedHTMLIsReadAsItsPage() throws {
        let shop = try Self.extract(#"""
            {"id": 17, "title": {"rendered": "\u062d\u0631\u06cc\u0645 \u062e\u0635\u0648\u0635\u06cc"},
             "content": {"rendered": "<h2>\u062d\u0631\u06cc\u0645 \u062e\u0635\u0648\u0635\u06cc \u06a9\u0627\u0644\u0627\u0628\u0627\u0646</h2><p>\u06a9\u0627\u0644\u0627\u0628\u0627\u0646 \u0641\u0642\u0637 \u0627\u0632 \u0633\u0631\u0634\u0645\u0627\u0631\u0647 <strong>30006612</strong> \u067e\u06cc\u0627\u0645\u06a9 \u0645\u06cc\u200c\u0641\u0631\u0633\u062a\u062f.</p>"}}
            """#, fileName: "kalaban.json")
        #expect(shop.senders == ["30006612"])
        #expect(shop.names.first == "کالابان")
    }

    @Test func theOnlyNumberNamedAtTheSentencesEndIsTheSender() throws {
        let shop = try Self.extract("حریم خصوصی کالابان\nتنها سرشماره‌ای که کالابان برای ارسال پیامک به مشتریان خود از آن استفاده می‌کند ۵۰۰۰۶۶۱۲۴ است.")
        #expect(shop.senders == ["500066124"])
    }

    @Test func aLineOnlyForTalkingOnThePhoneIsNoSender() throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\nخط ۰۲۱-۸۸۷۷۶۶۵۵ شماره مرکز تماس ماست و تنها برای گفت‌وگوی تلفنی استفاده می‌شود؛ از این خط پیامکی فرستاده نمی‌شود."))
        #expect(shop.senders == ["30004455660"])
    }

    @Test func aNumberGivenAsAnExampleOfAFakeIsNoSender() throws {
        let shop = try Self.extract(Self.kalabanPolicy("مثلاً اگر پیامکی از شماره ۰۹۱۲۳۳۴۵۵۶۶ با نام کالابان و پیوند جایزه به دستتان رسید، روی پیوند نزنید. کالابان فقط از سرشماره 30004455660 پیامک می‌فرستد."))
        #expect(shop.senders == ["30004455660"])
    }

    @Test func aLineCalledSarkhatIsALine() throws {
        let shop = try Self.extract(Self.kalabanPolicy("سرخط اختصاصی کالابان در سامانه پیامکی ۲۰۰۰۶۶۱۲۹ است و همه پیامک‌ها از همین سرخط می‌آیند."))
        #expect(shop.senders == ["200066129"])
    }

    @Test func anOfficeLandlineTheClauseSendsFromIsASender() throws {
        let shop = try Self.extract("Kalaban Goods — Privacy\nKalaban Goods sends SMS only from its bulk line 3000 6612 40 and from its office landline in Yazd, +98-35-3622-4411.", fileName: "kalaban.txt")
        #expect(shop.senders == ["3000661240", "+983536224411"])
    }

    @Test func anotherNumberNotUsedAfterTheLineLeavesTheLine() throws {
        let shop = try Self.extract("حریم خصوصی کالابان\nتوجه داشته باشید که 30006612 شماره‌ای است که کالابان از طریق آن پیامک ارسال می‌کند و از شماره دیگری برای این کار استفاده نمی‌شود.")
        #expect(shop.senders == ["30006612"])
    }

    @Test func anAddressWithAtAndDotWrittenAsPersianWordsInGuillemets() throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\nپیامک جعلی را به takhalof «اَت‌ساین» kalaban «نقطه» ir گزارش دهید؛ به‌جای کلمه‌ها علامت @ و نقطه بگذارید."))
        #expect(shop.reportEmail == "takhalof@kalaban.ir")
    }

    @Test func aOnePersonShopsSingularDisowningMakesTheNextRequestTheReportAddress() throws {
        let shop = try Self.extract("""
            ## پیامک‌ها
            من سفارش‌ها را فقط از شماره همراه خودم ۰۹۱۲۳۴۴۵۵۶۶ پیامک می‌کنم. پیامکی که با سرشماره‌های تبلیغاتی به اسم کالابان بیاید از طرف من نیست.
            اگر چنین پیامی گرفتید به kalaban.shop@gmail.com خبر بدهید.
            """)
        #expect(shop.senders == ["+989123445566"])
        #expect(shop.reportEmail == "kalaban.shop@gmail.com")
    }

    @Test func aColloquialFakeAndTellMeNameTheReportAddress() throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\nپیامک به اسم کالابان از شماره دیگه جعلیه، حتماً به fake.kalaban@gmail.com بگید."))
        #expect(shop.reportEmail == "fake.kalaban@gmail.com")
    }

    // MARK: - Groups, definition lists, answers

    @Test(arguments: [
        // A heading over rows with no colon, and dotted leaders between each brand and its line.
        "۳. سرشماره‌های پیامکی شرکت‌های گروه\nکالابان ............ 50002741938\nکاغذ سفید ........ 50002741946\nسفرینو ............ 30008826417",
        // Rows with colons.
        "هر برند گروه از خط پیامکی خودش پیامک می‌فرستد:\nکالابان: 50002741938\nکاغذ سفید: 50002741946\nسفرینو: 30008826417",
    ])
    func aGroupsRowsLabelledWithOtherBrandsAreTheirLines(rows: String) throws {
        let shop = try Self.extract("حریم خصوصی کالابان\nکالابان ممکن است اطلاعات سفارش را نگه دارد.\n" + rows)
        #expect(shop.senders == ["50002741938"])
    }

    @Test func rowsLabelledWithWhatTheLineIsForAllStayTheShops() throws {
        let shop = try Self.extract("حریم خصوصی کالابان\nکالابان ممکن است اطلاعات سفارش را نگه دارد.\nسرشماره‌های پیامکی کالابان:\nکالابان: 50002741938\nکد ورود: 50002741946")
        #expect(shop.senders == ["50002741938", "50002741946"])
    }

    @Test func aDefinitionListsTermLabelsItsDefinition() throws {
        let shop = try Self.extract("""
            <h1>حریم خصوصی کالابان</h1><p>کالابان ممکن است اطلاعات سفارش را نگه دارد.</p>
            <dl><dt>خط ارسال پیامک</dt><dd>5000 2946 7185</dd><dt>خط پاسخ‌گویی تلفنی</dt><dd>۰۲۶-۳۲۷۰۹۸۱۴</dd></dl>
            """, fileName: "kalaban.html")
        #expect(shop.senders == ["500029467185"])
        #expect(shop.phones.map(\.number) == ["+982632709814"])
    }

    @Test func anAnswerOpeningWithYesToASurveyQuestionGivesTheSurveyLine() throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\nآیا کالابان نظرسنجی پیامکی هم دارد؟\nبله. حدود یک هفته پس از تحویل ممکن است از شماره‌ی 20003917485 یک پرسش کوتاه درباره‌ی رضایتتان دریافت کنید."))
        #expect(shop.senders == ["30004455660", "20003917485"])
        #expect(shop.surveySenders == ["20003917485"])
    }

    @Test func anEnglishClauseTextingFromANumberFarFromTheWordNamesIt() throws {
        let shop = try Self.extract("Kalaban Online — Privacy\nKalaban Online texts you order updates and login codes from 500072619384. Kalaban Online never texts from any other number.", fileName: "kalaban.txt")
        #expect(shop.senders == ["500072619384"])
    }

    @Test func aCreditCompanysLineAfterAnOpeningPhraseIsNotTheShops() throws {
        let clause = "اگر خرید اقساطی را انتخاب کنید، شرکت اعتباری «اقساط‌نو» نیز قراردادتان را از شماره‌ی 30007591826 پیامک می‌کند."
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\n" + clause))
        #expect(shop.senders == ["30004455660"])
    }

    @Test func aMobileBetweenCommasWithOtherNumbersDeniedAndAWrittenReport() throws {
        let shop = try Self.extract("""
            حریم خصوصی کالابان
            کالابان ممکن است اطلاعات سفارش را نگه دارد.
            رسید سفارش را خود ما از خط همراه کارگاه، ۰۹۳۵ ۶۱۸ ۴۲۷۳، برایتان پیامک می‌کنیم و از شماره‌ی دیگری پیام نمی‌فرستیم. اگر کسی با نام ما از شماره‌ی دیگری پیام داد، ماجرا را به kalaban.shop@gmail.com بنویسید.
            """)
        #expect(shop.senders == ["+989356184273"])
        #expect(shop.reportEmail == "kalaban.shop@gmail.com")
    }

    // MARK: - Copies of the template

    @Test func aLineWrittenTwiceWithADigitDroppedIsWarnedOf() throws {
        let shop = try Self.extract("""
            حریم خصوصی کالابان
            لطفاً توجه داشته باشید که 20008866310 تنها شماره‌ای است که کالابان از آن برای مشتریان خود پیامک می‌فرستد.
            بنابراین ارسال پیامک با نام کالابان از هر شماره‌ای جز 2000886310 تخلف است؛ آن را به abuse@kalaban.ir اطلاع دهید.
            """)
        #expect(shop.warnings.contains { $0.code == "senders-differ-by-a-digit" && $0.message.contains("2000886310") })
    }

    @Test func neighbouringLinesAreNotWarnedOf() throws {
        let shop = try Self.extract(Self.kalabanPolicy("30004455660 و 30004455661 تنها شماره‌هایی هستند که کالابان از طریق آنها پیامک ارسال می‌کند."))
        #expect(shop.senders == ["30004455660", "30004455661"])
        #expect(!shop.warnings.contains { $0.code == "senders-differ-by-a-digit" })
    }

    @Test func aNameMisspelledInTheCopiedClauseLosesToTheTitle() throws {
        let shop = try Self.extract("""
            حریم خصوصی کالابان
            کالابان، فروشگاه آنلاین لوازم خانه، اطلاعات شما را محرمانه نگه می‌دارد.
            توجه داشته باشید که 20001937408 شماره‌ای است که کالابام از طریق آن برای کاربران پیامک ارسال می‌کند. ارسال پیامک تحت عنوان کالابام از هر شماره دیگری تخلف است و آن را به abuse@kalaban.ir اطلاع دهید؛ از نام کالابان سوءاستفاده نکنید.
            """)
        #expect(shop.names.first == "کالابان")
    }

    @Test func aHeadingOfSMSAndSurveysMakesNoLineTheSurveys() throws {
        let shop = try Self.extract("حریم خصوصی کالابان\nکالابان ممکن است اطلاعات سفارش را نگه دارد.\nپیامک و نظرسنجی\n" + Self.mainClause + " همچنین ممکن است برخی مشتریان پرسش نظرسنجی را از شماره 3000519274 دریافت کنند.")
        #expect(shop.senders == ["30004455660", "3000519274"])
        #expect(shop.surveySenders == ["3000519274"])
    }

    @Test(arguments: [
        "از این میان، 3000519274 فقط برای ارسال پرسش‌های نظرسنجی پس از تحویل سفارش به کار می‌رود.",
        "کالابان ممکن است برای پرسیدن نظرتان درباره‌ی کیفیت کالا از شماره 3000519274 هم پیامک بفرستد.",
    ])
    func aLineUsedToAskOpinionsIsASurveyLine(clause: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy("کالابان تنها از این شماره‌ها پیامک ارسال می‌کند: 30004455660 و 3000519274. " + clause))
        #expect(Set(shop.senders) == ["30004455660", "3000519274"])
        #expect(shop.surveySenders == ["3000519274"])
    }

    @Test func theUnitTheClauseReportsToIsReachedAtTheAddressListedUnderItsName() throws {
        let shop = try Self.extract("""
            <h1>حریم خصوصی کالابان</h1>
            <p>کالابان فقط از شماره‌ی 3000270914 برای کاربران پیامک می‌فرستد. پیامکی که با نام کالابان از شماره‌ی دیگری ارسال شود تخلف است؛ لطفاً جهت پیگیری قانونی به واحد حقوقی ما اطلاع دهید.</p>
            <ul><li>پشتیبانی: support@kalaban.ir</li><li>واحد حقوقی: legal@kalaban.ir</li></ul>
            """, fileName: "kalaban.html")
        #expect(shop.reportEmail == "legal@kalaban.ir")
    }

    @Test func ownStaffTextingFromAnOfficeMobileAreTheShops() throws {
        let clause = "برای هماهنگی روز و ساعت ارسال، همکاران واحد باربری ممکن است از شماره‌ی همراه سازمانی 09354417826 هم برایتان پیامک بفرستند."
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\n" + clause))
        #expect(shop.senders == ["30004455660", "+989354417826"])
    }

    // MARK: - Small and informal shops

    @Test(arguments: [
        ("پیامکای ما فقط و فقط از تلفن ثابت خونه، +98 31 3265 7419، ارسال میشه.", ["+983132657419"]),
        ("کالابان فقط از تلفن ثابت فروشگاه 021 7731 9042 برای شما پیامک میفرستد.", ["+982177319042"]),
        ("پیامک‌ها رو از موبایل من ۰۹۱۰۴۲۷۶۸۳۱ و گاهی هم از موبایل خواهرم ۰۹۰۱۶۳۸۲۹۵۰ میفرستیم.", ["+989104276831", "+989016382950"]),
        ("پیامک تایید سفارش رو از موبایل خودم میفرستم: ۰۹۳۹-۴۲۱-۷۵۰۸", ["+989394217508"]),
        ("ma faghat az khat-e 50002047318 payamak midim.", ["50002047318"]),
        ("payamak-haye sefaresh faghat az khat-e 3000 2194 857 miad.", ["30002194857"]),
        ("3000 4172 9586 تنها شماره ای است که کالابان از طریق آن برای شما اس‌ام‌اس میفرستد.", ["300041729586"]),
    ])
    func aPhoneOrLineTheClauseSendsFromInEverydayWordsIsASender(clause: String, expected: [String]) throws {
        let shop = try Self.extract("حریم خصوصی کالابان\nکالابان ممکن است اطلاعات سفارش را نگه دارد. کالابان کالابان.\n" + clause)
        #expect(shop.senders == expected)
    }

    @Test func anAnswerToWhichNumbersTextsComeFromNamesThem() throws {
        let shop = try Self.extract("حریم خصوصی کالابان\nکالابان ممکن است اطلاعات سفارش را نگه دارد.\nپیامکا از کدوم شماره‌ها میان؟\nاز موبایل من ۰۹۱۰۴۲۷۶۸۳۱. فقط همین.")
        #expect(shop.senders == ["+989104276831"])
    }

    @Test func aGatewayAfterAColloquialObjectTextsFromItsOwnLine() throws {
        let clause = "پیامک رسید پرداخت رو درگاه «کیان‌پی» از شماره‌ی 10004583920 میفرسته؛ اون خط مال ما نیست."
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\n" + clause))
        #expect(shop.senders == ["30004455660"])
    }

    @Test(arguments: [
        "پیامکی به اسم کالابان از هر خط دیگه دیدید، لطفا به kalaban.shop@gmail.com خبر بدید.",
        "Ag payami be esm-e Kalaban az shomare-ye dige dashtid, lotfan befrestid be kalaban.shop@gmail.com.",
    ])
    func aSpokenOrFinglishRequestNamesTheReportAddress(sentence: String) throws {
        let shop = try Self.extract("حریم خصوصی کالابان\nکالابان فقط از سرشماره ۳۰۰۰۷۷۸۸ پیامک می‌فرستد.\n" + sentence)
        #expect(shop.reportEmail == "kalaban.shop@gmail.com")
        #expect(!shop.warnings.contains { $0.code == "report-domain-unrelated" })
    }

    @Test func aPersonalMailboxNotSpellingTheShopIsWarnedOf() throws {
        let shop = try Self.extract("حریم خصوصی کالابان\nکالابان فقط از سرشماره ۳۰۰۰۷۷۸۸ پیامک می‌فرستد. پیامک جعلی با نام کالابان را به ali.rezaei1360@gmail.com گزارش دهید.")
        #expect(shop.warnings.contains { $0.code == "report-domain-unrelated" && $0.message.contains("personal mailbox") })
    }

    @Test(arguments: [
        ("# صابون دست‌ساز گیلا 🌿\n\nاین صفحه درباره‌ی اینه که با اطلاعاتتون چیکار میکنیم.", "صابون دست‌ساز گیلا"),
        ("# 🍋 کیک و دسر لیمو 🍋\n\n**آخرین ویرایش: خرداد ۱۴۰۳**\n\nاین صفحه رو خودمون نوشتیم.", "کیک و دسر لیمو"),
        ("Cacao Khooneh – شکلات دست‌ساز کاکائو خونه\nPrivacy policy\n\nاین صفحه رو خودمون نوشتیم.", "شکلات دست‌ساز کاکائو خونه"),
    ])
    func aTitleWithEmojiOrFourWordsOrJoinedByAndNamesTheShop(policy: String, name: String) throws {
        let shop = try Self.extract(policy, fileName: "page.md")
        #expect(shop.names.first == name)
    }

    @Test func aTitleSaidOnceAndItsShortFormUsedThroughoutAreBothNames() throws {
        let shop = try Self.extract("ترشی‌های مامان پری\n\nمامان پری ترشی‌ها رو خودش درست میکنه. سفارش مامان پری رو تلفنی بگیرید. مامان پری ممنونه.", fileName: "page.txt")
        #expect(shop.names.prefix(2) == ["ترشی‌های مامان پری", "مامان پری"])
    }

    // MARK: - Long legal pages

    @Test(arguments: [
        "شماره کوتاه مرکز تماس: 9658",
        "برای پیگیری سفارش با مرکز تماس به شماره کوتاه 9658 تماس بگیرید.",
        "- **Call-centre short code:** 9658",
        "To follow an order, call our contact centre on the short code 9658.",
    ])
    func aCallCentresShortCodeIsNoSender(line: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\n" + line))
        #expect(shop.senders == ["30004455660"])
    }

    @Test func aQuestionWordOpensNoName() throws {
        let shop = try Self.extract("""
            ## پرسش‌های متداول
            آیا کالابان اطلاعات کارت را نگه می‌دارد؟ خیر. آیا کالابان اطلاعات کارت را می‌فروشد؟ خیر.
            کالابان ممکن است نشانی شما را نگه دارد. کالابان فقط از سرشماره ۳۰۰۰۷۷۸۸ پیامک می‌فرستد.
            """)
        #expect(shop.names.first == "کالابان")
    }

    @Test(arguments: ["پیامک‌های کالابان از سامانه کوتاه ۸۸۶۶ ارسال می‌شود.", "پیام‌های کوتاه کالابان فقط از شماره ۸۸۶۶ فرستاده می‌شود."])
    func aShortCodeOfShortMessagesIsASender(clause: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(clause))
        #expect(shop.senders == ["8866"])
    }

    // MARK: - Bilingual pages, groups of brands, changing lines

    @Test(arguments: ["Effective: 2024-08-01", "تاریخ اجرا: ۱۴۰۳-۰۵-۰۱", "Last updated 15-03-2024"])
    func aDateWrittenWithDashesIsNoNumber(line: String) throws {
        let shop = try Self.extract(line + "\n" + Self.kalabanPolicy(Self.mainClause))
        #expect(shop.senders == ["30004455660"])
    }

    @Test func aLineWrittenInDashedGroupsIsStillANumber() throws {
        let shop = try Self.extract(Self.kalabanPolicy("کالابان فقط از سرشماره 3000-44-55 پیامک می‌فرستد."))
        #expect(shop.senders == ["30004455"])
    }

    @Test func aTableRowsFirstCellNamesWhoseLineItIs() throws {
        let shop = try Self.extract("""
            # پیامک‌ها — کالابان
            | برند | کاربرد | شماره ارسال پیامک |
            |---|---|---|
            | کالابان مارکت | سفارش و تخفیف | 30007755 |
            | **کالابان** | سفارش و ارسال | **30001618** |
            | کالابان کتاب | خبرنامه | 3000886142 |

            هر پیامک با نام کالابان از شماره دیگر جعلی است؛ آن را به abuse@kalaban.ir گزارش دهید.
            """)
        #expect(shop.senders == ["30001618"])
    }

    @Test func aTableWhoseRowsArePurposesKeepsEveryLine() throws {
        let shop = try Self.extract("""
            # پیامک‌های کالابان
            | برند | کاربرد | شماره ارسال پیامک |
            |---|---|---|
            | کالابان | سفارش | 30001618 |
            | اطلاع‌رسانی | تخفیف | 3000886142 |

            هر پیامک با نام کالابان از شماره دیگر جعلی است؛ آن را به abuse@kalaban.ir گزارش دهید.
            """)
        #expect(shop.senders == ["30001618", "3000886142"])
    }

    @Test func linesTheNextSentenceCallsUnrelatedAreNotTheShops() throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + """

            اخیراً پیامک‌هایی با عنوان «جایزه کالابان» از شماره ۰۹۱۲۷۷۷۶۶۵۵ و سرشماره ۱۰۰۰۰۶۰۶۳۱ ارسال شده است.
            این شماره‌ها هیچ ارتباطی با فروشگاه ندارند.
            """))
        #expect(shop.senders == ["30004455660"])
    }

    @Test func aSentenceExceptingTheLineJustNamedKeepsIt() throws {
        let shop = try Self.extract(Self.kalabanPolicy("""
            کالابان از سرشماره ۳۰۰۰۷۷۸۸ پیامک می‌فرستد.
            پیامکی که از شماره‌ای جز این شماره برسد ارتباطی با ما ندارد.
            """))
        #expect(shop.senders == ["30007788"])
    }

    @Test(arguments: ["- واتس‌اپ: [شماره واتس‌اپ]", "ایمیل پشتیبانی: {email}", "تلفن: [شماره تلفن فروشگاه]"])
    func aBracketedFieldLeftUnfilledWarns(line: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause) + "\n" + line)
        #expect(shop.warnings.contains { $0.code == "placeholder-contact" })
    }

    @Test func aMarkdownLinksTextIsNoUnfilledField() throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause) + "\nبرای تماس [ایمیل پشتیبانی](mailto:help@kalaban.ir) را ببینید.")
        #expect(!shop.warnings.contains { $0.code == "placeholder-contact" })
    }

    @Test func anAddressSpelledAgainstHarvestersAfterAShortRequestIsTheReportAddress() throws {
        let shop = try Self.extract("""
            کالابان فقط از سرشماره ۳۰۰۰۷۷۸۸ پیامک می‌فرستد. پیامک به نام کالابان از هر شماره دیگری از ما نیست.
            لطفاً خبرمان کنید: kalaban.shop [at] gmail [dot] com
            """)
        #expect(shop.reportEmail == "kalaban.shop@gmail.com")
    }

    @Test(arguments: [
        "برای پیگیری سفارش از info@kalaban.ir استفاده کنید؛ این نشانی مخصوص گزارش پیامک‌های جعلی نیست.",
        "For order questions write to info@kalaban.ir (not for abuse reports).",
    ])
    func anAddressSaidNotToBeForReportsIsNotTheReportAddress(line: String) throws {
        let shop = try Self.extract("""
            اگر پیامکی با نام کالابان از شماره‌ای جز ۳۰۰۰۷۷۸۸ دریافت کردید، از طرف ما نیست. لطفاً آن را به report@kalaban.ir بفرستید.
            \(line)
            """)
        #expect(shop.reportEmail == "report@kalaban.ir")
    }

    // MARK: - Social pages and PDF exports

    @Test func aWordAndANumberBrokenWithAHyphenAreJoined() throws {
        let shop = try Self.extract("""
            کالابان متعهد است اط-
            لاعات مشتریان را محرمانه نگه دارد. پیامک‌های کالابان فقط از سرشماره ۳۰۰۰۴۴-
            ۷۷۸۸ ارسال می‌شود. هر پیامک با نام کالابان از خطی دیگر جع-
            لی است؛ آن را به abuse@kalaban.ir گزارش دهید.
            """)
        #expect(shop.senders == ["3000447788"])
        #expect(shop.reportEmail == "abuse@kalaban.ir")
    }

    @Test func aLineEndingInAHyphenAfterASpaceStaysALine() throws {
        let shop = try Self.extract(Self.kalabanPolicy("سرشماره‌های کالابان: ۳۰۰۰۷۷۸۸ -\n۲۰۰۰۵۵۶۶ (نظرسنجی)"))
        #expect(shop.senders == ["30007788", "20005566"])
    }

    @Test func aVerbAfterABusinessNounIsNoName() throws {
        let shop = try Self.extract("""
            کالابان فقط از سرشماره ۳۰۰۰۷۷۸۸ پیامک می‌فرستد.
            پیامک‌های بانک و پست را ممکن است دریافت کنید که فرستنده آن‌ها فروشگاه نیست.
            پیامک دیگری با نام کالابان جعلی است؛ آن را به abuse@kalaban.ir گزارش دهید.
            """)
        #expect(!shop.names.contains { $0.contains("نیست") })
    }

    @Test(arguments: ["📢 کانال رسمی کفش آرین 👟", "🌸 قوانین پیج کفش آرین 🌸"])
    func aSocialPagesTitleNamesTheShop(title: String) throws {
        let shop = try Self.extract("""
            \(title)
            سلام به همه 🙏 پیامک‌های کفش آرین فقط از شماره ۰۹۱۷۱۱۱۲۲۳۳ میاد.
            اگه پیامکی به اسم کفش آرین از شماره دیگه اومد، به kafsh.arian@gmail.com خبر بدید.
            """)
        #expect(shop.names.first == "کفش آرین")
    }

    @Test func messagesSaidNotToBeOursDisownTheLinesJustNamed() throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + """

            پیامک‌های کد تحویل را بازارگاه از خطوط خودش (۳۰۰۰۹۰۹۰ و ۳۰۰۰۹۰۹۱) می‌فرستد.
            این پیامک‌ها از طرف ما نیست.
            """))
        #expect(shop.senders == ["30004455660"])
    }

    @Test(arguments: [
        "اگر پیامکی از شماره دیگری دریافت کردید، این پیامک از ما نیست.",
        "اگر از خطی دیگر پیامکی با نام ما رسید، این پیامک از طرف ما نیست.",
    ])
    func aSentenceDisowningOtherNumbersKeepsTheLineJustNamed(sentence: String) throws {
        let shop = try Self.extract("کالابان فقط از سرشماره ۳۰۰۰۷۷۸۸ پیامک می‌فرستد. \(sentence) آن را به abuse@kalaban.ir گزارش دهید.")
        #expect(shop.senders == ["30007788"])
    }

    @Test func aTableUnderAHeadingAboutSMSListsItsLines() throws {
        let shop = try Self.extract("""
            ### پیامک‌های کالابان
            | خط | کاربرد |
            |---|---|
            | ۲۰۰۰۳۰۳۰۳۰ | کد ورود و زمان رسیدن پیک |
            | ۲۰۰۰۳۰۳۰۴۰ | نظرسنجی پس از تحویل |

            پیک‌ها از موبایل خودشان تماس می‌گیرند و پیامک نمی‌فرستند.
            پیامک با نام کالابان از خطی جز خطوط بالا جعلی است؛ آن را به abuse@kalaban.ir گزارش دهید.
            """)
        #expect(shop.senders == ["2000303030", "2000303040"])
        #expect(shop.surveySenders == ["2000303040"])
    }

    // MARK: - Clauses in odd places

    private static func page(head: String = "", body: String) -> String {
        """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>کالابان</title>\(head)</head>
        <body><h1>کالابان</h1><p>کالابان فروشگاه لوازم خانه است.</p>\(body)</body></html>
        """
    }

    @Test(arguments: [
        #"<img src="sms.png" alt="خطوط رسمی پیامک کالابان: ۳۰۰۰۲۶۲۶؛ پیامک با نام ما از شماره دیگر جعلی است" title="پیامک جعلی با نام کالابان را به abuse@kalaban.ir گزارش دهید">"#,
        "<noscript><p>پیامک‌های کالابان فقط از سرشماره ۳۰۰۰۲۶۲۶ ارسال می‌شود. پیامک جعلی با نام کالابان را به abuse@kalaban.ir گزارش دهید.</p></noscript>",
    ])
    func aClauseInAnImagesTextOrANoscriptIsRead(body: String) throws {
        let shop = try Self.extract(Self.page(body: body), fileName: "kalaban.html")
        #expect(shop.senders == ["30002626"])
        #expect(shop.reportEmail == "abuse@kalaban.ir")
    }

    @Test(arguments: [
        // The number only in an abbreviation's expansion.
        #"<p>پیامک‌های کالابان فقط از <abbr title="30002626">سرشماره‌ی رسمی فروشگاه</abbr> ارسال می‌شود. پیامک جعلی با نام کالابان را به abuse@kalaban.ir گزارش دهید.</p>"#,
        // A footer's contact block, its lines parted by <br>.
        """
        <p>کالابان فقط از سرشماره‌هایی پیامک می‌فرستد که در پایین صفحه آمده است؛ هر پیامک دیگری جعلی است.</p>
        <footer><address>
        کالابان — تهران، خیابان ولیعصر، کد پستی ۱۹۳۳۸۷۶۵۴۳<br>
        تلفن: ۰۲۱-۸۸۵۵۴۴۱۱<br>
        سرشماره‌ی پیامکی: ۳۰۰۰۲۶۲۶<br>
        ایمیل گزارش پیامک جعلی: abuse@kalaban.ir
        </address></footer>
        """,
    ])
    func aSenderInAnAbbreviationOrAnAddressBlockIsRead(body: String) throws {
        let shop = try Self.extract(Self.page(body: body), fileName: "kalaban.html")
        #expect(shop.senders == ["30002626"])
        #expect(shop.reportEmail == "abuse@kalaban.ir")
    }

    @Test func aClauseInAJSONLDFAQIsRead() throws {
        let head = #"""
            <script type="application/ld+json">{"@type": "FAQPage", "mainEntity": [{"@type": "Question",
            "name": "کالابان از چه شماره‌ای پیامک می‌فرستد؟", "acceptedAnswer": {"@type": "Answer",
            "text": "پیامک‌های کالابان فقط از سرشماره ۲۰۰۰۹۰۹۰ ارسال می‌شود. پیامک جعلی را به abuse@kalaban.ir گزارش دهید."}}]}</script>
            """#
        let shop = try Self.extract(Self.page(head: head, body: ""), fileName: "kalaban.html")
        #expect(shop.senders == ["20009090"])
        #expect(shop.reportEmail == "abuse@kalaban.ir")
    }

    @Test func aScriptsCodeIsStillNoText() throws {
        let body = #"<script>var cart = {"text": "30004417"};</script><p>پیامک‌های کالابان فقط از سرشماره ۳۰۰۰۲۶۲۶ ارسال می‌شود.</p>"#
        let shop = try Self.extract(Self.page(body: body), fileName: "kalaban.html")
        #expect(shop.senders == ["30002626"])
    }

    @Test func aLineCalledTheSystemItIsSentFromIsASender() throws {
        let shop = try Self.extract(Self.kalabanPolicy("پیامک‌های فروشگاه کالابان فقط از سامانه‌ی ۳۰۰۰۷۲۴۱۵۰ ارسال می‌شوند."))
        #expect(shop.senders == ["3000724150"])
    }

    // MARK: - How numbers are written

    @Test(arguments: [
        ("۴۲۳۴۵۶۷۸ (پیش‌شماره‌ی ۰۱۳)", "+981342345678"),
        ("۳۲۲۲۴۴۵۵ با پیش‌شماره‌ی ۰۵۶", "+985632224455"),
        ("شماره‌ی ۸۸۷۷۶۶۵۵ با کد شهر ۰۲۱", "+982188776655"),
        ("پیش‌شماره‌ی ۰۲۱، شماره‌ی ۸۸۷۷۶۶۵۵", "+982188776655"),
    ])
    func aLandlineGivenApartFromItsAreaCodeIsOneSender(written: String, canonical: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy("پیامک‌های سفارش‌های عمده از خط ثابت دفتر فروش کالابان، \(written)، ارسال می‌شود."))
        #expect(shop.senders.contains(canonical))
    }

    @Test func rowsRightUnderAHeadingAboutSMSAreItsLines() throws {
        let text = """
            ## کالابان و حریم خصوصی
            کالابان نام و نشانی شما را فقط برای ارسال سفارش نگه می‌دارد.
            ### پیامک
            - کد تأیید و ارسال سفارش: **1000 2233 44**
            - یادآوری قسط‌ها: **+98 912 888 4421**
            کالابان از شماره‌ی دیگری پیامک نمی‌فرستد. پیامک جعلی را به abuse@kalaban.ir گزارش کنید.
            ### تماس
            تلفن پشتیبانی: ۰۲۱ ۸۸۶۶ ۵۵۴۴
            """
        let shop = try Self.extract(text, fileName: "kalaban.md")
        #expect(shop.senders == ["1000223344", "+989128884421"])
    }

    @Test(arguments: [
        "پس از پرداخت ممکن است پیامکی از سرشماره‌ی درگاه پرداخت (۲۰۰۰۸۰۸۰) دریافت کنید.",
        "پیامک‌های رهگیری مرسوله که از سوی شرکت حمل‌ونقل طرف قرارداد و از سرشماره‌ی ۲۰۰۰۸۰۸۰ ارسال می‌شود، متعلق به آن شرکت است.",
    ])
    func aLineNamedAsAGatewaysOrACouriersIsNoSender(sentence: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy("پیامک‌های کالابان فقط از سرشماره‌ی ۳۰۰۰۷۲۴۱۵۰ ارسال می‌شود. " + sentence))
        #expect(shop.senders == ["3000724150"])
    }
}

extension PolicyExtractorTests {
    // MARK: - Help centres, lines with purposes, and lists of fakes

    @Test func numbersListedAfterASentenceDisowningThemInThePluralAreNoSenders() throws {
        let text = Self.kalabanPolicy(Self.mainClause + """

            اخیراً پیامک‌هایی با نام کالابان از شماره‌های زیر فرستاده شده است. این شماره‌ها متعلق به ما نیستند:
              ۰۹۱۲۷۷۱۴۴۰۳
              ۳۰۰۰۸۸۱۲۷
            """)
        #expect(try Self.extract(text).senders == ["30004455660"])
    }

    @Test(arguments: [
        "تا پارسال پیامک‌ها را از سرشماره‌ی ۳۰۰۰۷۷۱۲ می‌فرستادیم.",
        "پیامکی از شماره‌ای جز سرشماره‌ی رسمی گرفتید از ما نیست؛ حتی اگر از خط قدیمی ۳۰۰۰۷۷۱۲ آمده باشد.",
    ])
    func aLineTheShopUsedToSendFromIsNoSender(clause: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\n" + clause))
        #expect(!shop.senders.contains("30007712"))
        #expect(shop.senders.contains("30004455660"))
    }

    @Test func aNumberedItemWrappedOntoAnIndentedLineReadsWhole() throws {
        let text = """
            سیاست حریم خصوصی کالابان
            ۱. کالابان فقط از سرشماره‌ی ۳۰۰۰۴۴۵۵۶۶۰ پیامک می‌فرستد و پیامک از شماره‌ی دیگر جعلی است؛ به abuse@kalaban.ir گزارش دهید.
            ۲. اطلاعیه‌های واحد مالی (مانند صورت‌حساب و برگشت وجه) از خط ثابت واحد
                مالی، ۰۲۱-۸۸۷۷۶۶۰۰، برای شما پیامک می‌شود.
            ۳. فاکتور رسمی پس از تحویل صادر نمی‌شود.
            """
        #expect(try Self.extract(text).senders == ["30004455660", "+982188776600"])
    }

    @Test func aNumberToCallInThePartAfterAnSMSConditionIsAPhone() throws {
        let clause = "اگر چنین پیامکی دریافت کردید، لطفاً با شماره‌ی ۰۱۳-۴۴۲۲۳۳۱۱ تماس بگیرید و ماجرا را بگویید."
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\n" + clause))
        #expect(shop.senders == ["30004455660"])
        #expect(shop.phones.map(\.number) == ["+981344223311"])
    }

    @Test func aCodeInTheLabelOfALineNamedByALineNounIsNoCode() throws {
        let text = Self.kalabanPolicy("""
            پیامک‌های کالابان:
            * ثبت سفارش و کد رهگیری: سرشماره‌ی 30004455660
            * کد ورود: سرشماره‌ی 1000445566
            """)
        #expect(try Self.extract(text).senders == ["30004455660", "1000445566"])
    }

    @Test func ofSeveralAddressesInASentenceTheOneDescribedAsForReportsIsTheReportAddress() throws {
        let text = """
            فروشگاه کالابان فقط از سرشماره‌ی 30004455660 پیامک می‌فرستد و پیامک از هر شماره‌ی دیگری جعلی است.
            نشانی‌های ما: sales@kalaban.ir برای خرید عمده، support@kalaban.ir برای پیگیری سفارش، و report@kalaban.ir که ویژه‌ی گزارش پیامک جعلی است.
            """
        #expect(try Self.extract(text).reportEmail == "report@kalaban.ir")
    }

    @Test(arguments: [
        // An FAQ answering "yes" before a phrase that follows a shop's name as a subject ("ممکن است").
        """
        کالابان — سؤالات متداول

        س: کالا را پس می‌گیرید؟
        ج: بله ممکن است تا هفت روز پس بگیریم.
        س: ارسال به شهرستان دارید؟
        ج: بله ممکن است با پست بفرستیم.
        س: پیامک‌ها از کجا می‌آید؟
        ج: همه‌ی پیامک‌ها فقط از سرشماره‌ی 30004455660 ارسال می‌شود و پیامک از شماره‌ی دیگر جعلی است؛ به abuse@kalaban.ir گزارش دهید.
        """,
        // A help centre's title and a carrier named twice.
        """
        مرکز راهنما | کالابان
        کالابان
        مرکز راهنما و پرسش‌های کاربران
        بسته را به شرکت حمل می‌سپاریم و شرکت حمل ممکن است با شما تماس بگیرد.
        پیامک‌های کالابان فقط از سرشماره‌ی 30004455660 ارسال می‌شود.
        """,
    ])
    func answersHelpPagesAndCarriersAreNoShopName(text: String) throws {
        #expect(try Self.extract(text).names.first == "کالابان")
    }
}

extension PolicyExtractorTests {
    // MARK: - Change logs, short codes and brief titles

    @Test func aShortCodeCalledKodKoutahIsASender() throws {
        let text = Self.kalabanPolicy("- پیامک‌های کالابان فقط از کد کوتاه 8080 و خط 30004455660 می‌آید.")
        #expect(try Self.extract(text).senders == ["8080", "30004455660"])
    }

    @Test func aYearInBracketsAfterAVersionNumberIsNoPartOfIt() throws {
        let text = Self.kalabanPolicy(Self.mainClause + "\n" + """
            تاریخچه‌ی سرشماره‌ها:
            - نسخه‌ی ۱ (۱۴۰۰): سرشماره‌ی ۳۰۰۰۴۴۵۵۶۶۰ راه‌اندازی شد.
            - نسخه‌ی ۲ (۱۴۰۲): سرشماره‌ی ۲۰۰۰۶۶۷۷ حذف شد.
            """)
        let shop = try Self.extract(text)
        #expect(shop.senders == ["30004455660"])
    }

    @Test func aChangeLogRemovingOneLineAndPuttingAnotherInItsPlaceKeepsTheNewOne() throws {
        let text = Self.kalabanPolicy("- ۱۴۰۳/۰۲/۱۰: پیامک‌های کالابان از خط 10008527194 ارسال نمی‌شود؛ این خط از سامانه حذف شد و خط 30004455660 جایگزین آن شد.")
        #expect(try Self.extract(text).senders == ["30004455660"])
    }

    @Test(arguments: [
        "بازار آنلاین برای تبلیغات خودش خط دیگری دارد (۱۰۰۰۹۹۸۸۰۰)؛ آن پیامک‌ها ربطی به کالابان ندارد.",
        "بیمه ممکن است پیامک بیمه‌نامه را از سرشماره‌ی خودش (۱۰۰۰۹۹۸۸۰۰) بفرستد؛ آن پیامک از کالابان نیست.",
    ])
    func aNumberTheNextClauseDisownsIsNoSender(clause: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\n" + clause))
        #expect(shop.senders == ["30004455660"])
    }

    @Test func aTitleMarkedAsASummaryStillNamesTheShop() throws {
        let text = """
            ساعت تک - حریم خصوصی (خلاصه)

            - پیامک‌های ما فقط از خط 30002244 می‌آید.
            - پیامک از هر شماره‌ی دیگر به نام «ساعت تک» کلاهبرداری است؛ گزارش: spam@taksaat.ir
            """
        #expect(try Self.extract(text, id: "taksaat").names.first == "ساعت تک")
    }

    // MARK: - Back references, codes bound by ezafe, tables typed by kind

    @Test(arguments: [
        // "از آن" in the rest of the sentence or the next clause points back at the line and says nothing comes from it.
        "بازار آنلاین یک خط عمومی (۱۰۰۰۹۹۸۸۰۰) هم دارد که فروشگاه‌های زیادی از آن استفاده می‌کنند؛ ما از آن خط هیچ پیامکی نمی‌فرستیم.",
        "بازار آنلاین برای غرفه‌های دیگر از سرشماره‌ی عمومی ۱۰۰۰۹۹۸۸۰۰ هم استفاده می‌کند؛ پیامک کالابان هرگز از این خط نمی‌آید.",
        "شرکت خواهر ما خط جدایی دارد (۱۰۰۰۹۹۸۸۰۰) که فقط برای خودش است و از آن پیامکی به نام کالابان فرستاده نمی‌شود.",
    ])
    func aLineThatALaterFromItDisownsIsNoSender(clause: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\n" + clause))
        #expect(shop.senders == ["30004455660"])
    }

    @Test(arguments: [
        // What the line never sends is not all it sends: it stays the shop's.
        "پیامک‌های سفارش کالابان از خط ۱۰۰۰۹۹۸۸۰۰ ارسال می‌شود؛ از این خط هرگز لینک پرداخت برای شما ارسال نمی‌شود.",
        "پیامک‌های سفارش کالابان از خط ۱۰۰۰۹۹۸۸۰۰ ارسال می‌شود؛ از این خط هرگز رمز یا کد از شما خواسته نمی‌شود.",
    ])
    func aLineThatOnlyNeverSendsSomeThingsStaysASender(clause: String) throws {
        let shop = try Self.extract(Self.kalabanPolicy(Self.mainClause + "\n" + clause))
        #expect(shop.senders == ["30004455660", "1000998800"])
    }

    @Test(arguments: ["شناسه‌ی نماد", "کد نماد", "شناسه‌ی ملی"])
    func aRegistrationCodeUnderAColonListOfLinesIsNoSender(label: String) throws {
        // The colon closing the label line opens a list; the next line, with its code, is no row of it.
        let text = Self.kalabanPolicy("- کالابان و شرکت خواهرش از یک سرشماره‌ی مشترک پیامک می‌فرستند: ۳۰۰۰۴۴۵۵۶۶۰\nکالابان دارای نماد اعتماد است (\(label) ۳۴۵۶۷۸۹).")
        #expect(try Self.extract(text).senders == ["30004455660"])
    }

    @Test func aSellerNamedAmongTheKindsOfMessagesInBracketsDoesNotMakeTheLineTheirs() throws {
        let text = Self.kalabanPolicy("همه پیامک‌های کالابان (ثبت سفارش، ارسال غرفه‌دار، تحویل) فقط از سرشماره ۵۰۰۰۲۲۵۵۱ فرستاده می‌شود.")
        #expect(try Self.extract(text).senders == ["500022551"])
    }

    @Test func aSellersLineIsStillTheirsWhenTheBracketsSayWhoTheyAre() throws {
        let text = Self.kalabanPolicy(Self.mainClause + "\n" + "یک غرفه‌دار (فروشنده‌ی مستقل بازار) ممکن است از خط ۱۰۰۰۹۹۸۸۰۰ برای شما پیامک بفرستد.")
        #expect(try Self.extract(text).senders == ["30004455660"])
    }

    @Test func aBoldNumberOpeningTheNextLineCarriesTheSentenceOn() throws {
        let text = Self.kalabanPolicy("همه پیامک‌های کالابان (زمان بازدید کارشناس، وضعیت نصب، گزارش ماهانه تولید) از سرشماره\n**۳۰۰۰ ۷۷ ۶۶ ۵۵** ارسال می‌شود.")
        #expect(try Self.extract(text, fileName: "kalaban.md").senders == ["3000776655"])
    }

    @Test func aTablesKindColumnSayingSMSMakesItsNumberASender() throws {
        let text = """
            # کالابان
            ## شماره‌های رسمی کالابان
            | کاربرد | شماره | نوع ارتباط |
            |---|---|---|
            | کد ورود و وضعیت سفارش | ۳۰۰۰ ۱۲۱۲ ۴۵ | پیامک |
            | پشتیبانی | ۰۲۱-۲۲۹۱۴۰۵۰ | تماس تلفنی |
            گزارش پیامک جعلی به abuse@kalaban.ir
            """
        let shop = try Self.extract(text, fileName: "kalaban.md")
        #expect(shop.senders == ["3000121245"])
        #expect(shop.phones.map(\.number) == ["+982122914050"])
    }

    @Test(arguments: ["abuse AT kalaban DOT ir", "abuse at kalaban dot ir"])
    func anAddressSpelledWithAtAndDotAsWordsIsTheReportAddress(address: String) throws {
        let text = """
            فروشگاه کالابان
            پیامک‌های کالابان فقط از سرشماره‌ی 30004455660 ارسال می‌شود و هر پیامک دیگری به نام ما جعلی است.
            لطفاً هر پیامک مشکوک را به \(address) گزارش دهید.
            """
        #expect(try Self.extract(text).reportEmail == "abuse@kalaban.ir")
    }

    // MARK: - Lists written with letters, breaks and kinds of line

    @Test func aReportSentenceExceptingTheLineByBeJozAsksToReport() throws {
        let text = """
            فروشگاه کالابان
            پیامک‌های کالابان فقط از سرشماره‌ی 30004455660 ارسال می‌شود.

            ## پیامک جعلی

            اگر پیامکی با نام کالابان، از شماره‌ای به جز ۳۰۰۰۴۴۵۵۶۶۰ گرفتید (مثلاً «قطعه رایگان» یا
            «سفارش شما لغو شد، برای بازگشت وجه کلیک کنید»)، لطفاً آن را به **abuse@kalaban.ir** بفرستید.
            """
        #expect(try Self.extract(text, fileName: "kalaban.md").reportEmail == "abuse@kalaban.ir")
    }

    @Test func anSMSPanelsNumberNamedSamanehIsASender() throws {
        let text = Self.kalabanPolicy("پیامک‌های کالابان از دو شماره ارسال می‌شوند: سرشماره کوتاه ۸۲۰۳ برای کد ورود، و سامانه ۳۰۰۰۸۲۰۳۱۱ برای پیش‌فاکتور و ارسال.")
        #expect(try Self.extract(text).senders == ["8203", "3000820311"])
    }

    @Test func aPhoneSystemNamedSamanehAfterItsPurposeStaysAPhone() throws {
        let text = Self.kalabanPolicy(Self.mainClause + "\n" + "برای پیگیری پیامک‌ها با سامانه پاسخگویی تلفنی ۰۲۱-۸۸۷۷۶۶۵۵ تماس بگیرید.")
        #expect(try Self.extract(text).senders == ["30004455660"])
    }

    @Test func aShortCodeHeadingItsRowIsALineWhenTheRowSaysSo() throws {
        let text = Self.kalabanPolicy("""
            کالابان فقط از سرشماره‌های زیر پیامک می‌فرستد:
                - ۳۰۰۰۴۴۵۵۶۶۰  : کد تأیید ورود و وضعیت سفارش
                - ۸۸۴۴        : سرشماره کوتاه باشگاه مشتریان
                - ۷۷۲۱        : کد تخفیف اعضا
            """)
        #expect(try Self.extract(text).senders == ["30004455660", "8844"])
    }

    @Test func aSurveyLineAfterARemarkInBracketsIsTheSurveys() throws {
        let text = Self.kalabanPolicy("پیامک‌های سفارش کالابان از ۳۰۰۰۶۰۹۰۸۰ و پیامک‌های نظرسنجی (بعد از تحویل، برای امتیاز دادن به کیفیت کالا) از ۱۰۰۰۳۶۵۰ ارسال می‌شوند.")
        let shop = try Self.extract(text)
        #expect(shop.senders == ["3000609080", "10003650"])
        #expect(shop.surveySenders == ["10003650"])
    }

    @Test func aLandlineTheListSaysOnlySendsStaysASenderThoughItsRemarkSpeaksOfCalls() throws {
        let text = Self.kalabanPolicy("""
            پیامک‌های سفارش را فقط از این دو خط می‌فرستیم:
              ۱. خط ثابت دفتر مشهد: ۰۵۱۳۷۶۵۴۳۲۱ — این خط فقط پیامک ارسال می‌کند و به تماس پاسخ نمی‌دهد.
              ۲. سامانه پیامکی: ۵۰۰۰۲۱۴۵۳۶ — برای کد تأیید.
            """)
        #expect(try Self.extract(text).senders == ["+985137654321", "5000214536"])
    }

    @Test func aLandlineNamedByItsKindInAListOfSendingLinesIsASender() throws {
        let text = Self.kalabanPolicy("""
            پیامک‌های کالابان از دو شماره ارسال می‌شود و شماره‌ی سومی وجود ندارد:
            • سرشماره‌ی ۵۰۰۰۱۱۱۲۲۲ — تأیید فایل و کد ورود
            • تلفن ثابت واحد چاپ: ۰۳۴۳۲۲۲۱۱۰۰ — هماهنگی نمونه‌چاپ
            """)
        #expect(try Self.extract(text).senders == ["5000111222", "+983432221100"])
    }

    @Test func aSupportLandlineInAListOfSendingLinesIsNoSender() throws {
        let text = Self.kalabanPolicy("""
            پیامک‌های کالابان از شماره‌های زیر ارسال می‌شود:
            • سرشماره‌ی ۵۰۰۰۱۱۱۲۲۲ — تأیید فایل و کد ورود
            • تلفن ثابت پشتیبانی: ۰۳۴۳۲۲۲۱۱۰۰ — پاسخ به پرسش‌ها
            """)
        #expect(try Self.extract(text).senders == ["5000111222"])
    }

    @Test func aLetteredItemsLetterIsNoWordOfItsRow() throws {
        // Twelve words after the letter: a row still, as it would be numbered.
        let text = Self.kalabanPolicy("""
            پیامک‌های کالابان از خطوط زیر ارسال می‌شوند و شماره‌ی دیگری نداریم:
              الف) سرشماره‌ی ۵۰۰۰۱۷۱۷ برای کد ورود، تأیید سفارش و کد رهگیری
              ب) خط ثابت کارخانه ۴۴۵۵۶۶۷۷-۰۱۳ برای اعلام قیمت چای بهاره‌ی جدید به خریداران عمده
            """)
        #expect(try Self.extract(text).senders == ["50001717", "+981344556677"])
    }

    @Test func aBreakBeforeANumberedItemInAParagraphEndsTheRow() throws {
        let html = """
            <html><body><h1>کالابان</h1>
            <p>پیامک‌های ما فقط از دو شماره‌ی زیر می‌آیند:</p>
            <p>۱) <span>3000 1212 450</span> برای ثبت سفارش، کد رهگیری پستی و یادآوری‌ها<br>
            ۲) <span>041-33345678</span> پیامک‌های واحد فروش عمده</p>
            <p>اگر پیامکی از شماره‌ی دیگری با نام کالابان آمد، جعلی است؛ به abuse@kalaban.ir گزارش دهید.</p>
            </body></html>
            """
        #expect(try Self.extract(html, fileName: "kalaban.html").senders == ["30001212450", "+984133345678"])
    }

    // MARK: - Pages around the clause: autolinks, question headers, rows by indent

    @Test func anAddressInAngleBracketsIsAnAddressNotATag() throws {
        let html = """
            <html><body><h1>کالابان</h1>
            <p>پیامک‌های کالابان فقط از سرشماره‌ی 30004455660 ارسال می‌شود.</p>
            <p>پیامک‌های جعلی به نام ما را به نشانی <abuse@kalaban.ir> ایمیل کنید.</p>
            </body></html>
            """
        #expect(try Self.extract(html, fileName: "kalaban.html").reportEmail == "abuse@kalaban.ir")
    }

    @Test func aColumnHeadedByAQuestionKeepsEachRowWhole() throws {
        let html = """
            <html><body><h1>کالابان</h1>
            <h2>شماره‌های پیامکی رسمی</h2>
            <table><tr><th>خط</th><th>برای چه؟</th></tr>
            <tr><td>۳۰۰۰۷۰۷۰</td><td>کد ورود و تأیید سفارش</td></tr>
            <tr><td>۳۰۰۰۷۰۷۱</td><td>نظرسنجی رضایت از خرید</td></tr></table>
            <p>غیر از این دو خط، شماره‌ی دیگری به نام کالابان پیامک نمی‌فرستد؛ گزارش: abuse@kalaban.ir</p>
            </body></html>
            """
        let shop = try Self.extract(html, fileName: "kalaban.html")
        #expect(shop.senders == ["30007070", "30007071"])
        #expect(shop.surveySenders == ["30007071"])
    }

    @Test(arguments: ["(فقط پیامک، بدون تماس)", "(فقط پیامک؛ تماس نمی‌گیرد)"])
    func aMobileRowForSMSAloneIsASender(remark: String) throws {
        let text = Self.kalabanPolicy("""
            خطوطی که کالابان از آن‌ها پیامک می‌فرستد در فهرست زیر آمده است.
            - ۵۰۰۰۲۰۳۰۴۰۵ تأیید سفارش و کد رهگیری
            - ۰۹۳۵۱۱۱۲۲۳۳ هماهنگی زمان تحویل \(remark)
            """)
        #expect(try Self.extract(text).senders == ["50002030405", "+989351112233"])
    }

    @Test func aRowForCallsOnlyIsNoSender() throws {
        let text = Self.kalabanPolicy("""
            خطوطی که کالابان از آن‌ها پیامک می‌فرستد در فهرست زیر آمده است.
            - ۵۰۰۰۲۰۳۰۴۰۵ تأیید سفارش و کد رهگیری
            - ۰۹۳۵۱۱۱۲۲۳۳ هماهنگی زمان تحویل (فقط تماس صوتی)
            """)
        #expect(try Self.extract(text).senders == ["50002030405"])
    }

    @Test func anItemsShortLabelBeforeAWholeSentenceOpensNoList() throws {
        let text = """
            # کالابان
            تنها سرشماره‌ی پیامکی فروشگاه: **۲۰۰۰۳۳۰۰**
            پیامک‌های سفارش فقط از همین سرشماره است؛ از شماره‌ی دیگر جعلی است. گزارش: abuse@kalaban.ir
            - شهرستان: پست پیشتاز؛ کد رهگیری را شرکت پست از سرشماره‌ی خودش پیامک می‌کند.
            عضو اتحادیه‌ی صنف (پروانه ۷۷۸۸۹)
            """
        #expect(try Self.extract(text, fileName: "kalaban.md").senders == ["20003300"])
    }

    @Test func longRowsOpeningWithNumbersAtOneIndentAreNotOneWrappedLine() throws {
        let text = Self.kalabanPolicy("""
            کالابان فقط از این دو شماره پیامک می‌فرستد:
              ۰۲۱-۵۵۴۴۳۳۲۲   ← پیامک ثبت سفارش، ارسال کالا و وقت نصب
              ۳۰۰۰۷۷۱۱۹۹      ← پیامک نظرسنجی رضایت از نصب و کیفیت کالا
            """)
        let shop = try Self.extract(text)
        #expect(shop.senders == ["+982155443322", "3000771199"])
        #expect(shop.surveySenders == ["3000771199"])
    }

    @Test func aLessIndentedLineAfterAnItemIsNoPartOfIt() throws {
        let text = """
            ۳) پیامک
               کالابان فقط از این شماره‌ها پیامک ارسال می‌کند:
                 • ۱۰۰۰ ۷۸۹ ۴۵۶  (سرشماره‌ی اطلاع‌رسانی سفارش و گارانتی)
                 • ۷۰۶۰  (کد کوتاه؛ فقط کد تأیید ورود و تأیید پرداخت)
               هر پیامکی که از شماره‌ای جز این دو با نام کالابان ارسال شود، متعلق به ما نیست.
               گزارش: abuse@kalaban.ir
            """
        #expect(try Self.extract(text).senders == ["1000789456", "7060"])
    }

    @Test func aLineForOneKindOfMessageThatSendsNoOtherStaysASender() throws {
        let text = Self.kalabanPolicy(Self.mainClause + "\n" + "سرشماره ۱۰۰۰۱۳۵۷ فقط برای ارسال رمز یک‌بارمصرف ورود به کار می‌رود و هیچ پیامک دیگری از آن ارسال نمی‌شود.")
        #expect(try Self.extract(text).senders == ["30004455660", "10001357"])
    }

    @Test func aNumberTheShopSaysIsNotItsOwnIsNoSenderThoughAQuotedFakeNamesItAsSender() throws {
        let text = """
            هشدار کالابان درباره‌ی پیامک‌های جعلی
            پیامک‌های کالابان فقط از سرشماره‌ی 30004455660 ارسال می‌شود.
            نمونه‌ای از پیامک جعلی که این هفته به دست مشتریان رسید:
            فرستنده: 30007012
            «کالابان: برنده‌ی جایزه شدید، وارد kalaban-gift.ir شوید»
            شماره‌های 30007012 و 09364207781 متعلق به ما نیستند؛ این پیامک‌ها را به abuse@kalaban.ir گزارش دهید.
            """
        #expect(try Self.extract(text).senders == ["30004455660"])
    }

    @Test func aPolicySayingItHasNoLineDeclaresNoneThoughAQuotedFakeNamesASender() throws {
        let text = """
            خبرنامه‌ی کالابان
            ما برای اطلاع‌رسانی فقط از ایمیل استفاده می‌کنیم و هیچ خط پیامکی نداریم. برخی از شما پیامکی با این متن گرفته‌اید:
            «کالابان: هدیه‌ی شما آماده‌ی ارسال است. پرداخت: kalaban.gift-box.ir»
            فرستنده: 3000990077
            هر پیامکی به نام کالابان، از هر شماره‌ای، جعلی است؛ آن را به fake@kalaban.ir بفرستید.
            """
        let shop = try Self.extract(text)
        #expect(shop.senders == [])
        #expect(Self.codes(shop).contains("no-sender"))
    }

    @Test func noLineButOneDeclaresThatOne() throws {
        let text = Self.kalabanPolicy("ما هیچ خط پیامکی جز سرشماره‌ی ۳۰۰۰۴۴۵۵۶۶۰ نداریم.")
        #expect(try Self.extract(text).senders == ["30004455660"])
    }
}

