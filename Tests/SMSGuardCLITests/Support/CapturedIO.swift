import SMSGuardCLI

/// A `CommandIO` that records what a command writes and feeds it standard input from memory.
final class CapturedIO: CommandIO {
    private(set) var outputBytes: [UInt8] = []
    private(set) var errorBytes: [UInt8] = []
    private let input: [UInt8]
    private var inputOffset = 0

    init(stdin: String = "") {
        input = Array(stdin.utf8)
    }

    init(stdinBytes: [UInt8]) {
        input = stdinBytes
    }

    /// Standard output as text.
    var stdout: String { String(decoding: outputBytes, as: UTF8.self) }
    /// Standard error as text.
    var stderr: String { String(decoding: errorBytes, as: UTF8.self) }
    /// How many bytes of standard input the command has read.
    var inputBytesRead: Int { inputOffset }

    func writeOut(_ bytes: some Collection<UInt8>) { outputBytes.append(contentsOf: bytes) }
    func writeError(_ bytes: [UInt8]) { errorBytes.append(contentsOf: bytes) }

    var isOutputTerminal: Bool { false }
    var isErrorTerminal: Bool { false }
    var isOutputClosed: Bool { false }

    /// Hands out input in small chunks, so that a command that reads only once would miss the rest.
    func readInput(upTo count: Int) -> [UInt8] {
        let end = min(input.count, inputOffset + min(count, 7))
        defer { inputOffset = end }
        return Array(input[inputOffset..<end])
    }
}

/// What one in-process run of smsguard produced.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
    var outputBytes: [UInt8]
}

/// Runs smsguard in-process with `arguments`, feeding `stdin`.
func smsguard(_ arguments: String..., stdin: String = "") -> CommandResult {
    smsguard(arguments, io: CapturedIO(stdin: stdin))
}

/// Runs smsguard in-process with `arguments` and the given `io`.
func smsguard(_ arguments: [String], io: CapturedIO = CapturedIO()) -> CommandResult {
    let status = CLI.run(arguments: arguments, io: io)
    return CommandResult(status: status, stdout: io.stdout, stderr: io.stderr, outputBytes: io.outputBytes)
}
