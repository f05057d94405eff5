/// The scan as one self-contained HTML page: Persian first with English beside it, charts as inline SVG
/// with their numbers in tables, no script, no external resource of any kind (a Content-Security-Policy
/// forbids loading anything), every text from the log escaped.
///
/// Tables are capped (`messagesPerShop` spoofed messages per shop, `topSenders` senders) and charts
/// aggregate (per day, or per week over long ranges), so the page stays small for any log.
public struct ScanPage {
    public static let messagesPerShop = 50
    public static let topSenders = 20
    public static let unreadableListed = 20

    public let summary: ScanSummary
    public let registry: Registry
    public let inputs: [String]
    /// When the page is made, milliseconds since the epoch.
    public let generatedAt: Int64
    public let version: String

    public init(summary: ScanSummary, registry: Registry, inputs: [String], generatedAt: Int64, version: String) {
        self.summary = summary
        self.registry = registry
        self.inputs = inputs
        self.generatedAt = generatedAt
        self.version = version
    }

    public func html() -> String {
        var page = head()
        page += "<body>\n<header>\n<h1>گزارش بررسی پیامک‌ها <span class=\"en\">SMS scan report</span></h1>\n"
        page += "<p class=\"meta\">" + inputs.map(HTML.ltr).joined(separator: "، ") + " · "
        page += "ساخته شده \(HTML.escape(JalaliCalendar.tehranText(milliseconds: generatedAt))) <span class=\"en\">generated \(HTML.ltr(Timestamp.iso8601(milliseconds: generatedAt)))</span>"
        if let first = summary.firstDate, let last = summary.lastDate {
            page += " · بازه پیام‌ها <span class=\"en\">messages from</span> \(HTML.ltr(Timestamp.tehran(milliseconds: first))) – \(HTML.ltr(Timestamp.tehran(milliseconds: last)))"
        }
        page += "</p>\n</header>\n<main>\n"
        page += cards() + verdicts() + shops() + timeline() + senders() + risks() + messages() + unreadable()
        page += "</main>\n<footer>\n<p>smsguard \(HTML.ltr(version)) · "
        page += "جدول‌ها کوتاه شده‌اند: \(Self.messagesPerShop) پیام جعلی برای هر فروشگاه و \(Self.topSenders) فرستنده برتر؛ شمارش‌ها کامل‌اند. "
        page += "<span class=\"en\">Tables are capped at \(Self.messagesPerShop) spoofed messages per shop and \(Self.topSenders) top senders; all counts are complete. "
        page += "Every message: <code>smsguard scan … --jsonl</code>.</span></p>\n</footer>\n</body>\n</html>\n"
        return page
    }

    // MARK: Sections

    private func head() -> String {
        """
        <!doctype html>
        <html lang="fa" dir="rtl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <meta name="generator" content="smsguard \(HTML.escape(version))">
        <title>گزارش بررسی پیامک‌ها · SMS scan report</title>
        <style>\(Self.style)</style>
        </head>

        """
    }

    private func cards() -> String {
        let skipped = SkipReason.allCases.compactMap { reason -> String? in
            guard let count = summary.skipped[reason], count > 0 else { return nil }
            return "\(Self.skipLabel(reason)) \(HTML.count(count))"
        }.joined(separator: "، ")
        var html = "<section class=\"cards\" aria-label=\"counts\">\n"
        html += card("read", "خوانده شد", "read", summary.recordsRead, note: nil)
        html += card("classified", "بررسی شد", "classified", summary.classified, note: nil)
        html += card("skipped", "کنار گذاشته شد", "skipped", summary.skippedTotal, note: skipped.isEmpty ? nil : skipped)
        html += card("unreadable", "ناخوانا", "unreadable", summary.unreadable, note: summary.unreadable > 0 ? "خطاها در پایین صفحه <span class=\"en\">listed below</span>" : nil)
        html += card("duplicates", "تکراری", "duplicates", summary.skipped[.duplicate, default: 0], note: nil)
        html += card("spoofed", "جعلی", "spoofed", summary.spoofedTotal, note: nil)
        return html + "</section>\n"
    }

    private func card(_ id: String, _ persian: String, _ english: String, _ value: Int, note: String?) -> String {
        var html = "<div class=\"card \(id)\" id=\"count-\(id)\"><div class=\"value\">\(HTML.count(value))</div>"
        html += "<div class=\"label\">\(persian) <span class=\"en\">\(english)</span></div>"
        if let note { html += "<div class=\"note\">\(note)</div>" }
        return html + "</div>\n"
    }

    private func verdicts() -> String {
        let rows: [(String, String, String, Int, String)] = [
            ("spoofed", "جعلی", "spoofed", summary.verdicts[.spoofed, default: 0], "#c8403c"),
            ("unverified", "تاییدنشدنی", "unverified", summary.verdicts[.unverified, default: 0], "#d99a1e"),
            ("authentic", "اصل", "authentic", summary.verdicts[.authentic, default: 0], "#2e8b62"),
            ("unrelated", "بی‌ارتباط", "unrelated", summary.verdicts[.unrelated, default: 0], "#8a94a6"),
        ]
        var html = section("verdicts", "نتیجه بررسی", "Verdicts")
        html += Self.barChart(rows.map { ($0.2, $0.3, $0.4) }, label: "Verdicts: " + rows.map { "\($0.2) \($0.3)" }.joined(separator: ", "))
        html += table(["نتیجه <span class=\"en\">verdict</span>", "تعداد <span class=\"en\">messages</span>"],
                      rows.map { ["<span class=\"dot\" style=\"background:\($0.4)\"></span>\($0.1) <span class=\"en\">\($0.2)</span>", HTML.count($0.3)] },
                      caption: "تعداد پیام‌ها در هر نتیجه <span class=\"en\">messages per verdict</span>")
        return html + "</section>\n"
    }

    private func shops() -> String {
        let ids = summary.spoofedShops
        var html = section("shops", "فروشگاه‌هایی که به نامشان جعل شده", "Impersonated shops")
        guard !ids.isEmpty else { return html + "<p>هیچ پیام جعلی پیدا نشد. <span class=\"en\">No spoofed messages.</span></p></section>\n" }
        html += Self.barChart(ids.map { ($0, summary.shops[$0]!.spoofed, "#c8403c") }, label: "Spoofed messages per shop")
        let rows = ids.map { id -> [String] in
            let tally = summary.shops[id]!
            let range = tally.firstSpoofed.map { first in
                HTML.ltr(Timestamp.tehran(milliseconds: first)) + " – " + HTML.ltr(Timestamp.tehran(milliseconds: tally.lastSpoofed ?? first))
            } ?? "—"
            return [name(id), HTML.count(tally.spoofed), range, HTML.escape(registry.shop(id: id)?.reportEmail ?? "—")]
        }
        html += table(["فروشگاه <span class=\"en\">shop</span>", "جعلی <span class=\"en\">spoofed</span>", "بازه <span class=\"en\">first – last (Tehran)</span>", "نشانی گزارش <span class=\"en\">report address</span>"],
                      rows, caption: "پیام‌های جعلی برای هر فروشگاه <span class=\"en\">spoofed messages per shop</span>")
        return html + "</section>\n"
    }

    private func timeline() -> String {
        guard let buckets = Self.timeBuckets(summary.spoofedByDay) else { return "" }
        let unit = buckets.unit
        var html = section("timeline", "پیام‌های جعلی در طول زمان", "Spoofed messages per \(unit)")
        html += Self.columnChart(buckets.counts, label: "Spoofed messages per \(unit): " + buckets.counts.prefix(60).map { "\($0.0) \($0.1)" }.joined(separator: ", "))
        let peak = buckets.counts.max { $0.1 < $1.1 }!
        html += "<p>بیشترین: \(HTML.ltr(peak.0)) با \(HTML.count(peak.1)) پیام <span class=\"en\">peak: \(HTML.escape(peak.0)), \(peak.1) messages</span></p>\n"
        html += "<details><summary>اعداد <span class=\"en\">numbers</span></summary>\n"
        let nonzero = buckets.counts.filter { $0.1 > 0 }
        html += table(["\(unit == "day" ? "روز" : unit == "week" ? "هفته" : "ماه") <span class=\"en\">\(unit)</span>", "جعلی <span class=\"en\">spoofed</span>"],
                      nonzero.map { [HTML.ltr($0.0), HTML.count($0.1)] }, caption: "تاریخ‌ها به وقت تهران؛ دوره‌های بی‌پیام حذف شده‌اند <span class=\"en\">Tehran dates; empty periods left out</span>")
        return html + "</details>\n</section>\n"
    }

    /// Spoofed counts per day, week (from Saturday) or month, whichever keeps the chart under about 62
    /// columns, with empty periods included so that gaps show.
    static func timeBuckets(_ byDay: [String: Int]) -> (unit: String, counts: [(String, Int)])? {
        let days = byDay.compactMap { entry -> (Int, Int)? in
            let parts = entry.key.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            return (Timestamp.daysFromCivil(year: parts[0], month: parts[1], day: parts[2]), entry.value)
        }
        guard let first = days.map(\.0).min(), let last = days.map(\.0).max() else { return nil }
        let span = last - first + 1
        let unit = span <= 62 ? "day" : span <= 62 * 7 ? "week" : "month"
        func key(_ day: Int) -> String {
            switch unit {
            case "day": return dayText(day)
            case "week": return dayText(day - ((day + 5) % 7 + 7) % 7)  // back to Saturday; 1970-01-01 was a Thursday
            default:
                let (year, month, _) = Timestamp.civilFromDays(day)
                return "\(year)-\(month < 10 ? "0" : "")\(month)"
            }
        }
        var counts: [(String, Int)] = []
        var index: [String: Int] = [:]
        for day in first...last {
            let bucket = key(day)
            if index[bucket] == nil {
                index[bucket] = counts.count
                counts.append((bucket, 0))
            }
        }
        for (day, count) in days { counts[index[key(day)]!].1 += count }
        return (unit, counts)
    }

    private static func dayText(_ days: Int) -> String {
        let (year, month, date) = Timestamp.civilFromDays(days)
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(date < 10 ? "0" : "")\(date)"
    }

    private func senders() -> String {
        let top = summary.topSpoofingSenders(limit: Self.topSenders)
        guard !top.isEmpty else { return "" }
        var html = section("senders", "فرستنده‌های پرتکرار جعل", "Top spoofing senders")
        html += table(["فرستنده <span class=\"en\">sender</span>", "پیام جعلی <span class=\"en\">spoofed messages</span>", "نوع <span class=\"en\">kind</span>"],
                      top.map { [HTML.ltr($0.sender), HTML.count($0.count), HTML.escape(Sender(parsing: $0.sender).kind.rawValue)] },
                      caption: summary.isSenderRankingExact ? "" : "شمارش برای ۲۰۰٬۰۰۰ فرستنده نخست دقیق است <span class=\"en\">exact for the first 200,000 distinct senders</span>")
        return html + "</section>\n"
    }

    private func risks() -> String {
        guard !summary.risks.isEmpty else { return "" }
        let rows = summary.risks.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
        var html = section("risks", "نشانه‌های خطر", "Warning signs")
        html += "<p>\(HTML.count(summary.messagesWithRisks)) پیام دست‌کم یک نشانه خطر دارند. <span class=\"en\">messages carry at least one warning sign.</span></p>\n"
        html += Self.barChart(rows.map { ($0.key.rawValue, $0.value, "#7a4fc2") }, label: "Warning signs")
        html += table(["نشانه <span class=\"en\">sign</span>", "پیام‌ها <span class=\"en\">messages</span>"],
                      rows.map { ["\(HTML.escape($0.key.explanation.persian)) <span class=\"en\">\(HTML.escape($0.key.explanation.english))</span>", HTML.count($0.value)] },
                      caption: "")
        return html + "</section>\n"
    }

    private func messages() -> String {
        let ids = summary.spoofedShops
        guard !ids.isEmpty else { return "" }
        var html = section("messages", "پیام‌های جعلی", "Spoofed messages")
        for id in ids {
            let tally = summary.shops[id]!
            let shop = registry.shop(id: id)
            html += "<article class=\"shop\" id=\"shop-\(HTML.escape(AbuseReport.safeName(id)))\">\n<h3>\(name(id))</h3>\n<div class=\"next\">"
            if let address = shop?.reportEmail {
                let mailto = "mailto:\(AbuseReport.percentEncoded(address, keep: "@"))?subject=\(AbuseReport.percentEncoded("گزارش پیامک جعلی به نام \(shop?.displayName ?? id)"))"
                html += "گزارش به <span class=\"en\">report to</span> <a href=\"\(HTML.escape(mailto))\">\(HTML.ltr(address))</a> · "
                html += "پیش‌نویس ایمیل با شواهد <span class=\"en\">draft with evidence</span>: <code dir=\"ltr\">\(HTML.escape(reportCommand()))</code>"
            } else {
                html += "این فروشگاه نشانی گزارش اعلام نکرده است؛ شماره فرستنده را به ۱۹۵ پیامک کنید. <span class=\"en\">No report address: text the sender to 195; police cyber unit FATA 096380.</span>"
            }
            html += "</div>\n"
            let shown = tally.spoofedMessages.prefix(Self.messagesPerShop)
            html += "<div class=\"scroll\"><table class=\"messages\">\n<thead><tr><th>زمان (تهران) <span class=\"en\">time</span></th><th>فرستنده <span class=\"en\">sender</span></th><th>متن <span class=\"en\">text</span></th><th>چرا <span class=\"en\">why</span></th></tr></thead>\n<tbody>\n"
            for message in shown {
                let time = message.record.date.map { "\(HTML.escape(JalaliCalendar.tehranText(milliseconds: $0)))<br>\(HTML.ltr(Timestamp.tehran(milliseconds: $0)))" } ?? "—"
                let sender = HTML.ltr(HiddenCharacters.visible(message.verdict.senderWritten)) + (message.verdict.sender.canonical != message.verdict.senderWritten ? "<br><small>\(HTML.ltr(message.verdict.sender.canonical))</small>" : "")
                let why = message.verdict.reasons.prefix(3).map { "\(HTML.escape($0.persian))<br><span class=\"en\">\(HTML.escape($0.english))</span>" }.joined(separator: "<hr>")
                let signs = message.verdict.risks.map { "<span class=\"tag\">\(HTML.escape($0.kind.rawValue))</span>" }.joined(separator: " ")
                html += "<tr><td>\(time)</td><td>\(sender)</td><td class=\"text\">\(HTML.messageText(message.record.body))\(signs.isEmpty ? "" : "<div>\(signs)</div>")</td><td class=\"why\">\(why)</td></tr>\n"
            }
            html += "</tbody>\n</table></div>\n"
            if tally.spoofed > shown.count {
                html += "<p class=\"more\">و \(HTML.count(tally.spoofed - shown.count)) پیام دیگر <span class=\"en\">and \(tally.spoofed - shown.count) more</span> (<code dir=\"ltr\">smsguard scan … --only spoofed --jsonl</code>)</p>\n"
            }
            html += "</article>\n"
        }
        return html + "</section>\n"
    }

    private func unreadable() -> String {
        guard summary.unreadable > 0 || !summary.fileErrors.isEmpty else { return "" }
        var html = section("unreadable", "رکوردهای ناخوانا", "Unreadable records")
        html += "<ul class=\"errors\">\n"
        for error in (summary.fileErrors + summary.unreadableErrors).prefix(Self.unreadableListed) {
            html += "<li>\(HTML.ltr(error.description))</li>\n"
        }
        html += "</ul>\n"
        if summary.unreadable > Self.unreadableListed {
            html += "<p class=\"more\">و \(HTML.count(summary.unreadable - Self.unreadableListed)) مورد دیگر <span class=\"en\">and more on standard error</span></p>\n"
        }
        return html + "</section>\n"
    }

    // MARK: Pieces

    private func section(_ id: String, _ persian: String, _ english: String) -> String {
        "<section id=\"\(id)\">\n<h2>\(persian) <span class=\"en\">\(english)</span></h2>\n"
    }

    private func table(_ headers: [String], _ rows: [[String]], caption: String) -> String {
        var html = "<table>\n"
        if !caption.isEmpty { html += "<caption>\(caption)</caption>\n" }
        html += "<thead><tr>" + headers.map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows { html += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }
        return html + "</tbody>\n</table>\n"
    }

    private func name(_ id: String) -> String {
        let display = registry.shop(id: id)?.displayName ?? id
        return "\(HTML.escape(display)) <span class=\"en\">\(HTML.ltr(id))</span>"
    }

    private func reportCommand() -> String {
        "smsguard report " + inputs.map { ShellWord.quoted($0) }.joined(separator: " ") + " --out reports/"
    }

    static func skipLabel(_ reason: SkipReason) -> String {
        switch reason {
        case .sent: return "ارسالی <span class=\"en\">sent</span>"
        case .draft: return "پیش‌نویس <span class=\"en\">draft</span>"
        case .outbox: return "صندوق خروجی <span class=\"en\">outbox</span>"
        case .failed: return "ناموفق <span class=\"en\">failed</span>"
        case .queued: return "در صف <span class=\"en\">queued</span>"
        case .unknownDirection: return "جهت نامعلوم <span class=\"en\">unknown direction</span>"
        case .duplicate: return "تکراری <span class=\"en\">duplicate</span>"
        }
    }
}

/// Quoting for shell commands shown in reports.
public enum ShellWord {
    public static func quoted(_ word: String) -> String {
        let safe = word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./+:=@%".contains($0)) }
        return safe && !word.isEmpty ? word : "'" + word.replacing("'", with: "'\\''") + "'"
    }
}
