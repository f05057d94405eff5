/// Input that arrives in chunks: a file or standard input, an entry inflated from a zip archive, or a
/// UTF-16 file converted on the way.
public protocol ChunkSource: AnyObject {
    /// The name used in error locations.
    var path: String { get }
    /// Bytes consumed from the underlying file, for progress.
    var bytesRead: Int { get }
    /// The error that ended reading early, if any.
    var error: SMSGuardError? { get }
    /// The next chunk, valid until the next call; nil at the end. An empty chunk means that a pipe has
    /// nothing yet: readers report `.idle` so a stream's results are not held back, then ask again.
    func nextChunk() -> UnsafeBufferPointer<UInt8>?
    /// Characters this source replaced while converting (a lone UTF-16 surrogate); readers add them to
    /// the record they fall in.
    var repairs: Int { get }
}

extension ChunkSource {
    public var repairs: Int { 0 }
}

extension ByteSource: ChunkSource {}

/// Memory that a chunk handed out by a source lives in until the source's next call.
final class ChunkStorage {
    private var storage = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)

    deinit { storage.deallocate() }

    /// Copies `bytes` in and returns a view valid until the next call.
    func hold(_ bytes: [UInt8]) -> UnsafeBufferPointer<UInt8> {
        if storage.count < bytes.count {
            storage.deallocate()
            storage = .allocate(capacity: bytes.count)
        }
        _ = storage.initialize(from: bytes)
        return UnsafeBufferPointer(rebasing: storage[0..<bytes.count])
    }
}
