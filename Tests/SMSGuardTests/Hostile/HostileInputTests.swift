import Testing
@testable import SMSGuard

/// Inputs built to break a reader: each ends in a clear error with a location or a documented repair,
/// in bounded time and memory, with every record accounted for.
struct HostileInputTests {
    static let sample: [UInt8] = {
        var writer = SBRWriter(count: 3)
        writer.append(LogRecord(index: 1, sender: "09121112233", body: "همه چیزکالا: سفارش شما لغو شد 😀", date: 1_760_000_000_000, direction: .received))
        writer.append(LogRecord(index: 2, sender: "200053467", body: "a & b < c", date: 1_760_000_100_000, direction: .sent))
        writer.append(LogRecord(index: 3, sender: "+989121112233", body: "تخفیف\nویژه", date: 1_760_000_200_000, direction: .received, kind: "mms"))
        return writer.finish()
    }()

    static func scan(_ bytes: [UInt8], chunkSize: Int = 1 << 20) -> ScanSummary {
        let engine = ScanEngine(classifier: Classifier(registry: BuiltinRegistry.registry), options: ScanOptions(includeSent: true))
        var reader = SBRReader(source: ByteSource(bytes: bytes, path: "hostile.xml", chunkSize: chunkSize))
        var summary = ScanSummary()
        engine.scan(&reader, file: "hostile.xml", deliver: { summary.add($0) })
        return summary
    }

    @Test func truncationAtEveryByteLosesNoRecordSilently() {
        let full = readAll(SBRReader.init, Self.sample).records
        for cut in 0...Self.sample.count {
            let events = readAll(SBRReader.init, Array(Self.sample.prefix(cut)))
            let records = events.records
            // What is read is a prefix of the whole, field for field...
            #expect(records.count <= full.count)
            for (index, record) in records.enumerated() {
                #expect(record.body == full[index].body && record.sender == full[index].sender, "cut at \(cut)")
            }
            // ...and a record cut short is reported, never dropped without a word.
            let started = Self.recordsStarted(in: Array(Self.sample.prefix(cut)))
            #expect(records.count + events.errors.count >= started, "cut at \(cut): \(started) started, \(records.count) read, \(events.errors.count) errors")
            if cut % 5 == 0 { #expect(Self.scan(Array(Self.sample.prefix(cut))).isBalanced) }  // the whole scan, on every fifth cut
        }
    }

    /// How many `<sms` or `<mms` tags a prefix holds.
    static func recordsStarted(in bytes: [UInt8]) -> Int {
        bytes.occurrences(of: Array("<sms ".utf8)).count + bytes.occurrences(of: Array("<mms ".utf8)).count
    }

    @Test func invalidUTF8IsRepairedAndCounted() {
        var bytes = Array("<smses><sms address=\"1\" date=\"1700000000000\" type=\"1\" body=\"ok ".utf8)
        bytes += [0xFF, 0xC3, 0x28, 0xED, 0xA0, 0x80]
        bytes += Array("\" /></smses>".utf8)
        let record = readAll(SBRReader.init, bytes).records.first
        #expect(record?.body.hasPrefix("ok ") == true)
        #expect(record?.body.contains("\u{FFFD}") == true)
        #expect(record?.repairs == 1)
        #expect(record.map { String(validating: $0.bodyBytes, as: UTF8.self) != nil } == true)
    }

    @Test func nulBytesAreKeptAsText() {
        let bytes = Array("<smses><sms address=\"1\" date=\"1\" type=\"1\" body=\"a\0b\" /></smses>".utf8)
        let summary = Self.scan(bytes)
        #expect(summary.classified == 1)
        #expect(readAll(SBRReader.init, bytes).records.first?.body == "a\u{0}b")
    }

    @Test func hundredMegabyteBodyIsCutToTheLimitAndCounted() {
        var bytes = Array("<smses><sms address=\"1\" date=\"1\" type=\"1\" body=\"".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 100 << 20)
        bytes += Array("\" /><sms address=\"2\" date=\"2\" type=\"1\" body=\"next\" /></smses>".utf8)
        let records = readAll(SBRReader.init, bytes).records
        #expect(records.count == 2)
        #expect(records.first?.bodyBytes.count == SBRReader.maximumValueSize)
        #expect(records.first?.repairs == 1)
        #expect(records.last?.body == "next")
    }

    @Test func aMillionAttributesOnOneElementAreReadInLinearTime() {
        var bytes = Array("<smses><sms address=\"1\" date=\"1\" type=\"1\"".utf8)
        for index in 0..<1_000_000 { bytes += Array(" a\(index)=\"v\"".utf8) }
        bytes += Array(" body=\"last\" /></smses>".utf8)
        let records = readAll(SBRReader.init, bytes, chunkSize: 1 << 16).records
        #expect(records.map(\.body) == ["last"])
    }

    @Test func deeplyNestedUnknownElementsAreSkipped() {
        let nested = String(repeating: "<x>", count: 10_000) + String(repeating: "</x>", count: 10_000)
        let bytes = Array("<smses>\(nested)<sms address=\"1\" date=\"1\" type=\"1\" body=\"b\" /></smses>".utf8)
        #expect(readAll(SBRReader.init, bytes).records.map(\.body) == ["b"])
    }

    @Test func policyOfFiftyMegabytesIsRefusedWithAClearError() {
        let policy = [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20)
        #expect(throws: SMSGuardError.self) { try PolicyExtractor.extract(policy: policy, id: "big", fileName: "big.txt") }
        do {
            _ = try PolicyExtractor.extract(policy: policy, id: "big", fileName: "big.txt")
        } catch {
            #expect(error.kind == .badData)
            #expect(error.location == SourceLocation(path: "big.txt"))
            #expect(error.message.contains("50 MiB"))
        }
    }

    @Test func registryWithWrongTypesNamesThePath() {
        let json = #"{"version":1,"shops":[{"id":"x","names":["x"],"senders":[200053467]}]}"#
        #expect(throws: SMSGuardError.self) { try Registry(json: json, path: "r.json") }
        do {
            _ = try Registry(json: json, path: "r.json")
        } catch {
            #expect(error.message.hasPrefix("$.shops[0].senders[0]: expected a string"))
        }
    }
}
