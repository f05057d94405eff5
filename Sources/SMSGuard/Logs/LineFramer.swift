#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts chunked input into lines, for line-based formats.
///
/// A line inside one chunk is handed out without copying; one that spans chunks is assembled, up to
/// `maximumLineLength` (a longer one is reported and skipped to its end, never buffered whole).
struct LineFramer {
    static let maximumLineLength = 16 << 20

    /// One line: its bytes without `\n` or `\r\n` (nil when it was too long to read) and 1-based number;
    /// or, with `isIdle`, word that the input has nothing yet.
    struct Line {
        let bytes: UnsafeBufferPointer<UInt8>?
        let number: Int
        var isIdle = false
    }

    let source: ChunkSource
    private var chunk = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var position = 0
    private var carry: [UInt8] = []
    private var isSkippingLongLine = false
    private var lineNumber = 0
    private var atEnd = false

    init(source: ChunkSource) {
        self.source = source
    }

    /// Calls `body` with the next line and returns its result; nil at the end of input. The bytes are
    /// valid only inside `body`.
    mutating func next<Result>(_ body: (Line) -> Result) -> Result? {
        while true {
            if position < chunk.count, let base = chunk.baseAddress {
                let start = position
                if let found = memchr(base + start, 0x0A, chunk.count - start) {
                    let end = found.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: base)
                    position = end + 1
                    lineNumber += 1
                    if isSkippingLongLine {
                        isSkippingLongLine = false
                        continue
                    }
                    if carry.isEmpty && end - start <= Self.maximumLineLength {
                        return body(Line(bytes: Self.trimmed(UnsafeBufferPointer(start: base + start, count: end - start)), number: lineNumber))
                    }
                    if carry.count + (end - start) > Self.maximumLineLength {
                        carry = []
                        return body(Line(bytes: nil, number: lineNumber))
                    }
                    carry.append(contentsOf: UnsafeBufferPointer(start: base + start, count: end - start))
                    defer { carry.removeAll(keepingCapacity: true) }
                    let number = lineNumber
                    return carry.withUnsafeBufferPointer { body(Line(bytes: Self.trimmed($0), number: number)) }
                }
                position = chunk.count
                if !isSkippingLongLine {
                    carry.append(contentsOf: UnsafeBufferPointer(start: base + start, count: chunk.count - start))
                    if carry.count > Self.maximumLineLength {
                        isSkippingLongLine = true
                        carry = []
                        return body(Line(bytes: nil, number: lineNumber + 1))
                    }
                }
                continue
            }
            if atEnd { return nil }
            guard let next = source.nextChunk() else {
                atEnd = true
                guard !carry.isEmpty, !isSkippingLongLine else { return nil }
                lineNumber += 1
                defer { carry.removeAll() }
                let number = lineNumber
                return carry.withUnsafeBufferPointer { body(Line(bytes: Self.trimmed($0), number: number)) }
            }
            chunk = next
            position = 0
            if next.isEmpty { return body(Line(bytes: nil, number: lineNumber, isIdle: true)) }
        }
    }

    private static func trimmed(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let last = line.last, last == 0x0D else { return line }
        return UnsafeBufferPointer(rebasing: line[0..<(line.count - 1)])
    }
}
