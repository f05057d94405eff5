import SMSGuard

/// A verdict explained to a person: what, who, why, the warning signs, and what to do.
enum VerdictDescription {
    static func headline(_ kind: Verdict.Kind) -> String {
        switch kind {
        case .authentic: return "AUTHENTIC  اصل"
        case .spoofed: return "SPOOFED  جعلی"
        case .unverified: return "UNVERIFIED  تاییدنشدنی"
        case .unrelated: return "UNRELATED  بی‌ارتباط"
        }
    }

    static func full(_ verdict: Verdict, text: String?) -> String {
        var lines: [String] = []
        let sender = verdict.sender
        if text == nil {
            if verdict.officialShops.isEmpty {
                lines.append("\(sender.canonical) (\(sender.kind.rawValue)) is no registered shop's SMS sender.")
                lines.append("\(sender.canonical) فرستنده رسمی هیچ فروشگاه ثبت‌شده‌ای نیست.")
            } else {
                for shop in verdict.officialShops {
                    lines.append("\(sender.canonical) (\(sender.kind.rawValue)) is the official SMS sender of \(shop.displayName) (\(shop.id)).")
                    lines.append("\(sender.canonical) فرستنده رسمی پیامک‌های \(shop.displayName) است.")
                }
            }
            lines.append("")
            lines.append("Add the message text (--text) to check whether it claims a shop.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append(headline(verdict.kind))
        lines.append("  sender:  \(verdict.senderWritten)  →  \(sender.canonical) (\(sender.kind.rawValue))")
        if !verdict.shops.isEmpty {
            lines.append("  shop:    " + verdict.shops.map { "\($0.displayName) (\($0.id))" }.joined(separator: ", "))
        }
        lines.append("")
        lines.append("why:")
        for reason in verdict.reasons {
            lines.append("  • \(reason.persian)")
            lines.append("    \(reason.english)")
        }
        if !verdict.risks.isEmpty {
            lines.append("")
            lines.append("warning signs:")
            for risk in verdict.risks {
                let explanation = risk.kind.explanation
                let detail = risk.detail.isEmpty ? "" : " — \(risk.detail)"
                lines.append("  ! \(explanation.english): «\(HiddenCharacters.visible(risk.text))»\(detail)")
                lines.append("    \(explanation.persian)")
            }
        }
        lines.append("")
        lines.append(contentsOf: nextSteps(verdict))
        return lines.joined(separator: "\n") + "\n"
    }

    static func nextSteps(_ verdict: Verdict) -> [String] {
        switch verdict.kind {
        case .spoofed:
            var lines = ["next: do not open its links or answer it."]
            for shop in verdict.claimedShops where !shop.senders.isEmpty {
                if let email = shop.reportEmail {
                    lines.append("  \(shop.displayName) asks for such messages to be reported to \(email):")
                    lines.append("    smsguard report --sender '\(verdict.senderWritten)' --text '…' --out reports/")
                } else {
                    lines.append("  \(shop.displayName) names no report address; report the sender to 195 (text the number to 195).")
                }
            }
            return lines
        case .unverified:
            return ["next: the shop declares no sender, so be careful with links and never share card details or codes."]
        case .authentic:
            return verdict.risks.isEmpty ? ["next: nothing to do; the sender is the shop's own."]
                : ["next: the sender is the shop's own, but look at the warning signs above before acting."]
        case .unrelated:
            return verdict.risks.isEmpty ? ["next: nothing to report about shops."] : ["next: no shop is named, but look at the warning signs above."]
        }
    }
}
