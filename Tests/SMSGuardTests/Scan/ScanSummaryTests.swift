import Testing
@testable import SMSGuard

/// Two shops that declare senders (so that both can be spoofed) and one that declares none.
private let twoShopRegistry: Registry = {
    let json = """
        {"shops": [
          {"id": "alef", "names": ["فروشگاه الف"], "senders": ["30001111"], "reportEmail": "abuse@alef.example", "domains": ["alef.example"]},
          {"id": "be", "names": ["فروشگاه به"], "senders": ["30002222"], "reportEmail": null, "domains": []},
          {"id": "pe", "names": ["فروشگاه په"], "senders": [], "reportEmail": null, "domains": []}
        ]}
        """
    do { return try Registry(json: json, path: "test.json") } catch { fatalError("\(error)") }
}()

private let classifier = Classifier(registry: twoShopRegistry)

/// A classified event for `text` from `sender` at `date`.
private func classified(_ sender: String, _ text: String, date: Int64?, index: Int = 1, file: String = "log") -> ScanEvent {
    let record = LogRecord(index: index, sender: sender, body: text, date: date, direction: .received)
    return .classified(ScannedMessage(file: file, record: record, verdict: classifier.classify(sender: sender, text: text)), output: [])
}

private func summarize(_ events: [ScanEvent]) -> ScanSummary {
    var summary = ScanSummary()
    summary.begin(file: "log")
    for event in events { summary.add(event) }
    return summary
}

/// 2025-10-06 12:00:00 UTC.
private let day: Int64 = 1_759_752_000_000
private let hour: Int64 = 3_600_000

struct ScanSummaryTests {
    @Test func messageTemplatesHaveTheVerdictsTheTestsNeed() {
        #expect(classifier.classify(sender: "09120000001", text: "فروشگاه الف: سفارش شما لغو شد").kind == .spoofed)
        #expect(classifier.classify(sender: "09120000001", text: "فروشگاه به: سفارش شما لغو شد").kind == .spoofed)
        #expect(classifier.classify(sender: "30001111", text: "فروشگاه الف: سفارش شما ثبت شد").kind == .authentic)
        #expect(classifier.classify(sender: "09120000001", text: "فروشگاه په: سفارش شما ثبت شد").kind == .unverified)
        #expect(classifier.classify(sender: "09120000001", text: "سلام").kind == .unrelated)
    }

    @Test func countsEveryKindOfEvent() {
        let record = LogRecord(index: 1, sender: "1", body: "x", date: nil, direction: .sent)
        let error = SMSGuardError(.badData, "bad", at: SourceLocation(path: "log", line: 3, column: 4))
        let summary = summarize([
            classified("09120000001", "فروشگاه الف: سفارش شما لغو شد", date: day),
            classified("30001111", "فروشگاه الف: سفارش شما ثبت شد", date: day),
            classified("09120000001", "فروشگاه په: سفارش", date: day),
            classified("09120000001", "سلام", date: day),
            .skipped(record, file: "log", reason: .sent),
            .skipped(record, file: "log", reason: .duplicate),
            .skipped(record, file: "log", reason: .duplicate),
            .unreadable(error),
        ])
        #expect(summary.files == ["log"])
        #expect(summary.recordsRead == 8)
        #expect(summary.classified == 4)
        #expect(summary.skipped == [.sent: 1, .duplicate: 2])
        #expect(summary.skippedTotal == 3)
        #expect(summary.unreadable == 1)
        #expect(summary.unreadableErrors == [error])
        #expect(summary.verdicts == [.spoofed: 1, .authentic: 1, .unverified: 1, .unrelated: 1])
        #expect(summary.spoofedTotal == 1)
        #expect(summary.isBalanced)
    }

    @Test func perShopTalliesCountEachVerdictForTheShopItNames() {
        let summary = summarize([
            classified("09120000001", "فروشگاه الف: سفارش شما لغو شد", date: day),
            classified("09120000002", "فروشگاه الف: سفارش شما لغو شد", date: day + 1),
            classified("09120000003", "فروشگاه به: سفارش شما لغو شد", date: day + 2),
            classified("30001111", "فروشگاه الف: سفارش شما ثبت شد", date: day + 3),
            classified("09120000004", "فروشگاه په: سفارش", date: day + 4),
            classified("09120000004", "فروشگاه په: سفارش دوم", date: day + 5),
        ])
        #expect(summary.shops["alef"]?.spoofed == 2)
        #expect(summary.shops["alef"]?.authentic == 1)
        #expect(summary.shops["alef"]?.unverified == 0)
        #expect(summary.shops["be"]?.spoofed == 1)
        #expect(summary.shops["pe"]?.unverified == 2)
        #expect(summary.shops["pe"]?.spoofed == 0)
        #expect(summary.spoofedShops == ["alef", "be"])
        #expect(summary.shops["alef"]?.spoofedMessages.map(\.record.date) == [day, day + 1])
    }

    @Test func spoofedShopsAreOrderedByCountThenID() {
        let summary = summarize([
            classified("09120000003", "فروشگاه به: سفارش شما لغو شد", date: day),
            classified("09120000001", "فروشگاه الف: سفارش شما لغو شد", date: day),
            classified("09120000003", "فروشگاه به: سفارش شما لغو شد!", date: day),
        ])
        #expect(summary.spoofedShops == ["be", "alef"])
        let tie = summarize([
            classified("09120000003", "فروشگاه به: سفارش شما لغو شد", date: day),
            classified("09120000001", "فروشگاه الف: سفارش شما لغو شد", date: day),
        ])
        #expect(tie.spoofedShops == ["alef", "be"])
    }

    @Test func firstAndLastDatesAreTheEarliestAndLatestWhateverTheOrder() {
        let summary = summarize([
            classified("09120000001", "فروشگاه الف: سفارش شما لغو شد", date: day + 5 * hour),
            classified("09120000001", "فروشگاه الف: سفارش شما لغو شد", date: day - 2 * hour),
            classified("09120000001", "فروشگاه الف: سفارش شما لغو شد", date: nil),
            classified("09120000001", "فروشگاه الف: سفارش شما لغو شد", date: day + 9 * hour),
            classified("09120000001", "فروشگاه الف: سفارش شما لغو شد", date: day),
            // An unrelated message widens the log's dates but not the shop's.
            classified("09120000001", "سلام", date: day + 100 * hour),
            classified("30001111", "فروشگاه الف: سفارش شما ثبت شد", date: day - 100 * hour),
        ])
        #expect(summary.shops["alef"]?.firstSpoofed == day - 2 * hour)
        #expect(summary.shops["alef"]?.lastSpoofed == day + 9 * hour)
        #expect(summary.shops["alef"]?.spoofed == 5)
        #expect(summary.firstDate == day - 100 * hour)
        #expect(summary.lastDate == day + 100 * hour)
    }

    @Test func aShopSpoofedOnlyWithoutDatesHasNoDateRange() {
        let summary = summarize([classified("09120000001", "فروشگاه الف: سفارش شما لغو شد", date: nil)])
        #expect(summary.shops["alef"]?.spoofed == 1)
        #expect(summary.shops["alef"]?.firstSpoofed == nil)
        #expect(summary.shops["alef"]?.lastSpoofed == nil)
        #expect(summary.firstDate == nil)
        #expect(summary.spoofedByDay.isEmpty)
    }

    @Test func topSpoofingSendersAreCountedByCanonicalSenderPerShop() {
        let text = "فروشگاه الف: سفارش شما لغو شد"
        let summary = summarize([
            classified("09120000002", text, date: day),
            classified("+98 912 000 0002", text, date: day),
            classified("00989120000002", text, date: day),
            classified("09120000009", text, date: day),
            classified("09120000009", text, date: day),
            classified("09120000001", text, date: day),
            classified("09120000005", "فروشگاه به: سفارش شما لغو شد", date: day),
            classified("09120000005", "فروشگاه به: سفارش شما لغو شد", date: day),
            classified("09120000005", "فروشگاه به: سفارش شما لغو شد", date: day),
            classified("09120000005", "فروشگاه به: سفارش شما لغو شد", date: day),
            // Not spoofed: not counted.
            classified("09120000007", "فروشگاه په: سفارش", date: day),
        ])
        let alef = summary.topSpoofingSenders(of: "alef", limit: 5)
        #expect(alef.map(\.sender) == ["+989120000002", "+989120000009", "+989120000001"])
        #expect(alef.map(\.count) == [3, 2, 1])
        let limited = summary.topSpoofingSenders(of: "alef", limit: 2)
        #expect(limited.map(\.sender) == ["+989120000002", "+989120000009"])
        #expect(summary.topSpoofingSenders(of: "be", limit: 5).map(\.sender) == ["+989120000005"])
        #expect(summary.topSpoofingSenders(of: "be", limit: 5).map(\.count) == [4])
        #expect(summary.topSpoofingSenders(of: "pe", limit: 5).isEmpty)
        let all = summary.topSpoofingSenders(limit: 3)
        #expect(all.map(\.sender) == ["+989120000005", "+989120000002", "+989120000009"])
        #expect(all.map(\.count) == [4, 3, 2])
        #expect(summary.isSenderRankingExact)
    }

    @Test func aSenderSpoofingTwoShopsIsAddedUpInTheOverallRanking() {
        let summary = summarize([
            classified("09120000001", "فروشگاه الف: سفارش شما لغو شد", date: day),
            classified("09120000001", "فروشگاه به: سفارش شما لغو شد", date: day),
            classified("09120000002", "فروشگاه الف: سفارش شما لغو شد", date: day),
        ])
        let all = summary.topSpoofingSenders(limit: 5)
        #expect(all.map(\.sender) == ["+989120000001", "+989120000002"])
        #expect(all.map(\.count) == [2, 1])
    }

    @Test func spoofedByDayIsKeyedByTheTehranCalendarDay() {
        let text = "فروشگاه الف: سفارش شما لغو شد"
        let summary = summarize([
            // 2025-10-06 20:00 UTC is 23:30 in Tehran: still the 6th.
            classified("09120000001", text, date: 1_759_780_800_000),
            // 2025-10-06 21:00 UTC is 00:30 on the 7th in Tehran.
            classified("09120000001", text, date: 1_759_784_400_000),
            // 2025-10-07 10:00 UTC.
            classified("09120000001", text, date: 1_759_831_200_000),
            // 2020-06-30 20:00 UTC is 00:30 on 1 July in Tehran summer time (+4:30), 23:30 at +3:30.
            classified("09120000001", text, date: 1_593_547_200_000),
            // Not spoofed: not counted.
            classified("30001111", "فروشگاه الف: سفارش شما ثبت شد", date: 1_759_831_200_000),
            classified("09120000001", text, date: nil),
        ])
        #expect(summary.spoofedByDay == ["2025-10-06": 1, "2025-10-07": 2, "2020-07-01": 1])
    }

    @Test func risksAreCountedOncePerMessage() throws {
        let text = "فروشگاه الف: سفارش شما لغو شد https://bit.ly/aaa و https://bit.ly/bbb و https://tinyurl.com/ccc"
        let verdict = classifier.classify(sender: "09120000001", text: text)
        let shortened = verdict.risks.filter { $0.kind == .shortenedLink }
        try #require(shortened.count >= 2, "the message should carry several shortened links: \(verdict.risks.map(\.kind))")
        let kinds = Set(verdict.risks.map(\.kind))
        let summary = summarize([
            classified("09120000001", text, date: day),
            classified("09120000002", text, date: day),
            classified("09120000003", "سلام", date: day),
        ])
        #expect(summary.risks[.shortenedLink] == 2)
        #expect(summary.risks == Dictionary(uniqueKeysWithValues: kinds.map { ($0, 2) }))
        #expect(summary.messagesWithRisks == 2)
    }

    @Test func keptMessagesAreCappedPerShopWhileCountsStayExact() {
        let text = "فروشگاه الف: سفارش شما لغو شد"
        let verdict = classifier.classify(sender: "09120000001", text: text)
        let total = ScanSummary.keptPerShop + 37
        var summary = ScanSummary()
        for index in 1...total {
            // Dates run backwards, so the first and last spoofed dates come from messages not kept.
            let record = LogRecord(index: index, sender: "09120000001", body: text, date: day - Int64(index) * 1000, direction: .received)
            summary.add(.classified(ScannedMessage(file: "log", record: record, verdict: verdict), output: []))
        }
        summary.add(classified("09120000001", "فروشگاه به: سفارش شما لغو شد", date: day))
        let alef = summary.shops["alef"]
        #expect(alef?.spoofed == total)
        #expect(alef?.spoofedMessages.count == ScanSummary.keptPerShop)
        #expect(alef?.spoofedMessages.first?.record.index == 1)
        #expect(alef?.spoofedMessages.last?.record.index == ScanSummary.keptPerShop)
        #expect(alef?.firstSpoofed == day - Int64(total) * 1000)
        #expect(alef?.lastSpoofed == day - 1000)
        #expect(summary.shops["be"]?.spoofedMessages.count == 1)
        #expect(summary.spoofedTotal == total + 1)
        #expect(summary.topSpoofingSenders(of: "alef", limit: 1).first?.count == total)
        #expect(summary.isBalanced)
    }

    @Test func listedErrorsAreCappedWhileUnreadableRecordsAreAllCounted() {
        var summary = ScanSummary()
        for line in 1...(ScanSummary.listedErrors + 5) {
            summary.add(.unreadable(SMSGuardError(.badData, "bad", at: SourceLocation(path: "log", line: line, column: 1))))
        }
        #expect(summary.unreadable == ScanSummary.listedErrors + 5)
        #expect(summary.unreadableErrors.count == ScanSummary.listedErrors)
        #expect(summary.unreadableErrors.last?.location?.line == ScanSummary.listedErrors)
        #expect(summary.recordsRead == ScanSummary.listedErrors + 5)
        #expect(summary.isBalanced)
    }

    @Test func repairsAndLocalTimesAreCounted() {
        var record = LogRecord(index: 1, sender: "09120000001", body: "سلام", date: day, direction: .received)
        record.repairs = 2
        record.isLocalTime = true
        var sent = LogRecord(index: 2, sender: "09120000001", body: "x", date: day, direction: .sent)
        sent.repairs = 1
        var summary = ScanSummary()
        summary.add(.classified(ScannedMessage(file: "log", record: record, verdict: classifier.classify(sender: "09120000001", text: "سلام")), output: []))
        summary.add(.skipped(sent, file: "log", reason: .sent))
        #expect(summary.repairs == 3)
        #expect(summary.localTimes == 1)
    }

    @Test func fileErrorsAreKeptApartFromRecords() {
        var summary = ScanSummary()
        summary.begin(file: "missing.xml")
        let error = SMSGuardError(.missingInput, "cannot open: no such file or directory", at: SourceLocation(path: "missing.xml"))
        summary.fileFailed(error)
        #expect(summary.files == ["missing.xml"])
        #expect(summary.fileErrors == [error])
        #expect(summary.recordsRead == 0)
        #expect(summary.unreadable == 0)
        #expect(summary.isBalanced)
    }
}
