import Foundation
import Testing
@testable import SMSGuardCLI

/// A message in the name of همه چیزکالا, written with an Arabic kaf (ك) as scammers do.
let spoofedText = "همه چیزكالا: سفارش شما لغو شد ..."

/// A hand-written registry in the minimal form: id, names, senders, reportEmail and domains only.
/// It moves همه چیزکالا to a mobile number, so that it changes what `check` decides.
let minimalRegistry = """
    {
      "shops": [
        {"id": "hamechizkala", "names": ["همه چیزکالا", "همه چیز کالا"], "senders": ["0912 123 4567"], "reportEmail": "abuse@example.com", "domains": ["Example.com"]},
        {"id": "nemooneh", "names": ["فروشگاه نمونه"], "senders": ["30001234", "+98 3000 5678"], "reportEmail": null, "domains": []}
      ]
    }
    """

/// A policy in the wording hundreds of shops copied.
let samplePolicy = """
    حریم خصوصی فروشگاه نمونه

    توجه داشته باشید که 30001234 شماره‌ای است که فروشگاه نمونه از طریق آن برای کاربران خود پیامک ارسال می‌کند. بنابراین ارسال هرگونه پیامک تحت عنوان فروشگاه نمونه با هر شماره دیگری تخلف است و در صورت دریافت چنین پیامکی، لطفاً آن را به abuse@nemooneh.ir اطلاع دهید.

    """

private func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}

private func jsonObject(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
}

struct CommandTests {
    // MARK: - registry list

    @Test func registryListShowsTheFiveBuiltInShops() throws {
        let result = smsguard("registry", "list")
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let rows = lines(result.stdout)
        try #require(rows.count == 11, "unexpected listing:\n\(result.stdout)")
        #expect(rows[0] == "5 shops (built-in registry)")
        #expect(rows[1] == "")
        #expect(rows[2] == "ID              SENDERS    REPORT TO          WARN  NAMES")
        #expect(rows[3...7].map { $0.split(separator: " ").first.map(String.init) } == [
            "bakala", "electrotaavon", "hamechizkala", "kalak", "mastershabakeh",
        ])
        #expect(rows[5] == "hamechizkala    200053467  info@digibile.com  1     همه چیزکالا، همه چیز کالا")
        #expect(rows[9] == "Details: smsguard registry show ID")
        #expect(rows[10] == "")
    }

    @Test func registryListShowsNoSendersForShopsWhosePoliciesDeclareNone() {
        let rows = lines(smsguard("registry", "list").stdout)
        let others = rows.filter { $0.hasPrefix("bakala ") || $0.hasPrefix("electrotaavon ") || $0.hasPrefix("kalak ") || $0.hasPrefix("mastershabakeh ") }
        #expect(others.count == 4)
        for row in others {
            let fields = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(fields.count >= 4 && fields[1] == "—" && fields[2] == "—", "row: \(row)")
        }
        #expect(rows.contains { $0.hasPrefix("mastershabakeh ") && $0.hasSuffix("مسترشبکه، مستر شبکه") })
    }

    @Test func registryListOfARegistryFileShowsExactlyItsShops() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("two.json", minimalRegistry)
        let result = smsguard("registry", "list", "--registry", file)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            2 shops (\(file))

            ID            SENDERS             REPORT TO          WARN  NAMES
            hamechizkala  +989121234567       abuse@example.com  0     همه چیزکالا، همه چیز کالا
            nemooneh      30001234, 30005678  —                  0     فروشگاه نمونه

            Details: smsguard registry show ID

            """)
    }

    @Test func registryListOfOneShopSaysShopInTheSingular() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("one.json", #"{"shops": [{"id": "kalak", "names": ["کالاک"]}]}"#)
        let result = smsguard("registry", "list", "--registry", file)
        #expect(result.status == 0)
        #expect(lines(result.stdout).first == "1 shop (\(file))")
    }

    @Test func registryListJSONIsTheRegistryFileByteForByte() throws {
        let result = smsguard("registry", "list", "--json")
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.outputBytes == (try Repository.bytes("Registry/registry.json")))
        let root = try #require(try jsonObject(result.stdout) as? [String: Any])
        let shops = try #require(root["shops"] as? [[String: Any]])
        #expect(shops.map { $0["id"] as? String } == ["bakala", "electrotaavon", "hamechizkala", "kalak", "mastershabakeh"])
        #expect(root["version"] as? Int == 1)
    }

    @Test func registryListJSONOfAHandWrittenRegistryIsTheFullForm() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("two.json", minimalRegistry)
        let result = smsguard("registry", "list", "--json", "--registry", file)
        #expect(result.status == 0)
        let root = try #require(try jsonObject(result.stdout) as? [String: Any])
        let shops = try #require(root["shops"] as? [[String: Any]])
        try #require(shops.count == 2)
        #expect(Set(shops[0].keys) == [
            "id", "names", "senders", "surveySenders", "reportEmail", "domains", "phones", "source", "evidence", "warnings",
        ])
        #expect(shops[0]["senders"] as? [String] == ["+989121234567"])
        #expect(shops[0]["domains"] as? [String] == ["example.com"])
        #expect(shops[1]["senders"] as? [String] == ["30001234", "30005678"])
        #expect(shops[1]["reportEmail"] is NSNull)
    }

    // MARK: - registry show

    @Test func registryShowNamesEverySpellingAndTheDeclaredSender() {
        let result = smsguard("registry", "show", "hamechizkala")
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(Array(lines(result.stdout).prefix(7)) == [
            "hamechizkala: همه چیزکالا",
            "  names:      همه چیزکالا · همه چیز کالا",
            "  senders:    200053467 (bulk, also for surveys)",
            "  report to:  info@digibile.com",
            "  domains:    digibile.com",
            "  phones:     —",
            "  source:     hamechizkala.txt (sha256 504e880f44b7…)",
        ])
        #expect(result.stdout.contains("    reportEmail info@digibile.com (hamechizkala.txt:20)\n"))
    }

    @Test func registryShowJSONIsTheShopAsTheRegistryFileHoldsIt() throws {
        let result = smsguard("registry", "show", "hamechizkala", "--json")
        #expect(result.status == 0)
        let shown = try #require(try jsonObject(result.stdout) as? [String: Any])
        let file = try #require(try JSONSerialization.jsonObject(with: Data(Repository.bytes("Registry/registry.json"))) as? [String: Any])
        let stored = try #require((file["shops"] as? [[String: Any]])?.first { $0["id"] as? String == "hamechizkala" })
        // Compared through sorted-key serialisations: dictionaries of `Any` have no ==.
        func canonical(_ object: [String: Any]) throws -> Data { try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) }
        #expect(try canonical(shown) == canonical(stored))
    }

    @Test func registryShowOfAHandWrittenShopSaysWhatIsMissing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("two.json", minimalRegistry)
        let result = smsguard("registry", "show", "nemooneh", "--registry", file)
        #expect(result.status == 0)
        #expect(result.stdout == """
            nemooneh: فروشگاه نمونه
              names:      فروشگاه نمونه
              senders:    30001234 (bulk), 30005678 (bulk)
              report to:  no address named
              domains:    —
              phones:     —

            """)
    }

    @Test func registryShowOfAnUnknownIDIsAUsageError() {
        let result = smsguard("registry", "show", "nosuch")
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == "smsguard: error: no shop 'nosuch' in the registry (see 'smsguard registry list')\n")
    }

    @Test func registryShowOfAMistypedIDSuggestsTheClosestOne() {
        let result = smsguard("registry", "show", "hamechizkal")
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == "smsguard: error: no shop 'hamechizkal' in the registry; did you mean 'hamechizkala'? (see 'smsguard registry list')\n")
    }

    // MARK: - registry extract

    @Test func registryExtractJSONDescribesEachFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let policy = try directory.write("nemooneh.txt", samplePolicy)
        let other = try directory.write("kalak.txt", "فروشگاه کالاک\nما به حریم خصوصی شما احترام می‌گذاریم.\n")
        let result = smsguard("registry", "extract", policy, other, "--json")
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("[\n  {\n    \"file\": \"\(policy)\",\n    \"id\": \"nemooneh\",\n"))
        let array = try #require(try jsonObject(result.stdout) as? [[String: Any]])
        try #require(array.count == 2)
        #expect(array.map { $0["file"] as? String } == [policy, other])
        #expect(array.map { $0["id"] as? String } == ["nemooneh", "kalak"])
        #expect(array[0]["senders"] as? [String] == ["30001234"])
        #expect(array[0]["reportEmail"] as? String == "abuse@nemooneh.ir")
        #expect(array[0]["domains"] as? [String] == ["nemooneh.ir"])
        #expect((array[0]["source"] as? [String: Any])?["file"] as? String == "nemooneh.txt")
        #expect(array[1]["senders"] as? [String] == [])
        #expect(array[1]["reportEmail"] is NSNull)
    }

    @Test func registryExtractOfAMissingFileNamesIt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let missing = directory.path("nothere.txt")
        let result = smsguard("registry", "extract", missing, "--json")
        #expect(result.status == 66)
        #expect(result.stdout == "")
        #expect(result.stderr == "smsguard: error: \(missing): cannot open: no such file or directory\n")
    }

    // MARK: - registry build

    @Test func registryBuildWritesTheCommittedRegistryFromThePolicies() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let output = directory.path("registry.json")
        let result = smsguard("registry", "build", Repository.policies, "--output", output)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let committed = try Repository.bytes("Registry/registry.json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(committed)) as? [String: Any])
        let warnings = (root["shops"] as? [[String: Any]] ?? []).reduce(0) { $0 + (($1["warnings"] as? [Any])?.count ?? 0) }
        #expect(result.stdout == "wrote \(output): 5 shops, 1 with sender numbers, \(warnings) warnings\n")
        #expect(try directory.bytes("registry.json") == committed)
    }

    @Test func registryBuildIsDeterministic() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let policies = Repository.policies
        let files = try FileManager.default.contentsOfDirectory(atPath: policies).sorted().map { policies + "/" + $0 }
        #expect(smsguard(["registry", "build", policies, "--output", directory.path("first.json")]).status == 0)
        #expect(smsguard(["registry", "build", policies, "--output", directory.path("second.json")]).status == 0)
        // The same policies named one by one, in reverse order, give the same registry.
        #expect(smsguard(["registry", "build"] + files.reversed() + ["-o", directory.path("third.json")]).status == 0)
        // Building over an existing file replaces it with the same bytes.
        #expect(smsguard(["registry", "build", policies, "--output", directory.path("first.json")]).status == 0)
        let first = try directory.bytes("first.json")
        #expect(!first.isEmpty)
        #expect(try directory.bytes("second.json") == first)
        #expect(try directory.bytes("third.json") == first)
    }

    @Test func registryBuildLeavesNoTemporaryFilesBehind() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("nemooneh.txt", samplePolicy)
        try directory.write("kalak.txt", "فروشگاه کالاک\nما به حریم خصوصی شما احترام می‌گذاریم.\n")
        let output = directory.path("registry.json")
        let result = smsguard("registry", "build", directory.path, "--output", output)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("wrote \(output): 2 shops, 1 with sender numbers, "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["kalak.txt", "nemooneh.txt", "registry.json"])
    }

    @Test func registryBuildIntoAMissingDirectoryCannotCreateOutput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let missing = directory.path("missing")
        let output = missing + "/registry.json"
        let result = smsguard("registry", "build", Repository.policies, "--output", output)
        #expect(result.status == 73)
        #expect(result.stdout == "")
        #expect(result.stderr == "smsguard: error: \(output): cannot write: directory \(missing) does not exist\n")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    // MARK: - registry check

    @Test func registryCheckPassesOnTheCommittedRegistry() {
        let result = smsguard("registry", "check", Repository.policies, "--registry-file", Repository.registryFile)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == "\(Repository.registryFile): up to date\nbuilt-in registry: up to date\n")
    }

    @Test func registryCheckFailsOnAModifiedRegistryFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let committed = String(decoding: try Repository.bytes("Registry/registry.json"), as: UTF8.self)
        let modified = committed.replacingOccurrences(of: "\"info@digibile.com\"", with: "\"info@digibi1e.com\"")
        try #require(modified != committed)
        let copy = try directory.write("registry.json", modified)
        let result = smsguard("registry", "check", Repository.policies, "--registry-file", copy)
        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(result.stdout == "\(copy): stale; run 'smsguard registry build'\nbuilt-in registry: up to date\n")
    }

    @Test func registryCheckFailsOnAMissingRegistryFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let missing = directory.path("registry.json")
        let result = smsguard("registry", "check", Repository.policies, "--registry-file", missing)
        #expect(result.status == 1)
        #expect(result.stdout == "\(missing): missing; run 'smsguard registry build'\nbuilt-in registry: up to date\n")
    }

    // MARK: - --registry FILE

    @Test func handWrittenRegistryReplacesTheBuiltInOneForCheck() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("two.json", minimalRegistry)

        let builtIn = smsguard("check", "09121234567", "--text", spoofedText)
        #expect(builtIn.status == 1)
        #expect(lines(builtIn.stdout).first == "SPOOFED  جعلی")

        let replaced = smsguard("check", "09121234567", "--text", spoofedText, "--registry", file)
        #expect(replaced.status == 0)
        #expect(replaced.stderr == "")
        #expect(lines(replaced.stdout).first == "AUTHENTIC  اصل")
        #expect(!replaced.stdout.contains("info@digibile.com"))

        let formerSender = smsguard("check", "200053467", "--registry", file)
        #expect(formerSender.status == 0)
        #expect(formerSender.stdout == """
            200053467 (bulk) is no registered shop's SMS sender.
            200053467 فرستنده رسمی هیچ فروشگاه ثبت‌شده‌ای نیست.

            Add the message text (--text) to check whether it claims a shop.

            """)
    }

    @Test(arguments: [
        (#"{"shops": [{"id": "x", "names": ["y"], "senders": "200053467"}]}"#, "$.shops[0].senders: expected an array of strings, found a string"),
        (#"{"shops": [{"id": "x", "names": ["y"], "senders": [200053467]}]}"#, "$.shops[0].senders[0]: expected a string, found a number"),
        (#"{"shops": [{"id": "x", "names": ["y"], "reportEmail": 5}]}"#, "$.shops[0].reportEmail: expected a string or null, found a number"),
        (#"{"shops": {}}"#, "$.shops: expected an array, found an object"),
    ])
    func registryFileOfTheWrongShapeNamesTheJSONPath(json: String, message: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("bad.json", json)
        for arguments in [["registry", "list", "--registry", file], ["check", "200053467", "--registry", file]] {
            let result = smsguard(arguments)
            #expect(result.status == 65, "\(arguments)")
            #expect(result.stdout == "")
            #expect(result.stderr == "smsguard: error: \(file): \(message)\n")
        }
    }

    @Test func registryFileWithASyntaxErrorNamesLineAndColumn() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("bad.json", "{\n  \"shops\": [\n")
        let result = smsguard("registry", "list", "--registry", file)
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("smsguard: error: \(file):3:1: invalid JSON: "), "\(result.stderr)")
    }

    @Test func missingRegistryFileIsMissingInput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.path("none.json")
        let result = smsguard("registry", "list", "--registry", file)
        #expect(result.status == 66)
        #expect(result.stderr == "smsguard: error: \(file): cannot open: no such file or directory\n")
    }

    // MARK: - check

    @Test(arguments: ["200053467", "+98 200 053 467", "۲۰۰۰۵۳۴۶۷", "+98200053467", "0098200053467", "200-053-467"])
    func checkOfTheOfficialSenderNamesItsShop(sender: String) {
        let result = smsguard("check", sender)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            200053467 (bulk) is the official SMS sender of همه چیزکالا (hamechizkala).
            200053467 فرستنده رسمی پیامک‌های همه چیزکالا است.

            Add the message text (--text) to check whether it claims a shop.

            """)
    }

    @Test func checkOfAnotherSenderSaysItIsNoShops() {
        let result = smsguard("check", "200053468")
        #expect(result.status == 0)
        #expect(lines(result.stdout).first == "200053468 (bulk) is no registered shop's SMS sender.")
    }

    @Test func checkOfASpoofedMessageNamesTheReportAddress() {
        let result = smsguard("check", "09121234567", "--text", spoofedText)
        #expect(result.status == 1)
        #expect(result.stderr == "")
        let output = lines(result.stdout)
        #expect(Array(output.prefix(3)) == [
            "SPOOFED  جعلی",
            "  sender:  09121234567  →  +989121234567 (mobile)",
            "  shop:    همه چیزکالا (hamechizkala)",
        ])
        #expect(output.contains("  همه چیزکالا asks for such messages to be reported to info@digibile.com:"))
        #expect(output.contains("next: do not open its links or answer it."))
    }

    @Test func checkReadsTheTextFromStandardInput() {
        let io = CapturedIO(stdin: spoofedText + "\n")
        let fromStdin = smsguard(["check", "09121234567", "--text", "-"], io: io)
        #expect(fromStdin.status == 1)
        #expect(fromStdin.stderr == "")
        #expect(io.inputBytesRead == (spoofedText + "\n").utf8.count)
        #expect(lines(fromStdin.stdout).first == "SPOOFED  جعلی")
        #expect(fromStdin.stdout.contains("info@digibile.com"))
        #expect(fromStdin.stdout == smsguard("check", "09121234567", "--text", spoofedText + "\n").stdout)
    }

    @Test func checkReadsTheTextFromAFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("message.txt", spoofedText)
        let result = smsguard("check", "09121234567", "--text-file", file)
        #expect(result.status == 1)
        #expect(result.stdout == smsguard("check", "09121234567", "--text", spoofedText).stdout)
    }

    @Test func checkWithBothTextAndTextFileIsAUsageError() {
        let result = smsguard("check", "09121234567", "--text", "a", "--text-file", "b")
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == "smsguard: error: give the message with --text or --text-file, not both\n")
    }

    @Test func checkRejectsStandardInputThatIsNotUTF8() {
        let result = smsguard(["check", "09121234567", "--text", "-"], io: CapturedIO(stdinBytes: [0x68, 0xFF, 0xFE]))
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(result.stderr == "smsguard: error: standard input: the message is not UTF-8 text\n")
    }

    @Test func checkOfAMissingTextFileIsMissingInput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.path("none.txt")
        let result = smsguard("check", "09121234567", "--text-file", file)
        #expect(result.status == 66)
        #expect(result.stderr == "smsguard: error: \(file): cannot open: no such file or directory\n")
    }

    @Test(arguments: [
        ("", "an empty sender is not a sender"),
        ("   ", "an empty sender is not a sender"),
        ("null", "'null' is not a sender"),
        ("1", "'1' is not a sender"),
    ])
    func checkOfAnEmptyOrMeaninglessSenderIsAUsageError(sender: String, start: String) {
        let result = smsguard("check", sender)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == "smsguard: error: \(start): give a number such as 09121234567 or 200053467, or a sender name such as \"SEPAH BANK\"\n")
    }

    @Test func checkJSONIsOneObjectWithTheDocumentedKeys() throws {
        let result = smsguard("check", "09121234567", "--text", spoofedText, "--json")
        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(result.stdout.hasSuffix("}\n"))
        #expect(result.stdout.filter { $0 == "\n" }.count == 1)
        let object = try #require(try jsonObject(result.stdout) as? [String: Any])
        #expect(Set(object.keys).isSuperset(of: ["sender", "senderCanonical", "senderKind", "verdict", "shops", "reasons", "risks"]))
        #expect(object["sender"] as? String == "09121234567")
        #expect(object["senderCanonical"] as? String == "+989121234567")
        #expect(object["senderKind"] as? String == "mobile")
        #expect(object["verdict"] as? String == "spoofed")
        #expect(object["shops"] as? [String] == ["hamechizkala"])
        #expect(object["reportTo"] as? [String] == ["info@digibile.com"])
        let reasons = try #require(object["reasons"] as? [[String: Any]])
        #expect(!reasons.isEmpty)
        #expect(reasons.allSatisfy { $0["fa"] is String && $0["en"] is String })
        #expect(object["risks"] is [Any])
    }

    @Test(arguments: [
        ("200053467", "همه چیزکالا: سفارش شما ارسال شد", "authentic", ["hamechizkala"], Int32(0)),
        ("09121234567", spoofedText, "spoofed", ["hamechizkala"], 1),
        ("30001234", "الکتروتعاون: سفارش شما ارسال شد", "unverified", ["electrotaavon"], 0),
        ("09121234567", "سلام، فردا می‌بینمت", "unrelated", [], 0),
    ])
    func checkJSONGivesEveryVerdictItsExitStatus(sender: String, text: String, verdict: String, shops: [String], status: Int32) throws {
        let result = smsguard("check", sender, "--text", text, "--json")
        #expect(result.status == status)
        let object = try #require(try jsonObject(result.stdout) as? [String: Any])
        #expect(object["verdict"] as? String == verdict)
        #expect(object["shops"] as? [String] == shops)
    }

    // MARK: - help, version, usage errors

    @Test func versionPrintsTheVersion() {
        let result = smsguard("--version")
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == "smsguard \(CLI.version)\n")
        #expect(CLI.version.split(separator: ".").count == 3 && CLI.version.split(separator: ".").allSatisfy { Int($0) != nil })
    }

    @Test(arguments: allCommandPaths, ["--help", "-h"])
    func helpOfEveryCommandPrintsItsUsage(path: [String], word: String) {
        let spec = CommandCatalog.spec(for: path)
        let result = smsguard(path + [word])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == spec.help)
        #expect(result.stdout.hasPrefix("OVERVIEW: \(spec.summary)\n\nUSAGE: \(spec.fullName)"))
        #expect(result.stdout.contains("USAGE: "))
        #expect(result.stdout.contains("  -h, --help"))
        for option in spec.options {
            #expect(result.stdout.contains("--\(option.name)"), "\(spec.fullName) help lacks --\(option.name)")
        }
        for subcommand in spec.subcommands {
            #expect(result.stdout.contains("  \(subcommand.name) "), "\(spec.fullName) help lacks \(subcommand.name)")
        }
    }

    @Test func commandGroupsWithoutASubcommandPrintTheirHelp() {
        let root = smsguard([])
        #expect(root.status == 0)
        #expect(root.stdout == CommandCatalog.root.help)
        let registry = smsguard("registry")
        #expect(registry.status == 0)
        #expect(registry.stdout == CommandCatalog.registry.help)
    }

    @Test func usageErrorPrintsTheMessageTheUsageAndWhereToFindHelp() {
        let result = smsguard("check", "200053467", "--jsno")
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            smsguard: error: unknown option '--jsno'; did you mean '--json'?
            usage: smsguard check SENDER [--text TEXT | --text-file FILE | --text -] [--json] [--registry FILE]
            See 'smsguard check --help'.

            """)
    }

    @Test func unknownCommandPrintsTheUsageOfItsGroup() {
        let result = smsguard("registry", "lst")
        #expect(result.status == 64)
        #expect(result.stderr == """
            smsguard: error: unknown command 'lst'; did you mean 'list'?
            usage: smsguard registry <subcommand>
            See 'smsguard registry --help'.

            """)
    }
}
