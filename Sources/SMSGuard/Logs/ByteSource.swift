#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes of a file or of standard input, read in large chunks with read(2).
public final class ByteSource {
    /// The name used in error locations.
    public let path: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// In-memory input, for tests and fuzzing: served in chunks of `memoryChunkSize`.
    private let memory: [UInt8]?
    private let memoryChunkSize: Int
    public private(set) var bytesRead = 0
    public private(set) var isAtEnd = false
    /// The first read error, if any: reading stops there.
    public private(set) var error: SMSGuardError?
    /// The total size when known (a regular file), for progress.
    public let size: Int?
    /// A pipe or terminal: input may pause, and `nextChunk()` says so with an empty chunk.
    private var isStream: Bool { memory == nil && size == nil }

    /// Waits up to 100 ms for input (or its end) on a pipe.
    private func hasDataWaiting() -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&request, 1, 100) != 0
    }

    /// Serves `bytes` as if read from a file named `path`, `chunkSize` bytes at a time.
    public init(bytes: [UInt8], path: String, chunkSize: Int = ByteSource.chunkSize) {
        self.path = path
        descriptor = -1
        ownsDescriptor = false
        memory = bytes
        memoryChunkSize = min(max(1, chunkSize), ByteSource.chunkSize)
        size = bytes.count
    }

    /// Opens a file; `-` means standard input.
    public init(path: String) throws(SMSGuardError) {
        self.path = path
        memory = nil
        memoryChunkSize = 0
        if path == "-" {
            descriptor = 0
            ownsDescriptor = false
            size = nil
            return
        }
        let opened = open(path, O_RDONLY)
        guard opened >= 0 else {
            throw SMSGuardError(.missingInput, "cannot open: \(String(cString: strerror(errno)).lowercased())", at: SourceLocation(path: path))
        }
        var info = stat()
        if fstat(opened, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            close(opened)
            throw SMSGuardError(.missingInput, "is a directory, expected a log file", at: SourceLocation(path: path))
        }
        descriptor = opened
        ownsDescriptor = true
        size = (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
        if hasChunk { chunk.deallocate() }
    }

    /// The chunk `nextChunk()` reads into, reused so that streaming allocates nothing per chunk.
    private lazy var chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Self.chunkSize)
    private var hasChunk = false
    public static let chunkSize = 1 << 20

    /// The next chunk of input, valid until the next call; nil at the end or after a read error.
    public func nextChunk() -> UnsafeBufferPointer<UInt8>? {
        guard !isAtEnd else { return nil }
        if let memory {
            let start = bytesRead, end = min(memory.count, start + memoryChunkSize)
            guard end > start else { isAtEnd = true; return nil }
            memory.withUnsafeBufferPointer { bytes in
                UnsafeMutableRawBufferPointer(chunk).copyMemory(from: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start..<end])))
            }
            bytesRead = end
            hasChunk = true
            return UnsafeBufferPointer(rebasing: chunk[0..<(end - start)])
        }
        hasChunk = true
        if isStream && !hasDataWaiting() { return UnsafeBufferPointer(start: chunk.baseAddress, count: 0) }
        while true {
            let count = systemRead(descriptor, chunk.baseAddress, chunk.count)
            if count < 0 && errno == EINTR { continue }
            if count < 0 {
                error = SMSGuardError(.missingInput, "read failed: \(String(cString: strerror(errno)).lowercased())", at: SourceLocation(path: path))
            }
            guard count > 0 else {
                isAtEnd = true
                return nil
            }
            bytesRead += count
            return UnsafeBufferPointer(rebasing: chunk[0..<count])
        }
    }

    /// Appends the next chunk to `buffer`; returns how many bytes (0 at the end).
    @discardableResult
    public func read(into buffer: inout [UInt8]) -> Int {
        guard let next = nextChunk() else { return 0 }
        buffer.append(contentsOf: next)
        return next.count
    }

    /// Everything that is left, up to `limit` bytes (for small inputs that are parsed whole).
    public func readAll(limit: Int) throws(SMSGuardError) -> [UInt8] {
        var bytes: [UInt8] = []
        while !isAtEnd {
            read(into: &bytes)
            if bytes.count > limit {
                throw SMSGuardError(.badData, "larger than \(limit >> 20) MiB, the limit for this format", at: SourceLocation(path: path))
            }
        }
        if let error { throw error }
        return bytes
    }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
