import SMSGuard

/// The scan summary for a person: what was read, what was found, which shops were impersonated and by
/// whom, the spoofed messages, and the next step.
struct ScanReport {
    /// Spoofed messages listed per shop in the text summary.
    static let listedPerShop = 10

    let summary: ScanSummary
    let registry: Registry
    let inputs: [String]
    let only: Set<Verdict.Kind>?

    func text() -> String {
        var lines = counts()
        lines += impersonatedShops()
        lines += warningSigns()
        lines += spoofedMessages()
        lines += nextSteps()
        return lines.joined(separator: "\n") + "\n"
    }

    /// The counts alone, for standard error when messages go to standard output.
    func briefText() -> String {
        var lines = counts()
        lines += impersonatedShops()
        return lines.joined(separator: "\n") + "\n"
    }

    private func counts() -> [String] {
        var lines = ["smsguard scan: " + inputs.joined(separator: ", "), ""]
        lines.append("Messages  پیام‌ها")
        lines.append(row("read", summary.recordsRead))
        lines.append(row("classified", summary.classified))
        let skipped = SkipReason.allCases.compactMap { reason in summary.skipped[reason].map { "\(reason.rawValue) \($0)" } }
        lines.append(row("skipped", summary.skippedTotal) + (skipped.isEmpty ? "" : "   (" + skipped.joined(separator: ", ") + ")"))
        lines.append(row("unreadable", summary.unreadable))
        for error in summary.unreadableErrors.prefix(5) { lines.append("    \(error)") }
        if summary.unreadable > 5 { lines.append("    … and \(summary.unreadable - 5) more, listed on standard error") }
        for error in summary.fileErrors { lines.append("  not read: \(error)") }
        if summary.repairs > 0 { lines.append("  repaired: \(summary.repairs) characters or fields (lone surrogates, invalid UTF-8, cut bodies)") }
        if summary.localTimes > 0 { lines.append("  note: \(summary.localTimes) dates had no time zone and were read as Tehran time") }
        if let first = summary.firstDate, let last = summary.lastDate {
            lines.append("  dates: \(Timestamp.tehran(milliseconds: first)) … \(Timestamp.tehran(milliseconds: last)) (Tehran time)")
        }
        lines.append("")
        lines.append("Verdicts  نتیجه")
        for kind in [Verdict.Kind.spoofed, .unverified, .authentic, .unrelated] {
            lines.append(row(kind.rawValue, summary.verdicts[kind, default: 0]) + "   " + VerdictDescription.headline(kind).split(separator: " ").last.map(String.init)!)
        }
        lines.append("")
        return lines
    }

    private func impersonatedShops() -> [String] {
        let spoofed = summary.spoofedShops
        guard !spoofed.isEmpty else {
            let unverified = summary.shops.filter { $0.value.unverified > 0 }.sorted { $0.key < $1.key }
            guard !unverified.isEmpty else { return ["No spoofed messages.", ""] }
            var lines = ["No spoofed messages. Messages naming shops that declare no sender (unverified):"]
            for (id, tally) in unverified { lines.append("  \(name(id)) (\(id)): \(tally.unverified)") }
            return lines + [""]
        }
        var lines = ["Impersonated shops  فروشگاه‌هایی که به نامشان جعل شده"]
        for id in spoofed {
            let tally = summary.shops[id]!
            var line = "  \(tally.spoofed) spoofed · \(id) · \(name(id))"
            if let first = tally.firstSpoofed, let last = tally.lastSpoofed {
                line += "\n      \(Timestamp.tehran(milliseconds: first)) … \(Timestamp.tehran(milliseconds: last))"
            }
            lines.append(line)
            let top = summary.topSpoofingSenders(of: id, limit: 5).map { "\($0.sender) (\($0.count))" }
            if !top.isEmpty { lines.append("      top senders: " + top.joined(separator: ", ")) }
        }
        if !summary.isSenderRankingExact { lines.append("  (sender counts are exact for the first 200,000 distinct senders)") }
        return lines + [""]
    }

    private func warningSigns() -> [String] {
        guard !summary.risks.isEmpty else { return [] }
        var lines = ["Warning signs  نشانه‌های خطر (\(summary.messagesWithRisks) messages)"]
        for (kind, count) in summary.risks.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }) {
            lines.append("  \(String(count).leftPadded(to: 6, with: " "))  \(kind.explanation.english)  ·  \(kind.explanation.persian)")
        }
        return lines + [""]
    }

    private func spoofedMessages() -> [String] {
        guard only == nil || only!.contains(.spoofed), summary.spoofedTotal > 0 else { return [] }
        var lines = ["Spoofed messages  پیام‌های جعلی"]
        for id in summary.spoofedShops {
            let tally = summary.shops[id]!
            lines.append("  \(name(id)) (\(id))")
            for message in tally.spoofedMessages.prefix(Self.listedPerShop) {
                let date = message.record.date.map { Timestamp.tehran(milliseconds: $0) } ?? "no date"
                let firstLine = message.record.body.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
                lines.append("    \(date)  \(message.verdict.senderWritten)  «\(HiddenCharacters.visible(Self.shortened(firstLine, to: 70)))»")
                lines.append("      \(message.file):\(message.record.line > 0 ? String(message.record.line) : "record \(message.record.index)")  why: \(whyShort(message.verdict))")
            }
            if tally.spoofed > Self.listedPerShop {
                lines.append("    … and \(tally.spoofed - Self.listedPerShop) more (all: smsguard scan … --only spoofed --jsonl)")
            }
        }
        return lines + [""]
    }

    private func nextSteps() -> [String] {
        var lines = ["Next step  گام بعد"]
        if summary.spoofedTotal > 0 {
            let files = inputs.map(ShellWord.quoted).joined(separator: " ")
            lines.append("  Draft abuse reports to the impersonated shops:")
            lines.append("    smsguard report \(files) --out reports/")
            let withoutAddress = summary.spoofedShops.filter { registry.shop(id: $0)?.reportEmail == nil }
            if !withoutAddress.isEmpty {
                lines.append("  \(withoutAddress.map(name).joined(separator: "، ")) name no report address: text the sender numbers to 195.")
            }
        } else {
            lines.append("  Nothing to report.")
        }
        if summary.unreadable > 0 { lines.append("  Some records could not be read: see the errors above (exit status 65).") }
        return lines
    }

    private func whyShort(_ verdict: Verdict) -> String {
        verdict.reasons.first(where: { $0.code == "undeclared-sender" })?.english ?? verdict.reasons.first?.english ?? ""
    }

    private func name(_ id: String) -> String {
        registry.shop(id: id)?.displayName ?? id
    }

    private func row(_ label: String, _ count: Int) -> String {
        "  " + label.padding(to: 12) + String(count).leftPadded(to: 8, with: " ")
    }

    static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character) -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
