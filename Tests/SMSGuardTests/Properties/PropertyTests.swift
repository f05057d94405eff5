import Testing
@testable import SMSGuard

/// Properties that hold for every input, checked over deterministic generated inputs.
struct PropertyTests {
    /// A small seeded generator, so a failure is reproducible from its seed.
    struct Generator {
        private var random: SplitMix64
        init(state: UInt64) { random = SplitMix64(seed: state) }
        mutating func next() -> UInt64 { random.next() }
        mutating func int(_ bound: Int) -> Int { random.next(below: bound) }
        mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }

        /// Text mixing Persian, Latin, digits of three alphabets, emoji, markup characters, line breaks,
        /// zero-width and bidi characters.
        mutating func text(maxLength: Int) -> String {
            let pieces = ["همه", "چیز", "کالا", "ي", "ك", "\u{200C}", "\u{202E}", "\u{200B}", " ", "\n", "&", "<", ">", "\"", "'",
                          "۱۲۳", "٤٥", "abc", "HTTP://x.ir", "😀", "🎉", "\u{0640}", "ـ", "%", "\t", ",", "\\", "\u{FFFD}"]
            var text = ""
            for _ in 0..<int(maxLength + 1) { text += pick(pieces) }
            return text
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func readingWhatWasWrittenLosesNothing(seed: UInt64) {
        var random = Generator(state: seed)
        let directions: [LogRecord.Direction] = [.received, .sent, .draft]
        let records = (1...200).map { index in
            LogRecord(
                index: index, sender: random.pick(["+98 912 111 2233", "200053467", "SEPAH BANK", "۰۹۱۲۱۲۳۴۵۶۷", "a&b<c>"]),
                body: random.text(maxLength: 40), date: 1_700_000_000_000 + Int64(random.int(1 << 30)),
                direction: random.pick(directions), kind: random.int(5) == 0 ? "mms" : "sms")
        }
        var writer = SBRWriter(count: records.count)
        records.forEach { writer.append($0) }
        let bytes = writer.finish()
        let read = readAll(SBRReader.init, bytes, chunkSize: 1 + random.int(4096)).records
        #expect(read.count == records.count)
        for (written, back) in zip(records, read) {
            #expect(back.sender == written.sender)
            #expect(back.body == written.body)
            #expect(back.date == written.date)
            #expect(back.direction == written.direction)
            #expect(back.kind == written.kind)
            #expect(back.repairs == 0)
        }
    }

    @Test(arguments: [
        ["200053467", "+98200053467", "98200053467", "0098200053467", "۲۰۰۰۵۳۴۶۷", "+98 200 053 467", "\u{200F}200-053-467\u{200E}", "٢٠٠٠٥٣٤٦٧"],
        ["09121234567", "+989121234567", "989121234567", "00989121234567", "۰۹۱۲۱۲۳۴۵۶۷", "+98 (912) 123-4567", "\u{202A}0912 123 4567\u{202C}"],
        ["200053468", "+98200053468", "۲۰۰۰۵۳۴۶۸", "+98 200 053 468"],
    ])
    func classificationDoesNotDependOnHowTheSenderIsWritten(forms: [String]) {
        let classifier = Classifier(registry: BuiltinRegistry.registry)
        var random = Generator(state: UInt64(forms.count))
        for _ in 0..<40 {
            let text = random.pick(["همه چیزکالا: سفارش شما ارسال شد", "سلام", "کد تایید: ۱۲۳", "همه چیز كالا | کد تخفیف OFF"]) + random.text(maxLength: 8)
            let verdicts = forms.map { classifier.classify(sender: $0, text: text) }
            #expect(Set(verdicts.map(\.kind)).count == 1, "\(text)")
            #expect(Set(verdicts.map { $0.shops.map(\.id) }).count == 1, "\(text)")
            #expect(Set(verdicts.map(\.sender.canonical)).count == 1)
        }
    }

    @Test(arguments: [11, 12, 13, 14])
    func foldingIsIdempotentOnGeneratedText(seed: UInt64) {
        var random = Generator(state: seed)
        for _ in 0..<500 {
            let once = TextFolder.fold(random.text(maxLength: 30)).text
            #expect(TextFolder.fold(once).text == once)
        }
    }

    /// An emoji between letters is folded away by what the letters fold to: a full-width, Cyrillic or
    /// presentation-form letter after it, or an invisible selector between, folds the same the second time.
    @Test(arguments: ["a🎉Ａb", "q⯬аn", "ی🎉ﻙ", "Q⯬\u{FE0F}Ａ", "ب🎉\u{064B}", "x⯬⯬y", "ک🎉\u{FE0F}\u{200D}ی"])
    func foldingAroundAnEmojiIsIdempotent(text: String) {
        let once = TextFolder.fold(text).text
        #expect(TextFolder.fold(once).text == once)
    }

    @Test(arguments: [21, 22, 23])
    func everyScanAccountsForEveryRecord(seed: UInt64) {
        var random = Generator(state: seed)
        var writer = SBRWriter(count: 0)
        var bytes: [UInt8] = []
        for index in 0..<300 {
            let record = LogRecord(index: index, sender: random.pick(["200053467", "09121112233", "null", ""]), body: random.text(maxLength: 20),
                                   date: 1_700_000_000_000 + Int64(random.int(100)), direction: random.pick([.received, .sent, .failed, .received]))
            writer.append(record)
            if random.int(10) == 0 { writer.append(record) }  // a duplicate
        }
        bytes = writer.finish()
        // Damage some records: an unquoted value, and a cut at a random point.
        var text = String(decoding: bytes, as: UTF8.self).replacing("type=\"2\"", with: "type=2")
        text = String(text.prefix(text.count - random.int(text.count / 4)))
        let engine = ScanEngine(classifier: Classifier(registry: BuiltinRegistry.registry), options: ScanOptions(jobs: 1 + random.int(3)))
        var reader = SBRReader(source: ByteSource(bytes: Array(text.utf8), path: "log", chunkSize: 1 + random.int(512)))
        var summary = ScanSummary()
        engine.scan(&reader, file: "log", deliver: { summary.add($0) })
        #expect(summary.isBalanced)
        #expect(summary.recordsRead == summary.classified + summary.skippedTotal + summary.unreadable)
        #expect(summary.unreadable > 0)
        #expect(summary.skipped[.duplicate, default: 0] > 0)
    }
}
