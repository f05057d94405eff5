/// A link in a message: written with a scheme, with `www.`, or as a bare domain with a known ending.
struct MessageLink: Equatable {
    /// Byte range in the folded message.
    let range: Range<Int>
    /// Lower-case host without `www.`.
    let host: String
    /// What follows the host.
    let path: String

    var isIPAddress: Bool {
        let labels = host.split(separator: ".")
        return labels.count == 4 && labels.allSatisfy { $0.count <= 3 && $0.allSatisfy(\.isNumber) && Int($0)! <= 255 }
    }

    var registrableDomain: String { ContactFinder.registrableDomain(host) }
}

/// Finds links in folded text.
enum LinkFinder {
    /// - Complexity: O(n); runs of Latin characters without a dot are passed over at once.
    static func links(in folded: UnsafeBufferPointer<UInt8>) -> [MessageLink] {
        var links: [MessageLink] = []
        var index = 0
        while index < folded.count {
            guard isLinkCharacter(folded[index]) else { index += 1; continue }
            let start = index
            var hasDot = false
            while index < folded.count, isLinkCharacter(folded[index]) {
                if folded[index] == UInt8(ascii: ".") { hasDot = true }
                index += 1
            }
            if hasDot, let link = link(in: folded, start..<index) { links.append(link) }
        }
        return links
    }

    private static func link(in folded: UnsafeBufferPointer<UInt8>, _ run: Range<Int>) -> MessageLink? {
        var end = run.upperBound
        while end > run.lowerBound, trailing.contains(folded[end - 1]) { end -= 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: folded[run.lowerBound..<end]), as: UTF8.self)
        var rest = Substring(text)
        var hasScheme = false
        if let scheme = rest.firstRange(of: "://") {
            let name = rest[..<scheme.lowerBound]
            guard ["http", "https", "hxxp", "hxxps", "ftp"].contains(name) else { return nil }
            rest = rest[scheme.upperBound...]
            hasScheme = true
        }
        if rest.contains("@") && !hasScheme { return nil }  // an email address
        let hostEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" || $0 == ":" } ?? rest.endIndex
        var host = rest[..<hostEnd]
        let hasWWW = host.hasPrefix("www.")
        if hasWWW { host = host.dropFirst(4) }
        guard PolicyTokenizer.isDomain(String(host)) || isIPv4(host) else { return nil }
        if !hasScheme && !hasWWW {
            let topLevel = host.split(separator: ".").last.map(String.init) ?? ""
            guard ClassifierLexicon.bareTopLevels.contains(topLevel) || isIPv4(host) else { return nil }
        }
        return MessageLink(range: run.lowerBound..<end, host: String(host), path: String(rest[hostEnd...]))
    }

    private static func isIPv4(_ host: Substring) -> Bool {
        let labels = host.split(separator: ".")
        return labels.count == 4 && labels.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }
    }

    private static let trailing: Set<UInt8> = Set(".,!?:;)'\"-".utf8)

    @inline(__always)
    static func isLinkCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return true
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "?"), UInt8(ascii: "="),
             UInt8(ascii: "&"), UInt8(ascii: "%"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "#"), UInt8(ascii: "+"),
             UInt8(ascii: "@"), UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: ","),
             UInt8(ascii: ";"):
            return true
        default:
            return false
        }
    }
}
