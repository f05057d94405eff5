import Testing
@testable import SMSGuard

/// The one JSON object `check --json` and `scan --jsonl` print per verdict.
struct VerdictJSONTests {
    private func json(_ sender: String, _ text: String?) throws -> JSONValue {
        let verdict = ClassificationFixtures.classify(sender, text)
        return try JSONParser.parseDocument(verdict.jsonText())
    }

    private func strings(_ value: JSONValue?) -> [String]? {
        guard case .array(let elements)? = value else { return nil }
        return elements.map { element in
            if case .string(let text) = element { return text }
            return "<not a string>"
        }
    }

    private func codes(_ value: JSONValue?, key: String) -> [String]? {
        guard case .array(let elements)? = value else { return nil }
        return elements.map { element in
            if case .string(let text)? = element[key] { return text }
            return "<missing>"
        }
    }

    @Test func spoofedVerdictCarriesShopReportAddressAndReasons() throws {
        let object = try json("09121234567", "نوین مارکت: سفارش شما لغو شد. برای بازگشت وجه به bit.ly/3xYz12a بروید")
        #expect(object["sender"] == .string("09121234567"))
        #expect(object["senderCanonical"] == .string("+989121234567"))
        #expect(object["senderKind"] == .string("mobile"))
        #expect(object["verdict"] == .string("spoofed"))
        #expect(strings(object["shops"]) == ["novinmarket"])
        #expect(strings(object["officialSenderOf"]) == [])
        #expect(strings(object["reportTo"]) == ["abuse@novinmarket.ir"])
        #expect(codes(object["reasons"], key: "code") == ["undeclared-sender", "claims-shop", "personal-mobile"])
        #expect(Set(codes(object["risks"], key: "kind") ?? []) == ["shortened-link", "foreign-link", "refund-lure"])
        #expect(codes(object["claims"], key: "shop") == ["novinmarket"])
        #expect(codes(object["claims"], key: "evidence") == ["prefix"])
        #expect(codes(object["claims"], key: "text") == ["نوین مارکت"])
    }

    @Test func authenticVerdictWithoutTextNamesTheSendersShop() throws {
        let object = try json("+98 3000 4455 660", nil)
        #expect(object["sender"] == .string("+98 3000 4455 660"))
        #expect(object["senderCanonical"] == .string("30004455660"))
        #expect(object["senderKind"] == .string("bulk"))
        #expect(object["verdict"] == .string("authentic"))
        #expect(strings(object["shops"]) == ["novinmarket"])
        #expect(strings(object["officialSenderOf"]) == ["novinmarket"])
        #expect(strings(object["reportTo"]) == [])
        #expect(codes(object["reasons"], key: "code") == ["official-sender"])
        #expect(strings(object["risks"]) == [])
        #expect(strings(object["claims"]) == [])
    }

    @Test func unverifiedAndUnrelatedVerdictsAreNamed() throws {
        let unverified = try json("09121234567", "آرتانو: سفارش شما ارسال شد.")
        #expect(unverified["verdict"] == .string("unverified"))
        #expect(strings(unverified["shops"]) == ["artano"])
        #expect(strings(unverified["reportTo"]) == [])
        let unrelated = try json("09121234567", "سلام، فردا ساعت ۵ جلسه داریم.")
        #expect(unrelated["verdict"] == .string("unrelated"))
        #expect(strings(unrelated["shops"]) == [])
        #expect(codes(unrelated["reasons"], key: "code") == ["no-claim"])
    }

    @Test func claimOffsetsInJSONAreUTF8ByteOffsets() throws {
        let object = try json("09121234567", "نوین مارکت: سفارش ۱۲ ارسال شد")
        guard case .array(let claims)? = object["claims"], let claim = claims.first else {
            Issue.record("no claims array")
            return
        }
        #expect(claim["start"] == .number("0"))
        #expect(claim["end"] == .number("19"))
    }

    /// Names quoted with hidden characters, quotes, back-slashes and line breaks must still make valid JSON.
    @Test(arguments: [
        "نوی\u{202E}ن مارکت: \"فوری\" سفارش شما لغو شد\\",
        "ن و ی ن\nم ا ر ک ت: سفارش\tشما لغو شد",
        "N\u{043E}vinMarket: \u{0007} order cancelled",
        "Novin\u{200B}Market: سفارش لغو شد",
    ])
    func verdictWithAwkwardTextIsValidJSON(text: String) throws {
        let object = try json("Novin Market", text)
        #expect(object["verdict"] == .string("spoofed"))
        #expect(object["senderKind"] == .string("alphanumeric"))
        #expect(strings(object["shops"]) == ["novinmarket"])
    }

    @Test func leadingMembersComeFirst() throws {
        let verdict = ClassificationFixtures.classify("09121234567", "سلام")
        let text = verdict.jsonText(leading: [("index", .number("7")), ("file", .string("sms.xml"))])
        #expect(text.hasPrefix("{\"index\":7,\"file\":\"sms.xml\",\"sender\":"))
        let object = try JSONParser.parseDocument(text)
        #expect(object["index"] == .number("7"))
        #expect(object["verdict"] == .string("unrelated"))
    }
}
