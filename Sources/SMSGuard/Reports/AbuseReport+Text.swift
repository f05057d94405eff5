extension AbuseReport {
    /// The letter: Persian first, then the same in English.
    public func bodyText() -> String {
        (persianText() + ["", "————————————————————", ""] + englishText()).joined(separator: "\n") + "\n"
    }

    private func persianText() -> [String] {
        let name = shop.displayName
        var lines = ["با سلام و احترام،", ""]
        lines.append("پیامک‌هایی به نام «\(name)» از شماره‌هایی دریافت شده است که \(name) در سیاست حفظ حریم خصوصی خود فرستنده پیامک‌هایش اعلام نکرده است.")
        if let quote = policyQuote {
            lines += ["", "متن سیاست شما:", "«\(quote.text)»", "(منبع: \(quote.source))"]
        }
        lines.append("")
        lines.append("شماره‌های رسمی اعلام‌شده: \(JalaliCalendar.persianDigits(shop.senders.joined(separator: "، ")))")
        lines.append("تعداد پیام‌های جعلی: \(JalaliCalendar.persianDigits(String(total)))")
        for (number, message) in messages.prefix(Self.describedLimit).enumerated() {
            lines.append("")
            lines.append("پیام \(JalaliCalendar.persianDigits(String(number + 1))) از \(JalaliCalendar.persianDigits(String(total)))")
            if let date = message.record.date {
                lines.append("  زمان دریافت: \(JalaliCalendar.tehranText(milliseconds: date)) به وقت تهران (\(Timestamp.iso8601(milliseconds: date)))")
            }
            lines.append("  فرستنده: \(Defanger.defanged(message.verdict.senderWritten)) (شکل استاندارد: \(message.verdict.sender.canonical))")
            lines.append("  متن پیام:")
            lines += indented(Defanger.defanged(message.record.body))
            lines.append("  دلایل:")
            lines += message.verdict.reasons.map { "    - " + $0.persian }
            if !message.verdict.risks.isEmpty {
                lines.append("  نشانه‌های خطر: " + message.verdict.risks.map(\.kind.explanation.persian).joined(separator: "؛ "))
            }
        }
        if total > Self.describedLimit {
            lines += ["", "… و \(JalaliCalendar.persianDigits(String(total - Self.describedLimit))) پیام دیگر که در پیوست آمده است."]
        }
        lines.append("")
        lines.append("گزارش‌دهنده: \(reporter.map { MIMEHeader.sanitized($0.description) } ?? "(نام گزارش‌دهنده وارد نشده است)")")
        lines.append("پیوست‌ها: فهرست کامل پیام‌ها در قالب CSV و JSON.")
        lines.append("")
        lines.append("لطفاً برای پیگیری قانونی، همان‌گونه که در سیاست خود آورده‌اید، اقدام فرمایید. با سپاس.")
        return lines
    }

    private func englishText() -> [String] {
        var lines = ["Hello,", ""]
        lines.append("I received SMS messages in the name of \(shop.displayName) (\(shop.id)) from numbers that its privacy policy does not declare as its senders.")
        if let quote = policyQuote {
            lines += ["", "Your policy says (in Persian):", "\"\(quote.text)\"", "(source: \(quote.source))"]
        }
        lines.append("")
        lines.append("Declared senders: \(shop.senders.joined(separator: ", "))")
        lines.append("Spoofed messages: \(total)")
        for (number, message) in messages.prefix(Self.describedLimit).enumerated() {
            lines.append("")
            lines.append("Message \(number + 1) of \(total)")
            if let date = message.record.date {
                lines.append("  Received: \(Timestamp.iso8601(milliseconds: date)) (\(Timestamp.tehran(milliseconds: date)) Tehran time)")
            }
            lines.append("  Sender: \(Defanger.defanged(message.verdict.senderWritten)) (canonical \(message.verdict.sender.canonical), \(message.verdict.sender.kind.rawValue))")
            lines.append("  Text (links defanged, invisible characters shown):")
            lines += indented(Defanger.defanged(message.record.body))
            lines.append("  Why:")
            lines += message.verdict.reasons.map { "    - " + $0.english }
            if !message.verdict.risks.isEmpty {
                lines.append("  Warning signs: " + message.verdict.risks.map(\.kind.explanation.english).joined(separator: "; "))
            }
            lines.append("  Found in: \(message.file), record \(message.record.index)")
        }
        if total > Self.describedLimit {
            lines += ["", "… and \(total - Self.describedLimit) more messages, all listed in the attachments."]
        }
        lines.append("")
        lines.append("Reporter: \(reporter.map { MIMEHeader.sanitized($0.description) } ?? "(no contact given)")")
        lines.append("Attached: every message as CSV and JSON.")
        lines.append("")
        lines.append("Please take the legal steps your policy mentions. Thank you.")
        lines.append("")
        lines.append("(Drafted with smsguard from the reporter's own message export; please check before sending.)")
        return lines
    }

    private func indented(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { "    " + $0 }
    }
}
