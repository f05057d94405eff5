/// Compares Persian names with Latin spellings by their consonants.
///
/// Persian writes few vowels and Latin transliterations choose their own ("kala", "kaala"), so both sides
/// are reduced to a skeleton of consonant classes: "مسترشبکه" and "mastershabakeh" both give `mstrSbk`.
/// Letters that are a vowel in one word and a consonant in another (و, ی, ا, ع; v, w, y) are dropped.
public enum Transliteration {
    /// The consonant skeleton of folded Persian or Latin text; other scripts and digits are ignored.
    public static func skeleton(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." || $0 == "_" }) {
            let scalars = Array(word.unicodeScalars)
            if scalars.first.map({ $0.isASCII }) ?? false {
                appendLatin(String(word), to: &result)
            } else {
                appendPersian(scalars, to: &result)
            }
        }
        return collapsed(result)
    }

    /// How alike two skeletons are, from 0 (nothing shared) to 1 (the same): twice the longest common
    /// subsequence over the total length.
    public static func similarity(_ a: [UInt8], _ b: [UInt8]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for x in a {
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return Double(2 * previous[b.count]) / Double(a.count + b.count)
    }

    /// Whether a Latin word or domain label plausibly spells the Persian `name`.
    /// Whether a domain label's skeleton spells a name's: all of it, or the name and a short word after
    /// it ("pashmaloopet" for "پشمالو", "ranginehshop" for "رنگینه").
    static func spells(_ label: [UInt8], _ name: [UInt8]) -> Bool {
        label == name || (label.starts(with: name) && name.count * 5 >= label.count * 3)
    }

    public static func resembles(_ latin: String, _ name: String, threshold: Double = 0.75) -> Bool {
        let a = skeleton(latin), b = skeleton(TextFolder.fold(name).text)
        return a.count >= 2 && b.count >= 2 && similarity(a, b) >= threshold
    }

    private static let persianClasses: [Unicode.Scalar: UInt8] = {
        var map: [Unicode.Scalar: UInt8] = [:]
        let groups: [(String, Character)] = [
            ("ب", "b"), ("پ", "p"), ("تط", "t"), ("ثسص", "s"), ("جگ", "g"), ("چ", "c"), ("حه", "h"),
            ("خ", "x"), ("د", "d"), ("ذزضظ", "z"), ("ر", "r"), ("ژ", "g"), ("ش", "S"), ("غق", "q"),
            ("ف", "f"), ("ک", "k"), ("ل", "l"), ("م", "m"), ("ن", "n"),
        ]
        for (letters, target) in groups {
            for letter in letters.unicodeScalars { map[letter] = UInt8(target.asciiValue!) }
        }
        return map
    }()

    private static func appendPersian(_ scalars: [Unicode.Scalar], to result: inout [UInt8]) {
        for (index, scalar) in scalars.enumerated() {
            guard var consonant = persianClasses[scalar] else { continue }
            // A final heh after a consonant is the vowel "e" (همه = hame).
            if consonant == UInt8(ascii: "h") && index == scalars.count - 1 && index > 1 { continue }
            if consonant == UInt8(ascii: "q") { consonant = UInt8(ascii: "g") }
            result.append(consonant)
        }
    }

    /// The skeleton of one folded Latin word given as bytes (a–z), without making strings.
    static func latinSkeleton<Bytes: Collection>(_ word: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var result: [UInt8] = []
        appendLatin(word, to: &result)
        return collapsed(result)
    }

    /// A 64-bit hash of the skeleton of a Latin word, and the skeleton's length, computed without
    /// allocating: the classifier compares these for every Latin word of a message.
    static func latinSkeletonHash(_ word: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, length: Int) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var length = 0
        var last: UInt8 = 0
        func add(_ consonant: UInt8) {
            guard consonant != last else { return }  // collapsed, as `skeleton` does
            last = consonant
            hash = (hash ^ UInt64(consonant)) &* 0x0000_0100_0000_01B3
            length += 1
        }
        var count = word.count
        // A final "eh"/"ah" writes the Persian final heh, which is a vowel.
        if count > 3, word[count - 1] == UInt8(ascii: "h"), word[count - 2] == UInt8(ascii: "e") || word[count - 2] == UInt8(ascii: "a") {
            count -= 1
        }
        var index = 0
        while index < count {
            let letter = word[index]
            let next = index + 1 < count ? word[index + 1] : 0
            if next == UInt8(ascii: "h"), let digraph = digraphs[letter] {
                add(digraph)
                index += 2
                continue
            }
            switch letter {
            case UInt8(ascii: "c"), UInt8(ascii: "k"): add(UInt8(ascii: "k"))
            case UInt8(ascii: "g"), UInt8(ascii: "j"), UInt8(ascii: "q"): add(UInt8(ascii: "g"))
            case UInt8(ascii: "x"): add(UInt8(ascii: "k")); add(UInt8(ascii: "s"))
            case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "f"), UInt8(ascii: "h"), UInt8(ascii: "l"), UInt8(ascii: "m"),
                 UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "r"), UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "z"):
                add(letter)
            default: break
            }
            index += 1
        }
        return (hash, length)
    }

    /// The hash `latinSkeletonHash` gives for a skeleton.
    static func hash(ofSkeleton skeleton: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for consonant in skeleton { hash = (hash ^ UInt64(consonant)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    private static func appendLatin(_ word: String, to result: inout [UInt8]) {
        appendLatin(word.lowercased().utf8, to: &result)
    }

    private static func appendLatin<Bytes: Collection>(_ word: Bytes, to result: inout [UInt8]) where Bytes.Element == UInt8 {
        var letters = Array(word.filter { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
        // A final "eh"/"ah" writes the Persian final heh, which is a vowel.
        if letters.count > 3, letters.last == UInt8(ascii: "h"), [UInt8(ascii: "e"), UInt8(ascii: "a")].contains(letters[letters.count - 2]) {
            letters.removeLast()
        }
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next = index + 1 < letters.count ? letters[index + 1] : 0
            if next == UInt8(ascii: "h"), let digraph = digraphs[letter] {
                result.append(digraph)
                index += 2
                continue
            }
            if let consonant = latinClasses[letter] { result.append(contentsOf: consonant) }
            index += 1
        }
    }

    private static let digraphs: [UInt8: UInt8] = [
        UInt8(ascii: "s"): UInt8(ascii: "S"), UInt8(ascii: "c"): UInt8(ascii: "c"), UInt8(ascii: "k"): UInt8(ascii: "x"),
        UInt8(ascii: "g"): UInt8(ascii: "g"), UInt8(ascii: "z"): UInt8(ascii: "g"), UInt8(ascii: "p"): UInt8(ascii: "f"),
        UInt8(ascii: "t"): UInt8(ascii: "t"),
    ]

    private static let latinClasses: [UInt8: [UInt8]] = {
        var map: [UInt8: [UInt8]] = [:]
        for letter in "bdfhklmnprst".utf8 { map[letter] = [letter] }
        map[UInt8(ascii: "c")] = [UInt8(ascii: "k")]
        map[UInt8(ascii: "g")] = [UInt8(ascii: "g")]
        map[UInt8(ascii: "j")] = [UInt8(ascii: "g")]
        map[UInt8(ascii: "q")] = [UInt8(ascii: "g")]
        map[UInt8(ascii: "z")] = [UInt8(ascii: "z")]
        map[UInt8(ascii: "x")] = [UInt8(ascii: "k"), UInt8(ascii: "s")]
        return map
    }()

    private static func collapsed(_ letters: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        for letter in letters where result.last != letter { result.append(letter) }
        return result
    }
}
