/// Keeps line numbers of a stream read in chunks: every byte is counted once, as it goes by.
struct LineCounter {
    /// Absolute offset up to which newlines are counted.
    private(set) var offset = 0
    /// The line at `offset`, 1-based.
    private(set) var line = 1
    /// Absolute offset where that line starts.
    private var lineStart = 0

    /// Counts the newlines from `offset` up to the absolute offset `end`, which must lie in `chunk`.
    mutating func count(upTo end: Int, in chunk: UnsafeBufferPointer<UInt8>, chunkStart: Int) {
        let from = max(offset, chunkStart)
        guard end > from, let base = chunk.baseAddress else {
            offset = max(offset, end)
            return
        }
        let start = from - chunkStart, stop = min(end - chunkStart, chunk.count)
        guard stop > start else { return }
        let (newlines, last) = Self.newlines(in: UnsafeBufferPointer(start: base + start, count: stop - start))
        if newlines > 0 {
            line += newlines
            lineStart = from + last + 1
        }
        offset = chunkStart + stop
    }

    /// The line and 1-based byte column of the absolute offset `target` (at or after what was counted).
    mutating func position(of target: Int, in chunk: UnsafeBufferPointer<UInt8>, chunkStart: Int) -> (line: Int, column: Int) {
        if target > offset { count(upTo: target, in: chunk, chunkStart: chunkStart) }
        return (line, max(1, target - lineStart + 1))
    }

    /// How many newlines `bytes` holds, and the index of the last one.
    static func newlines(in bytes: UnsafeBufferPointer<UInt8>) -> (count: Int, last: Int) {
        var count = 0
        var last = -1
        var index = 0
        let raw = UnsafeRawBufferPointer(bytes)
        let newline = SIMD16<UInt8>(repeating: 0x0A)
        while index + 16 <= bytes.count {
            let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            let mask = block .== newline
            if any(mask) {
                for lane in 0..<16 where mask[lane] {
                    count += 1
                    last = index + lane
                }
            }
            index += 16
        }
        while index < bytes.count {
            if bytes[index] == 0x0A {
                count += 1
                last = index
            }
            index += 1
        }
        return (count, last)
    }
}
