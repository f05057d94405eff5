#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A progress line on standard error while a long scan runs: bytes done, messages per second, time
/// left. Only when standard error is a terminal; silent otherwise.
final class ProgressLine {
    private let io: CommandIO
    private let isEnabled: Bool
    private var file = ""
    private var size: Int?
    private var started = 0.0
    private var lastDrawn = 0.0
    private var isShown = false

    init(io: CommandIO) {
        self.io = io
        isEnabled = io.isErrorTerminal
    }

    func start(file: String, size: Int?) {
        self.file = file
        self.size = size
        started = Self.now()
        lastDrawn = 0
    }

    func update(bytes: Int, messages: Int) {
        guard isEnabled else { return }
        let now = Self.now()
        guard now - lastDrawn >= 0.2 else { return }
        lastDrawn = now
        let elapsed = max(now - started, 0.001)
        var line = "\r\u{1B}[2K\(FileSystem.baseName(of: file)): \(Self.megabytes(bytes))"
        if let size, size > 0 {
            line += " / \(Self.megabytes(size)) MB"
            let rate = Double(bytes) / elapsed
            if rate > 0 { line += " · \(Self.duration((Double(size - bytes)) / rate)) left" }
        } else {
            line += " MB"
        }
        line += " · \(Int(Double(messages) / elapsed)) messages/s"
        io.err(line)
        isShown = true
    }

    func clear() {
        guard isShown else { return }
        io.err("\r\u{1B}[2K")
        isShown = false
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = bytes * 10 / (1 << 20)
        return "\(tenths / 10).\(tenths % 10)"
    }

    private static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return total >= 60 ? "\(total / 60)m \(total % 60)s" : "\(total)s"
    }

    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
