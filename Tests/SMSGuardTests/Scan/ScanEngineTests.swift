import Testing
@testable import SMSGuard

// MARK: - Building logs in memory

/// Characters that must be escaped in an SBR attribute value.
func sbrEscaped(_ text: String) -> String {
    var escaped = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": escaped += "&amp;"
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        case "\"": escaped += "&quot;"
        case "\n": escaped += "&#10;"
        default: escaped.unicodeScalars.append(scalar)
        }
    }
    return escaped
}

/// One `<sms>` element as SMS Backup & Restore writes it.
func sbrSMS(address: String, date: Int64, type: Int, body: String) -> String {
    #"  <sms protocol="0" address="\#(sbrEscaped(address))" date="\#(date)" type="\#(type)" subject="null" body="\#(sbrEscaped(body))" toa="null" read="1" status="-1" />"#
}

/// A whole SBR file around `elements`, one per line (the first element on line 3).
func sbrLog(_ elements: [String]) -> String {
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"\(elements.count)\">\n"
        + elements.joined(separator: "\n") + "\n</smses>\n"
}

/// Messages of every verdict, for the built-in registry.
enum ScanSamples {
    /// همه چیزکالا from a mobile number: spoofed.
    static let spoofed = (sender: "09127654321", text: "همه چیزكالا: سفارش شما لغو شد. برای استرداد وجه روی لینک بزنید:\nhttps://bit.ly/hchk-refund")
    /// همه چیزکالا from its declared sender: authentic.
    static let authentic = (sender: "200053467", text: "همه چیزکالا: سفارش ۴۸۲۱۹ شما ثبت شد.")
    /// کالاک declares no sender: unverified.
    static let unverified = (sender: "9830005556667", text: "کالاک: حساب کاربری شما مسدود شد.")
    /// No shop at all: unrelated.
    static let unrelated = (sender: "+989373334455", text: "جلسه فردا ساعت ۱۰ در دفتر برگزار می‌شود.")
}

/// A deterministic log of `count` records of every kind: the four verdicts, sent messages, drafts, and
/// duplicates (the same message with the sender written another way), with multi-line and quoted text.
func generatedSBRLog(count: Int) -> [UInt8] {
    var elements: [String] = []
    let base: Int64 = 1_759_000_000_000
    for index in 0..<count {
        let date = base + Int64(index) * 60_000
        switch index % 10 {
        case 0, 5:
            elements.append(sbrSMS(address: "0912\(1_000_000 + index % 997)", date: date, type: 1, body: ScanSamples.spoofed.text + " \(index)"))
        case 1:
            elements.append(sbrSMS(address: ScanSamples.authentic.sender, date: date, type: 1, body: ScanSamples.authentic.text + "\n\"\(index)\" & <ok>"))
        case 2:
            elements.append(sbrSMS(address: ScanSamples.unverified.sender, date: date, type: 1, body: ScanSamples.unverified.text + " \(index)"))
        case 3:
            elements.append(sbrSMS(address: ScanSamples.unrelated.sender, date: date, type: 1, body: ScanSamples.unrelated.text + " \(index)"))
        case 4:
            // The previous record again, the sender written another way: a duplicate.
            let previousDate = base + Int64(index - 1) * 60_000
            elements.append(sbrSMS(address: "+98 937 333 4455", date: previousDate, type: 1, body: ScanSamples.unrelated.text + " \(index - 1)"))
        case 6:
            elements.append(sbrSMS(address: "09121111111", date: date, type: 2, body: "پیام فرستاده \(index)"))
        case 7:
            elements.append(sbrSMS(address: ScanSamples.spoofed.sender, date: date, type: 1, body: "سلام،\nپیام شماره \(index) — بی‌نام"))
        case 8:
            elements.append(sbrSMS(address: "200053467", date: date, type: 3, body: "پیش‌نویس \(index)"))
        default:
            elements.append(sbrSMS(address: "3000\(index)", date: date, type: 1, body: "همه چیزکالا | جایزه \(index) 🎁 شماره کارت را وارد کنید"))
        }
    }
    return Array(sbrLog(elements).utf8)
}

/// Scans an in-memory SBR log and returns every event, in the order delivered, and the summary.
func scanSBR(
    _ bytes: [UInt8], path: String = "log.xml", options: ScanOptions = ScanOptions(), batchSize: Int? = nil,
    chunkSize: Int = 1 << 20, registry: Registry = BuiltinRegistry.registry
) -> (events: [ScanEvent], summary: ScanSummary) {
    var options = options
    if let batchSize { options.batchSize = batchSize }
    let engine = ScanEngine(classifier: Classifier(registry: registry), options: options)
    var reader = SBRReader(source: ByteSource(bytes: bytes, path: path, chunkSize: chunkSize))
    var events: [ScanEvent] = []
    var summary = ScanSummary()
    summary.begin(file: path)
    engine.scan(&reader, file: path, deliver: { event in
        events.append(event)
        summary.add(event)
    })
    return (events, summary)
}

func scanSBR(_ text: String, options: ScanOptions = ScanOptions(), batchSize: Int? = nil) -> (events: [ScanEvent], summary: ScanSummary) {
    scanSBR(Array(text.utf8), options: options, batchSize: batchSize)
}

extension ScanEvent {
    /// The record index of a classified or skipped event; nil for an unreadable one.
    var recordIndex: Int? {
        switch self {
        case .classified(let message, _): return message.record.index
        case .skipped(let record, _, _): return record.index
        case .unreadable: return nil
        }
    }

    var skipReason: SkipReason? {
        if case .skipped(_, _, let reason) = self { return reason }
        return nil
    }

    var classifiedMessage: ScannedMessage? {
        if case .classified(let message, _) = self { return message }
        return nil
    }

    var unreadableError: SMSGuardError? {
        if case .unreadable(let error) = self { return error }
        return nil
    }

    var renderedOutput: [UInt8] {
        if case .classified(_, let output) = self { return Array(output) }
        return []
    }
}

/// Every count in `summary` adds up.
func expectBalanced(_ summary: ScanSummary, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(summary.isBalanced, sourceLocation: sourceLocation)
    #expect(summary.recordsRead == summary.classified + summary.skippedTotal + summary.unreadable, sourceLocation: sourceLocation)
    #expect(summary.classified == summary.verdicts.values.reduce(0, +), sourceLocation: sourceLocation)
}

// MARK: - Tests

struct ScanEngineTests {
    static let jsonRender = ScanOptions(render: { $0.appendJSON(to: &$1) })

    @Test func eventsAreDeliveredInInputOrder() {
        let log = generatedSBRLog(count: 500)
        for jobs in [1, 3] {
            var options = Self.jsonRender
            options.jobs = jobs
            let (events, summary) = scanSBR(log, options: options, batchSize: 16)
            #expect(events.count == 500)
            #expect(events.compactMap(\.recordIndex) == Array(1...500), "jobs \(jobs)")
            #expect(summary.recordsRead == 500)
        }
    }

    @Test func classifiedEventsCarryTheFileTheRecordAndTheRenderedBytes() throws {
        let log = sbrLog([sbrSMS(address: ScanSamples.spoofed.sender, date: 1_759_774_620_000, type: 1, body: ScanSamples.spoofed.text)])
        let (events, _) = scanSBR(Array(log.utf8), path: "phone.xml", options: Self.jsonRender)
        try #require(events.count == 1)
        let message = try #require(events[0].classifiedMessage)
        #expect(message.file == "phone.xml")
        #expect(message.record.index == 1)
        #expect(message.record.line == 3)
        #expect(message.verdict.kind == .spoofed)
        #expect(events[0].renderedOutput == message.jsonBytes())
        let json = String(decoding: events[0].renderedOutput, as: UTF8.self)
        #expect(json.hasPrefix(#"{"index":1,"date":"2025-10-06T18:17:00Z","file":"phone.xml","text":"همه چیزكالا: سفارش شما لغو شد. برای استرداد وجه روی لینک بزنید:\nhttps://bit.ly/hchk-refund","sender":"09127654321","#), "\(json)")
    }

    @Test func withoutARendererClassifiedEventsCarryNoBytes() {
        let log = sbrLog([sbrSMS(address: ScanSamples.spoofed.sender, date: 1, type: 1, body: ScanSamples.spoofed.text)])
        let (events, summary) = scanSBR(log)
        #expect(events.count == 1)
        #expect(events.first?.classifiedMessage != nil)
        #expect(events.first?.renderedOutput == [])
        #expect(summary.spoofedTotal == 1)
    }

    @Test(arguments: [2, 4, 8])
    func outputIsByteIdenticalWhateverTheNumberOfJobs(jobs: Int) {
        let log = generatedSBRLog(count: 3000)
        func output(jobs: Int) -> (bytes: [UInt8], summary: ScanSummary, order: [Int]) {
            var options = Self.jsonRender
            options.jobs = jobs
            let (events, summary) = scanSBR(log, options: options, batchSize: 64)
            return (events.flatMap { $0.renderedOutput + [0x0A] }, summary, events.compactMap(\.recordIndex))
        }
        let one = output(jobs: 1)
        let many = output(jobs: jobs)
        #expect(one.bytes.count > 100_000)
        #expect(many.bytes == one.bytes)
        #expect(many.order == one.order)
        #expect(many.summary.classified == one.summary.classified)
        #expect(many.summary.skipped == one.summary.skipped)
        #expect(many.summary.verdicts == one.summary.verdicts)
        expectBalanced(many.summary)
    }


    @Test func batchesEndEarlyOnLongMessagesWithoutChangingTheOutput() {
        let log = generatedSBRLog(count: 600)
        /// The rendered output, and how many batches the scan cut (progress is reported once per batch).
        func scan(batchBytes: Int, jobs: Int) -> (output: [UInt8], batches: Int) {
            var options = Self.jsonRender
            options.jobs = jobs
            options.batchBytes = batchBytes
            let engine = ScanEngine(classifier: Classifier(registry: BuiltinRegistry.registry), options: options)
            var reader = SBRReader(source: ByteSource(bytes: log, path: "log.xml", chunkSize: 1 << 20))
            var output: [UInt8] = []
            var batches = 0
            engine.scan(&reader, file: "log.xml", deliver: { output += $0.renderedOutput + [0x0A] }, progress: { _ in batches += 1 })
            return (output, batches)
        }
        let whole = scan(batchBytes: 1 << 20, jobs: 1)
        let small = scan(batchBytes: 200, jobs: 3)
        let single = scan(batchBytes: 1, jobs: 2)
        #expect(whole.batches <= 3)
        #expect(small.batches > 100)
        #expect(single.batches > 600)
        #expect(small.output == whole.output)
        #expect(single.output == whole.output)
    }

    @Test func generatedLogCountsAreExact() {
        // Of each 10 records: 0, 5, 9 spoofed; 1 authentic; 2 unverified; 3 unrelated; 4 a duplicate of
        // 3; 6 sent; 7 unrelated; 8 a draft.
        var options = Self.jsonRender
        options.jobs = 4
        let (_, summary) = scanSBR(generatedSBRLog(count: 3000), options: options, batchSize: 100)
        #expect(summary.recordsRead == 3000)
        #expect(summary.skipped == [.duplicate: 300, .sent: 300, .draft: 300])
        #expect(summary.classified == 2100)
        #expect(summary.verdicts[.spoofed] == 900)
        #expect(summary.verdicts[.authentic] == 300)
        #expect(summary.verdicts[.unverified] == 300)
        #expect(summary.verdicts[.unrelated] == 600)
        #expect(summary.unreadable == 0)
        expectBalanced(summary)
    }

    @Test(arguments: [1, 4])
    func duplicatesAcrossBatchBoundariesAreDeliveredOnceAndCounted(jobs: Int) {
        // The same message four times: the sender written four ways that share one canonical form.
        let text = ScanSamples.unrelated.text
        let log = sbrLog([
            sbrSMS(address: "+989373334455", date: 1_000_000, type: 1, body: text),
            sbrSMS(address: "other", date: 1_000_000, type: 1, body: "something else"),
            sbrSMS(address: "09373334455", date: 1_000_000, type: 1, body: text),
            sbrSMS(address: "+98 937 333 4455", date: 1_000_000, type: 1, body: text),
            sbrSMS(address: "00989373334455", date: 1_000_000, type: 1, body: text),
        ])
        var options = ScanOptions()
        options.jobs = jobs
        // Batches of one record: every duplicate is in another batch than the first copy.
        let (events, summary) = scanSBR(log, options: options, batchSize: 1)
        #expect(events.compactMap(\.recordIndex) == [1, 2, 3, 4, 5])
        #expect(events.compactMap { $0.classifiedMessage?.record.index } == [1, 2])
        #expect(events.map(\.skipReason) == [nil, nil, .duplicate, .duplicate, .duplicate])
        #expect(summary.skipped == [.duplicate: 3])
        #expect(summary.classified == 2)
        expectBalanced(summary)
    }

    @Test func duplicatesAreRememberedAcrossFilesOfOneEngine() {
        let engine = ScanEngine(classifier: Classifier(registry: BuiltinRegistry.registry), options: ScanOptions())
        let log = Array(sbrLog([sbrSMS(address: "09373334455", date: 5_000, type: 1, body: "سلام")]).utf8)
        var reasons: [SkipReason?] = []
        for path in ["a.xml", "b.xml"] {
            var reader = SBRReader(source: ByteSource(bytes: log, path: path))
            engine.scan(&reader, file: path, deliver: { reasons.append($0.skipReason) })
        }
        #expect(reasons == [nil, .duplicate])
    }

    @Test(arguments: [
        ("a different date", sbrSMS(address: "09373334455", date: 2_000_001, type: 1, body: "سلام")),
        ("a different text", sbrSMS(address: "09373334455", date: 2_000_000, type: 1, body: "سلام!")),
        ("a different sender", sbrSMS(address: "09373334456", date: 2_000_000, type: 1, body: "سلام")),
    ])
    func messagesThatDifferInOneFieldAreNotDuplicates(_ difference: String, _ other: String) {
        let log = sbrLog([sbrSMS(address: "09373334455", date: 2_000_000, type: 1, body: "سلام"), other])
        let (events, summary) = scanSBR(log)
        #expect(events.compactMap { $0.classifiedMessage?.record.index } == [1, 2], "\(difference)")
        #expect(summary.skipped[.duplicate] == nil)
    }

    @Test func aSentCopyOfAReceivedMessageIsNotADuplicateWhenSentMessagesAreIncluded() {
        let log = sbrLog([
            sbrSMS(address: "09373334455", date: 2_000_000, type: 1, body: "سلام"),
            sbrSMS(address: "09373334455", date: 2_000_000, type: 2, body: "سلام"),
        ])
        let (events, summary) = scanSBR(log, options: ScanOptions(includeSent: true))
        #expect(events.compactMap { $0.classifiedMessage?.record.index } == [1, 2])
        #expect(summary.skippedTotal == 0)
    }

    @Test func sentMessagesAreSkippedUnlessIncluded() {
        let log = sbrLog([
            sbrSMS(address: ScanSamples.spoofed.sender, date: 10, type: 2, body: ScanSamples.spoofed.text),
            sbrSMS(address: ScanSamples.unrelated.sender, date: 11, type: 1, body: ScanSamples.unrelated.text),
        ])
        let skipping = scanSBR(log)
        #expect(skipping.events.map(\.skipReason) == [.sent, nil])
        #expect(skipping.summary.skipped == [.sent: 1])
        #expect(skipping.summary.classified == 1)
        #expect(skipping.summary.spoofedTotal == 0)
        expectBalanced(skipping.summary)

        let including = scanSBR(log, options: ScanOptions(includeSent: true))
        #expect(including.events.map(\.skipReason) == [nil, nil])
        #expect(including.events.first?.classifiedMessage?.record.direction == .sent)
        #expect(including.summary.classified == 2)
        #expect(including.summary.skippedTotal == 0)
        #expect(including.summary.spoofedTotal == 1)
        expectBalanced(including.summary)
    }

    @Test(arguments: [
        (3, SkipReason.draft), (4, .outbox), (5, .failed), (6, .queued), (0, .unknownDirection), (9, .unknownDirection),
    ])
    func recordsThatWereNotReceivedAreSkippedWithTheirReason(type: Int, reason: SkipReason) {
        let log = sbrLog([
            sbrSMS(address: ScanSamples.spoofed.sender, date: 10, type: type, body: ScanSamples.spoofed.text),
            sbrSMS(address: ScanSamples.spoofed.sender, date: 11, type: 1, body: ScanSamples.spoofed.text),
        ])
        for includeSent in [false, true] {
            let (events, summary) = scanSBR(log, options: ScanOptions(includeSent: includeSent))
            #expect(events.map(\.skipReason) == [reason, nil])
            #expect(summary.skipped == [reason: 1])
            #expect(summary.classified == 1)
            expectBalanced(summary)
        }
    }

    @Test func skippedEventsNameTheirFileAndRecord() throws {
        let log = Array(sbrLog([sbrSMS(address: "1", date: 1, type: 3, body: "پیش‌نویس")]).utf8)
        let (events, _) = scanSBR(log, path: "drafts.xml")
        try #require(events.count == 1)
        guard case .skipped(let record, let file, let reason) = events[0] else {
            Issue.record("expected a skipped event, got \(events[0])")
            return
        }
        #expect(file == "drafts.xml")
        #expect(reason == .draft)
        #expect(record.body == "پیش‌نویس")
        #expect(record.index == 1)
    }

    @Test(arguments: [1, 4])
    func malformedRecordsPassThroughInOrderAndTheRestIsClassified(jobs: Int) {
        let log = """
            <smses>
            <sms address="09373334455" date="1" type="1" body="اول" />
            <sms address=09373334455 date="2" type="1" body="بد" />
            <sms address="09373334455" date="3" type="1" body="سوم" />
            <sms address="09373334455" date="4" type="1" body="چهارم" / >
            <sms address="09373334455" date="5" type="1" body="پنجم" />
            </smses>
            """
        var options = ScanOptions()
        options.jobs = jobs
        let (events, summary) = scanSBR(log, options: options, batchSize: 2)
        #expect(events.count == 5)
        #expect(events.compactMap { $0.classifiedMessage?.record.body } == ["اول", "سوم", "پنجم"])
        let errors = events.compactMap(\.unreadableError)
        #expect(errors.map { $0.location?.line } == [3, 5])
        #expect(errors.allSatisfy { $0.location?.path == "log.xml" && $0.kind == .badData })
        // Unreadable events come where the records were.
        #expect(events.map { $0.unreadableError != nil } == [false, true, false, true, false])
        #expect(summary.unreadable == 2)
        #expect(summary.classified == 3)
        #expect(summary.recordsRead == 5)
        #expect(summary.unreadableErrors == errors)
        expectBalanced(summary)
    }

    @Test(arguments: [1, 4])
    func truncatedFileDeliversWhatWasReadAndCountsTheCutRecord(jobs: Int) {
        let whole = String(decoding: generatedSBRLog(count: 50), as: UTF8.self)
        // Cut inside the body of the 41st record.
        let lines = whole.split(separator: "\n", omittingEmptySubsequences: false)
        let cut = lines[0..<42].joined(separator: "\n") + "\n" + lines[42].prefix(80)
        var options = ScanOptions()
        options.jobs = jobs
        let (events, summary) = scanSBR(Array(cut.utf8), options: options, batchSize: 8)
        #expect(summary.recordsRead == 41)
        #expect(summary.unreadable == 1)
        #expect(events.last?.unreadableError?.message.contains("truncated") == true)
        #expect(events.last?.unreadableError?.location?.line == 43)
        #expect(events.compactMap(\.recordIndex) == Array(1...40))
        expectBalanced(summary)
    }

    @Test func emptyInputDeliversNothing() {
        let (events, summary) = scanSBR("")
        #expect(events.isEmpty)
        #expect(summary.recordsRead == 0)
        expectBalanced(summary)
    }

    @Test func progressReportsTheBytesReadUpToTheWholeInput() {
        let log = generatedSBRLog(count: 300)
        var options = ScanOptions()
        options.batchSize = 50
        let engine = ScanEngine(classifier: Classifier(registry: BuiltinRegistry.registry), options: options)
        var reader = SBRReader(source: ByteSource(bytes: log, path: "log.xml", chunkSize: 4096))
        var reports: [Int] = []
        engine.scan(&reader, file: "log.xml", deliver: { _ in }, progress: { reports.append($0) })
        #expect(reports.count >= 6)
        #expect(reports == reports.sorted())
        #expect(reports.last == log.count)
    }

    /// A reader of prepared events that notes how many events had been delivered each time it is asked.
    private struct ScriptedReader: LogReader {
        var events: [LogEvent]
        let delivered: () -> Int
        var deliveredWhenAsked: [Int] = []
        var bytesRead: Int { deliveredWhenAsked.count }

        mutating func next() -> LogEvent? {
            deliveredWhenAsked.append(delivered())
            return events.isEmpty ? nil : events.removeFirst()
        }
    }

    private static func received(_ index: Int) -> LogEvent {
        .record(LogRecord(index: index, sender: "09373334455", body: "پیام \(index)", date: Int64(index), direction: .received))
    }

    @Test(arguments: [1, 4])
    func resultsReadBeforeAPauseInTheInputAreDeliveredBeforeReadingOn(jobs: Int) {
        // A stream: two records, then the producer pauses, then a third record.
        var options = ScanOptions(jobs: jobs)
        options.batchSize = 100
        let engine = ScanEngine(classifier: Classifier(registry: BuiltinRegistry.registry), options: options)
        // The deliver closure and the reader share the list of delivered records through a box.
        final class Delivered { var indices: [Int] = [] }
        let delivered = Delivered()
        var reader = ScriptedReader(
            events: [Self.received(1), Self.received(2), .idle, .idle, Self.received(3)], delivered: { delivered.indices.count })
        engine.scan(&reader, file: "-", deliver: { event in
            if let index = event.recordIndex { delivered.indices.append(index) }
        })
        #expect(delivered.indices == [1, 2, 3])
        // Asked for the event after the first pause (the second `.idle`), both records were out.
        #expect(reader.deliveredWhenAsked.count == 6)
        #expect(reader.deliveredWhenAsked[3] == 2, "\(reader.deliveredWhenAsked)")
    }

    @Test(arguments: [1, 4])
    func scanStopsReadingWhenAskedToStop(jobs: Int) {
        var options = ScanOptions(jobs: jobs)
        options.batchSize = 10
        let engine = ScanEngine(classifier: Classifier(registry: BuiltinRegistry.registry), options: options)
        var reader = ScriptedReader(events: (1...1000).map(Self.received), delivered: { 0 })
        var delivered: [Int] = []
        engine.scan(&reader, file: "log", deliver: { event in
            if let index = event.recordIndex { delivered.append(index) }
        }, shouldStop: { !delivered.isEmpty })
        // What was read is delivered, in order; the rest of the input is never read.
        #expect(!delivered.isEmpty)
        #expect(delivered == Array(1...delivered.count))
        #expect(delivered.count <= 10 * 2 * jobs + 10)
        #expect(reader.events.count >= 1000 - (10 * 2 * jobs + 10))
    }

    @Test func ndjsonLogsAreScannedLikeSBRLogs() {
        let ndjson = """
            {"address": "09127654321", "body": "همه چیزكالا: سفارش شما لغو شد https://bit.ly/x", "date": 1759774620000, "type": 1}
            {"address": "+98 912 765 4321", "body": "همه چیزكالا: سفارش شما لغو شد https://bit.ly/x", "date": 1759774620000, "type": 1}
            {"address": "09127654321", "body": "sent", "date": 1759774620001, "type": 2}
            not json
            {"address": "200053467", "body": "همه چیزکالا: سفارش شما ثبت شد", "date": "2025-10-06T18:17:00Z"}

            """
        var options = ScanOptions(jobs: 2)
        options.batchSize = 2
        let engine = ScanEngine(classifier: Classifier(registry: BuiltinRegistry.registry), options: options)
        var reader = NDJSONReader(source: ByteSource(bytes: Array(ndjson.utf8), path: "-", chunkSize: 5))
        var summary = ScanSummary()
        var kinds: [String] = []
        engine.scan(&reader, file: "-", deliver: { event in
            summary.add(event)
            switch event {
            case .classified(let message, _): kinds.append(message.verdict.kind.rawValue)
            case .skipped(_, _, let reason): kinds.append(reason.rawValue)
            case .unreadable(let error): kinds.append("unreadable \(error.location?.line ?? 0)")
            }
        })
        #expect(kinds == ["spoofed", "duplicate", "sent", "unreadable 4", "authentic"])
        expectBalanced(summary)
    }
}
