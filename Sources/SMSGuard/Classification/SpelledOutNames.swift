/// A shop's name spelled out with a mark between its letters ("م.ی.و.ه ت.ا.ز.ه", "T.r.a.v.e.l.i.k.a",
/// "د-ی-ب-ا"): the letters read together, as the automaton already reads a name spelled out with spaces.
struct SpelledOutNames {
    let patterns: ClassifierPatterns

    /// The shops spelled out in `runs` (as `runs(in:)` finds them) of `message`, each with the folded
    /// range of its letters and marks.
    func find(in message: MessageText, runs: [Range<Int>]) -> [(shop: Int, range: Range<Int>)] {
        var found: [(shop: Int, range: Range<Int>)] = []
        for run in runs {
            var letters: [UInt8] = []
            var index = run.lowerBound
            while index < run.upperBound {
                let length = UTF8Scalar.length(lead: message.folded[index])
                if message.isLetter(at: index) { letters.append(contentsOf: message.folded[index..<(index + length)]) }
                index += length
            }
            if let shop = shopSpelled(by: letters) { found.append((shop, run)) }
        }
        return found
    }

    /// The shop whose whole name the joined letters spell, if any.
    private func shopSpelled(by letters: [UInt8]) -> Int? {
        var shop: Int?
        letters.withUnsafeBufferPointer { buffer in
            patterns.automaton.scan(folded: buffer) { pattern, end in
                guard end == buffer.count, patterns.automaton.patternLengths[pattern] == buffer.count else { return }
                switch patterns.roles[pattern] {
                case .name(let index), .latinName(let index): shop = index
                default: break
                }
            }
        }
        if shop == nil, letters.allSatisfy({ $0 < 0x80 }) {
            shop = patterns.brandLabels.first { $0.bytes == letters }?.shop
        }
        return shop
    }

    /// Runs of at least three single letters each set apart by a mark or a space, at least two of the
    /// gaps being marks (letters parted by spaces alone the automaton reads already).
    static func runs(in message: MessageText) -> [Range<Int>] {
        let folded = message.folded
        var runs: [Range<Int>] = []
        var index = 0
        while let mark = nextMark(in: folded, from: index) {
            index = mark + 1
            // A run starts at a single letter right before a mark.
            guard mark > 0, message.hasLetter(before: mark) else { continue }
            var start = mark - 1
            while start > 0 && folded[start] & 0xC0 == 0x80 { start -= 1 }
            guard !message.hasLetter(before: start) else { continue }
            var end = start, letters = 0, marks = 0
            var position = start
            while position < folded.count, message.isLetter(at: position) {
                let letterEnd = position + UTF8Scalar.length(lead: folded[position])
                guard !message.isLetter(at: letterEnd) else { break }
                letters += 1
                end = letterEnd
                guard letterEnd < folded.count, isMark(folded[letterEnd]) || folded[letterEnd] == 0x20 else { break }
                if isMark(folded[letterEnd]) { marks += 1 }
                position = letterEnd + 1
            }
            if letters >= 3 && marks >= 2 { runs.append(start..<end) }
            index = max(index, end)
        }
        return runs
    }

    private static func nextMark(in folded: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < folded.count {
            if isMark(folded[index]) { return index }
            index += 1
        }
        return nil
    }

    /// The marks people put between a name's letters.
    @inline(__always)
    static func isMark(_ byte: UInt8) -> Bool {
        // "*", "-", ".", "/" are 0x2A, 0x2D, 0x2E, 0x2F: one shift of a bit mask tests them, as the folding
        // pass does for every ASCII mark.
        let offset = byte &- 0x2A
        return (offset < 6 && (0b11_1001 as UInt8) >> offset & 1 != 0) || byte == UInt8(ascii: "_")
    }
}
