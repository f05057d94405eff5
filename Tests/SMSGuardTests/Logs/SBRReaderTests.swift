import Testing
@testable import SMSGuard

struct SBRReaderTests {
    static let sample = """
        <?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
        <!--File Created By SMS Backup & Restore v10.20.002 on 01/12/2024 10:00:00-->
        <?xml-stylesheet type="text/xsl" href="sms.xsl"?>
        <smses count="4" backup_set="x" backup_date="1714000000000" type="full">
          <sms protocol="0" address="+98 912 111 2233" date="1714000000123" type="1" subject="null" body="سلام&#10;خط دوم &amp; &lt;تگ&gt; &quot;نقل&quot; &apos;تک&apos;" toa="null" sc_toa="null" service_center="+989120000000" read="1" status="-1" locked="0" date_sent="1713999998000" sub_id="1" readable_date="Apr 25, 2024 03:36:40" contact_name="(Unknown)" />
          <sms protocol="0" address="200053467" date="1714000100000" type="2" subject="null" body="پیام فرستاده" toa="null" read="1" status="-1" />
          <mms date="1714000200" msg_box="1" address="+989121112233~+989350000000" m_type="132" readable_date="x" contact_name="(Unknown)">
            <parts>
              <part seq="-1" ct="application/smil" name="null" chset="null" cl="smil.xml" text="&lt;smil&gt;&lt;/smil&gt;" />
              <part seq="0" ct="text/plain" name="null" chset="106" cl="text_0.txt" text="تخفیف &#55357;&#56832; ویژه" />
              <part seq="1" ct="image/jpeg" name="a.jpg" chset="null" cl="a.jpg" data="/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR8eHR" />
            </parts>
            <addrs>
              <addr address="+989350000000" type="151" charset="106" />
              <addr address="+989121112233" type="137" charset="106" />
            </addrs>
          </mms>
          <sms address='3000123' date='1714000300000' type='3' body='null' />
        </smses>
        """

    @Test(arguments: [1, 2, 3, 7, 64, 1 << 20])
    func readsEveryFieldWhateverTheChunkSize(_ chunkSize: Int) throws {
        let events = readAll(SBRReader.init, Self.sample, chunkSize: chunkSize)
        #expect(events.errors.isEmpty)
        let records = events.records
        try #require(records.count == 4)
        #expect(records[0].sender == "+98 912 111 2233")
        #expect(records[0].body == "سلام\nخط دوم & <تگ> \"نقل\" 'تک'")
        #expect(records[0].date == 1_714_000_000_123)
        #expect(records[0].direction == .received)
        #expect(records[0].index == 1)
        #expect(records[0].line == 5 && records[0].column == 3)
        #expect(records[1].direction == .sent)
        #expect(records[2].kind == "mms")
        #expect(records[2].sender == "+989121112233")
        #expect(records[2].body == "تخفیف 😀 ویژه")
        #expect(records[2].date == 1_714_000_200_000)
        #expect(records[2].direction == .received)
        #expect(records[3].direction == .draft)
        #expect(records[3].body == "")
        #expect(records.map(\.index) == [1, 2, 3, 4])
    }

    @Test func loneSurrogateBecomesReplacementAndIsCounted() {
        let xml = "<smses><sms address=\"1\" date=\"1\" type=\"1\" body=\"a&#55357;b&#56832;c\" /></smses>"
        let record = readAll(SBRReader.init, xml).records.first
        #expect(record?.body == "a\u{FFFD}b\u{FFFD}c")
        #expect(record?.repairs == 2)
    }

    @Test func hugeDataAttributeIsSkippedWithoutKeepingIt() {
        let payload = String(repeating: "QUJD", count: 1 << 20)  // 4 MiB of base64
        let xml = "<smses><mms date=\"1\" msg_box=\"1\"><parts><part ct=\"image/png\" data=\"\(payload)\" /><part ct=\"text/plain\" text=\"hi\" /></parts><addrs><addr address=\"5000\" type=\"137\" /></addrs></mms></smses>"
        let records = readAll(SBRReader.init, xml, chunkSize: 4096).records
        #expect(records.map(\.body) == ["hi"])
        #expect(records.first?.sender == "5000")
    }

    @Test func truncatedFileReportsTheRecordItEndsIn() {
        let xml = "<smses>\n<sms address=\"1\" date=\"1\" type=\"1\" body=\"ok\" />\n<sms address=\"2\" body=\"cut"
        let events = readAll(SBRReader.init, xml)
        #expect(events.records.count == 1)
        #expect(events.errors.count == 1, "\(events.errors)")
        #expect(events.errors.first?.location == SourceLocation(path: "log", line: 3, column: 1))
        #expect(events.errors.first?.message.contains("truncated") == true)
    }

    @Test func malformedRecordIsReportedAndReadingGoesOn() {
        let xml = "<smses>\n<sms address=1 body=\"x\" />\n<sms address=\"2\" date=\"5\" type=\"1\" body=\"next\" />\n</smses>"
        let events = readAll(SBRReader.init, xml)
        #expect(events.records.map(\.body) == ["next"])
        #expect(events.records.first?.index == 2)
        #expect(events.errors.count == 1)
        #expect(events.errors.first?.location?.line == 2)
        #expect(events.errors.first?.message.contains("not in quotes") == true)
    }

    @Test func unknownAndNestedElementsAreIgnored() {
        let xml = "<smses><meta><x a=\"1\"><y/></x></meta><sms address=\"1\" date=\"1\" type=\"1\" body=\"b\"><extra q=\"1\"/></sms></smses>"
        let events = readAll(SBRReader.init, xml)
        #expect(events.errors.isEmpty)
        #expect(events.records.map(\.body) == ["b"])
    }

    @Test func overlongBodyIsCutAndCounted() {
        let body = String(repeating: "ا", count: SBRReader.maximumValueSize)  // two bytes each: twice the limit
        let xml = "<smses><sms address=\"1\" date=\"1\" type=\"1\" body=\"\(body)\" /></smses>"
        let record = readAll(SBRReader.init, xml, chunkSize: 65536).records.first
        #expect(record?.body.utf8.count == SBRReader.maximumValueSize)
        #expect(record?.repairs == 1)
    }

    // Traps of log-formats.md §1 not covered above.

    /// MMS dates are milliseconds in most SBR files and seconds in some: both give milliseconds.
    /// `msg_box` 2 is sent; without an `addr` of type 137 the `address` (a `~`-joined group) is the key.
    @Test(arguments: [1, 5, 1 << 20])
    func mmsDatesInMillisecondsOrSecondsAndGroupAddresses(_ chunkSize: Int) throws {
        let xml = """
            <smses count="3">
            <mms date="1680729606000" msg_box="2" address="+989121112233~+989350000000" m_type="128"><parts><part seq="0" ct="text/plain" text="پیام گروهی" /></parts><addrs><addr address="+989121112233" type="151" charset="106" /><addr address="+989350000000" type="151" charset="106" /></addrs></mms>
            <mms date="1680729606" msg_box="1" address="+989121112233"><parts><part seq="0" ct="text/plain" text="null" /><part seq="1" ct="text/plain" text="RCS متنی" /></parts></mms>
            <mms date="1680729607000" msg_box="3" address="null"><parts /></mms>
            </smses>
            """
        let events = readAll(SBRReader.init, xml, chunkSize: chunkSize)
        #expect(events.errors.isEmpty)
        let records = events.records
        try #require(records.count == 3)
        #expect(records.map(\.date) == [1_680_729_606_000, 1_680_729_606_000, 1_680_729_607_000])
        #expect(records.map(\.direction) == [.sent, .received, .draft])
        #expect(records.map(\.sender) == ["+989121112233~+989350000000", "+989121112233", ""])
        #expect(records.map(\.body) == ["پیام گروهی", "RCS متنی", ""])
        #expect(records.map(\.kind) == ["mms", "mms", "mms"])
        #expect(records.map(\.line) == [2, 3, 4])
    }

    @Test(arguments: [(4, LogRecord.Direction.outbox), (5, .failed), (6, .queued), (0, .unknown)])
    func everySMSTypeGivesItsDirection(_ type: Int, _ direction: LogRecord.Direction) {
        let xml = "<smses><sms address=\"3000\" date=\"1714000000000\" type=\"\(type)\" body=\"x\" /></smses>"
        #expect(readAll(SBRReader.init, xml).records.map(\.direction) == [direction])
    }

    /// Converters write whole files on one line; positions are still exact.
    @Test(arguments: [1, 4, 1 << 20])
    func singleLineFileGivesExactColumns(_ chunkSize: Int) {
        let xml = "<?xml version='1.0'?><smses><sms address=\"1\" date=\"1714000000000\" type=\"1\" body=\"a\" /><sms address=\"2\" date=\"1714000000001\" type=\"1\" body=\"b\" /></smses>"
        let records = readAll(SBRReader.init, xml, chunkSize: chunkSize).records
        #expect(records.map(\.line) == [1, 1])
        #expect(records.map(\.column) == [29, 87])  // after `<?xml version='1.0'?><smses>`, then 58 bytes on
        #expect(records.map(\.date) == [1_714_000_000_000, 1_714_000_000_001])
    }

    /// Invalid characters are replaced and counted: a `&#0;` reference, a reference past U+10FFFF, and
    /// bytes that are not UTF-8. Hex references and unknown entities are read as written.
    @Test func invalidCharactersAreRepairedAndCounted() throws {
        var bytes = Array("<smses><sms address=\"3000\" date=\"1\" type=\"1\" body=\"a&#0;b&#x1F600;c&#1114112;d&nbsp;".utf8)
        bytes += [0xC3, 0x28]  // a broken two-byte sequence
        bytes += Array("e\" /></smses>".utf8)
        let record = try #require(readAll(SBRReader.init, bytes).records.first)
        #expect(record.body == "a\u{FFFD}b😀c\u{FFFD}d&nbsp;\u{FFFD}(e")
        #expect(record.repairs == 3)
    }
}
