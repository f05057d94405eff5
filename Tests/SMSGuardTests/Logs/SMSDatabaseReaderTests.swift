import Testing
@testable import SMSGuard

struct SMSDatabaseReaderTests {
    static let schema = [
        "CREATE TABLE handle (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, service TEXT)",
        "CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL, text TEXT, attributedBody BLOB, handle_id INTEGER DEFAULT 0, date INTEGER, is_from_me INTEGER DEFAULT 0, service TEXT)",
    ]

    /// An `attributedBody` as iOS writes it, in miniature: a typedstream whose first NSString holds `text`
    /// after a `0x01 0x2B` marker and a length (one byte below 0x81; 0x81 then a little-endian uint16;
    /// 0x82 then a uint32).
    static func attributedBody(_ text: String, longForm: UInt8? = nil) -> [UInt8] {
        let utf8 = Array(text.utf8)
        var blob: [UInt8] = [0x04, 0x0B] + Array("streamtyped".utf8) + [0x81, 0xE8, 0x03, 0x84, 0x01, 0x40, 0x84, 0x84, 0x84]
        blob += Array("NSAttributedString".utf8) + [0x00, 0x84, 0x84] + Array("NSObject".utf8) + [0x00, 0x85, 0x92, 0x84, 0x84, 0x84]
        blob += Array("NSString".utf8) + [0x01, 0x94, 0x84, 0x01, 0x2B]
        let count = utf8.count
        if longForm == 0x82 || count > 0xFFFF {
            blob += [0x82, UInt8(count & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count >> 16 & 0xFF), UInt8(count >> 24 & 0xFF)]
        } else if count < 0x80 && longForm == nil {
            blob.append(UInt8(count))
        } else {
            blob += [0x81, UInt8(count & 0xFF), UInt8(count >> 8)]
        }
        blob += utf8
        blob += [0x86, 0x84, 0x02, 0x69, 0x49, 0x01, 0x01, 0x92, 0x84, 0x84, 0x84] + Array("NSDictionary".utf8)
        blob += [0x00, 0x94, 0x84, 0x01, 0x69, 0x01, 0x92, 0x84, 0x96, 0x96] + Array("__kIMMessagePartAttributeName".utf8) + [0x86, 0x86]
        return blob
    }

    static let longText = String(repeating: "این متن طولانی برای آزمودن طول دوبایتی است. ", count: 4)

    static func rows() -> [String] {
        [
            "INSERT INTO handle (ROWID, id, service) VALUES (12, '+9810001234', 'SMS'), (13, 'Bank-Alert', 'SMS'), (14, 'friend@example.com', 'iMessage')",
            "INSERT INTO message (ROWID, guid, text, attributedBody, handle_id, date, is_from_me, service) VALUES (501, 'G-501', 'کد تایید شما 4417 است', NULL, 12, 735000000000000000, 0, 'SMS')",
            "INSERT INTO message (ROWID, guid, text, attributedBody, handle_id, date, is_from_me, service) VALUES (502, 'G-502', 'باشه، ممنون', NULL, 12, 735000060000000000, 1, 'SMS')",
            "INSERT INTO message (ROWID, guid, text, attributedBody, handle_id, date, is_from_me, service) VALUES (503, 'G-503', NULL, \(sqlBlob(attributedBody("موجودی حساب: ۱۲۰۰۰ ریال"))), 13, 735000120000000000, 0, 'SMS')",
            "INSERT INTO message (ROWID, guid, text, attributedBody, handle_id, date, is_from_me, service) VALUES (504, 'G-504', NULL, \(sqlBlob(attributedBody(longText))), 13, 735000180000000000, 0, 'SMS')",
            "INSERT INTO message (ROWID, guid, text, attributedBody, handle_id, date, is_from_me, service) VALUES (505, 'G-505', 'پیام قدیمی', NULL, 14, 400000000, 0, 'iMessage')",
            "INSERT INTO message (ROWID, guid, text, attributedBody, handle_id, date, is_from_me, service) VALUES (506, 'G-506', '', \(sqlBlob(attributedBody("متن خالی، بدنه در blob", longForm: 0x82))), 12, 735000240000000000, 0, 'SMS')",
        ]
    }

    static func events(schema: [String] = schema, rows: [String]) throws -> [LogEvent] {
        try withTemporaryDirectory { directory in
            let path = directory + "/sms.db"
            try createDatabase(at: path, schema + rows)
            var reader: any LogReader = try SMSDatabaseReader(path: path)
            return drain(&reader)
        }
    }

    /// unix seconds = apple / 1e9 + 978307200 (nanoseconds) or apple + 978307200 (seconds).
    static func unixMilliseconds(appleNanoseconds: Int64) -> Int64 { (appleNanoseconds / 1_000_000_000 + 978_307_200) * 1000 }

    @Test func readsMessagesWithHandlesDirectionsDatesAndAttributedBodies() throws {
        #expect(Self.longText.utf8.count > 127 && Self.longText.utf8.count < 65_536)
        let events = try Self.events(rows: Self.rows())
        #expect(events.errors.isEmpty, "\(events.errors)")
        let records = events.records
        try #require(records.count == 6)
        #expect(records.map(\.index) == [1, 2, 3, 4, 5, 6])
        #expect(records.map(\.sender) == ["+9810001234", "+9810001234", "Bank-Alert", "Bank-Alert", "friend@example.com", "+9810001234"])
        #expect(records.map(\.body) == ["کد تایید شما 4417 است", "باشه، ممنون", "موجودی حساب: ۱۲۰۰۰ ریال", Self.longText, "پیام قدیمی", "متن خالی، بدنه در blob"])
        #expect(records.map(\.direction) == [.received, .sent, .received, .received, .received, .received])
        #expect(records.map(\.date) == [1_713_307_200_000, 1_713_307_260_000, 1_713_307_320_000, 1_713_307_380_000, 1_378_307_200_000, 1_713_307_440_000])
        #expect(records[0].date == Self.unixMilliseconds(appleNanoseconds: 735_000_000_000_000_000))
        let oldRow: Int64 = (400_000_000 + 978_307_200) * 1000  // an old row, in seconds
        #expect(records[4].date == oldRow)
        #expect(records.allSatisfy { $0.kind == "chat" && $0.repairs == 0 && !$0.isLocalTime })
    }

    /// Nanosecond dates carry milliseconds; a record's date is in milliseconds and should keep them.
    @Test func nanosecondDatesKeepTheirMilliseconds() throws {
        let rows = [
            "INSERT INTO handle (ROWID, id) VALUES (1, '3000')",
            "INSERT INTO message (ROWID, guid, text, handle_id, date, is_from_me) VALUES (1, 'a', 'x', 1, 735000000123456789, 0)",
        ]
        let record = try #require(try Self.events(rows: rows).records.first)
        let expected: Int64 = 735_000_000_123_456_789 / 1_000_000 + 978_307_200_000  // unix ms = ns / 1e6 + epoch ms
        #expect(expected == 1_713_307_200_123)
        #expect(record.date == expected)
    }

    @Test func rowWithoutDateOrSenderOrTextStillCounts() throws {
        let rows = [
            "INSERT INTO message (ROWID, guid, text, attributedBody, handle_id, date, is_from_me) VALUES (1, 'a', NULL, NULL, 0, 0, 0)",
            "INSERT INTO message (ROWID, guid, text, attributedBody, handle_id, date, is_from_me) VALUES (2, 'b', NULL, X'00010203', 99, NULL, 0)",
        ]
        let records = try Self.events(rows: rows).records
        try #require(records.count == 2)
        #expect(records.map(\.sender) == ["", ""])
        #expect(records.map(\.body) == ["", ""])
        #expect(records.map(\.date) == [nil, nil])
        #expect(records.map(\.repairs) == [0, 1])  // an attributedBody that cannot be decoded is counted
    }

    @Test func olderSchemaWithoutAttributedBodyIsRead() throws {
        let schema = [
            "CREATE TABLE handle (ROWID INTEGER PRIMARY KEY, id TEXT)",
            "CREATE TABLE message (ROWID INTEGER PRIMARY KEY, guid TEXT, text TEXT, handle_id INTEGER, date INTEGER, is_from_me INTEGER)",
        ]
        let rows = [
            "INSERT INTO handle VALUES (3, '+989121112233')",
            "INSERT INTO message VALUES (7, 'g', 'سلام قدیمی', 3, 300000000, 1)",
        ]
        let records = try Self.events(schema: schema, rows: rows).records
        #expect(records.map(\.body) == ["سلام قدیمی"])
        #expect(records.map(\.sender) == ["+989121112233"])
        #expect(records.map(\.direction) == [.sent])
        #expect(records.map(\.date) == [1_278_307_200_000])
    }

    @Test func databaseWithoutAMessageTableIsAClearError() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/contacts.db"
            try createDatabase(at: path, ["CREATE TABLE handle (ROWID INTEGER PRIMARY KEY, id TEXT)", "INSERT INTO handle VALUES (1, '+9810001234')"])
            let error = thrownError { try SMSDatabaseReader(path: path) }
            #expect(error?.kind == .badData)
            #expect(error?.location == SourceLocation(path: path))
            #expect(error?.message == "no message table with text and date: is this an iPhone sms.db?")
        }
    }

    @Test func fileThatIsNotADatabaseIsAClearError() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/fake.db"
            try write(Array("SQLite format 3\u{0}".utf8) + [UInt8](repeating: 0x41, count: 200), to: path)
            let error = thrownError { try SMSDatabaseReader(path: path) }
            #expect(error?.kind == .badData)
            #expect(error?.location == SourceLocation(path: path))
        }
    }

    @Test func standardInputIsAUsageError() {
        let error = thrownError { try SMSDatabaseReader(path: "-") }
        #expect(error?.kind == .usage)
        #expect(error?.location == SourceLocation(path: "-"))
        #expect(error?.message.contains("standard input") == true)
    }

    @Test func logInputDetectsAndReadsTheDatabase() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/3d0d7e5fb2ce288813306e4d4636395e047a3d28"
            try createDatabase(at: path, Self.schema + Self.rows())
            let opened = try LogInput.open(path: path, format: nil)
            #expect(opened.format == .smsdb)
            var reader = opened.reader
            let records = drain(&reader).records
            #expect(records.count == 6)
            #expect(records.first?.body == "کد تایید شما 4417 است")
            #expect(records.first?.date == 1_713_307_200_000)
            #expect(reader.bytesRead == opened.size)
        }
    }

    /// Texts of 5 bytes (one length byte), 200 and 60,000 bytes (0x81 and a uint16), 80,000 bytes and a
    /// short text written with the 0x82 form (uint32).
    @Test(arguments: [("short", 1, nil as UInt8?), ("ک", 100, nil), ("ب", 30_000, nil), ("ب", 40_000, nil), ("چهار بایتی", 1, 0x82)])
    func attributedBodyDecoderReadsEveryLengthForm(_ unit: String, _ repeats: Int, _ longForm: UInt8?) {
        let text = String(repeating: unit, count: repeats)
        #expect(AttributedBodyDecoder.text(from: Self.attributedBody(text, longForm: longForm)) == text)
    }

    @Test func attributedBodyWithALengthPastTheEndIsRefused() {
        let blob = Array("NSString".utf8) + [0x01, 0x2B, 0x81, 0xFF, 0x7F] + Array("short".utf8)
        #expect(AttributedBodyDecoder.text(from: blob) == nil)
        #expect(AttributedBodyDecoder.text(from: Array("no class name here".utf8)) == nil)
        #expect(AttributedBodyDecoder.text(from: Array("NSString".utf8) + [0x01]) == nil)
    }
}
