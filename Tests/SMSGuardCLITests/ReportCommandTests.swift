import Foundation
import Testing
@testable import SMSGuardCLI

/// The parts of a multipart draft: each part's headers and its body, base64 decoded when so encoded.
func emlParts(_ eml: String) throws -> [(headers: String, body: [UInt8])] {
    let boundaryPattern = try Regex(#"boundary="([^"]+)""#)
    let match = try #require(eml.firstMatch(of: boundaryPattern), "no boundary in the draft")
    let boundary = "--" + String(match.output[1].substring!)
    var parts: [(String, [UInt8])] = []
    for chunk in eml.components(separatedBy: boundary).dropFirst() {
        if chunk.hasPrefix("--") { break }
        let text = chunk.replacingOccurrences(of: "\r\n", with: "\n")
        guard let split = text.range(of: "\n\n") else { continue }
        let headers = String(text[..<split.lowerBound])
        let body = String(text[split.upperBound...])
        if headers.lowercased().contains("content-transfer-encoding: base64") {
            let data = try #require(Data(base64Encoded: body, options: .ignoreUnknownCharacters), "bad base64 in part:\n\(headers)")
            parts.append((headers, Array(data)))
        } else {
            parts.append((headers, Array(body.utf8)))
        }
    }
    return parts
}

/// The evidence attached to a draft as JSON.
func emlEvidence(_ eml: String) throws -> [String: Any] {
    let part = try #require(try emlParts(eml).first { $0.headers.contains("application/json") }, "no JSON attachment")
    return try #require(try JSONSerialization.jsonObject(with: Data(part.body)) as? [String: Any])
}

/// The files in `directory`, sorted, hidden ones included.
func fileNames(in directory: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
}

func text(ofFile path: String) throws -> String {
    String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
}

/// Whether `name` is a draft for همه چیزکالا made on some day.
private func isDraftName(_ name: String) -> Bool {
    name.wholeMatch(of: #/hamechizkala-spoofed-sms-\d{4}-\d{2}-\d{2}\.eml/#) != nil
}

/// The notes `report` prints for the sample's four unverified messages (one each for four shops).
private let sampleUnverifiedNotes = [
    ("با کالا", "bakala"), ("الکتروتعاون", "electrotaavon"), ("کالاک", "kalak"), ("مسترشبکه", "mastershabakeh"),
].map { name, id in
    """
    \(name) (\(id)) declares no SMS sender, so its 1 message is unverified, not provably spoofed: no draft (its policy names no report address).
      If one asks for card details, codes or payment, report its sender to the regulator (text the number to 195)
      or to the police cyber unit FATA (096380, cyberpolice.ir).


    """
}.joined()

struct ReportCommandTests {
    @Test func sampleLogGivesOneDraftToTheImpersonatedShopsReportAddress() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let out = directory.path("reports")
        let result = smsguard("report", sampleLog, "--out", out)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let files = try fileNames(in: out)
        try #require(files.count == 1, "\(files)")
        #expect(isDraftName(files[0]), "\(files[0])")
        let path = out + "/" + files[0]
        #expect(result.stdout.hasPrefix("""
            wrote \(path)
              to info@digibile.com, 4 spoofed messages in the name of همه چیزکالا (hamechizkala)
              open it in your mail client, check it, and send it; or start from this link:
              mailto:info@digibile.com?subject=
            """))
        #expect(result.stdout.contains("\n  and report the sender to the regulator (text it to 195): sms:195?body=09127654321%20200053468%2030009988776%2009190001122\n\n"))
        #expect(result.stdout.hasSuffix("1 draft in \(out). Each opens as an unsent message (X-Unsent).\n"))

        let eml = try text(ofFile: path)
        #expect(eml.hasPrefix("To: <info@digibile.com>\r\n"))
        #expect(eml.contains("X-Unsent: 1"))
        let evidence = try emlEvidence(eml)
        #expect(evidence["shop"] as? String == "hamechizkala")
        #expect(evidence["reportAddress"] as? String == "info@digibile.com")
        #expect(evidence["total"] as? Int == 4)
        let messages = try #require(evidence["messages"] as? [[String: Any]])
        #expect(messages.map { $0["index"] as? Int } == [3, 5, 6, 20])
        #expect(messages.map { $0["senderCanonical"] as? String } == ["+989127654321", "200053468", "30009988776", "+989190001122"])
        #expect(messages.allSatisfy { $0["file"] as? String == sampleLog })
    }

    @Test func shopsThatDeclareNoSenderGetANoteInsteadOfADraft() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = smsguard("report", sampleLog, "--out", directory.path)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\n\n" + sampleUnverifiedNotes + "1 draft in "), "\(result.stdout)")
        #expect(try fileNames(in: directory.path).count == 1)
    }

    @Test func anExistingDraftIsKeptWithoutForceAndReplacedWithIt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let first = smsguard("report", sampleLog, "--out", directory.path)
        #expect(first.status == 0)
        let files = try fileNames(in: directory.path)
        try #require(files.count == 1)
        let path = directory.path(files[0])
        try directory.write(files[0], "my edited draft\n")

        let again = smsguard("report", sampleLog, "--out", directory.path)
        #expect(again.status == 73)
        #expect(again.stderr == "smsguard: error: \(path): a draft is already there; add --force to replace it\n")
        #expect(try text(ofFile: path) == "my edited draft\n")
        #expect(try fileNames(in: directory.path) == files, "no temporary file may be left behind")

        let forced = smsguard("report", sampleLog, "--out", directory.path, "--force")
        #expect(forced.status == 0)
        #expect(forced.stderr == "")
        #expect(forced.stdout.hasPrefix("wrote \(path)\n"))
        let replaced = try text(ofFile: path)
        #expect(replaced.hasPrefix("To: <info@digibile.com>"))
        #expect(try emlEvidence(replaced)["total"] as? Int == 4)
        #expect(try fileNames(in: directory.path) == files)
    }

    @Test func outIsCreatedWithItsParents() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let out = directory.path("a/b/c")
        let result = smsguard("report", sampleLog, "-o", out)
        #expect(result.status == 0)
        #expect(try fileNames(in: out).count == 1)
    }

    @Test func oneMessageFromTheCommandLineGivesADraft() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = smsguard(
            "report", "--sender", "09127654321", "--text", "همه چیزكالا: سفارش شما لغو شد https://bit.ly/x",
            "--date", "2025-10-06T21:47:00+03:30", "--out", directory.path)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let files = try fileNames(in: directory.path)
        try #require(files.count == 1)
        #expect(isDraftName(files[0]))
        #expect(result.stdout.contains("  to info@digibile.com, 1 spoofed message in the name of همه چیزکالا (hamechizkala)\n"))
        #expect(result.stdout.contains("(text it to 195): sms:195?body=09127654321\n"))
        let messages = try #require(try emlEvidence(text(ofFile: directory.path(files[0])))["messages"] as? [[String: Any]])
        try #require(messages.count == 1)
        #expect(messages[0]["date"] as? String == "2025-10-06T18:17:00Z")
        #expect(messages[0]["sender"] as? String == "09127654321")
        #expect(messages[0]["file"] as? String == "command line")
    }

    @Test(arguments: [("1759774620", "2025-10-06T18:17:00Z"), ("1759774620000", "2025-10-06T18:17:00Z"), ("2025-10-06T18:17:00Z", "2025-10-06T18:17:00Z")])
    func oneMessageDateMayBeEpochOrISO(written: String, utc: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = smsguard("report", "--sender", "09127654321", "--text", "همه چیزكالا: سفارش شما لغو شد", "--date", written, "--out", directory.path)
        #expect(result.status == 0)
        let files = try fileNames(in: directory.path)
        try #require(files.count == 1)
        let messages = try #require(try emlEvidence(text(ofFile: directory.path(files[0])))["messages"] as? [[String: Any]])
        #expect(messages.first?["date"] as? String == utc)
    }

    @Test func oneMessageThatIsNotSpoofedWritesNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = smsguard("report", "--sender", "200053467", "--text", "همه چیزکالا: سفارش شما ثبت شد", "--out", directory.path)
        #expect(result.status == 0)
        #expect(result.stdout == "No spoofed messages: nothing to report.\n")
        #expect(try fileNames(in: directory.path).isEmpty)
    }

    @Test func oneUnverifiedMessageGetsItsNote() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = smsguard("report", "--sender", "09121234567", "--text", "کالاک: حساب کاربری شما مسدود شد", "--out", directory.path)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("No spoofed messages: nothing to report.\nکالاک (kalak) declares no SMS sender, so its 1 message is unverified"))
        #expect(try fileNames(in: directory.path).isEmpty)
    }

    @Test func aShopWithoutAReportAddressGetsANoteNamingTheSenders() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let registry = try directory.write("registry.json", """
            {"shops": [{"id": "nemooneh", "names": ["فروشگاه نمونه"], "senders": ["30001234"], "reportEmail": null, "domains": []}]}
            """)
        let out = directory.path("out")
        let result = smsguard("report", "--sender", "09121234567", "--text", "فروشگاه نمونه: سفارش شما لغو شد", "--registry", registry, "--out", out)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("""
            فروشگاه نمونه (nemooneh) names no report address in its policy: no draft for its 1 spoofed message.
              Report the sender 09121234567 to the regulator's 195 service
            """), "\(result.stdout)")
        #expect(try fileNames(in: out).isEmpty)
    }

    @Test func reporterAppearsAsTheSender() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = smsguard("report", sampleLog, "--out", directory.path, "--reporter", "Sara Ahmadi <sara@example.com>")
        #expect(result.status == 0)
        let files = try fileNames(in: directory.path)
        try #require(files.count == 1)
        let eml = try text(ofFile: directory.path(files[0]))
        #expect(eml.hasPrefix("From: \"Sara Ahmadi\" <sara@example.com>\r\nTo: <info@digibile.com>\r\n"))
    }

    @Test(arguments: ["bad", "Name <nobody>", "a@b", "a@b.com, c@d.com"])
    func badReporterIsAUsageError(reporter: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = smsguard("report", sampleLog, "--out", directory.path, "--reporter", reporter)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == "smsguard: error: --reporter takes \"Name <email>\" or an email address, not '\(reporter)'\n")
        #expect(try fileNames(in: directory.path).isEmpty)
    }

    @Test func missingOutIsAUsageError() {
        let result = smsguard("report", sampleLog)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == "smsguard: error: name the directory for the drafts with --out DIR\n")
    }

    @Test(arguments: [
        (["report", "--sender", "09127654321", "--out", "/tmp/unused"], "smsguard: error: --sender needs the message with --text\n"),
        (["report", "--out", "/tmp/unused"], "smsguard: error: give the log files to report from, or one message with --sender and --text\n"),
        (["report", "x.xml", "--sender", "09127654321", "--text", "t", "--out", "/tmp/unused"], "smsguard: error: give log files or --sender with --text, not both\n"),
        (["report", "--sender", "09127654321", "--text", "t", "--date", "yesterday", "--out", "/tmp/unused"],
         "smsguard: error: --date takes ISO 8601 (2025-10-06T21:47:00+03:30) or epoch seconds or milliseconds, not 'yesterday'\n"),
    ])
    func wrongCombinationsAreUsageErrors(arguments: [String], message: String) {
        let result = smsguard(arguments)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == message)
    }

    @Test func aMissingLogIsReportedAndTheOthersStillDrafted() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let missing = directory.path("nowhere.xml")
        let out = directory.path("out")
        let result = smsguard("report", missing, sampleLog, "--out", out)
        #expect(result.status == 65)
        #expect(result.stderr == "smsguard: error: \(missing): cannot open: no such file or directory\n")
        #expect(try fileNames(in: out).count == 1)
    }

    @Test func sourceDateEpochMakesTwoRunsByteIdentical() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var drafts: [[UInt8]] = []
        for run in ["one", "two"] {
            let result = try runBuiltSMSGuard(
                ["report", sampleLog, "--out", directory.path(run)], environment: ["SOURCE_DATE_EPOCH": "1762250000"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try fileNames(in: directory.path(run)) == ["hamechizkala-spoofed-sms-2025-11-04.eml"])
            drafts.append(try directory.bytes("\(run)/hamechizkala-spoofed-sms-2025-11-04.eml"))
        }
        #expect(drafts[0] == drafts[1])
        let eml = String(decoding: drafts[0], as: UTF8.self)
        #expect(eml.contains("Date: Tue, 4 Nov 2025 09:53:20 +0000"))
    }
}
