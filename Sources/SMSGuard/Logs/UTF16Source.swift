/// Converts a UTF-16 file (with a byte-order mark, as shells on Windows write them) to UTF-8 on the way.
///
/// A documented repair: such files are read, not refused; an unpaired surrogate becomes U+FFFD.
final class UTF16Source: ChunkSource {
    private let source: ChunkSource
    private var isBigEndian: Bool?
    private var leftover: [UInt8] = []
    private var pendingHigh: UInt32?
    private var atEnd = false
    private let storage = ChunkStorage()
    private(set) var repairs = 0

    init(_ source: ChunkSource) {
        self.source = source
    }

    var path: String { source.path }
    var bytesRead: Int { source.bytesRead }
    var error: SMSGuardError? { source.error }

    static func isUTF16(_ prefix: [UInt8]) -> Bool {
        prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF])
    }

    /// Converts a whole prefix, for format detection.
    static func transcode(_ bytes: [UInt8]) -> [UInt8] {
        let converter = UTF16Source(EmptySource())
        return converter.convert(bytes[...])
    }

    func nextChunk() -> UnsafeBufferPointer<UInt8>? {
        while !atEnd {
            guard let chunk = source.nextChunk() else {
                atEnd = true
                // A high surrogate or half a code unit left at the end: U+FFFD each, counted.
                var output: [UInt8] = []
                for _ in 0..<((pendingHigh == nil ? 0 : 1) + (leftover.isEmpty ? 0 : 1)) {
                    UTF8Scalar.append(0xFFFD, to: &output)
                    repairs += 1
                }
                pendingHigh = nil
                leftover = []
                return output.isEmpty ? nil : storage.hold(output)
            }
            if chunk.isEmpty { return chunk }  // a pipe waiting: say so
            let output = convert(leftover + Array(chunk))
            if !output.isEmpty { return storage.hold(output) }
        }
        return nil
    }

    private func convert(_ input: [UInt8]) -> [UInt8] {
        convert(input[...])
    }

    private func convert(_ input: ArraySlice<UInt8>) -> [UInt8] {
        var bytes = input
        if isBigEndian == nil, bytes.count >= 2 {
            isBigEndian = bytes.first == 0xFE
            bytes = bytes.dropFirst(2)
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count * 3 / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let unit = isBigEndian == true
                ? UInt32(bytes[index]) << 8 | UInt32(bytes[index + 1])
                : UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index])
            index += 2
            switch unit {
            case 0xD800...0xDBFF:
                if pendingHigh != nil { UTF8Scalar.append(0xFFFD, to: &result); repairs += 1 }
                pendingHigh = unit
            case 0xDC00...0xDFFF:
                if let high = pendingHigh {
                    UTF8Scalar.append(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00), to: &result)
                    pendingHigh = nil
                } else {
                    UTF8Scalar.append(0xFFFD, to: &result)
                    repairs += 1
                }
            default:
                if pendingHigh != nil { UTF8Scalar.append(0xFFFD, to: &result); pendingHigh = nil; repairs += 1 }
                UTF8Scalar.append(unit, to: &result)
            }
        }
        leftover = Array(bytes[index...])
        return result
    }
}

/// A source with nothing in it.
final class EmptySource: ChunkSource {
    var path: String { "" }
    var bytesRead: Int { 0 }
    var error: SMSGuardError? { nil }
    func nextChunk() -> UnsafeBufferPointer<UInt8>? { nil }
}
