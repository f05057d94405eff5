/// Makes message text safe to put in a report: links that cannot be clicked (`hxxps://shop[.]ir`) and
/// invisible characters shown by name (`<RLO>`), so the desk sees exactly what was sent.
public enum Defanger {
    public static func defanged(_ text: String) -> String {
        HiddenCharacters.visible(defangLinks(text))
    }

    /// Every run of link characters that holds a domain gets `hxxp` for `http` and `[.]` for its dots.
    static func defangLinks(_ text: String) -> String {
        var result = ""
        var run = ""
        func flush() {
            if !run.isEmpty {
                result += isLinkLike(run) ? defangRun(run) : run
                run = ""
            }
        }
        // Scalars, not Characters: a ZWNJ or variation selector after a link would join its last letter.
        for scalar in text.unicodeScalars {
            let isLinkCharacter = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || "./:-_~?=&%#+@!$*,;'".unicodeScalars.contains(scalar))
            if isLinkCharacter {
                run.unicodeScalars.append(scalar)
            } else {
                flush()
                result.unicodeScalars.append(scalar)
            }
        }
        flush()
        return result
    }

    private static func isLinkLike(_ run: String) -> Bool {
        let lower = run.lowercased()
        if lower.contains("://") || lower.hasPrefix("www.") { return true }
        // A bare domain: a dot followed by letters, not a number like 2.5 or an abbreviation.
        let host = lower.split(separator: "/").first.map(String.init) ?? lower
        let labels = host.split(separator: ".")
        return labels.count >= 2 && (labels.last?.count ?? 0) >= 2 && labels.last!.allSatisfy(\.isLetter) && !host.contains("@")
    }

    private static func defangRun(_ run: String) -> String {
        var text = run
        let lower = run.lowercased()
        for (scheme, safe) in [("https://", "hxxps://"), ("http://", "hxxp://")] where lower.hasPrefix(scheme) {
            text = safe + text.dropFirst(scheme.count)
        }
        return text.replacing(".", with: "[.]")
    }
}
