import Testing
@testable import SMSGuard

struct CSVReaderTests {
    static let bom = "\u{FEFF}"

    /// iMazing's header variants, by column count.
    static let headers: [Int: [String]] = [
        15: ["Chat Session", "Message Date", "Delivered Date", "Read Date", "Edited Date", "Service", "Type", "Sender ID", "Sender Name", "Status", "Replying to", "Subject", "Text", "Attachment", "Attachment type"],
        14: ["Chat Session", "Message Date", "Delivered Date", "Read Date", "Service", "Type", "Sender ID", "Sender Name", "Status", "Replying to", "Subject", "Text", "Attachment", "Attachment type"],
        13: ["Chat Session", "Message Date", "Service", "Type", "Sender ID", "Sender Name", "Status", "Replying to", "Subject", "Text", "Reactions", "Attachment", "Attachment type"],
    ]

    /// Rows of one conversation, by column name.
    static let rows: [[String: String]] = [
        ["Chat Session": "10001234", "Message Date": "2024-04-25 10:06:40", "Read Date": "2024-04-25 10:07:00", "Service": "SMS",
         "Type": "Incoming", "Sender ID": "+9810001234", "Status": "Read",
         "Text": "مشتری گرامی, سفارش \"ویژه\" شما آماده است\nکد تحویل: 5521"],
        ["Chat Session": "10001234", "Message Date": "2024-04-25 10:08:00", "Service": "SMS", "Type": "Outgoing",
         "Status": "Sent", "Text": "ممنون | فردا می‌آیم"],
        ["Chat Session": "10001234", "Message Date": "2024-04-25T06:36:40Z", "Service": "SMS", "Type": "Incoming",
         "Sender ID": "", "Text": "پیام بدون شناسه فرستنده"],
        ["Chat Session": "10001234", "Message Date": "2024-04-25 10:09:00", "Service": "iMessage", "Type": "Notification",
         "Text": "Messages from this sender are filtered", "Attachment": "", "Attachment type": ""],
    ]

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }

    static func iMazing(columns: Int, bom: Bool = true) -> String {
        let header = headers[columns]!
        let lines = [header.joined(separator: ",")] + rows.map { row in header.map { field(row[$0] ?? "") }.joined(separator: ",") }
        return (bom ? Self.bom : "") + lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: [15, 14, 13])
    func iMazingHeaderVariantsAreMappedByName(_ columns: Int) throws {
        let text = Self.iMazing(columns: columns)
        #expect(text.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
        let events = readAll(CSVReader.init, text)
        #expect(events.errors.isEmpty, "\(events.errors)")
        let records = events.records
        try #require(records.count == 4)
        #expect(records.map(\.index) == [1, 2, 3, 4])
        #expect(records.map(\.line) == [2, 4, 5, 6])  // the first row's text holds a line break
        #expect(records.allSatisfy { $0.kind == "sms" && $0.column == 1 && $0.repairs == 0 })

        #expect(records[0].sender == "+9810001234")
        #expect(records[0].body == "مشتری گرامی, سفارش \"ویژه\" شما آماده است\nکد تحویل: 5521")
        #expect(records[0].direction == .received)
        #expect(records[0].date == 1_714_027_000_000)  // 10:06:40 Tehran = 06:36:40Z
        #expect(records[0].isLocalTime)

        #expect(records[1].direction == .sent)
        #expect(records[1].body == "ممنون | فردا می‌آیم")
        #expect(records[1].date == 1_714_027_080_000)
        #expect(records[1].isLocalTime)

        #expect(records[2].sender == "10001234")  // empty Sender ID on an incoming row: the chat session
        #expect(records[2].direction == .received)
        #expect(records[2].body == "پیام بدون شناسه فرستنده")
        #expect(records[2].date == 1_714_027_000_000)
        #expect(!records[2].isLocalTime)

        #expect(records[3].direction == .unknown)
        #expect(records[3].sender == "")
        #expect(records[3].body == "Messages from this sender are filtered")
        #expect(records[3].date == 1_714_027_140_000)
    }

    static let genericComma = "from,body,date\n3000123,\"سلام, دنیا\",1714000000123\n+989121112233,\"او گفت \"\"فردا\"\" می‌آید\",2024-04-25T06:36:40Z\n"
    static let genericSemicolon = "Sender;Text;Date\n3000123;\"یک; دو\";1714000000123\n9890001;سه;2024-04-25 10:06:40\n"
    static let genericTab = "sender\tmessage\ttimestamp\n3000123\tچهار, پنج\t1714000000\n"

    @Test func genericCommaCSV() throws {
        let events = readAll(CSVReader.init, Self.genericComma)
        #expect(events.errors.isEmpty)
        let records = events.records
        try #require(records.count == 2)
        #expect(records.map(\.sender) == ["3000123", "+989121112233"])
        #expect(records.map(\.body) == ["سلام, دنیا", "او گفت \"فردا\" می‌آید"])
        #expect(records.map(\.date) == [1_714_000_000_123, 1_714_027_000_000])
        #expect(records.map(\.direction) == [.received, .received])
        #expect(records.map(\.line) == [2, 3])
        #expect(records.map(\.isLocalTime) == [false, false])
    }

    @Test func genericSemicolonCSV() throws {
        let records = readAll(CSVReader.init, Self.genericSemicolon).records
        try #require(records.count == 2)
        #expect(records.map(\.sender) == ["3000123", "9890001"])
        #expect(records.map(\.body) == ["یک; دو", "سه"])
        #expect(records.map(\.date) == [1_714_000_000_123, 1_714_027_000_000])
        #expect(records.map(\.isLocalTime) == [false, true])
    }

    @Test func genericTabCSV() throws {
        let records = readAll(CSVReader.init, Self.genericTab).records
        try #require(records.count == 1)
        #expect(records[0].sender == "3000123")
        #expect(records[0].body == "چهار, پنج")
        #expect(records[0].date == 1_714_000_000_000)  // epoch seconds
    }

    @Test func quotedFieldsKeepCommasQuotesAndLineBreaksAndRowsKeepTheirStartingLine() throws {
        let text = "from,body\n1,\"خط یک\nخط دو, با ویرگول\n\"\"نقل\"\"\n\"\n2,\"\"\n3,\"\"\"\"\n"
        let events = readAll(CSVReader.init, text)
        #expect(events.errors.isEmpty)
        let records = events.records
        try #require(records.count == 3)
        #expect(records[0].body == "خط یک\nخط دو, با ویرگول\n\"نقل\"\n")
        #expect(records.map(\.body) == [records[0].body, "", "\""])
        #expect(records.map(\.line) == [2, 6, 7])
        #expect(records.map(\.index) == [1, 2, 3])
    }

    @Test func crlfLineEndingsAreNotPartOfTheFields() throws {
        let text = "from,body,date\r\n1000,یک,1714000000000\r\n\r\n2000,\"دو\",1714000000000\r\n"
        let records = readAll(CSVReader.init, text).records
        try #require(records.count == 2)
        #expect(records.map(\.body) == ["یک", "دو"])
        #expect(records.map(\.date) == [1_714_000_000_000, 1_714_000_000_000])
        #expect(records.map(\.line) == [2, 4])
    }

    @Test func unbalancedQuoteAtTheEndNamesTheLineWhereTheRowStarts() {
        let text = "from,body,date\n1000,ok,1714000000000\n2000,\"شکسته\nادامه متن\n"
        let events = readAll(CSVReader.init, text)
        #expect(events.count == 2)
        #expect(events.records.map(\.body) == ["ok"])
        #expect(events.records.first?.line == 2)
        let error = events.errors.first
        #expect(error?.kind == .badData)
        #expect(error?.location == SourceLocation(path: "log", line: 3, column: 1))
        #expect(error?.message.contains("unbalanced quote") == true)
    }

    @Test(arguments: ["name,text,date\nعلی,سلام,1714000000000\n2,3,4\n", "from,subject\n1000,x\n"])
    func headerWithoutSenderOrTextColumnIsOneClearError(_ text: String) {
        let events = readAll(CSVReader.init, text)
        #expect(events.count == 1)
        let error = events.errors.first
        #expect(error?.kind == .badData)
        #expect(error?.location == SourceLocation(path: "log", line: 1, column: 1))
        #expect(error?.message.contains("no sender column") == true)
    }

    @Test func blankRowsAreSkipped() {
        let records = readAll(CSVReader.init, "from,body\n\n1,a\n\n\n2,b\n\n").records
        #expect(records.map(\.sender) == ["1", "2"])
        #expect(records.map(\.index) == [1, 2])
        #expect(records.map(\.line) == [3, 6])
    }

    /// Iran kept daylight saving time until 2022: 10:00 on 1 June 2020 in Tehran was UTC+4:30.
    @Test func localTimeInAnIranianSummerBefore2023UsesDaylightSavingTime() throws {
        let text = "Chat Session,Message Date,Type,Sender ID,Text\n10001234,2020-06-01 10:00:00,Incoming,+9810001234,تابستان\n"
        let record = try #require(readAll(CSVReader.init, text).records.first)
        #expect(record.isLocalTime)
        #expect(record.date == 1_590_989_400_000)  // 2020-06-01T05:30:00Z
        #expect(record.date.map { Timestamp.tehran(milliseconds: $0) } == "2020-06-01 10:00:00")
    }

    static let chunkFixtures: [String] = [
        iMazing(columns: 15), iMazing(columns: 13, bom: false), genericComma, genericSemicolon, genericTab,
        "from,body,date\n1000,ok,1714000000000\n2000,\"شکسته\nادامه متن\n",
    ]

    @Test(arguments: 0..<6, [1, 5])
    func chunkSizesGiveIdenticalResults(_ fixture: Int, _ chunkSize: Int) {
        let text = Self.chunkFixtures[fixture]
        let reference = readAll(CSVReader.init, text).map(\.outcome)
        #expect(!reference.isEmpty)
        #expect(readAll(CSVReader.init, text, chunkSize: chunkSize).map(\.outcome) == reference)
    }
}

extension CSVReaderTests {
    /// A read error ends the input: it is reported once, then the reader is at its end.
    @Test func readErrorIsReportedOnceAndReadingEnds() {
        var reader = CSVReader(source: FailingSource(path: "broken.csv", chunks: ["from,body\n1,a\n"]))
        var events: [LogEvent] = []
        while events.count < 10, let event = reader.next() { events.append(event) }
        #expect(events.records.map(\.sender) == ["1"])
        #expect(events.errors.map(\.kind) == [.missingInput])
        #expect(events.count == 2)
    }
}

private extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
