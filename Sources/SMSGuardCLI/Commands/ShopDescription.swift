import SMSGuard

/// A shop described for a person, with the policy's own words for each fact.
enum ShopDescription {
    static func full(_ shop: Shop) -> String {
        var lines: [String] = []
        lines.append("\(shop.id): \(shop.displayName)")
        lines.append("  names:      " + shop.names.joined(separator: " · "))
        let senders = shop.senders.map { sender -> String in
            let kind = Sender(parsing: sender).kind.rawValue
            return shop.surveySenders.contains(sender) ? "\(sender) (\(kind), also for surveys)" : "\(sender) (\(kind))"
        }
        lines.append("  senders:    " + (senders.isEmpty ? "none declared" : senders.joined(separator: ", ")))
        lines.append("  report to:  " + (shop.reportEmail ?? "no address named"))
        lines.append("  domains:    " + (shop.domains.isEmpty ? "—" : shop.domains.joined(separator: ", ")))
        let phones = shop.phones.map { "\($0.number) (\($0.role), written \($0.written))" }
        lines.append("  phones:     " + (phones.isEmpty ? "—" : phones.joined(separator: ", ")))
        if let source = shop.source {
            lines.append("  source:     \(source.file) (sha256 \(source.sha256.prefix(12))…)")
        }
        if !shop.evidence.isEmpty {
            lines.append("")
            lines.append("  evidence:")
            for item in shop.evidence {
                let file = shop.source?.file ?? "policy"
                lines.append("    \(item.fact) \(item.value) (\(file):\(item.line))")
                lines.append("      «\(item.quote)»")
            }
        }
        if !shop.warnings.isEmpty {
            lines.append("")
            lines.append("  warnings:")
            for warning in shop.warnings { lines.append("    \(warning.code): \(warning.message)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
