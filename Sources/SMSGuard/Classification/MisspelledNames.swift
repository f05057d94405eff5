/// A shop's Persian name misspelled on purpose in a message's heading, so that filters looking for the
/// name miss it while a reader still sees the shop: a letter swapped for one that looks or sounds alike
/// ("گوله" for "کوله", "ذرکام" for "زرکام", "حورتاش" for "هورتاش"), a letter doubled ("سبزینوو") or
/// one left out ("دلون" for "دلوان").
///
/// Only the heading is read: there the word can only be the sender presenting itself, while in running
/// text a near name is as often another business's own or a typo in a chat.
struct MisspelledNames {
    /// Each shop's Persian names (without a leading business noun, spaces removed), as scalars.
    let names: [(shop: Int, letters: [UInt32])]

    init(registry: Registry) {
        var names: [(shop: Int, letters: [UInt32])] = []
        for (index, shop) in registry.shops.enumerated() {
            for name in shop.names where !name.unicodeScalars.allSatisfy(\.isASCII) {
                let folded = TextFolder.fold(ClassifierPatterns.withoutBusinessNoun(name)).text
                let letters = folded.unicodeScalars.map(\.value).filter { $0 != 0x20 }
                // Short names are one letter away from too many words.
                if letters.count >= Self.shortestName { names.append((index, letters)) }
            }
        }
        self.names = names
    }

    static let shortestName = 4

    /// The shop a heading's words (folded, a leading business noun dropped) misspell, if one does and the
    /// words are neither a shop's exact name nor an everyday word.
    func shop(misspelledBy words: [Slice<UnsafeBufferPointer<UInt8>>]) -> Int? {
        let joined = words.flatMap { $0 }
        let letters = String(decoding: joined, as: UTF8.self).unicodeScalars.map(\.value)
        // Most headings are no name at all: lengths rule out nearly every comparison.
        guard letters.count >= Self.shortestName - 1, !names.contains(where: { $0.letters == letters }),
            let found = names.first(where: { Self.isMisspelling(letters, of: $0.letters) }) else { return nil }
        return CommonWords.contains(joined) ? nil : found.shop
    }

    /// Whether `word` is `name` with one letter swapped for a look-alike or sound-alike, one letter
    /// doubled, or (in names of five letters or more) one letter left out.
    static func isMisspelling(_ word: [UInt32], of name: [UInt32]) -> Bool {
        guard abs(word.count - name.count) <= 1 else { return false }
        let shorter = min(word.count, name.count)
        let first = (0..<shorter).first { word[$0] != name[$0] } ?? shorter
        switch word.count - name.count {
        case 0:
            return first < word.count && alike(word[first], name[first]) && word[(first + 1)...] == name[(first + 1)...]
        case 1:
            // A letter doubled: the extra letter repeats the one before it.
            return first > 0 && word[first] == word[first - 1] && word[(first + 1)...] == name[first...]
        default:
            return name.count >= 5 && word[first...] == name[(first + 1)...]
        }
    }

    /// Letters a reader takes for one another: a stroke or a dot apart, or the same sound.
    private static func alike(_ a: UInt32, _ b: UInt32) -> Bool {
        alikeGroups.contains { $0.contains(a) && $0.contains(b) }
    }

    private static let alikeGroups: [Set<UInt32>] = [
        ["ک", "گ"], ["ز", "ذ", "ض", "ظ", "ژ"], ["س", "ص", "ث", "ش"], ["ت", "ط"], ["ه", "ح"], ["ق", "غ"], ["ج", "چ"], ["ب", "پ"],
        ["ر", "ز"], ["د", "ذ"],
    ].map { Set($0.map { Character($0).unicodeScalars.first!.value }) }
}
