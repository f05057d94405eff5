/// What folding does with one Unicode scalar.
///
/// Encoded in a `UInt32` so that the per-scalar decision is one table load for the two-byte UTF-8 range,
/// where Persian, Arabic, Cyrillic, Greek and Latin-1 all live.
enum FoldAction {
    /// The scalar is dropped (zero-width and bidi controls, tatweel, diacritics).
    static let remove: UInt32 = 0xFFFF_FFFF
    /// The scalar becomes a word separator (every kind of space, line breaks, control characters).
    static let space: UInt32 = 0xFFFF_FFFE

    /// The folded form of `scalar`: `remove`, `space`, or the replacement scalar (possibly itself).
    static func of(_ scalar: UInt32) -> UInt32 {
        guard scalar < 0x800 else { return ofWide(scalar) }
        return widened(FoldingTable.belowU0800[Int(scalar)])
    }

    /// A table entry as an action: the table's 16-bit markers become the 32-bit ones.
    @inline(__always)
    static func widened(_ entry: UInt16) -> UInt32 {
        entry >= 0xFFFE ? 0xFFFF_0000 | UInt32(entry) : UInt32(entry)
    }

    /// Scalars of three and four UTF-8 bytes: rare in SMS text except ZWNJ, so a switch is fast enough.
    static func ofWide(_ scalar: UInt32) -> UInt32 {
        switch scalar {
        case 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF,
             0xFE00...0xFE0F, 0x034F, 0xE0100...0xE01EF, 0xE0001, 0xE0020...0xE007F:
            return remove
        case 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return space
        case 0xFF01...0xFF5E:  // full-width ASCII
            return lowercasedASCII(scalar - 0xFEE0)
        case 0x1D400...0x1D6A3:  // mathematical bold, italic, script… letters: 52 per alphabet
            let index = (scalar - 0x1D400) % 52
            return index < 26 ? 0x61 + index : 0x61 + index - 26
        case 0x1D7CE...0x1D7FF:  // mathematical digits: 10 per style
            return 0x30 + (scalar - 0x1D7CE) % 10
        case 0xFB8E, 0xFB8F, 0xFB90, 0xFB91: return 0x06A9  // presentation forms of keheh
        case 0xFBFC...0xFBFF: return 0x06CC  // presentation forms of Farsi yeh
        case 0xFEF1...0xFEF4, 0xFEEF, 0xFEF0: return 0x06CC  // yeh, alef maksura
        case 0xFED9...0xFEDC: return 0x06A9  // kaf
        case 0xFE93, 0xFE94, 0xFEE9...0xFEEC: return 0x0647  // teh marbuta, heh
        case 0xFE8D, 0xFE8E, 0xFE81...0xFE88: return 0x0627  // alef forms
        default:
            return scalar
        }
    }

    static func lowercasedASCII(_ scalar: UInt32) -> UInt32 {
        (scalar >= 0x41 && scalar <= 0x5A) ? scalar + 0x20 : scalar
    }
}

/// The folding decision for every scalar below U+0800, built once.
///
/// Entries are the replacement scalar, `0xFFFF` for remove and `0xFFFE` for space.
enum FoldingTable {
    static let belowU0800: [UInt16] = build()

    private static func build() -> [UInt16] {
        var table = (0..<0x800).map { UInt16($0) }
        let remove: UInt16 = 0xFFFF, space: UInt16 = 0xFFFE
        for c in 0...0x20 { table[c] = space }  // space, control characters, tabs and line breaks separate words
        table[0x7F] = space
        for c in 0x80..<0xA0 { table[c] = space }
        table[0xA0] = space  // no-break space
        table[0xAD] = remove  // soft hyphen
        for c in 0x41...0x5A { table[c] = UInt16(c + 0x20) }
        for c in 0x300...0x36F { table[c] = remove }  // combining diacritics over Latin letters
        mapLatinAccents(into: &table)
        mapLookalikes(into: &table)
        mapArabicScript(into: &table, remove: remove)
        return table
    }

    /// Precomposed Latin letters fold to their base letter, so "dìgikala" reads as "digikala".
    private static func mapLatinAccents(into table: inout [UInt16]) {
        let groups: [(String, Character)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđ", "d"),
            ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"),
            ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"),
            ("ÑñŃńŅņŇň", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"),
            ("ŚśŜŝŞşŠš", "s"), ("ŢţŤťŦŧ", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"),
            ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"),
        ]
        assign(groups, into: &table)
    }

    /// Cyrillic and Greek letters that look like Latin ones fold to the Latin letter they imitate.
    private static func mapLookalikes(into table: inout [UInt16]) {
        let groups: [(String, Character)] = [
            ("аАαΑ", "a"), ("ВβΒЬ", "b"), ("сСϲ", "c"), ("ԁ", "d"), ("еЕεΕёЁ", "e"),
            ("һНΗ", "h"), ("іІιΙї", "i"), ("јЈ", "j"), ("кКκΚ", "k"), ("ӏΛ", "l"),
            ("МΜ", "m"), ("пΝη", "n"), ("оОοΟσ", "o"), ("рРρΡ", "p"), ("ԛ", "q"),
            ("ѕЅ", "s"), ("ТτΤ", "t"), ("υ", "u"), ("νѵ", "v"), ("ԝѡ", "w"),
            ("хХχΧ", "x"), ("уУγΥ", "y"), ("Ζ", "z"),
        ]
        assign(groups, into: &table)
    }

    private static func mapArabicScript(into table: inout [UInt16], remove: UInt16) {
        let groups: [(String, Character)] = [
            ("يىئېۍێےۓ", "ی"), ("كڪػؼ", "ک"), ("ةۀہۂەھ", "ه"), ("أإآٱٲٳٵ", "ا"), ("ؤۄۅ", "و"),
            ("٠۰", "0"), ("١۱", "1"), ("٢۲", "2"), ("٣۳", "3"), ("٤۴", "4"),
            ("٥۵", "5"), ("٦۶", "6"), ("٧۷", "7"), ("٨۸", "8"), ("٩۹", "9"),
        ]
        assign(groups, into: &table)
        table[0x0640] = remove  // tatweel
        table[0x061C] = remove  // Arabic letter mark
        for c in 0x064B...0x065F { table[c] = remove }  // harakat
        table[0x0670] = remove  // superscript alef
        for c in 0x06D6...0x06ED where c != 0x06DD && c != 0x06DE && c != 0x06E5 && c != 0x06E6 && c != 0x06E9 {
            table[c] = remove  // Quranic annotation marks
        }
    }

    private static func assign(_ groups: [(String, Character)], into table: inout [UInt16]) {
        for (sources, target) in groups {
            let value = UInt16(target.unicodeScalars.first!.value)
            for scalar in sources.unicodeScalars where scalar.value < 0x800 {
                table[Int(scalar.value)] = value
            }
        }
    }
}
