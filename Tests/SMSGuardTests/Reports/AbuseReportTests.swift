import Foundation
import Testing
@testable import SMSGuard

/// The invented shop and spoofed messages of the report tests.
///
/// `golnarshop` "گلنار" declares two senders (a bulk line and a Tehran landline) and asks, in a sentence of
/// its policy, for spoofed SMS to be reported to abuse@golnarshop.ir. Three messages speak in its name from
/// other numbers: a refund lure with a link, a prize lure whose link hides behind RLO … PDF, and a code
/// message from a bulk line one digit away from the official one.
enum ReportFixtures {
    static let registryJSON = """
        {"version":1,"shops":[
          {"id":"golnarshop","names":["گلنار","فروشگاه گلنار"],"senders":["30007788990","021-55443322"],
           "reportEmail":"abuse@golnarshop.ir","domains":["golnarshop.ir"],
           "evidence":[{"fact":"reportEmail","value":"abuse@golnarshop.ir",
             "quote":"اگر پیامکی به نام گلنار از شماره‌ای جز ۳۰۰۰۷۷۸۸۹۹۰ دریافت کردید، آن را به abuse@golnarshop.ir گزارش دهید.",
             "offset":5120,"line":42}]}
        ]}
        """

    static let registry: Registry = {
        do {
            return try Registry(json: registryJSON, path: "report-fixtures.json")
        } catch {
            fatalError("the report fixture registry does not load: \(error)")
        }
    }()

    static let classifier = Classifier(registry: registry)

    static var shop: Shop { registry.shops[0] }

    /// 2025-06-01T09:15:00Z, a Sunday: 2025-06-01 12:45 in Tehran.
    static let createdAt: Int64 = 1_748_769_300_000

    static let reporter = AbuseReport.Reporter(parsing: "Sara Ahmadi <sara@example.org>")

    /// (sender as received, text, date in milliseconds).
    static let inputs: [(sender: String, text: String, date: Int64)] = [
        // 2025-05-28T06:36:40Z
        ("0912 123 4567",
         "گلنار: سفارش شما لغو شد. برای بازگشت وجه وارد شوید: http://golnar-refund.example.com/pay?id=42\nمبلغ: ۱,۲۰۰,۰۰۰ تومان",
         1_748_414_200_000),
        // 2020-07-15T12:00:00Z, in Iranian summer time (+04:30)
        ("+98 912 765 4321",
         "فروشگاه گلنار: شما برنده جایزه شدید! جایزه را تا 2.5 ساعت دیگر می‌توانید از \u{202E}golnar-gift.example.net\u{202C} بگیرید.",
         1_594_814_400_000),
        // 2025-05-30T17:05:09Z
        ("30007788991",
         "گلنار - کد تخفیف شما 4821 است.\u{200B} همین حالا خرید کنید: www.golnarshop-sale.example",
         1_748_624_709_000),
    ]

    static func message(_ index: Int, sender: String, text: String, date: Int64?) -> ScannedMessage {
        let record = LogRecord(index: index, sender: sender, body: text, date: date, direction: .received)
        return ScannedMessage(file: "sms-backup.xml", record: record, verdict: classifier.classify(sender: sender, text: text))
    }

    static var messages: [ScannedMessage] {
        inputs.enumerated().map { message($0.offset + 1, sender: $0.element.sender, text: $0.element.text, date: $0.element.date) }
    }

    static func report(
        shop: Shop = shop, messages: [ScannedMessage] = messages, reporter: AbuseReport.Reporter? = reporter,
        includesFeedbackReport: Bool = false
    ) -> AbuseReport {
        guard let report = AbuseReport(
            shop: shop, messages: messages, reporter: reporter, createdAt: createdAt, includesFeedbackReport: includesFeedbackReport)
        else { fatalError("the fixture shop names a report address") }
        return report
    }
}

struct AbuseReportTests {
    // MARK: Golden drafts

    /// The golden drafts live in Tests/SMSGuardTests/Fixtures/golden/.
    ///
    /// To regenerate them after an intended change of the draft, run
    ///
    ///     SMSGUARD_UPDATE_GOLDEN=1 swift test --filter AbuseReportTests
    ///
    /// then READ the new files before committing: decode the parts with Python, e.g.
    ///
    ///     python3 -c "import email,sys; from email import policy; m=email.message_from_binary_file(open(sys.argv[1],'rb'), policy=policy.default); print(m['To'], m['Subject']); [print(p.get_content_type(), p.get_content()) for p in m.walk() if not p.is_multipart()]" Tests/SMSGuardTests/Fixtures/golden/report.eml
    ///
    /// and check To, the decoded Subject, both letters, every message, the attachments and the ARF part.
    static func goldenURL(_ name: String, filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/golden/\(name)")
    }

    @Test(arguments: [("report.eml", false), ("report-arf.eml", true)])
    func draftIsByteForByteTheGoldenFile(name: String, includesFeedbackReport: Bool) throws {
        let eml = ReportFixtures.report(includesFeedbackReport: includesFeedbackReport).eml(version: "0.1.0")
        let url = Self.goldenURL(name)
        if ProcessInfo.processInfo.environment["SMSGUARD_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(eml).write(to: url)
        }
        let golden = try [UInt8](Data(contentsOf: url))
        let made = EMLDraft(eml).lines, expected = EMLDraft(golden).lines
        let firstDifference = Array(zip(made, expected)).firstIndex { $0 != $1 } ?? min(made.count, expected.count)
        #expect(
            eml == golden,
            "differs from \(name) at line \(firstDifference + 1): \(made.count > firstDifference ? String(decoding: made[firstDifference], as: UTF8.self) : "<end>")")
    }

    @Test func goldenDraftsAreTheSameDraftWithAndWithoutTheFeedbackPart() throws {
        // The ARF part is added at the end; everything before it is the same.
        let plain = EMLDraft(try [UInt8](Data(contentsOf: Self.goldenURL("report.eml"))))
        let arf = EMLDraft(try [UInt8](Data(contentsOf: Self.goldenURL("report-arf.eml"))))
        #expect(plain.parts.count == 3)
        #expect(arf.parts.count == 4)
        #expect(plain.decodedPart("text/plain") == arf.decodedPart("text/plain"))
    }

    // MARK: What the draft says

    @Test func draftIsAddressedToTheReportEmailOfTheShopsPolicy() {
        let draft = EMLDraft(ReportFixtures.report().eml(version: "0.1.0"))
        #expect(draft.header("To") == "<abuse@golnarshop.ir>")
        #expect(draft.header("From") == "\"Sara Ahmadi\" <sara@example.org>")
        #expect(draft.header("X-Unsent") == "1")
        #expect(draft.header("MIME-Version") == "1.0")
        #expect(draft.header("Date") == "Sun, 1 Jun 2025 09:15:00 +0000")
        #expect(draft.header("X-Mailer") == "smsguard 0.1.0")
        #expect(draft.headers.map(\.name) == [
            "From", "To", "Subject", "Date", "Message-ID", "X-Unsent", "X-Mailer", "MIME-Version", "Content-Type",
        ])
    }

    @Test func draftWithoutReporterHasNoFromAndSaysSoInTheLetter() throws {
        let report = ReportFixtures.report(reporter: nil)
        let draft = EMLDraft(report.eml(version: "0.1.0"))
        #expect(draft.header("From") == nil)
        let letter = try #require(draft.decodedPart("text/plain"))
        #expect(letter.contains("\nگزارش‌دهنده: (نام گزارش‌دهنده وارد نشده است)\n"))
        #expect(letter.contains("\nReporter: (no contact given)\n"))
    }

    @Test func subjectDecodesToThePersianAndEnglishSubject() throws {
        let draft = EMLDraft(ReportFixtures.report().eml(version: "0.1.0"))
        let subject = try #require(draft.header("Subject"))
        #expect(EncodedWords.decode(subject) == "گزارش پیامک جعلی به نام گلنار — Spoofed SMS in the name of golnarshop (3 messages)")
    }

    @Test func subjectCountsOneMessageInTheSingular() {
        let report = ReportFixtures.report(messages: [ReportFixtures.messages[0]])
        #expect(report.subject == "گزارش پیامک جعلی به نام گلنار — Spoofed SMS in the name of golnarshop (1 message)")
    }

    @Test func messageIDIsStableAndDiffersWhenTheDraftDiffers() throws {
        let first = EMLDraft(ReportFixtures.report().eml(version: "0.1.0"))
        let again = EMLDraft(ReportFixtures.report().eml(version: "0.1.0"))
        let other = EMLDraft(ReportFixtures.report(messages: [ReportFixtures.messages[0]]).eml(version: "0.1.0"))
        let id = try #require(first.header("Message-ID"))
        #expect(id == again.header("Message-ID"))
        #expect(id != other.header("Message-ID"))
        #expect(id.hasPrefix("<") && id.hasSuffix("@smsguard.invalid>") && id.count == 1 + 32 + 18)
    }

    @Test func letterIsPersianFirstThenEnglish() throws {
        let letter = try #require(EMLDraft(ReportFixtures.report().eml(version: "0.1.0")).decodedPart("text/plain"))
        #expect(letter.hasPrefix("با سلام و احترام،\n\nپیامک‌هایی به نام «گلنار» از شماره‌هایی دریافت شده است"))
        let separator = try #require(letter.range(of: "\n\n————————————————————\n\nHello,\n\nI received SMS messages in the name of گلنار (golnarshop)"))
        #expect(!letter[separator.upperBound...].contains("با سلام"))
        #expect(letter.hasSuffix("(Drafted with smsguard from the reporter's own message export; please check before sending.)\n"))
    }

    @Test func letterQuotesThePolicySentenceWithItsSource() throws {
        let letter = try #require(EMLDraft(ReportFixtures.report().eml(version: "0.1.0")).decodedPart("text/plain"))
        let quote = "اگر پیامکی به نام گلنار از شماره‌ای جز ۳۰۰۰۷۷۸۸۹۹۰ دریافت کردید، آن را به abuse@golnarshop.ir گزارش دهید."
        #expect(letter.contains("\nمتن سیاست شما:\n«\(quote)»\n(منبع: golnarshop, line 42)\n"))
        #expect(letter.contains("\nYour policy says (in Persian):\n\"\(quote)\"\n(source: golnarshop, line 42)\n"))
        #expect(letter.contains("\nشماره‌های رسمی اعلام‌شده: ۳۰۰۰۷۷۸۸۹۹۰، +۹۸۲۱۵۵۴۴۳۳۲۲\n"))
        #expect(letter.contains("\nDeclared senders: 30007788990, +982155443322\n"))
    }

    @Test func letterGivesEveryMessageWithTehranAndUTCTimes() throws {
        let letter = try #require(EMLDraft(ReportFixtures.report().eml(version: "0.1.0")).decodedPart("text/plain"))
        // 2025-05-28T06:36:40Z is 10:06 in Tehran (+03:30), 7 Khordad 1404.
        #expect(letter.contains("\nپیام ۱ از ۳\n  زمان دریافت: ۱۴۰۴/۰۳/۰۷ ساعت ۱۰:۰۶ به وقت تهران (2025-05-28T06:36:40Z)\n"))
        #expect(letter.contains("\nMessage 1 of 3\n  Received: 2025-05-28T06:36:40Z (2025-05-28 10:06:40 Tehran time)\n"))
        // 2020-07-15T12:00:00Z is 16:30 in Tehran: summer time (+04:30), 25 Tir 1399.
        #expect(letter.contains("\nپیام ۲ از ۳\n  زمان دریافت: ۱۳۹۹/۰۴/۲۵ ساعت ۱۶:۳۰ به وقت تهران (2020-07-15T12:00:00Z)\n"))
        #expect(letter.contains("\nMessage 2 of 3\n  Received: 2020-07-15T12:00:00Z (2020-07-15 16:30:00 Tehran time)\n"))
        // 2025-05-30T17:05:09Z is 20:35 in Tehran, 9 Khordad 1404.
        #expect(letter.contains("\nپیام ۳ از ۳\n  زمان دریافت: ۱۴۰۴/۰۳/۰۹ ساعت ۲۰:۳۵ به وقت تهران (2025-05-30T17:05:09Z)\n"))
        #expect(letter.contains("\nMessage 3 of 3\n  Received: 2025-05-30T17:05:09Z (2025-05-30 20:35:09 Tehran time)\n"))
    }

    @Test func letterGivesEachSenderAsReceivedAndCanonical() throws {
        let letter = try #require(EMLDraft(ReportFixtures.report().eml(version: "0.1.0")).decodedPart("text/plain"))
        #expect(letter.contains("\n  فرستنده: 0912 123 4567 (شکل استاندارد: +989121234567)\n"))
        #expect(letter.contains("\n  فرستنده: +98 912 765 4321 (شکل استاندارد: +989127654321)\n"))
        #expect(letter.contains("\n  فرستنده: 30007788991 (شکل استاندارد: 30007788991)\n"))
        #expect(letter.contains("\n  Sender: 0912 123 4567 (canonical +989121234567, mobile)\n"))
        #expect(letter.contains("\n  Sender: +98 912 765 4321 (canonical +989127654321, mobile)\n"))
        #expect(letter.contains("\n  Sender: 30007788991 (canonical 30007788991, bulk)\n"))
        #expect(letter.contains("\n  Found in: sms-backup.xml, record 3\n"))
    }

    @Test func letterShowsTextsWithLinksDefangedAndHiddenCharactersNamed() throws {
        let letter = try #require(EMLDraft(ReportFixtures.report().eml(version: "0.1.0")).decodedPart("text/plain"))
        let texts = [
            "    گلنار: سفارش شما لغو شد. برای بازگشت وجه وارد شوید: hxxp://golnar-refund[.]example[.]com/pay?id=42\n    مبلغ: ۱,۲۰۰,۰۰۰ تومان\n",
            "    فروشگاه گلنار: شما برنده جایزه شدید! جایزه را تا 2.5 ساعت دیگر می‌توانید از <RLO>golnar-gift[.]example[.]net<PDF> بگیرید.\n",
            "    گلنار - کد تخفیف شما 4821 است.<ZWSP> همین حالا خرید کنید: www[.]golnarshop-sale[.]example\n",
        ]
        for text in texts {
            // Once in the Persian letter, once in the English one.
            #expect(letter.components(separatedBy: text).count - 1 == 2, "\(text)")
        }
        #expect(!letter.contains("http://"))
        #expect(!letter.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x202C || $0.value == 0x200B })
    }

    @Test func letterGivesTheReasonsOfEachVerdict() throws {
        let report = ReportFixtures.report()
        let letter = try #require(EMLDraft(report.eml(version: "0.1.0")).decodedPart("text/plain"))
        for message in report.messages {
            #expect(message.verdict.kind == .spoofed)
            #expect(!message.verdict.reasons.isEmpty)
            for reason in message.verdict.reasons {
                #expect(letter.contains("\n    - \(reason.persian)\n"))
                #expect(letter.contains("\n    - \(reason.english)\n"))
            }
        }
        #expect(letter.contains(
            "\n    - 30007788991 differs from the official number 30007788990 by one digit, a common spoofing trick.\n"))
        #expect(letter.contains("\nReporter: Sara Ahmadi <sara@example.org>\n"))
        #expect(letter.contains("\nگزارش‌دهنده: Sara Ahmadi <sara@example.org>\n"))
    }

    @Test func lettersDescribeAtMostFiftyMessagesAndCountTheRest() throws {
        let many = (1...53).map { ReportFixtures.message($0, sender: "09121234567", text: ReportFixtures.inputs[0].text, date: nil) }
        let report = ReportFixtures.report(messages: many)
        let letter = report.bodyText()
        #expect(letter.contains("\nMessage 50 of 53\n"))
        #expect(!letter.contains("\nMessage 51 of 53\n"))
        #expect(letter.contains("\n… and 3 more messages, all listed in the attachments.\n"))
        #expect(letter.contains("\n… و ۳ پیام دیگر که در پیوست آمده است.\n"))
        // Every message is still in the attachments.
        #expect(report.evidenceCSV().split(separator: "\r\n").count == 1 + 53)
    }

    // MARK: Attachments

    @Test func csvAttachmentListsEveryMessage() throws {
        let draft = EMLDraft(ReportFixtures.report().eml(version: "0.1.0"))
        let csv = try #require(draft.decodedPart("text/csv"))
        let disposition = draft.parts.first { $0.headers.contains { $0.value.hasPrefix("text/csv") } }?.headers.first { $0.name == "Content-Disposition" }?.value
        #expect(disposition == "attachment; filename=\"spoofed-sms-golnarshop-2025-06-01.csv\"")
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows[0] == "number,received_utc,received_tehran,sender,sender_canonical,sender_kind,text,reasons,risks,file,record")
        #expect(rows.last == "")
        #expect(csv.hasPrefix(rows[0] + "\r\n1,2025-05-28T06:36:40Z,2025-05-28 10:06:40,0912 123 4567,+989121234567,mobile,\"گلنار: سفارش شما لغو شد. برای بازگشت وجه وارد شوید: http://golnar-refund.example.com/pay?id=42\nمبلغ: ۱,۲۰۰,۰۰۰ تومان\","))
        #expect(csv.contains("\r\n2,2020-07-15T12:00:00Z,2020-07-15 16:30:00,+98 912 765 4321,+989127654321,mobile,"))
        #expect(csv.contains("\r\n3,2025-05-30T17:05:09Z,2025-05-30 20:35:09,30007788991,30007788991,bulk,"))
        #expect(csv.hasSuffix(",sms-backup.xml,3\r\n"))
    }

    @Test func jsonAttachmentListsEveryMessage() throws {
        let draft = EMLDraft(ReportFixtures.report().eml(version: "0.1.0"))
        let json = try #require(draft.decodedPart("application/json"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["shop"] as? String == "golnarshop")
        #expect(object["reportAddress"] as? String == "abuse@golnarshop.ir")
        #expect(object["total"] as? Int == 3)
        let messages = try #require(object["messages"] as? [[String: Any]])
        #expect(messages.map { $0["index"] as? Int } == [1, 2, 3])
        #expect(messages.map { $0["date"] as? String } == ["2025-05-28T06:36:40Z", "2020-07-15T12:00:00Z", "2025-05-30T17:05:09Z"])
        #expect(messages.map { $0["file"] as? String } == ["sms-backup.xml", "sms-backup.xml", "sms-backup.xml"])
    }

    @Test func feedbackReportPartCarriesTheSMSFields() throws {
        let draft = EMLDraft(ReportFixtures.report(includesFeedbackReport: true).eml(version: "0.1.0"))
        let part = try #require(draft.parts.first { $0.headers.contains { $0.name == "Content-Type" && $0.value == "message/feedback-report" } })
        let fields = EMLDraft.unfold(part.body.filter { !$0.isEmpty })
        #expect(fields.map { "\($0.name): \($0.value)" } == [
            "Feedback-Type: fraud", "User-Agent: smsguard/0.1.0", "Version: 1", "X-SMS-Shop: golnarshop",
            "X-SMS-Report-Address: abuse@golnarshop.ir", "X-SMS-Declared-Senders: 30007788990, +982155443322",
            "X-SMS-Message-Count: 3",
            "X-SMS-Sender-1: +989121234567", "X-SMS-Received-1: 2025-05-28T06:36:40Z",
            "X-SMS-Sender-2: +989127654321", "X-SMS-Received-2: 2020-07-15T12:00:00Z",
            "X-SMS-Sender-3: 30007788991", "X-SMS-Received-3: 2025-05-30T17:05:09Z",
        ])
        #expect(EMLDraft(ReportFixtures.report().eml(version: "0.1.0")).parts.allSatisfy { part in
            !part.headers.contains { $0.value == "message/feedback-report" }
        })
    }

    // MARK: Header safety

    /// Values built to break a header: line breaks, NUL, bidi and zero-width characters, an injected
    /// `Bcc:` field, and very long names.
    static let hostileTexts: [HeaderProbe] = [
        HeaderProbe("CRLF Bcc", "Sara\r\nBcc: victim@example.com"),
        HeaderProbe("LF Bcc", "Sara\nBcc: victim@example.com"),
        HeaderProbe("CR Bcc", "Sara\rBcc: victim@example.com"),
        HeaderProbe("NUL Bcc", "Sara\u{0}Bcc: victim@example.com"),
        HeaderProbe("RLO … PDF", "Sara \u{202E}moc.elpmaxe@evil\u{202C} Ahmadi"),
        HeaderProbe("zero-width", "Sa\u{200B}ra\u{200D}\u{FEFF}\u{2060} Ahmadi"),
        HeaderProbe("U+2028/U+2029 Bcc", "Sara\u{2028}Bcc: victim@example.com\u{2029}"),
        HeaderProbe("NEL Bcc", "Sara\u{85}Bcc: victim@example.com"),
        HeaderProbe("5,000 characters of Latin words", String(repeating: "Sara Ahmadi ", count: 420)),
        HeaderProbe("5,000 a's", String(repeating: "a", count: 5_000)),
        HeaderProbe("5,000 characters of Persian words", String(repeating: "سارا احمدی ", count: 460)),
        HeaderProbe("5,000 Persian letters", String(repeating: "س", count: 5_000)),
        HeaderProbe("blank lines and a boundary", "\r\n\r\nX-Injected: yes\r\n\r\n--boundary"),
        HeaderProbe("an encoded Bcc", "=?UTF-8?B?QmNjOiB2aWN0aW1AZXhhbXBsZS5jb20=?="),
    ]

    static let expectedHeaderNames = ["From", "To", "Subject", "Date", "Message-ID", "X-Unsent", "X-Mailer", "MIME-Version", "Content-Type"]

    /// Everything a draft must hold whatever its input: only smsguard's own fields, each once; header lines
    /// of at most 78 characters; CRLF only; no NUL; 7-bit; no line over 998 octets.
    static func expectSafe(_ eml: [UInt8], hasFrom: Bool = true, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let draft = EMLDraft(eml)
        let names = draft.headers.map(\.name)
        #expect(names == (hasFrom ? expectedHeaderNames : Array(expectedHeaderNames.dropFirst())), sourceLocation: sourceLocation)
        for line in draft.headerLines {
            #expect(line.utf8.count <= 78, "header line of \(line.utf8.count): \(line.prefix(90))", sourceLocation: sourceLocation)
        }
        let longest = draft.lines.map(\.count).max() ?? 0
        #expect(longest <= 998, "a line of \(longest) octets", sourceLocation: sourceLocation)
        #expect(!eml.contains(0), "NUL in the draft", sourceLocation: sourceLocation)
        #expect(eml.allSatisfy { $0 < 0x80 }, "8-bit bytes in the draft", sourceLocation: sourceLocation)
        var bareBreaks = 0
        for (index, byte) in eml.enumerated() {
            if byte == 0x0A && (index == 0 || eml[index - 1] != 0x0D) { bareBreaks += 1 }
            if byte == 0x0D && (index + 1 == eml.count || eml[index + 1] != 0x0A) { bareBreaks += 1 }
        }
        #expect(bareBreaks == 0, "bare CR or LF", sourceLocation: sourceLocation)
        // Parts: each starts with its own Content-Type, and no hostile text made a part of its own.
        #expect(draft.parts.allSatisfy { $0.headers.first?.name == "Content-Type" }, sourceLocation: sourceLocation)
    }

    @Test(arguments: hostileTexts)
    func hostileReporterNameAddsNoHeader(probe: HeaderProbe) throws {
        let name = probe.text
        let reporter = try #require(AbuseReport.Reporter(parsing: "\(name) <sara@example.org>"))
        let eml = ReportFixtures.report(reporter: reporter).eml(version: "0.1.0")
        Self.expectSafe(eml)
        let from = try #require(EMLDraft(eml).header("From"))
        #expect(from.hasSuffix(" <sara@example.org>"))
        let display = String(from.dropLast(" <sara@example.org>".count))
        let decoded = display.hasPrefix("\"") ? String(display.dropFirst().dropLast()) : EncodedWords.decode(display)
        #expect(decoded == MIMEHeader.sanitized(name))
        #expect(decoded == reporter.name)
    }

    @Test(arguments: hostileTexts)
    func hostileShopNameAddsNoHeaderAndTheSubjectDecodesToItsSanitizedText(probe: HeaderProbe) throws {
        let name = probe.text
        var shop = ReportFixtures.shop
        shop.names = [name]
        let report = ReportFixtures.report(shop: shop)
        let eml = report.eml(version: "0.1.0")
        Self.expectSafe(eml)
        let subject = try #require(EMLDraft(eml).header("Subject"))
        let decoded = try #require(EncodedWords.decode(subject))
        #expect(decoded == MIMEHeader.sanitized(report.subject))
        #expect(!decoded.unicodeScalars.contains { [0x00, 0x0A, 0x0D, 0x202E, 0x200B, 0xFEFF].contains($0.value) })
        for word in EncodedWords.words(subject) { #expect(word.count <= 75) }
    }

    @Test(arguments: hostileTexts)
    func hostileSenderAndTextAddNoHeader(probe: HeaderProbe) throws {
        let text = probe.text
        let message = ReportFixtures.message(1, sender: text, text: "گلنار: " + text, date: ReportFixtures.inputs[0].date)
        let eml = ReportFixtures.report(messages: [message], includesFeedbackReport: true).eml(version: "0.1.0")
        Self.expectSafe(eml)
    }

    @Test func hostileShopIDAndReportAddressAddNoHeader() {
        var shop = ReportFixtures.shop
        shop.id = "golnar\r\nBcc: victim@example.com"
        shop.reportEmail = "abuse@golnarshop.ir\r\nBcc: victim@example.com"
        let eml = ReportFixtures.report(shop: shop, includesFeedbackReport: true).eml(version: "0.1.0")
        Self.expectSafe(eml)
    }

    @Test func reporterWithAnInjectedHeaderAfterTheAddressIsNotWritten() throws {
        let reporter = try #require(AbuseReport.Reporter(parsing: "Sara Ahmadi <sara@example.org>\r\nBcc: victim@example.com"))
        #expect(reporter.email == "sara@example.org")
        let eml = ReportFixtures.report(reporter: reporter).eml(version: "0.1.0")
        Self.expectSafe(eml)
        #expect(!String(decoding: eml, as: UTF8.self).contains("victim@example.com"))
    }

    @Test func everyLineStaysUnder998OctetsWithA200KilobyteMessage() throws {
        let line = "گلنار: " + String(repeating: "x", count: 100_000) + String(repeating: "ی", count: 50_000)
        #expect(line.utf8.count > 200_000)
        let message = ReportFixtures.message(1, sender: "09121234567", text: line, date: ReportFixtures.inputs[0].date)
        let report = ReportFixtures.report(messages: [message], includesFeedbackReport: true)
        let eml = report.eml(version: "0.1.0")
        Self.expectSafe(eml)
        let draft = EMLDraft(eml)
        #expect(draft.decodedPart("text/plain") == report.bodyText())
        #expect(try #require(draft.decodedPart("text/csv")).contains(line))
    }

    // MARK: Reporter

    @Test(arguments: [
        ("Sara Ahmadi <sara@example.org>", "Sara Ahmadi", "sara@example.org"),
        ("\"Sara Ahmadi\" <sara@example.org>", "Sara Ahmadi", "sara@example.org"),
        ("  Sara   Ahmadi  <  sara@example.org >  ", "Sara Ahmadi", "sara@example.org"),
        ("سارا احمدی <sara@example.org>", "سارا احمدی", "sara@example.org"),
        ("<sara@example.org>", nil, "sara@example.org"),
        ("sara@example.org", nil, "sara@example.org"),
        ("  sara.ahmadi+sms@mail.example.org ", nil, "sara.ahmadi+sms@mail.example.org"),
        ("Sara\r\nAhmadi <sara@example.org>", "Sara Ahmadi", "sara@example.org"),
        ("Sara \u{202E}Ahmadi\u{202C} <sara@example.org>", "Sara Ahmadi", "sara@example.org"),
    ] as [(String, String?, String)])
    func reporterParsesNameAndAddress(text: String, name: String?, email: String) throws {
        let reporter = try #require(AbuseReport.Reporter(parsing: text))
        #expect(reporter.name == name)
        #expect(reporter.email == email)
        #expect(reporter.description == (name.map { "\($0) <\(email)>" } ?? email))
    }

    @Test(arguments: [
        "", "   ", "Sara Ahmadi", "sara", "sara@example", "@example.org", "sara@", "sara example.org",
        "sara@exa mple.org", "Sara <sara at example.org>", "Sara <>", "sara@example.org, bob@example.org",
        "sara@example.org; bob@example.org", "sara@@example.org", "sara@example.org@evil.example",
    ])
    func reporterRejectsTextWithoutOnePlausibleAddress(text: String) {
        #expect(AbuseReport.Reporter(parsing: text) == nil)
    }

    // MARK: File name

    @Test func fileNameSaysShopAndTehranDay() {
        #expect(ReportFixtures.report().fileName == "golnarshop-spoofed-sms-2025-06-01.eml")
        // 2025-06-01T21:00:00Z is already 2 June in Tehran (00:30).
        let late = AbuseReport(shop: ReportFixtures.shop, messages: ReportFixtures.messages, reporter: nil, createdAt: 1_748_811_600_000)
        #expect(late?.fileName == "golnarshop-spoofed-sms-2025-06-02.eml")
    }

    @Test(arguments: [
        ("golnar shop/../x", "golnar_shop____x-spoofed-sms-2025-06-01.eml"),
        ("../../etc/passwd", "______etc_passwd-spoofed-sms-2025-06-01.eml"),
        ("گلنار", "_____-spoofed-sms-2025-06-01.eml"),
        ("a\r\nb\u{0}c", "a__b_c-spoofed-sms-2025-06-01.eml"),
        ("", "shop-spoofed-sms-2025-06-01.eml"),
    ])
    func fileNameIsBuiltOnlyFromSafeCharacters(id: String, expected: String) {
        var shop = ReportFixtures.shop
        shop.id = id
        let name = ReportFixtures.report(shop: shop).fileName
        #expect(name == expected)
    }

    @Test func fileNameOfAnyIDHoldsOnlyLowercaseLettersDigitsDashAndUnderscore() {
        var shop = ReportFixtures.shop
        shop.id = String(repeating: "Ab.9-_ /\\:*?\"<>|\u{202E}\u{0}ش", count: 40)
        let name = ReportFixtures.report(shop: shop).fileName
        let stem = name.dropLast(".eml".count)
        #expect(name.hasSuffix("-spoofed-sms-2025-06-01.eml"))
        #expect(stem.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" })
        #expect(name.utf8.count <= 60 + "-spoofed-sms-2025-06-01.eml".count)
    }

    // MARK: Shops without an address

    @Test func noDraftForAShopWithoutReportEmail() {
        var shop = ReportFixtures.shop
        shop.reportEmail = nil
        #expect(AbuseReport(shop: shop, messages: ReportFixtures.messages, reporter: nil, createdAt: ReportFixtures.createdAt) == nil)
    }

    @Test func noDraftWithoutMessages() {
        #expect(AbuseReport(shop: ReportFixtures.shop, messages: [], reporter: nil, createdAt: ReportFixtures.createdAt) == nil)
    }

    @Test func registryWithoutReportEmailGivesNoDraft() throws {
        let registry = try Registry(json: """
            {"shops":[{"id":"kaktus","names":["کاکتوس"],"senders":["5000112233"],"reportEmail":"","domains":["kaktus.ir"]}]}
            """, path: "no-address.json")
        let shop = registry.shops[0]
        let verdict = Classifier(registry: registry).classify(sender: "09121234567", text: "کاکتوس: جایزه شما آماده است")
        #expect(verdict.kind == .spoofed)
        let message = ScannedMessage(file: "x", record: LogRecord(index: 1, sender: "09121234567", body: "x", date: nil, direction: .received), verdict: verdict)
        #expect(shop.reportEmail == nil)
        #expect(AbuseReport(shop: shop, messages: [message], reporter: nil, createdAt: ReportFixtures.createdAt) == nil)
    }

    // MARK: Links

    @Test func mailtoLinkIsAValidRFC6068LinkThatDecodesBack() throws {
        let report = ReportFixtures.report()
        let link = report.mailtoLink()
        #expect(link.utf8.count <= AbuseReport.mailtoLimit)
        let head = "mailto:abuse@golnarshop.ir?subject="
        #expect(link.hasPrefix(head))
        let query = link.dropFirst("mailto:abuse@golnarshop.ir?".count)
        let fields = query.split(separator: "&")
        #expect(fields.count == 2)
        #expect(fields[0].hasPrefix("subject="))
        #expect(fields[1].hasPrefix("body="))
        // Values: only unreserved characters and %XX escapes.
        for field in fields {
            let value = field.drop { $0 != "=" }.dropFirst()
            #expect(value.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-._~%".unicodeScalars.contains($0)) })
        }
        #expect(EMLDraft.percentDecoded(fields[0].dropFirst("subject=".count)) == report.subject)
        let body = try #require(EMLDraft.percentDecoded(fields[1].dropFirst("body=".count)))
        #expect(body == """
            پیامک جعلی به نام گلنار — Spoofed SMS in the name of golnarshop\r
            \r
            2025-05-28T06:36:40Z +989121234567: \(Defanger.defanged(ReportFixtures.inputs[0].text))\r
            2020-07-15T12:00:00Z +989127654321: \(Defanger.defanged(ReportFixtures.inputs[1].text))\r
            2025-05-30T17:05:09Z 30007788991: \(Defanger.defanged(ReportFixtures.inputs[2].text))
            """)
        #expect(!body.contains("http://"))
    }

    @Test func mailtoLinkOfAHugeReportIsCutToTheLimitWithANote() throws {
        let long = "گلنار: " + String(repeating: "جایزه ویژه شما آماده است ", count: 400)
        let messages = (1...20).map { ReportFixtures.message($0, sender: "09121234567", text: long, date: ReportFixtures.inputs[0].date) }
        let link = ReportFixtures.report(messages: messages).mailtoLink()
        #expect(link.utf8.count <= AbuseReport.mailtoLimit)
        #expect(link.utf8.count > AbuseReport.mailtoLimit - 200)
        let body = try #require(link.range(of: "&body=").map { link[$0.upperBound...] })
        let decoded = try #require(EMLDraft.percentDecoded(body), "the cut never splits a UTF-8 character")
        #expect(decoded.hasPrefix("پیامک جعلی به نام گلنار — Spoofed SMS in the name of golnarshop\r\n\r\n2025-05-28T06:36:40Z +989121234567: گلنار: جایزه"))
        #expect(decoded.hasSuffix("\r\n… (full list in the .eml draft)"))
    }

    @Test func mailtoLinkEscapesAnAddressThatCouldAddFields() {
        var shop = ReportFixtures.shop
        shop.reportEmail = "abuse@golnarshop.ir?bcc=victim@example.com&x=#"
        let link = ReportFixtures.report(shop: shop).mailtoLink()
        #expect(link.hasPrefix("mailto:abuse@golnarshop.ir%3Fbcc%3Dvictim@example.com%26x%3D%23?subject="))
    }

    @Test func complaintLinkTexts195TheSpoofingSendersInNationalForm() {
        #expect(ReportFixtures.report().complaintLink() == "sms:195?body=09121234567%2009127654321%2030007788991")
    }

    @Test func complaintLinkNamesEachSenderOnceAndAtMostFive() {
        let senders = ["+989121234567", "0912 123 4567", "021-88776655", "+44 20 7946 0958", "09350000001", "09350000002", "09350000003"]
        let messages = senders.enumerated().map { ReportFixtures.message($0.offset + 1, sender: $0.element, text: "گلنار: سلام", date: nil) }
        #expect(AbuseReport.uniqueSenders(messages) == ["09121234567", "02188776655", "+442079460958", "09350000001", "09350000002", "09350000003"])
        #expect(ReportFixtures.report(messages: messages).complaintLink() == "sms:195?body=09121234567%2002188776655%20%2B442079460958%2009350000001%2009350000002")
    }
}
