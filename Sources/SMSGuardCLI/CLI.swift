import SMSGuard

/// The smsguard command line: parses arguments, runs a command, returns the exit status.
public enum CLI {
    public static let version = "0.1.0"

    /// Runs smsguard with `arguments` (without the program name).
    public static func run(arguments: [String], io: CommandIO) -> Int32 {
        let invocation: Invocation
        switch InvocationParser.parse(arguments) {
        case .success(let parsed): invocation = parsed
        case .failure(let error):
            io.err("smsguard: error: \(error.message)\n")
            io.err("usage: \(CommandCatalog.spec(for: error.command).fullName) \(CommandCatalog.spec(for: error.command).synopsis)\n")
            io.err("See '\(CommandCatalog.spec(for: error.command).fullName) --help'.\n")
            return ExitCode.usage.rawValue
        }
        let spec = CommandCatalog.spec(for: invocation.command)
        if invocation.wantsHelp || (invocation.command.isEmpty && !invocation.has("version")) || (!spec.subcommands.isEmpty && !invocation.command.isEmpty) {
            io.out(spec.help)
            return ExitCode.success.rawValue
        }
        if invocation.has("version") {
            io.out("smsguard \(version)\n")
            return ExitCode.success.rawValue
        }
        do {
            return try dispatch(invocation, io: io).rawValue
        } catch {
            io.err("smsguard: error: \(error)\n")
            return ExitCode(for: error).rawValue
        }
    }

    private static func dispatch(_ invocation: Invocation, io: CommandIO) throws(SMSGuardError) -> ExitCode {
        switch invocation.command {
        case ["check"]: return try CheckCommand.run(invocation, io: io)
        case ["scan"]: return try ScanCommand.run(invocation, io: io)
        case ["report"]: return try ReportCommand.run(invocation, io: io)
        case ["registry", "build"]: return try RegistryCommand.build(invocation, io: io)
        case ["registry", "extract"]: return try RegistryCommand.extract(invocation, io: io)
        case ["registry", "list"]: return try RegistryCommand.list(invocation, io: io)
        case ["registry", "show"]: return try RegistryCommand.show(invocation, io: io)
        case ["registry", "check"]: return try RegistryCommand.check(invocation, io: io)
        default: throw SMSGuardError(.usage, "unknown command '\(invocation.command.joined(separator: " "))'")
        }
    }

    /// The registry a command uses: `--registry FILE`, or the one compiled in.
    static func registry(for invocation: Invocation) throws(SMSGuardError) -> Registry {
        guard let path = invocation.value("registry") else { return BuiltinRegistry.registry }
        let bytes = try FileSystem.read(path)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw SMSGuardError(.badData, "registry is not UTF-8 text", at: SourceLocation(path: path))
        }
        return try Registry(json: text, path: path)
    }
}
