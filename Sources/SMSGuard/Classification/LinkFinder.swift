/// A link in a message: written with a scheme, with `www.`, or as a bare domain with a known ending.
struct MessageLink: Equatable {
    /// Byte range in the folded message.
    let range: Range<Int>
    /// Lower-case host without `www.`.
    let host: String
    /// What follows the host.
    let path: String
    /// The domain its owner registered: `shop.ir` for `pay.shop.ir`.
    let registrableDomain: String
    /// Written with letters of other alphabets that fold to Latin ones (Cyrillic о for o): it only
    /// looks like the host it folds to, and is never the shop's own.
    var isHomograph = false
    /// Written with zero-width or bidi characters inside.
    var hasHiddenCharacters = false

    init(range: Range<Int>, host: String, path: String) {
        self.range = range
        self.host = host
        self.path = path
        registrableDomain = ContactFinder.registrableDomain(host)
    }

    var isIPAddress: Bool { LinkFinder.isIPv4(host.utf8) }

    /// Whether the link downloads an Android app (`….apk`, `….apk?…`).
    var pointsToAPK: Bool {
        LinkFinder.firstIndex(of: Self.apk, in: path.utf8) != nil || host.utf8.reversed().starts(with: "kpa.".utf8)
    }

    private static let apk = Array(".apk".utf8)[...]

    private static func isOtherScriptDigit(_ scalar: UInt32) -> Bool {
        (0x0660...0x0669).contains(scalar) || (0x06F0...0x06F9).contains(scalar) || (0xFF10...0xFF19).contains(scalar)
    }

    /// Reads the link as the message wrote it (`written`: its original bytes) for letters of other
    /// alphabets and for hidden characters, which folding removed.
    mutating func readWrittenForm(_ written: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < written.count {
            let lead = written[index]
            guard lead >= 0x80 else { index += 1; continue }
            guard let (scalar, length) = UTF8Scalar.decode(written, at: index, lead: lead) else {
                isHomograph = true  // an invalid byte shows as U+FFFD, a letter of no alphabet
                index += 1
                continue
            }
            // Persian, Arabic-Indic and full-width digits ("/t/FR-۵۵۳", typed on a Persian keyboard) are
            // digits, not letters imitating Latin ones.
            if HiddenCharacters.isHidden(scalar) {
                hasHiddenCharacters = true
            } else if !Self.isOtherScriptDigit(scalar) {
                isHomograph = true
            }
            index += length
        }
    }
}

/// Finds links in folded text, at byte level.
enum LinkFinder {
    /// - Complexity: O(n). Every link holds a dot, so the search jumps from dot to dot (eight bytes at a
    ///   time) and widens each into its run of link characters.
    static func links(in folded: UnsafeBufferPointer<UInt8>) -> [MessageLink] {
        var links: [MessageLink] = []
        var runEnd = 0  // where the last run examined ended: runs never overlap
        while let dot = ByteSearch.firstIndex(of: UInt8(ascii: "."), in: folded, from: runEnd) {
            var start = dot
            while start > runEnd, isLinkCharacter(folded[start - 1]) { start -= 1 }
            var end = dot + 1
            while end < folded.count, isLinkCharacter(folded[end]) { end += 1 }
            if let link = link(in: folded, start..<end) { links.append(link) }
            runEnd = end
        }
        return links
    }

    private static let schemes: [[UInt8]] = ["http", "https", "hxxp", "hxxps", "ftp"].map { Array($0.utf8) }

    private static func link(in folded: UnsafeBufferPointer<UInt8>, _ run: Range<Int>) -> MessageLink? {
        var end = run.upperBound
        while end > run.lowerBound, isTrailing(folded[end - 1]) { end -= 1 }
        let bytes = folded[run.lowerBound..<end]
        var hostStart = bytes.startIndex
        var hasScheme = false
        if let colon = firstIndex(of: [0x3A, 0x2F, 0x2F][...], in: bytes) {  // "://"
            guard schemes.contains(where: { $0.elementsEqual(bytes[bytes.startIndex..<colon]) }) else { return nil }
            hostStart = colon + 3
            hasScheme = true
        }
        var rest = bytes[hostStart...]
        let authorityEnd = rest.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? rest.endIndex
        if let at = rest[..<authorityEnd].lastIndex(of: UInt8(ascii: "@")) {
            guard hasScheme else { return nil }  // an email address
            // "https://shop.ir@evil.site/…": what stands before "@" is a user name; the host follows it.
            hostStart = at + 1
            rest = bytes[hostStart...]
        }
        let hostEnd = rest.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: ":") } ?? rest.endIndex
        var host = rest[hostStart..<hostEnd]
        let hasWWW = host.starts(with: [0x77, 0x77, 0x77, 0x2E])
        if hasWWW { host = host.dropFirst(4) }
        let isIP = isIPv4(host)
        guard isIP || isDomain(host) else { return nil }
        if !hasScheme && !hasWWW && !isIP {
            let topLevel = host[((host.lastIndex(of: UInt8(ascii: ".")) ?? host.startIndex) + 1)...]
            guard ClassifierLexicon.bareTopLevels.contains(String(decoding: topLevel, as: UTF8.self)) else { return nil }
        }
        return MessageLink(
            range: run.lowerBound..<end, host: String(decoding: host, as: UTF8.self),
            path: String(decoding: rest[hostEnd...], as: UTF8.self))
    }

    /// Dotted labels of letters, digits and hyphens, ending in a top-level label of two or more letters.
    static func isDomain<Host: Collection>(_ host: Host) -> Bool where Host.Element == UInt8 {
        var labelLength = 0
        var labels = 0
        var lastLabelIsLetters = true
        for byte in host {
            if byte == UInt8(ascii: ".") {
                guard labelLength > 0 else { return false }
                labels += 1
                labelLength = 0
                lastLabelIsLetters = true
                continue
            }
            guard isHostByte(byte) else { return false }
            labelLength += 1
            if !(byte >= 0x61 && byte <= 0x7A) { lastLabelIsLetters = false }
        }
        return labels >= 1 && labelLength >= 2 && lastLabelIsLetters
    }

    static func isIPv4<Host: Collection>(_ host: Host) -> Bool where Host.Element == UInt8 {
        var labels = 0, digits = 0
        for byte in host {
            if byte == UInt8(ascii: ".") {
                guard digits > 0 else { return false }
                labels += 1
                digits = 0
            } else if byte >= 0x30 && byte <= 0x39 && digits < 3 {
                digits += 1
            } else {
                return false
            }
        }
        return labels == 3 && digits > 0
    }

    /// The start of the first occurrence of `needle` in `haystack`.
    static func firstIndex<Haystack: Collection>(of needle: ArraySlice<UInt8>, in haystack: Haystack) -> Haystack.Index?
    where Haystack.Element == UInt8 {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        while index != haystack.endIndex {
            if haystack[index] == first && haystack[index...].starts(with: needle) { return index }
            index = haystack.index(after: index)
        }
        return nil
    }

    private static func isHostByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
    }

    private static func isTrailing(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"),
             UInt8(ascii: ")"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

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
