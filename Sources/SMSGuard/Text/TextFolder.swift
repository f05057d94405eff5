/// Folds text into the one form that matching works on.
///
/// Folding makes spellings that a reader sees as the same word equal byte for byte:
/// - Arabic letters become their Persian forms (ي ى ئ → ی, ك → ک, ة ۀ → ه, أ إ آ ٱ → ا, ؤ → و);
/// - tatweel, harakat and other diacritics, zero-width characters (U+200B–U+200F, U+2060–U+2064, U+FEFF)
///   and bidi controls (U+202A–U+202E, U+2066–U+2069, U+061C) are removed;
/// - every kind of space, line break and control character becomes one ASCII space; runs collapse, and
///   leading and trailing spaces go;
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
        FoldingTable.belowU0800.withUnsafeBufferPointer { table in
            var writer = FoldWriter(output: output, offsets: sourceOffsets)
            var index = 0
            let count = input.count
            while index < count {
                let start = index
                let lead = input[index]
                let action: UInt32
                if lead < 0x80 {
                    action = FoldAction.widened(table[Int(lead)])
                    index += 1
                } else if let (scalar, length) = UTF8Scalar.decode(input, at: index, lead: lead) {
                    action = scalar < 0x800 ? FoldAction.widened(table[Int(scalar)]) : FoldAction.ofWide(scalar)
                    index += length
                } else {
                    action = FoldAction.space
                    index += 1
                }
                writer.write(action, from: start)
            }
            return writer.count
        }
    }
}

/// Appends folded scalars, collapsing spaces and trimming them at both ends.
private struct FoldWriter {
    let output: UnsafeMutablePointer<UInt8>
    let offsets: UnsafeMutablePointer<Int32>?
    var count = 0
    var pendingSpace: Int32 = -1

    @inline(__always)
    mutating func write(_ action: UInt32, from source: Int) {
        if action == FoldAction.remove { return }
        if action == FoldAction.space {
            if count > 0 && pendingSpace < 0 { pendingSpace = Int32(source) }
            return
        }
        if pendingSpace >= 0 {
            append(0x20, from: pendingSpace)
            pendingSpace = -1
        }
        let origin = Int32(source)
        switch action {
        case 0..<0x80:
            append(UInt8(action), from: origin)
        case 0x80..<0x800:
            append(0xC0 | UInt8(action >> 6), from: origin)
            append(0x80 | UInt8(action & 0x3F), from: origin)
        case 0x800..<0x10000:
            append(0xE0 | UInt8(action >> 12), from: origin)
            append(0x80 | UInt8((action >> 6) & 0x3F), from: origin)
            append(0x80 | UInt8(action & 0x3F), from: origin)
        default:
            append(0xF0 | UInt8(action >> 18), from: origin)
            append(0x80 | UInt8((action >> 12) & 0x3F), from: origin)
            append(0x80 | UInt8((action >> 6) & 0x3F), from: origin)
            append(0x80 | UInt8(action & 0x3F), from: origin)
        }
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8, from origin: Int32) {
        output[count] = byte
        offsets?[count] = origin
        count += 1
    }
}
