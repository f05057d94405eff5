/// Folds text into the one form that matching works on.
///
/// Folding makes spellings that a reader sees as the same word equal byte for byte:
/// - Arabic letters become their Persian forms (ي ى ئ → ی, ك → ک, ة ۀ → ه, أ إ آ ٱ → ا, ؤ → و);
/// - tatweel, harakat and other diacritics, zero-width characters (U+200B–U+200F, U+2060–U+2064, U+FEFF)
///   and bidi controls (U+202A–U+202E, U+2066–U+2069, U+061C) are removed;
/// - every kind of space, line break and control character becomes one ASCII space; runs collapse, and
///   leading and trailing spaces go;
/// - an emoji or pictograph standing between two letters is removed, joining them ("ژا👟کو");
/// - Persian, Arabic-Indic, full-width and mathematical digits become ASCII digits;
/// - Latin letters are lower-cased; full-width, mathematical, accented Latin letters and the Cyrillic and
///   Greek letters that imitate Latin ones become plain ASCII letters.
///
/// Folding is idempotent, and never makes text longer in UTF-8 bytes, so a caller can fold into a buffer
/// as large as its input.
public enum TextFolder {
    /// Folds `text`, keeping a map back to the original for quoting evidence.
    ///
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public static func fold(_ text: String) -> FoldedText {
        var utf8 = text
        return utf8.withUTF8 { input in
            var bytes = [UInt8](repeating: 0, count: input.count)
            var offsets = [Int32](repeating: 0, count: input.count)
            let count = bytes.withUnsafeMutableBufferPointer { out in
                offsets.withUnsafeMutableBufferPointer { map in
                    fold(input, into: out.baseAddress!, sourceOffsets: map.baseAddress)
                }
            }
            bytes.removeLast(input.count - count)
            offsets.removeLast(input.count - count)
            return FoldedText(original: text, bytes: bytes, sourceOffsets: offsets)
        }
    }

    /// Folds UTF-8 bytes into `output`, which must hold at least `input.count` bytes.
    ///
    /// Invalid UTF-8 sequences fold to a space, so the output is always valid UTF-8.
    /// - Parameters:
    ///   - sourceOffsets: when given (at least `input.count` entries), receives for every output byte the
    ///     input offset of the scalar it came from.
    /// - Returns: the number of bytes written.
    /// - Complexity: O(n), one table load per scalar below U+0800.
    @discardableResult
    public static func fold(
        _ input: UnsafeBufferPointer<UInt8>,
        into output: UnsafeMutablePointer<UInt8>,
        sourceOffsets: UnsafeMutablePointer<Int32>?
    ) -> Int {
        guard !input.isEmpty else { return 0 }
        if let sourceOffsets {
            return fold(input, into: output, sourceOffsets: sourceOffsets, automaton: .empty) { _, _ in }.count
        }
        let scratch = UnsafeMutablePointer<Int32>.allocate(capacity: input.count)
        defer { scratch.deallocate() }
        return fold(input, into: output, sourceOffsets: scratch, automaton: .empty) { _, _ in }.count
    }

    /// What the folding pass noticed on the way, so later passes run only on the messages that need them.
    struct FoldSummary {
        /// Length of the folded text in bytes.
        var count = 0
        /// A dot right after an ASCII letter or digit: maybe a link.
        var hasLinkCandidate = false
        /// Four or more ASCII letters in a row: maybe a Latin spelling of a shop.
        var hasLatinWord = false
        /// A mark right after a letter standing alone ("م.ی.و.ه"): maybe a name spelled out.
        var hasSpelledOutLetters = false
    }

    /// Whether the folded byte before `mark` ends a letter with no letter before it (Persian letters of
    /// the two-byte range, ASCII letters).
    @inline(__always)
    private static func followsSingleLetter(_ output: UnsafeMutablePointer<UInt8>, mark: Int) -> Bool {
        func isASCIILetter(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
        if mark >= 1 && isASCIILetter(output[mark - 1]) {
            return mark < 2 || (!isASCIILetter(output[mark - 2]) && output[mark - 2] < 0x80)
        }
        guard mark >= 2, output[mark - 2] &- 0xD8 < 4, output[mark - 1] & 0xC0 == 0x80 else { return false }
        return mark < 3 || (output[mark - 3] < 0x80 && !isASCIILetter(output[mark - 3]))
    }

    /// Folds and, in the same pass, feeds every folded scalar but spaces to `automaton`, reporting each
    /// pattern that ends with the folded byte index just past it.
    ///
    /// One pass keeps the automaton's chain of dependent table loads overlapped with the folding work,
    /// which is what makes classification fast. Valid UTF-8 takes the fast path; anything else is decoded
    /// carefully, invalid bytes folding to a space.
    @inline(__always)
    static func fold(
        _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt8>, sourceOffsets offsets: UnsafeMutablePointer<Int32>,
        automaton: PatternAutomaton, onMatch: (_ pattern: Int, _ end: Int) -> Void
    ) -> FoldSummary {
        let count = input.count
        guard let base = input.baseAddress, count > 0 else { return FoldSummary() }
        return automaton.scalarTable.withUnsafeBufferPointer { tableBuffer in
            automaton.transitions.withUnsafeBufferPointer { transitionsBuffer in
                // Plain locals only (no nested functions capturing them), so the loop keeps its state
                // in registers.
                let table = tableBuffer.baseAddress!
                let transitions = transitionsBuffer.baseAddress!
                var out = 0
                var pendingSpace: Int32 = -1
                var index = 0
                var row = 0
                var latinRun = 0
                var afterAlphanumeric = false
                var hasLinkCandidate = false
                var hasLatinWord = false
                var hasSpelledOutLetters = false
                while index < count {
                    let lead = base[index]
                    let source = Int32(truncatingIfNeeded: index)
                    var entry: UInt32
                    if lead < 0x80 {
                        entry = table[Int(lead)]
                        index &+= 1
                    } else if lead >= 0xC2 && lead < 0xE0 && index &+ 1 < count && base[index &+ 1] & 0xC0 == 0x80 {
                        entry = table[Int(lead & 0x1F) << 6 | Int(base[index &+ 1] & 0x3F)]
                        index &+= 2
                        if entry & PatternAutomaton.identityBit != 0 {
                            // The hot path: a Persian letter that folds to itself.
                            if pendingSpace >= 0 {
                                output[out] = 0x20
                                offsets[out] = pendingSpace
                                out &+= 1
                                pendingSpace = -1
                            }
                            output[out] = lead
                            output[out &+ 1] = base[index &- 1]
                            offsets[out] = source
                            offsets[out &+ 1] = source
                            out &+= 2
                            latinRun = 0
                            afterAlphanumeric = false
                            let next = transitions[row &+ Int((entry >> 16) & 0xFF)]
                            row = Int(next >> 1)
                            if next & 1 != 0 { automaton.reportOutputs(row: row, end: out, onMatch) }
                            continue
                        }
                    } else {
                        // Three- and four-byte scalars (ZWNJ, bidi controls, emoji) and invalid bytes.
                        var action: UInt32
                        if let (wide, length) = UTF8Scalar.decode(input, at: index, lead: lead) {
                            action = wide < 0x800 ? FoldAction.widened(FoldingTable.belowU0800[Int(wide)]) : FoldAction.ofWide(wide)
                            index &+= length
                            // "ژا👟کو": an emoji between two letters splits a word only to the eye; it goes, and
                            // the letters join, as a reader joins them.
                            if wide >= 0x2190 && pendingSpace < 0 && out > 0
                                && Self.isPictographBetweenLetters(wide, output: output, count: out, input: base, next: index, inputCount: count) {
                                action = FoldAction.remove
                            }
                        } else {
                            action = FoldAction.space
                            index &+= 1
                        }
                        out = emit(action, source, output, offsets, out, &pendingSpace)
                        if action < FoldAction.space {
                            latinRun = 0
                            afterAlphanumeric = false
                            let symbol = action < 0x800 ? Int(automaton.lowClasses[Int(action)]) : automaton.wideClass(action)
                            let next = transitions[row &+ symbol]
                            row = Int(next >> 1)
                            if next & 1 != 0 { automaton.reportOutputs(row: row, end: out, onMatch) }
                        }
                        continue
                    }
                    let folded = entry & 0xFFFF
                    if folded >= 0xFFFE {
                        if folded == 0xFFFE {
                            if out > 0 && pendingSpace < 0 { pendingSpace = source }
                            latinRun = 0
                            afterAlphanumeric = false
                        }
                        continue
                    }
                    if pendingSpace >= 0 {
                        output[out] = 0x20
                        offsets[out] = pendingSpace
                        out &+= 1
                        pendingSpace = -1
                    }
                    if folded < 0x80 {
                        output[out] = UInt8(truncatingIfNeeded: folded)
                        offsets[out] = source
                        out &+= 1
                        // Link and Latin-word hints, on ASCII only.
                        if folded >= 0x61 && folded <= 0x7A {
                            latinRun &+= 1
                            if latinRun >= 4 { hasLatinWord = true }
                            afterAlphanumeric = true
                        } else {
                            latinRun = 0
                            if folded == 0x2E && afterAlphanumeric { hasLinkCandidate = true }
                            afterAlphanumeric = folded >= 0x30 && folded <= 0x39
                            if !hasSpelledOutLetters && SpelledOutNames.isMark(UInt8(truncatingIfNeeded: folded)) {
                                hasSpelledOutLetters = followsSingleLetter(output, mark: out &- 1)
                            }
                        }
                    } else {
                        output[out] = 0xC0 | UInt8(truncatingIfNeeded: folded >> 6)
                        output[out &+ 1] = 0x80 | UInt8(truncatingIfNeeded: folded & 0x3F)
                        offsets[out] = source
                        offsets[out &+ 1] = source
                        out &+= 2
                        latinRun = 0
                        afterAlphanumeric = false
                    }
                    let next = transitions[row &+ Int((entry >> 16) & 0xFF)]
                    row = Int(next >> 1)
                    if next & 1 != 0 { automaton.reportOutputs(row: row, end: out, onMatch) }
                }
                return FoldSummary(
                    count: out, hasLinkCandidate: hasLinkCandidate, hasLatinWord: hasLatinWord, hasSpelledOutLetters: hasSpelledOutLetters)
            }
        }
    }

    /// Emoji and pictographic symbols (arrows, dingbats, U+1F000 and up).
    @inline(__always)
    static func isPictograph(_ scalar: UInt32) -> Bool {
        (0x2190...0x2BFF).contains(scalar) || (0x1F000...0x1FAFF).contains(scalar)
    }

    /// Whether `scalar` is a pictograph with a letter folded just before it and one starting at `next`.
    /// Kept out of line: the folding loop keeps its state in registers only while it stays small.
    @inline(never)
    private static func isPictographBetweenLetters(
        _ scalar: UInt32, output: UnsafeMutablePointer<UInt8>, count: Int, input: UnsafePointer<UInt8>, next: Int, inputCount: Int
    ) -> Bool {
        isPictograph(scalar) && endsWithLetter(output, count) && startsLetter(afterInvisibles: input, from: next, count: inputCount)
    }

    /// Whether the folded output ends with a letter: an ASCII letter, or a scalar of the Arabic block.
    @inline(__always)
    private static func endsWithLetter(_ output: UnsafeMutablePointer<UInt8>, _ count: Int) -> Bool {
        let last = output[count &- 1]
        if last < 0x80 { return last &- 0x61 < 26 }
        return count >= 2 && output[count &- 2] &- 0xD8 < 4 && last & 0xC0 == 0x80
    }

    /// Whether the next scalar at `index` that folding keeps folds to a letter (an ASCII letter or a scalar
    /// of the Arabic block, as `endsWithLetter` reads the output). Scalars folding removes are passed
    /// ("🎉\u{FE0F}ی"), and the scalar is judged folded ("Ａ" is "a"), so that folding the folded text
    /// again changes nothing.
    private static func startsLetter(afterInvisibles base: UnsafePointer<UInt8>, from index: Int, count: Int) -> Bool {
        let input = UnsafeBufferPointer(start: base, count: count)
        var position = index
        while position < count {
            let lead = base[position]
            let scalar: UInt32, length: Int
            if lead < 0x80 {
                (scalar, length) = (UInt32(lead), 1)
            } else if let decoded = UTF8Scalar.decode(input, at: position, lead: lead) {
                (scalar, length) = decoded
            } else {
                return false  // an invalid byte folds to a space
            }
            let folded = FoldAction.of(scalar)
            if folded == FoldAction.remove {
                position += length
                continue
            }
            return (0x61...0x7A).contains(folded) || (0x0600...0x06FF).contains(folded)
        }
        return false
    }

    /// Writes one folded scalar (or records a space, or drops a removed one); returns the new length.
    @inline(__always)
    private static func emit(
        _ action: UInt32, _ source: Int32, _ output: UnsafeMutablePointer<UInt8>, _ offsets: UnsafeMutablePointer<Int32>,
        _ start: Int, _ pendingSpace: inout Int32
    ) -> Int {
        if action == FoldAction.remove { return start }
        if action == FoldAction.space {
            if start > 0 && pendingSpace < 0 { pendingSpace = source }
            return start
        }
        var out = start
        if pendingSpace >= 0 {
            output[out] = 0x20
            offsets[out] = pendingSpace
            out += 1
            pendingSpace = -1
        }
        var encoded: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        let length = UTF8Scalar.encode(action, into: &encoded)
        withUnsafeBytes(of: encoded) { bytes in
            for index in 0..<length {
                output[out] = bytes[index]
                offsets[out] = source
                out += 1
            }
        }
        return out
    }
}
