import Foundation
import Testing
@testable import SMSGuardCLI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Inputs

/// The sample log shipped in the repository.
let sampleLog = Repository.path("Tests/Samples/sms-backup.xml")

/// The record numbers of the sample's classified messages, and their verdicts, in input order
/// (4 is a duplicate of 3, 16 was sent, 17 is a draft).
let sampleVerdicts: [(index: Int, verdict: String)] = [
    (1, "authentic"), (2, "authentic"), (3, "spoofed"), (5, "spoofed"), (6, "spoofed"), (7, "authentic"),
    (8, "unverified"), (9, "unverified"), (10, "unverified"), (11, "unrelated"), (12, "unrelated"), (13, "unrelated"),
    (14, "unrelated"), (15, "unrelated"), (18, "authentic"), (19, "unverified"), (20, "spoofed"),
]

/// A JSON string literal.
func jsonQuoted(_ text: String) -> String {
    String(decoding: try! JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes]), as: UTF8.self)
        .dropFirst().dropLast().description
}

/// A deterministic NDJSON log of `count` messages of every verdict, with duplicates, sent messages and
/// drafts; one line in 50 is not JSON when `withMalformedLines` is set.
func generatedNDJSONLog(count: Int, withMalformedLines: Bool = false) -> String {
    var lines: [String] = []
    let base: Int64 = 1_759_000_000_000
    for index in 0..<count {
        let date = base + Int64(index) * 60_000
        func line(_ sender: String, _ text: String, type: Int = 1, at when: Int64? = nil) -> String {
            #"{"address": \#(jsonQuoted(sender)), "body": \#(jsonQuoted(text)), "date": \#(when ?? date), "type": \#(type)}"#
        }
        if withMalformedLines && index % 50 == 49 {
            lines.append(#"{"address": "0912", "body": "cut"#)
            continue
        }
        switch index % 8 {
        case 0: lines.append(line("0912\(1_000_000 + index % 991)", "همه چیزكالا: سفارش \(index) شما لغو شد. استرداد وجه:\nhttps://bit.ly/r\(index)"))
        case 1: lines.append(line("200053467", "همه چیزکالا: سفارش \(index) شما ثبت شد."))
        case 2: lines.append(line("9830005556667", "کالاک: حساب کاربری \(index) شما مسدود شد."))
        case 3: lines.append(line("+989373334455", "جلسه فردا ساعت \(index % 24), \"دفتر\""))
        case 4: lines.append(line("09373334455", "جلسه فردا ساعت \((index - 1) % 24), \"دفتر\"", at: date - 60_000))
        case 5: lines.append(line("09121111111", "پیام فرستاده \(index)", type: 2))
        case 6: lines.append(line("200053467", "پیش‌نویس \(index)", type: 3))
        default: lines.append(line("3000\(index)", "همه چیزکالا | جایزه \(index) 🎁 شماره کارت را وارد کنید"))
        }
    }
    return lines.joined(separator: "\n") + "\n"
}

// MARK: - Reading outputs

private func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}

private func jsonObject(_ line: String) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(line.utf8))
    return try #require(value as? [String: Any], "not a JSON object: \(line)")
}

/// Rows of RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks.
func parseCSV(_ text: String) throws -> [[String]] {
    struct Malformed: Error { var at: Int }
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var scalars = Array(text.unicodeScalars)[...]
    var quoted = false
    var position = 0
    while let scalar = scalars.popFirst() {
        position += 1
        if quoted {
            if scalar == "\"" {
                if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
            } else {
                field.unicodeScalars.append(scalar)
            }
            continue
        }
        switch scalar {
        case "\"":
            guard field.isEmpty else { throw Malformed(at: position) }
            quoted = true
        case ",":
            row.append(field)
            field = ""
        case "\r":
            guard scalars.first == "\n" else { throw Malformed(at: position) }
        case "\n":
            row.append(field)
            rows.append(row)
            row = []
            field = ""
        default:
            field.unicodeScalars.append(scalar)
        }
    }
    guard !quoted, field.isEmpty, row.isEmpty else { throw Malformed(at: position) }
    return rows
}

/// The standard input of this process replaced by `/dev/null` while `body` runs: a command that reads
/// the real standard input instead of its `CommandIO` then sees an empty input instead of hanging.
func withNullStandardInput<Result>(_ body: () -> Result) -> Result {
    let saved = dup(0)
    let null = open("/dev/null", O_RDONLY)
    dup2(null, 0)
    close(null)
    defer {
        dup2(saved, 0)
        close(saved)
    }
    return body()
}

// MARK: - Tests

struct ScanCommandTests {
    @Test func sampleLogSummaryCountsEveryRecordAndExitsOne() {
        let result = smsguard("scan", sampleLog)
        #expect(result.status == 1)
        #expect(result.stderr == "")
        let expectedStart = """
            smsguard scan: \(sampleLog)

            Messages  پیام‌ها
              read              20
              classified        17
              skipped            3   (sent 1, draft 1, duplicate 1)
              unreadable         0
              dates: 2025-10-02 09:14:00 … 2025-11-03 22:40:00 (Tehran time)

            Verdicts  نتیجه
              spoofed            4   جعلی
              unverified         4   تاییدنشدنی
              authentic          4   اصل
              unrelated          5   بی‌ارتباط

            Impersonated shops  فروشگاه‌هایی که به نامشان جعل شده
              4 spoofed · hamechizkala · همه چیزکالا
                  2025-10-06 21:47:00 … 2025-11-02 15:25:00
                  top senders: +989127654321 (1), +989190001122 (1), 200053468 (1), 30009988776 (1)


            """
        #expect(result.stdout.hasPrefix(expectedStart), "stdout:\n\(result.stdout)")
        #expect(result.stdout.contains("\nSpoofed messages  پیام‌های جعلی\n  همه چیزکالا (hamechizkala)\n    2025-10-06 21:47:00  09127654321  «"))
        #expect(result.stdout.contains("\n      \(sampleLog):7  why: The message speaks for همه چیزکالا, which sends SMS only from 200053467; +989127654321 is not one of them.\n"))
        #expect(result.stdout.hasSuffix("""
            Next step  گام بعد
              Draft abuse reports to the impersonated shops:
                smsguard report \(sampleLog) --out reports/

            """))
    }

    @Test func jsonlGivesOneObjectPerClassifiedMessageInInputOrder() throws {
        let result = smsguard("scan", sampleLog, "--jsonl")
        #expect(result.status == 1)
        let rows = lines(result.stdout)
        try #require(rows.last == "", "output must end with a newline")
        let objects = try rows.dropLast().map(jsonObject)
        #expect(objects.count == 17)
        #expect(objects.map { $0["index"] as? Int } == sampleVerdicts.map(\.index))
        #expect(objects.map { $0["verdict"] as? String } == sampleVerdicts.map(\.verdict))
        #expect(objects.allSatisfy { $0["file"] as? String == sampleLog })
        #expect(objects.first?["date"] as? String == "2025-10-02T05:44:00Z")
        #expect(objects.last?["date"] as? String == "2025-11-02T11:55:00Z")
        #expect(objects[2]["senderCanonical"] as? String == "+989127654321")
        #expect(objects[2]["reportTo"] as? [String] == ["info@digibile.com"])
        // The place comes first, then the check --json object.
        #expect(rows[0].hasPrefix(
            #"{"index":1,"date":"2025-10-02T05:44:00Z","file":"# + jsonQuoted(sampleLog)
                + #","text":"همه چیزکالا: سفارش ۴۸۲۱۹ شما ثبت شد و تا دو روز کاری ارسال می‌شود.\nپیگیری در حساب کاربری شما.","sender":"+98200053467","#))
        // The summary goes to standard error, and only there.
        #expect(result.stderr.hasPrefix("smsguard scan: \(sampleLog)\n\nMessages  پیام‌ها\n  read              20\n  classified        17\n"))
        #expect(result.stderr.contains("\n  4 spoofed · hamechizkala · همه چیزکالا\n"))
        #expect(!result.stdout.contains("Messages"))
    }

    @Test func onlyFiltersTheMessagesPrintedButNotTheCounts() throws {
        let result = smsguard("scan", sampleLog, "--jsonl", "--only", "spoofed")
        #expect(result.status == 1)
        let objects = try lines(result.stdout).dropLast().map(jsonObject)
        #expect(objects.map { $0["index"] as? Int } == [3, 5, 6, 20])
        #expect(objects.allSatisfy { $0["verdict"] as? String == "spoofed" })
        #expect(result.stderr.contains("\n  read              20\n  classified        17\n"))
        #expect(result.stderr.contains("\n  unverified         4   "))

        let two = smsguard("scan", sampleLog, "--jsonl", "--only", "Spoofed, unverified")
        let verdicts = try lines(two.stdout).dropLast().map { try jsonObject($0)["verdict"] as? String }
        #expect(verdicts == sampleVerdicts.map(\.verdict).filter { $0 == "spoofed" || $0 == "unverified" })
    }

    @Test func onlyWithAnUnknownVerdictIsAUsageError() {
        let result = smsguard("scan", sampleLog, "--only", "spoofd")
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == "smsguard: error: unknown verdict 'spoofd' in --only; verdicts: authentic, spoofed, unverified, unrelated\n")
    }

    @Test func jsonIsOneArrayOfTheJSONLinesObjects() throws {
        let json = smsguard("scan", sampleLog, "--json")
        let jsonl = smsguard("scan", sampleLog, "--jsonl")
        #expect(json.status == 1)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 17)
        #expect(array.map { $0["index"] as? Int } == sampleVerdicts.map(\.index))
        let objects = lines(jsonl.stdout).dropLast()
        #expect(json.stdout == "[\n" + objects.joined(separator: ",\n") + "\n]\n")
        #expect(json.stderr == jsonl.stderr)
    }

    @Test func jsonWithNothingToPrintIsAnEmptyArray() throws {
        let result = smsguard("scan", sampleLog, "--json", "--only", "authentic,unrelated", "--registry", Repository.registryFile)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any])
        #expect(array.count == 9)
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let empty = try directory.write("empty.xml", "<smses>\n</smses>\n")
        let none = smsguard("scan", empty, "--json")
        #expect(none.status == 0)
        #expect(none.stdout == "[]\n")
        #expect(try JSONSerialization.jsonObject(with: Data(none.stdout.utf8)) as? [Any] != nil)
    }

    @Test func csvHasAHeaderAndOneRowPerClassifiedMessage() throws {
        let result = smsguard("scan", sampleLog, "--csv")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("index,file,date,sender,sender_canonical,sender_kind,verdict,shops,risks,reasons,text\r\n"))
        let rows = try parseCSV(result.stdout)
        try #require(rows.count == 18)
        #expect(rows[0] == ["index", "file", "date", "sender", "sender_canonical", "sender_kind", "verdict", "shops", "risks", "reasons", "text"])
        #expect(rows.allSatisfy { $0.count == 11 })
        #expect(rows.dropFirst().map { Int($0[0]) } == sampleVerdicts.map(\.index))
        #expect(rows.dropFirst().map { $0[6] } == sampleVerdicts.map(\.verdict))
        #expect(rows[1][1] == sampleLog)
        #expect(rows[1][2] == "2025-10-02T05:44:00Z")
        // Line breaks inside a message stay inside its quoted field.
        #expect(rows[1][10] == "همه چیزکالا: سفارش ۴۸۲۱۹ شما ثبت شد و تا دو روز کاری ارسال می‌شود.\nپیگیری در حساب کاربری شما.")
        #expect(rows[3][4] == "+989127654321")
        #expect(rows[3][7] == "hamechizkala")
        #expect(rows[3][8] == "refund-lure shortened-link foreign-link")
        #expect(result.stderr.contains("\n  classified        17\n"))
    }

    @Test func csvTextThatLooksLikeAFormulaIsDefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try directory.write("f.ndjson", #"{"address": "09121234567", "body": "=HYPERLINK(\"http://x\")", "date": 1}"# + "\n")
        let rows = try parseCSV(smsguard("scan", log, "--csv").stdout)
        try #require(rows.count == 2)
        #expect(rows[1][10] == #"'=HYPERLINK("http://x")"#)
    }

    @Test func onlyOneOfJSONLinesJSONAndCSVIsAllowed() {
        let result = smsguard("scan", sampleLog, "--jsonl", "--csv")
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == "smsguard: error: choose one of --jsonl, --json and --csv\n")
    }

    @Test func formatForcedByNameReadsTheFileAsThatFormat() throws {
        let detected = smsguard("scan", sampleLog, "--jsonl")
        let forced = smsguard("scan", sampleLog, "--jsonl", "--format", "SBR")
        #expect(forced.status == 1)
        #expect(forced.stdout == detected.stdout)

        let asCSV = smsguard("scan", sampleLog, "--format", "csv")
        #expect(asCSV.status == 65)
        #expect(asCSV.stderr.hasPrefix("smsguard: error: \(sampleLog):1:1: the CSV header names no sender column"))
        #expect(asCSV.stdout.contains("\n  classified         0\n"))
    }

    @Test func formatForcedOnAnUndetectableFileReadsIt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // A first line that is neither '<', '{' nor CSV: nothing to tell the format from.
        let log = try directory.write("log.txt", "exported by some tool\n" + #"{"address": "09127654321", "body": "همه چیزكالا: سفارش شما لغو شد", "date": 1759774620000}"# + "\n")
        let undetected = smsguard("scan", log, "--jsonl")
        #expect(undetected.status == 65)
        #expect(undetected.stdout == "")
        #expect(undetected.stderr.hasPrefix("smsguard: error: \(log): cannot tell the format (not SMS Backup & Restore XML, NDJSON, CSV, zip or sms.db); name it with --format\n"))

        let forced = smsguard("scan", log, "--jsonl", "--format", "ndjson")
        #expect(forced.status == 65)
        #expect(forced.stderr.hasPrefix("smsguard: error: \(log):1:1: invalid JSON"), "\(forced.stderr)")
        let objects = try lines(forced.stdout).dropLast().map(jsonObject)
        #expect(objects.map { $0["index"] as? Int } == [2])
        #expect(objects.map { $0["verdict"] as? String } == ["spoofed"])

        let wrong = smsguard("scan", log, "--jsonl", "--format", "sbr")
        #expect(wrong.status == 0)
        #expect(wrong.stdout == "")
    }

    @Test func unknownFormatNameIsAUsageError() {
        let result = smsguard("scan", sampleLog, "--format", "xml")
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == "smsguard: error: unknown format 'xml'; formats: sbr, ndjson, zip, csv, smsdb\n")
    }

    @Test(arguments: ["0", "257", "two", "-1"])
    func jobsOutOfRangeIsAUsageError(jobs: String) {
        let result = smsguard(["scan", sampleLog, "--jobs=\(jobs)"])
        #expect(result.status == 64)
        #expect(result.stderr == "smsguard: error: --jobs takes a whole number from 1 to 256, not '\(jobs)'\n")
    }

    @Test func malformedRecordsAreReportedWithTheirPlaceAndTheRestIsClassified() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try directory.write("bad.xml", """
            <smses count="4">
              <sms address="09127654321" date="1759774620000" type="1" body="همه چیزكالا: سفارش شما لغو شد" />
              <sms address=09127654321 date="1759774620001" type="1" body="بد" />
              <sms address="+989373334455" date="1759774620002" type="1" body="جلسه فردا" />
              <sms address="200053467" date="1759774620003" type="1" body="همه چیزکالا: ثبت شد" / >
            </smses>

            """)
        let result = smsguard("scan", log, "--jsonl")
        #expect(result.status == 65)
        let errors = lines(result.stderr).filter { $0.hasPrefix("smsguard: error: ") }
        // Columns count UTF-8 bytes and point at the offending byte: the unquoted '0' of line 3 (column
        // 16), the space after '/' of line 5 (column 101: the Persian letters before it take two bytes).
        #expect(errors == [
            "smsguard: error: \(log):3:16: attribute value of address is not in quotes; the sms record starting at 3:3 is skipped",
            "smsguard: error: \(log):5:101: expected '>' after '/' in <sms>; the sms record starting at 5:3 is skipped",
        ])
        let pattern = try Regex(#"^smsguard: error: .+:\d+:\d+: [a-z].*[^.]$"#)
        #expect(errors.allSatisfy { $0.wholeMatch(of: pattern) != nil }, "\(errors)")
        let objects = try lines(result.stdout).dropLast().map(jsonObject)
        #expect(objects.map { $0["index"] as? Int } == [1, 3])
        #expect(objects.map { $0["verdict"] as? String } == ["spoofed", "unrelated"])
        #expect(result.stderr.contains("\n  read               4\n  classified         2\n  skipped            0\n  unreadable         2\n"))
    }

    @Test func truncatedFileReportsWhatWasReadAndExits65() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let whole = try String(contentsOfFile: sampleLog, encoding: .utf8)
        let cut = String(whole[..<whole.range(of: "<sms protocol=\"0\" address=\"FATA\"")!.upperBound])
        let log = try directory.write("cut.xml", cut)
        let result = smsguard("scan", log)
        #expect(result.status == 65)
        #expect(result.stderr == "smsguard: error: \(log):17:3: file ends inside the sms record that starts here (truncated file?)\n")
        #expect(result.stdout.contains("\n  read              13\n  classified        11\n  skipped            1   (duplicate 1)\n  unreadable         1\n"), "\(result.stdout)")
        #expect(result.stdout.contains("\n  Some records could not be read: see the errors above (exit status 65).\n") || result.stdout.hasSuffix("(exit status 65)"))
    }

    @Test func missingFileIsNamedAndIsMissingInput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let missing = directory.path("nowhere.xml")
        let result = smsguard("scan", missing)
        #expect(result.status == 66)
        #expect(result.stderr == "smsguard: error: \(missing): cannot open: no such file or directory\n")
        #expect(result.stdout.contains("\n  not read: \(missing): cannot open: no such file or directory\n"))
        #expect(result.stdout.contains("\n  read               0\n"))
    }

    @Test func aMissingFileDoesNotStopTheOthers() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let missing = directory.path("nowhere.xml")
        let result = smsguard("scan", missing, sampleLog, "--jsonl")
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("smsguard: error: \(missing): cannot open: no such file or directory\n"))
        #expect(lines(result.stdout).count == 18)
    }

    @Test func severalFilesAreScannedInOrderAsOneScan() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // The first line repeats a message of the sample (a duplicate across files); the second is new.
        let second = try directory.write("second.ndjson", """
            {"address": "+98 912 765 4321", "body": "همه چیزكالا: سفارش شما به دلیل مغایرت موجودی لغو شد. برای استرداد وجه تا ۲۴ ساعت آینده روی لینک بزنید:\\nhttps://bit.ly/hchk-refund", "date": 1759774620000}
            {"address": "09350000001", "body": "همه چیزکالا: کد تخفیف شما", "date": 1762000000000}

            """)
        let result = smsguard("scan", sampleLog, second, "--jsonl")
        #expect(result.status == 1)
        let objects = try lines(result.stdout).dropLast().map(jsonObject)
        #expect(objects.count == 18)
        #expect(objects.prefix(17).allSatisfy { $0["file"] as? String == sampleLog })
        #expect(objects.last?["file"] as? String == second)
        #expect(objects.last?["index"] as? Int == 2)
        #expect(objects.last?["verdict"] as? String == "spoofed")
        #expect(result.stderr.hasPrefix("smsguard scan: \(sampleLog), \(second)\n"))
        #expect(result.stderr.contains("\n  read              22\n  classified        18\n  skipped            4   (sent 1, draft 1, duplicate 2)\n"))
        #expect(result.stderr.contains("\n  5 spoofed · hamechizkala · همه چیزکالا\n"))
    }

    @Test func outputIsByteIdenticalWithOneJobAndWithFour() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try directory.write("big.ndjson", generatedNDJSONLog(count: 4000, withMalformedLines: true))
        for format in ["--jsonl", "--csv", "--json"] {
            let one = smsguard("scan", log, format, "--jobs", "1")
            let four = smsguard("scan", log, format, "--jobs", "4")
            #expect(one.status == 65)
            #expect(one.outputBytes.count > 100_000)
            #expect(four.outputBytes == one.outputBytes, "\(format)")
            #expect(four.stderr == one.stderr, "\(format)")
        }
        let summaryOne = smsguard("scan", log, "-j", "1")
        let summaryFour = smsguard("scan", log, "-j", "4")
        #expect(summaryFour.stdout == summaryOne.stdout)
        // One line in 50 is malformed; of the others, one in 8 each was sent, is a draft or is a duplicate
        // (unless the line it repeats is a malformed one).
        #expect(summaryOne.stdout.contains("""

              read            4000
              classified      2460
              skipped         1460   (sent 480, draft 500, duplicate 480)
              unreadable        80

            """), "\(summaryOne.stdout)")
    }

    @Test func dashReadsStandardInput() throws {
        let input = generatedNDJSONLog(count: 40)
        let io = CapturedIO(stdin: input)
        let result = withNullStandardInput { smsguard(["scan", "-", "--format", "ndjson", "--jsonl", "--jobs", "2"], io: io) }
        #expect(io.inputBytesRead == input.utf8.count, "the scan must read its standard input through its CommandIO")
        let objects = try lines(result.stdout).dropLast().map(jsonObject)
        // Of 40: 5 sent, 5 drafts, 5 duplicates.
        #expect(objects.count == 25)
        #expect(objects.allSatisfy { $0["file"] as? String == "-" })
        #expect(objects.first?["index"] as? Int == 1)
        #expect(objects.first?["verdict"] as? String == "spoofed")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("smsguard scan: -\n"))
        #expect(result.stderr.contains("\n  read              40\n"))
    }

    @Test func dashWithoutAFormatTellsItFromTheFirstBytes() throws {
        let input = generatedNDJSONLog(count: 8)
        let io = CapturedIO(stdin: input)
        let result = withNullStandardInput { smsguard(["scan", "-", "--jsonl"], io: io) }
        #expect(result.status == 1)
        #expect(lines(result.stdout).count == 6)
    }

    @Test func dashCannotBeAZipArchive() {
        let result = withNullStandardInput { smsguard("scan", "-", "--format", "zip") }
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("smsguard: error: -: a zip archive cannot be read from standard input; give its file name\n"))
    }
}
