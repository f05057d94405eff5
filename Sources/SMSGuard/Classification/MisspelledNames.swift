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
        guard !joined.isEmpty, !CommonWords.contains(joined) else { return nil }
        let letters = String(decoding: joined, as: UTF8.self).unicodeScalars.map(\.value)
        guard !names.contains(where: { $0.letters == letters }) else { return nil }
        return names.first { Self.isMisspelling(letters, of: $0.letters) }?.shop
    }

    /// Whether `word` is `name` with one letter swapped for a look-alike or sound-alike, one letter
    /// doubled, or (in names of five letters or more) one letter left out.
    static func isMisspelling(_ word: [UInt32], of name: [UInt32]) -> Bool {
        if word.count == name.count {
            let differences = zip(word, name).filter { $0 != $1 }
            return differences.count == 1 && alike(differences[0].0, differences[0].1)
        }
        if word.count == name.count + 1 {
            // A letter doubled: dropping one of a pair gives the name.
            return word.indices.dropFirst().contains { word[$0] == word[$0 - 1] && Array(word[..<$0] + word[($0 + 1)...]) == name }
        }
        if word.count + 1 == name.count && name.count >= 5 {
            return name.indices.contains { Array(name[..<$0] + name[($0 + 1)...]) == word }
        }
        return false
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
