import SMSGuard

/// `smsguard check SENDER [--text TEXT | --text-file FILE | --text -] [--json]`.
enum CheckCommand {
    static func run(_ invocation: Invocation, io: CommandIO) throws(SMSGuardError) -> ExitCode {
        let written = invocation.arguments[0]
        let sender = Sender(parsing: written)
        guard sender.isValid else {
            let shown = written.trimmingCharacters(in: " ").isEmpty ? "an empty sender" : "'\(written)'"
            throw SMSGuardError(.usage, "\(shown) is not a sender: give a number such as 09121234567 or 200053467, or a sender name such as \"SEPAH BANK\"")
        }
        let text = try messageText(invocation, io: io)
        let registry = try CLI.registry(for: invocation)
        let verdict = Classifier(registry: registry).classify(sender: written, text: text)
        if invocation.has("json") {
            io.out(verdict.jsonText() + "\n")
        } else {
            io.out(VerdictDescription.full(verdict, text: text))
        }
        return verdict.kind == .spoofed ? .findings : .success
    }

    private static func messageText(_ invocation: Invocation, io: CommandIO) throws(SMSGuardError) -> String? {
        if invocation.value("text") != nil && invocation.value("text-file") != nil {
            throw SMSGuardError(.usage, "give the message with --text or --text-file, not both")
        }
        if let path = invocation.value("text-file") {
            return try decodedText(try FileSystem.read(path), from: path)
        }
        guard let text = invocation.value("text") else { return nil }
        if text == "-" {
            var bytes: [UInt8] = []
            while true {
                let chunk = io.readInput(upTo: 1 << 16)
                if chunk.isEmpty { break }
                bytes.append(contentsOf: chunk)
            }
            return try decodedText(bytes, from: "standard input")
        }
        return text
    }

    private static func decodedText(_ bytes: [UInt8], from path: String) throws(SMSGuardError) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw SMSGuardError(.badData, "the message is not UTF-8 text", at: SourceLocation(path: path))
        }
        return text
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set || $0.isWhitespace }.reversed().drop { $0 == set || $0.isWhitespace }.reversed())
    }
}
