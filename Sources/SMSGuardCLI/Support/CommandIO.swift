import SMSGuard

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command reads and writes: the real terminal, or buffers in tests.
public protocol CommandIO: AnyObject {
    func writeOut(_ bytes: some Collection<UInt8>)
    func writeError(_ bytes: [UInt8])
    /// Whether standard output goes to a terminal (for colour and layout).
    var isOutputTerminal: Bool { get }
    /// Whether standard error goes to a terminal (for progress).
    var isErrorTerminal: Bool { get }
    /// Reads up to `count` bytes of standard input; empty at its end.
    func readInput(upTo count: Int) -> [UInt8]
    /// Whether writing to standard output has failed (a closed pipe).
    var isOutputClosed: Bool { get }
    /// Writes out what standard output has buffered.
    func flush()
    /// Standard input as chunks, for `scan -`.
    func standardInputSource() -> ChunkSource
}

extension CommandIO {
    public func flush() {}

    /// Standard input through `readInput(upTo:)`.
    public func standardInputSource() -> ChunkSource { CommandInputSource(io: self) }

    func out(_ text: String) { writeOut(Array(text.utf8)) }
    func err(_ text: String) { writeError(Array(text.utf8)) }
}

/// Standard input read through a `CommandIO`, in 1 MiB chunks.
final class CommandInputSource: ChunkSource {
    private let io: CommandIO
    private var chunk: [UInt8] = []
    private let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 20)
    private(set) var bytesRead = 0
    let path = "-"
    var error: SMSGuardError? { nil }

    init(io: CommandIO) { self.io = io }
    deinit { storage.deallocate() }

    func nextChunk() -> UnsafeBufferPointer<UInt8>? {
        let bytes = io.readInput(upTo: storage.count)
        guard !bytes.isEmpty else { return nil }
        _ = storage.initialize(from: bytes)
        bytesRead += bytes.count
        return UnsafeBufferPointer(rebasing: storage[0..<bytes.count])
    }
}

/// The process's standard streams, with buffered standard output.
public final class StandardIO: CommandIO {
    private var buffer: [UInt8] = []
    public private(set) var isOutputClosed = false

    public init() {
        // A closed pipe (`| head`) must end the program quietly, not kill it with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        buffer.reserveCapacity(1 << 16)
    }

    deinit { flush() }

    public func writeOut(_ bytes: some Collection<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func flush() {
        guard !buffer.isEmpty, !isOutputClosed else { buffer.removeAll(keepingCapacity: true); return }
        if !Self.writeAll(buffer, to: 1) { isOutputClosed = true }
        buffer.removeAll(keepingCapacity: true)
    }

    public func writeError(_ bytes: [UInt8]) {
        flush()
        _ = Self.writeAll(bytes, to: 2)
    }

    /// The real standard input, which says when a pipe is waiting (so streams are not held back).
    public func standardInputSource() -> ChunkSource {
        (try? ByteSource(path: "-")) ?? CommandInputSource(io: self)
    }

    public var isOutputTerminal: Bool { isatty(1) == 1 }
    public var isErrorTerminal: Bool { isatty(2) == 1 }

    public func readInput(upTo count: Int) -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: count)
        let read = chunk.withUnsafeMutableBytes { raw in systemRead(0, raw.baseAddress, count) }
        return read > 0 ? Array(chunk[0..<read]) : []
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}

