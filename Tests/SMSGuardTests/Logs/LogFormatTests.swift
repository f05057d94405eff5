import Testing
@testable import SMSGuard

struct LogFormatTests {
    struct DetectionCase: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let format: LogFormat?
        var testDescription: String { name }

        init(_ name: String, _ text: String, _ format: LogFormat?) {
            self.init(name, Array(text.utf8), format)
        }

        init(_ name: String, _ bytes: [UInt8], _ format: LogFormat?) {
            self.name = name
            self.bytes = bytes
            self.format = format
        }
    }

    static let bom = "\u{FEFF}"
    static let sbr = "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"1\">\n  <sms address=\"3000\" date=\"1714000000000\" type=\"1\" body=\"سلام\" />\n</smses>\n"

    static let detectionCases: [DetectionCase] = [
        DetectionCase("SBR with a prolog", sbr, .sbr),
        DetectionCase("SBR without a prolog", "<smses count=\"1\"><sms address=\"1\" body=\"x\" /></smses>", .sbr),
        DetectionCase("SBR after blank lines", "\r\n\n  \t<smses>", .sbr),
        DetectionCase("SBR after a UTF-8 BOM", bom + sbr, .sbr),
        DetectionCase("SBR in UTF-16LE", utf16(sbr), .sbr),
        DetectionCase("SBR in UTF-16BE", utf16(sbr, bigEndian: true), .sbr),
        DetectionCase("NDJSON", "{\"address\":\"3000\",\"body\":\"x\"}\n{\"address\":\"3001\"}\n", .ndjson),
        DetectionCase("NDJSON after a UTF-8 BOM", bom + "{\"address\":\"3000\"}", .ndjson),
        DetectionCase("NDJSON in UTF-16LE", utf16("{\"address\":\"3000\"}\n"), .ndjson),
        DetectionCase("zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x08, 0x08], .zip),
        DetectionCase("empty zip", [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18), .zip),
        DetectionCase("SQLite", Array("SQLite format 3\u{0}".utf8) + [0x10, 0x00, 0x01, 0x01], .smsdb),
        DetectionCase("CSV with commas", "from,body,date\n3000,سلام,1714000000000\n", .csv),
        DetectionCase("CSV with semicolons", "Sender;Text;Date\n3000;سلام;1714000000000\n", .csv),
        DetectionCase("CSV with tabs", "sender\ttext\n3000\tسلام\n", .csv),
        DetectionCase("iMazing CSV with a BOM", bom + "Chat Session,Message Date,Service,Type,Sender ID,Sender Name,Status,Replying to,Subject,Text,Reactions,Attachment,Attachment type\n", .csv),
        DetectionCase("CSV in UTF-16LE", utf16("from,body\n3000,x\n"), .csv),
        DetectionCase("plain words", "hello world\nno delimiters here\n", nil),
        DetectionCase("empty", [], nil),
        DetectionCase("only white space", " \n\t\r\n", nil),
        DetectionCase("binary", [0x00, 0x01, 0x02, 0x80, 0x81, 0x0A, 0x03], nil),
        DetectionCase("PDF", "%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj <</Type /Catalog>>\n", nil),
        DetectionCase("SMS Import/Export v1 JSON array", "[\n  {\n    \"address\": \"3000\",\n    \"body\": \"x\"\n  }\n]\n", nil),
    ]

    @Test(arguments: detectionCases)
    func detectsTheFormatFromTheFirstBytes(_ testCase: DetectionCase) {
        #expect(LogFormat.detect(testCase.bytes) == testCase.format)
    }

    // MARK: LogInput.open

    static func open(_ bytes: [UInt8], name: String = "log", format: LogFormat? = nil) throws -> (format: LogFormat, events: [LogEvent], size: Int?) {
        try withTemporaryDirectory { directory in
            let path = directory + "/" + name
            try write(bytes, to: path)
            let opened = try LogInput.open(path: path, format: format)
            var reader = opened.reader
            return (opened.format, drain(&reader), opened.size)
        }
    }

    static let utf16SBR = """
        <?xml version='1.0' encoding='UTF-16' standalone='yes' ?>\r
        <smses count="2">\r
          <sms protocol="0" address="+989121112233" date="1714000000123" type="1" body="سلام 😀 دنیا&#10;خط دوم" read="1" />\r
          <sms address="3000" date="1714000100000" type="2" body="&#55357;&#56832; ارسال شد" />\r
        </smses>\r

        """

    @Test(arguments: [false, true])
    func utf16SBRFileIsReadThroughLogInput(_ bigEndian: Bool) throws {
        let bytes = utf16(Self.utf16SBR, bigEndian: bigEndian)
        #expect(bytes.starts(with: bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]))
        let (format, events, size) = try Self.open(bytes, name: "sms-20240425.xml")
        #expect(format == .sbr)
        #expect(size == bytes.count)
        #expect(events.errors.isEmpty, "\(events.errors)")
        let records = events.records
        try #require(records.count == 2)
        #expect(records[0].sender == "+989121112233")
        #expect(records[0].body == "سلام 😀 دنیا\nخط دوم")
        #expect(records[0].date == 1_714_000_000_123)
        #expect(records[0].direction == .received)
        #expect(records[0].line == 3 && records[0].column == 3)
        #expect(records[1].sender == "3000")
        #expect(records[1].body == "😀 ارسال شد")
        #expect(records[1].direction == .sent)
        #expect(records[1].line == 4)
        #expect(records.map(\.index) == [1, 2])
        #expect(records.map(\.repairs) == [0, 0])
    }

    /// A UTF-16 file larger than one read, with a surrogate pair cut by the 1 MiB chunk boundary.
    @Test func largeUTF16FileIsReadAcrossChunks() throws {
        let count = 14_000
        func file(padding: Int) -> String {
            var text = String(repeating: " ", count: padding) + "<smses>\n"
            for index in 1...count {
                text += "<sms address=\"300\(index)\" date=\"\(1_714_000_000_000 + Int64(index))\" type=\"1\" body=\"پیام \(index) 😀😀😀 تخفیف ویژه برای مشتریان\" />\n"
            }
            return text + "</smses>\n"
        }
        // Chunk boundary at byte 1 MiB = UTF-16 unit 512 Ki (the BOM is unit 0): make it fall between a
        // high and a low surrogate.
        let boundary = (1 << 20) / 2 - 1
        let unpadded = Array(file(padding: 0).utf16)
        let padding = try #require((0..<200).first { UTF16.isTrailSurrogate(unpadded[boundary - $0]) })
        let bytes = utf16(file(padding: padding))
        #expect(UTF16.isLeadSurrogate(UInt16(bytes[(1 << 20) - 1]) << 8 | UInt16(bytes[(1 << 20) - 2])))
        #expect(bytes.count > 2 << 20)
        let (format, events, _) = try Self.open(bytes)
        #expect(format == .sbr)
        #expect(events.errors.isEmpty)
        let records = events.records
        #expect(records.count == count)
        #expect(records.map(\.index) == Array(1...count))
        #expect(records.allSatisfy { $0.repairs == 0 && $0.body.hasSuffix(" 😀😀😀 تخفیف ویژه برای مشتریان") })
        #expect(records.map(\.sender) == (1...count).map { "300\($0)" })
        #expect(records.last?.date == 1_714_000_000_000 + Int64(count))
    }

    /// An unpaired surrogate in a UTF-16 file is repaired like one in a `&#…;` reference: counted.
    @Test func loneSurrogateInAUTF16FileIsCountedAsARepair() throws {
        let before = "<smses><sms address=\"3000\" date=\"1714000000000\" type=\"1\" body=\"a"
        let after = "b\" /></smses>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in Array(before.utf16) + [0xD83D] + Array(after.utf16) { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let record = try #require(try Self.open(bytes).events.records.first)
        #expect(record.body == "a\u{FFFD}b")
        #expect(record.repairs == 1)
    }

    @Test func utf8BOMBeforeSBRIsSkipped() throws {
        let (format, events, _) = try Self.open(Array((Self.bom + Self.sbr).utf8))
        #expect(format == .sbr)
        #expect(events.errors.isEmpty)
        #expect(events.records.map(\.body) == ["سلام"])
        #expect(events.records.first?.line == 3)
    }

    /// Detection looks past a UTF-8 byte-order mark to find NDJSON; the reader must look past it too.
    @Test func utf8BOMBeforeNDJSONIsSkipped() throws {
        let text = Self.bom + "{\"address\":\"3000\",\"body\":\"سلام\",\"date\":\"1714000000123\",\"type\":\"1\"}\n{\"address\":\"3001\",\"body\":\"دو\"}\n"
        let (format, events, _) = try Self.open(Array(text.utf8))
        #expect(format == .ndjson)
        #expect(events.errors.isEmpty, "\(events.errors)")
        #expect(events.records.map(\.sender) == ["3000", "3001"])
        #expect(events.records.first?.date == 1_714_000_000_123)
    }

    @Test func ndjsonLargerThanTheDetectionPrefixIsReadWhole() throws {
        let count = 3_000
        let text = (1...count).map { "{\"address\":\"\($0)\",\"body\":\"پیام \($0)\",\"date\":\"1714000000000\",\"type\":\"1\"}" }.joined(separator: "\n")
        #expect(text.utf8.count > LogInput.detectionSize * 10)
        let (format, events, _) = try Self.open(Array(text.utf8), name: "messages.ndjson")
        #expect(format == .ndjson)
        #expect(events.errors.isEmpty)
        #expect(events.records.count == count)
        #expect(events.records.map(\.sender) == (1...count).map { "\($0)" })
        #expect(events.records.last?.body == "پیام \(count)")
    }

    @Test(arguments: [
        ("from;body;date\n3000;\"یک; دو\";1714000000000\n", ";"),
        ("from\tbody\tdate\n3000\tیک, دو\t1714000000000\n", "\t"),
        ("from,body,date\n3000,\"یک, دو\",1714000000000\n", ","),
    ])
    func csvWithAnyDelimiterIsDetectedAndRead(_ text: String, _ delimiter: String) throws {
        let (format, events, _) = try Self.open(Array(text.utf8), name: "messages.csv")
        #expect(format == .csv)
        let records = events.records
        try #require(records.count == 1, "delimiter \(delimiter): \(events.errors)")
        #expect(records[0].sender == "3000")
        #expect(records[0].date == 1_714_000_000_000)
        #expect(records[0].body == (delimiter == ";" ? "یک; دو" : "یک, دو"))
    }

    @Test func iMazingCSVWithBOMIsDetectedAndReadAsTehranTime() throws {
        let text = Self.bom + "Chat Session,Message Date,Delivered Date,Read Date,Edited Date,Service,Type,Sender ID,Sender Name,Status,Replying to,Subject,Text,Attachment,Attachment type\n10001234,2024-04-25 10:06:40,,,,SMS,Incoming,,,Read,,,\"خط اول\nخط دوم\",,\n"
        let (format, events, _) = try Self.open(Array(text.utf8), name: "Messages - 10001234.csv")
        #expect(format == .csv)
        let record = try #require(events.records.first)
        #expect(record.sender == "10001234")
        #expect(record.body == "خط اول\nخط دوم")
        #expect(record.date == 1_714_027_000_000)
        #expect(record.isLocalTime)
    }

    @Test(arguments: [
        [UInt8]("hello world\nno delimiters here\n".utf8), [], [0x00, 0x01, 0x02, 0x80], Array("[\n{\"address\":\"1\"}\n]".utf8),
    ])
    func unknownFormatIsAClearErrorNamingTheFile(_ bytes: [UInt8]) throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/mystery.bin"
            try write(bytes, to: path)
            let error = thrownError { try LogInput.open(path: path, format: nil) }
            #expect(error?.kind == .badData)
            #expect(error?.location == SourceLocation(path: path))
            #expect(error?.message.hasPrefix("cannot tell the format") == true)
            #expect(error?.description.hasPrefix(path + ": cannot tell the format") == true)
        }
    }

    @Test func explicitFormatIsReadWithoutDetection() throws {
        let text = "exported by a converter\n<smses><sms address=\"3000\" date=\"1714000000000\" type=\"1\" body=\"x\" /></smses>"
        #expect(LogFormat.detect(Array(text.utf8)) == nil)
        let (format, events, _) = try Self.open(Array(text.utf8), format: .sbr)
        #expect(format == .sbr)
        #expect(events.records.map(\.sender) == ["3000"])
    }

    @Test func missingFileAndDirectoryAreMissingInput() throws {
        try withTemporaryDirectory { directory in
            let missing = thrownError { try LogInput.open(path: directory + "/none.xml", format: nil) }
            #expect(missing?.kind == .missingInput)
            #expect(missing?.location == SourceLocation(path: directory + "/none.xml"))
            let folder = thrownError { try LogInput.open(path: directory, format: nil) }
            #expect(folder?.kind == .missingInput)
            #expect(folder?.message == "is a directory, expected a log file")
        }
    }
}
