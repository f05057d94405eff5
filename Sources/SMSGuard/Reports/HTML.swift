/// Writing HTML from untrusted text: everything escaped, invisible characters named, lengths capped.
enum HTML {
    /// Text content or attribute value, escaped. Control characters (NUL, …) become visible names.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n", "\t": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    result += "&lt;U+\(String(scalar.value, radix: 16, uppercase: true))&gt;"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// A message text for a table cell: links defanged, invisible characters named, escaped, and cut at
    /// `limit` characters so that one huge message cannot swell the page.
    static func messageText(_ text: String, limit: Int = 600) -> String {
        let cut = text.count > limit ? String(text.prefix(limit)) + " …" : text
        return escape(Defanger.defanged(cut)).replacing("\n", with: "<br>")
    }

    /// A number or sender kept left-to-right inside right-to-left text.
    static func ltr(_ text: String) -> String {
        "<bdi dir=\"ltr\">\(escape(text))</bdi>"
    }

    /// A count with thousands separators, isolated.
    static func count(_ value: Int) -> String {
        ltr(grouped(value))
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }
}
