import Testing
@testable import SMSGuard

struct NDJSONReaderTests {
    /// SMS Import/Export lines (string-valued provider columns, MMS with `__sender_address` and `__parts`),
    /// blank lines, a CRLF line, generic NDJSON lines, and a last line without a newline.
    static let sample = [
        #"{"_id":"41","thread_id":"7","address":"3000123456","date":"1714000000123","date_sent":"1713999998000","read":"1","status":"-1","type":"1","body":"بسته شما فردا تحویل می\u200cشود\nکد پیگیری: 4821","sub_id":"1"}"#,
        #"{"_id":"42","thread_id":"9","address":"+989121234567","date":"1714000050000","type":"2","body":"ممنون، رسید","read":"1"}"#,
        "",
        #"{"_id":"43","address":"+989121234567","date":1714000060000,"type":3,"body":"پیش نویس پیام"}"#,
        #"{"_id":"9","thread_id":"8","date":"1714000100","date_sent":"0","msg_box":"1","m_type":"132","ct_t":"application/vnd.wap.multipart.related","__sender_address":{"address":"+989351112233","type":"137","charset":"106"},"__recipient_addresses":[{"address":"+989120000001","type":"151","charset":"106"}],"__parts":[{"seq":"-1","ct":"application/smil","name":"smil.xml","text":"<smil><body><par dur=\"5000ms\"><text src=\"text_0.txt\"/></par></body></smil>"},{"seq":"0","ct":"text/plain","chset":"106","cl":"text_0.txt","text":"حراج آخر هفته"},{"seq":"1","ct":"image/jpeg","name":"PART_17.jpg","_data":"/data/user/0/com.android.providers.telephony/app_parts/PART_17.jpg"},{"seq":"2","ct":"text/plain","text":"تا ۵۰٪ تخفیف"}]}"#,
        "  \t ",
        #"{"_id":"10","date":1714000200,"msg_box":"2","__sender_address":{"address":"+989120000001","type":"137"},"__recipient_addresses":[{"address":"+989351112233","type":"151"}],"__parts":[{"seq":"0","ct":"text/plain","text":"باشه"}]}"#,
        #"{"address":"1000","body":"پایان خط ویندوزی","date":"1714000300000","type":"1"}"# + "\r",
        #"{"sender":"ShopNama","text":"سفارش شما ثبت شد","timestamp":"2024-04-25T06:36:40Z"}"#,
        #"{"from":"+989127654321","text":"سلام","date":"2024-04-25T10:06:40+03:30","direction":"incoming"}"#,
        #"{"from":"9830001","message":"آخرین خط","date":1714027000}"#,
    ].joined(separator: "\n")

    @Test(arguments: [1, 3, 7, 1 << 20])
    func readsSMSImportExportAndGenericLinesWhateverTheChunkSize(_ chunkSize: Int) throws {
        let events = readAll(NDJSONReader.init, Self.sample, chunkSize: chunkSize)
        #expect(events.errors.isEmpty, "\(events.errors)")
        let records = events.records
        try #require(records.count == 9)
        #expect(records.map(\.index) == Array(1...9))
        #expect(records.map(\.line) == [1, 2, 4, 5, 7, 8, 9, 10, 11])
        #expect(records.allSatisfy { $0.column == 1 && $0.repairs == 0 && !$0.isLocalTime })

        let sms = records[0]
        #expect(sms.sender == "3000123456")
        #expect(sms.body == "بسته شما فردا تحویل می\u{200C}شود\nکد پیگیری: 4821")
        #expect(sms.date == 1_714_000_000_123)
        #expect(sms.direction == .received)
        #expect(sms.kind == "sms")

        #expect(records[1].sender == "+989121234567")
        #expect(records[1].direction == .sent)
        #expect(records[1].date == 1_714_000_050_000)
        #expect(records[2].direction == .draft)
        #expect(records[2].date == 1_714_000_060_000)
        #expect(records[2].body == "پیش نویس پیام")

        let mms = records[3]
        #expect(mms.kind == "mms")
        #expect(mms.sender == "+989351112233")
        #expect(mms.body == "حراج آخر هفته\nتا ۵۰٪ تخفیف")
        #expect(mms.date == 1_714_000_100_000)  // MMS dates are seconds
        #expect(mms.direction == .received)

        #expect(records[4].kind == "mms")
        #expect(records[4].direction == .sent)
        #expect(records[4].sender == "+989120000001")
        #expect(records[4].body == "باشه")
        #expect(records[4].date == 1_714_000_200_000)

        #expect(records[5].body == "پایان خط ویندوزی")
        #expect(records[5].sender == "1000")
        #expect(records[5].date == 1_714_000_300_000)

        #expect(records[6].sender == "ShopNama")
        #expect(records[6].body == "سفارش شما ثبت شد")
        #expect(records[6].date == 1_714_027_000_000)
        #expect(records[6].direction == .received)
        #expect(records[7].sender == "+989127654321")
        #expect(records[7].date == 1_714_027_000_000)
        #expect(records[7].direction == .received)
        #expect(records[8].sender == "9830001")
        #expect(records[8].body == "آخرین خط")
        #expect(records[8].date == 1_714_027_000_000)
    }

    @Test func chunkSizesGiveIdenticalEventsIncludingErrors() {
        let text = Self.sample + "\n{\"address\":\"1\",\"body\":\"x\",}\n[1,2]\n{\"address\":\"2\",\"body\":\"سلام\",\"date\":\"1714000000\"}\n"
        let reference = readAll(NDJSONReader.init, text).map(\.outcome)
        #expect(reference.count == 12)
        for chunkSize in [1, 2, 3, 7, 64] {
            #expect(readAll(NDJSONReader.init, text, chunkSize: chunkSize).map(\.outcome) == reference, "chunk size \(chunkSize)")
        }
    }

    @Test func onlyTextPlainPartsBecomeTheBody() throws {
        let line = #"{"date":"1714000100","msg_box":"1","__sender_address":{"address":"5000"},"__parts":[{"ct":"application/smil","text":"<smil/>"},{"ct":"text/plain; charset=utf-8","text":"یک"},{"ct":"text/x-vCard","text":"BEGIN:VCARD"},{"ct":"image/png","_data":"/x/PART_1.png"},{"ct":"TEXT/PLAIN","text":"دو"}]}"#
        let record = try #require(readAll(NDJSONReader.init, line).records.first)
        #expect(record.body == "یک\nدو")
        #expect(record.kind == "mms")
        #expect(record.sender == "5000")
    }

    @Test func mmsWithoutTextPartsHasAnEmptyBody() throws {
        let line = #"{"date":"1714000100","msg_box":"1","__sender_address":{"address":"5000"},"__parts":[{"ct":"image/jpeg","_data":"/x/PART_2.jpg"}]}"#
        let record = try #require(readAll(NDJSONReader.init, line).records.first)
        #expect(record.body == "")
        #expect(record.sender == "5000")
        #expect(record.date == 1_714_000_100_000)
    }

    @Test(arguments: [
        ("\"1\"", LogRecord.Direction.received), ("\"2\"", .sent), ("\"3\"", .draft), ("\"4\"", .outbox),
        ("\"5\"", .failed), ("\"6\"", .queued), ("1", .received), ("2", .sent), ("\"9\"", .unknown),
    ])
    func smsTypeGivesTheDirection(_ type: String, _ expected: LogRecord.Direction) throws {
        let line = "{\"address\":\"3000\",\"body\":\"x\",\"type\":\(type)}"
        #expect(try #require(readAll(NDJSONReader.init, line).records.first).direction == expected)
    }

    @Test(arguments: [("\"1\"", LogRecord.Direction.received), ("\"2\"", .sent), ("\"3\"", .draft), ("\"4\"", .outbox)])
    func mmsBoxGivesTheDirection(_ box: String, _ expected: LogRecord.Direction) throws {
        let line = "{\"date\":\"1714000100\",\"msg_box\":\(box),\"__sender_address\":{\"address\":\"5000\"},\"__parts\":[]}"
        let record = try #require(readAll(NDJSONReader.init, line).records.first)
        #expect(record.direction == expected)
        #expect(record.kind == "mms")
    }

    @Test func blankLinesAreNotRecords() {
        let text = "\n\n   \n\t\n\r\n{\"address\":\"1\",\"body\":\"a\"}\n\n\n"
        let events = readAll(NDJSONReader.init, text)
        #expect(events.count == 1)
        #expect(events.records.first?.index == 1)
        #expect(events.records.first?.line == 6)
    }

    @Test func malformedLineIsReportedWithLineAndColumnAndReadingGoesOn() {
        let text = """
            {"address":"3000","body":"اول","date":"1714000000000","type":"1"}
            {"address":"3000",}
            {"address":"3000","body":"سوم","date":"1714000000000","type":"1"}
            """
        let events = readAll(NDJSONReader.init, text)
        #expect(events.count == 3)
        #expect(events.records.map(\.body) == ["اول", "سوم"])
        #expect(events.records.map(\.index) == [1, 3])
        #expect(events.records.map(\.line) == [1, 3])
        let error = events.errors.first
        #expect(events.errors.count == 1)
        #expect(error?.kind == .badData)
        #expect(error?.location == SourceLocation(path: "log", line: 2, column: 19))
        #expect(error?.message == "invalid JSON: expected a quoted key")
    }

    /// `SourceLocation.column` is documented as counted in Unicode scalars, not bytes.
    @Test func errorColumnCountsBytesOfTheLine() {
        let text = "{\"body\":\"سلام\", x}"  // `x` is the 21st byte (the 17th scalar)
        let error = readAll(NDJSONReader.init, text).errors.first
        #expect(error?.location == SourceLocation(path: "log", line: 1, column: 21))
    }

    @Test func linesThatAreNotMessageObjectsAreReported() {
        let text = "[1,2]\n\"text\"\n{\"thread_id\":\"4\",\"read\":\"1\"}\n{\"address\":\"1\",\"body\":\"ok\"}"
        let events = readAll(NDJSONReader.init, text)
        #expect(events.count == 4)
        #expect(events.errors.map(\.location) == [1, 2, 3].map { Optional(SourceLocation(path: "log", line: $0, column: 1)) })
        #expect(events.errors[0].message == "expected a JSON object, found an array")
        #expect(events.errors[1].message == "expected a JSON object, found a string")
        #expect(events.errors[2].message.contains("no sender"))
        #expect(events.records.first?.index == 4)
    }

    @Test(arguments: [
        "99999999999999999999999", "-99999999999999999999999", "1e400", "\"99999999999999999999999\"",
        "9223372036854775808", "-9223372036854775809", "0", "-5", "\"\"", "null", "{}", "\"not a date\"",
    ])
    func hugeOrMeaninglessDatesGiveNoDateAndNoCrash(_ date: String) throws {
        let line = "{\"address\":\"3000\",\"body\":\"x\",\"date\":\(date),\"type\":99999999999999999999999}"
        let events = readAll(NDJSONReader.init, line)
        #expect(events.errors.isEmpty)
        let record = try #require(events.records.first)
        #expect(record.date == nil)
        #expect(record.direction == .unknown)
    }

    @Test(arguments: [300, 100_000])
    func deepNestingIsAClearErrorNotACrash(_ depth: Int) {
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let text = "{\"address\":\"1\",\"body\":\"a\"}\n{\"address\":\"2\",\"x\":\(nested)}\n{\"address\":\"3\",\"body\":\"c\"}"
        let events = readAll(NDJSONReader.init, text)
        #expect(events.count == 3)
        #expect(events.records.map(\.sender) == ["1", "3"])
        #expect(events.records.map(\.index) == [1, 3])
        let error = events.errors.first
        #expect(error?.location?.line == 2)
        #expect(error?.message == "invalid JSON: nesting deeper than 256 levels")
        // The object is level 0 and `[` number n is level n: the failure is at the 256th bracket.
        #expect(error?.location?.column == "{\"address\":\"2\",\"x\":".utf8.count + 256)
    }

    @Test func lineOverTheLimitIsReportedAndReadingGoesOn() {
        let long = "{\"address\":\"1\",\"body\":\"" + String(repeating: "a", count: LineFramer.maximumLineLength + (1 << 20)) + "\"}"
        let text = "{\"address\":\"0\",\"body\":\"before\"}\n" + long + "\n{\"address\":\"2\",\"body\":\"after\"}\n"
        let events = readAll(NDJSONReader.init, text)
        #expect(events.count == 3)
        #expect(events.records.map(\.body) == ["before", "after"])
        #expect(events.records.map(\.index) == [1, 3])
        #expect(events.records.map(\.line) == [1, 3])
        #expect(events.errors.first?.location == SourceLocation(path: "log", line: 2))
        #expect(events.errors.first?.message == "line longer than 16 MiB")
    }

    /// A line one byte over the limit must be refused like any longer one, wherever the chunks end.
    @Test func lineOneByteOverTheLimitIsReported() {
        let frame = "{\"address\":\"1\",\"body\":\"\"}"
        let long = "{\"address\":\"1\",\"body\":\"" + String(repeating: "a", count: LineFramer.maximumLineLength + 1 - frame.utf8.count) + "\"}"
        #expect(long.utf8.count == LineFramer.maximumLineLength + 1)
        let events = readAll(NDJSONReader.init, long + "\n{\"address\":\"2\",\"body\":\"after\"}\n")
        #expect(events.records.map(\.body) == ["after"])
        #expect(events.errors.first?.location == SourceLocation(path: "log", line: 1))
    }

    @Test func lineExactlyAtTheLimitIsRead() {
        let frame = "{\"address\":\"1\",\"body\":\"\"}"
        let line = "{\"address\":\"1\",\"body\":\"" + String(repeating: "a", count: LineFramer.maximumLineLength - frame.utf8.count) + "\"}"
        let events = readAll(NDJSONReader.init, line + "\n")
        #expect(events.errors.isEmpty)
        #expect(events.records.first?.body.utf8.count == LineFramer.maximumLineLength - frame.utf8.count)
    }

    @Test(arguments: [
        ("\"2024-04-25T06:36:40Z\"", Int64(1_714_027_000_000), false),
        ("\"2024-04-25T10:06:40+03:30\"", 1_714_027_000_000, false),
        ("\"2024-04-25T10:06:40+0330\"", 1_714_027_000_000, false),
        ("\"2024-04-25T06:36:40.250Z\"", 1_714_027_000_250, false),
        ("\"2024-04-25T02:06:40-04:30\"", 1_714_027_000_000, false),
        ("\"2024-04-25 10:06:40\"", 1_714_027_000_000, true),
        ("1714027000", 1_714_027_000_000, false),
        ("\"1714027000\"", 1_714_027_000_000, false),
        ("1714027000123", 1_714_027_000_123, false),
        ("\"1714027000123\"", 1_714_027_000_123, false),
        ("1714027000123456", 1_714_027_000_123, false),
        ("1714027000123456789", 1_714_027_000_123, false),
    ])
    func datesInEverySupportedForm(_ date: String, _ milliseconds: Int64, _ isLocal: Bool) throws {
        let line = "{\"sender\":\"3000\",\"text\":\"x\",\"date\":\(date)}"
        let record = try #require(readAll(NDJSONReader.init, line).records.first)
        #expect(record.date == milliseconds)
        #expect(record.isLocalTime == isLocal)
    }

    @Test func genericFieldNamesAreMapped() throws {
        let text = """
            {"sender":"+989121110000","text":"متن یک","timestamp":1714000000123}
            {"from":"MyBank","message":"متن دو","time":"2024-04-25T06:36:40Z","direction":"outgoing"}
            {"phone":"09121110000","content":"متن سه","type":"received"}
            """
        let records = readAll(NDJSONReader.init, text).records
        try #require(records.count == 3)
        #expect(records.map(\.sender) == ["+989121110000", "MyBank", "09121110000"])
        #expect(records.map(\.body) == ["متن یک", "متن دو", "متن سه"])
        #expect(records.map(\.date) == [1_714_000_000_123, 1_714_027_000_000, nil])
        #expect(records.map(\.direction) == [.received, .sent, .received])
        #expect(records.allSatisfy { $0.kind == "sms" })
    }

    @Test func countsAddUpEveryNonBlankLineIsARecordOrAnError() {
        let lines = [
            "{\"address\":\"1\",\"body\":\"a\"}", "", "{bad", "   ", "{\"address\":\"2\",\"body\":\"b\"}", "42",
            "{\"address\":\"3\"}", "{\"body\":\"only a body\"}", "{}", "\t", "{\"address\":\"4\",\"body\":\"d\"}",
        ]
        let events = readAll(NDJSONReader.init, lines.joined(separator: "\n"), chunkSize: 5)
        let nonBlank = lines.filter { !$0.allSatisfy { $0 == " " || $0 == "\t" } }.count
        #expect(nonBlank == 8)
        #expect(events.count == nonBlank)
        #expect(events.records.count == 5)
        #expect(events.errors.count == 3)
        #expect(events.records.map(\.index) == [1, 3, 5, 6, 8])
        #expect(events.records.map(\.line) == [1, 5, 7, 8, 11])
        #expect(events.errors.map { $0.location?.line } == [3, 6, 9])
    }

    @Test func brokenCharactersAreRepairedAndCounted() throws {
        var bytes = Array("{\"address\":\"1\",\"body\":\"a\\ud83db\\ud83d\\ude00".utf8)
        bytes += [0xFF]  // invalid UTF-8
        bytes += Array("\"}".utf8)
        let record = try #require(readAll(NDJSONReader.init, bytes).records.first)
        #expect(record.body == "a\u{FFFD}b😀\u{FFFD}")
        #expect(record.repairs == 2)
    }

    /// A read error ends the input: it is reported once, then the reader is at its end.
    @Test func readErrorIsReportedOnceAndReadingEnds() {
        var reader = NDJSONReader(source: FailingSource(path: "broken.ndjson", chunks: ["{\"address\":\"1\",\"body\":\"a\"}\n{\"address\":\"2\","]))
        var events: [LogEvent] = []
        while events.count < 10, let event = reader.next() { events.append(event) }
        #expect(events.records.map(\.sender) == ["1"])
        #expect(events.errors.map(\.kind) == [.badData, .missingInput])  // the cut line, then the failure
        #expect(events.errors.last?.message == "read failed: input/output error")
        #expect(events.count == 3)
    }
}
