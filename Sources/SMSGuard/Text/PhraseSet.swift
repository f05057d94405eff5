/// A set of folded words and phrases, matched against a message's words by 64-bit hashes of their
/// bytes: no strings are made and no Unicode comparison runs, which keeps word checks cheap.
struct PhraseSet: Sendable {
    private let singles: Set<UInt64>
    /// Phrases of two or more words, as hash sequences.
    private let sequences: [[UInt64]]

    init(_ phrases: [String]) {
        var singles: Set<UInt64> = []
        var sequences: [[UInt64]] = []
        for phrase in phrases {
            let words = TextFolder.fold(phrase).bytes.split(separator: 0x20).map { WordHash.of($0) }
            if words.count == 1 { singles.insert(words[0]) } else if words.count > 1 { sequences.append(words) }
        }
        self.singles = singles
        self.sequences = sequences
    }

    /// Whether the single word with this hash is in the set.
    func contains(word hash: UInt64) -> Bool { singles.contains(hash) }

    /// Whether any word or phrase of the set occurs in `words` (hashes, in order).
    func occurs(in words: [UInt64]) -> Bool {
        count(in: words, stopAt: 1) > 0
    }

    /// How many distinct members occur in `words`, counting up to `stopAt`.
    func count(in words: [UInt64], stopAt: Int = .max) -> Int {
        var found = 0
        var seen: Set<UInt64> = []
        for word in words where singles.contains(word) && seen.insert(word).inserted {
            found += 1
            if found >= stopAt { return found }
        }
        for sequence in sequences where Self.contains(sequence, in: words) {
            found += 1
            if found >= stopAt { return found }
        }
        return found
    }

    static func contains(_ sequence: [UInt64], in words: [UInt64]) -> Bool {
        guard words.count >= sequence.count else { return false }
        for start in 0...(words.count - sequence.count) where words[start] == sequence[0] {
            if (1..<sequence.count).allSatisfy({ words[start + $0] == sequence[$0] }) { return true }
        }
        return false
    }
}

/// FNV-1a over a word's bytes.
enum WordHash {
    @inline(__always)
    static func of<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
