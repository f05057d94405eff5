import SMSGuard

/// A parsed command line: which command, with which options and arguments.
public struct Invocation: Equatable, Sendable {
    /// The command words: ["registry", "build"]; empty for `smsguard` alone.
    public var command: [String]
    /// Values of options that take one, by long name, in the order given.
    public var values: [String: [String]] = [:]
    /// Flags given, by long name.
    public var flags: Set<String> = []
    /// Positional arguments.
    public var arguments: [String] = []

    public func value(_ name: String) -> String? { values[name]?.last }
    public func has(_ flag: String) -> Bool { flags.contains(flag) }
    public var wantsHelp: Bool { flags.contains("help") }
}

/// A command line that cannot be run, and the command whose usage to show.
public struct UsageError: Error, Equatable, Sendable {
    public var message: String
    public var command: [String]
}

/// Parses arguments the way swift-argument-parser does: `--flag value` and `--flag=value`, `-h`,
/// `--` ends options, and a suggestion for a mistyped command or option.
enum InvocationParser {
    static func parse(_ arguments: [String], root: CommandSpec = CommandCatalog.root) -> Result<Invocation, UsageError> {
        var spec = root
        var index = 0
        while index < arguments.count, !spec.subcommands.isEmpty {
            let word = arguments[index]
            if word.hasPrefix("-") { break }
            guard let sub = spec.subcommands.first(where: { $0.name == word }) else {
                let hint = suggestion(for: word, among: spec.subcommands.map(\.name)).map { "; did you mean '\($0)'?" } ?? ""
                return .failure(UsageError(message: "unknown command '\(word)'\(hint)", command: spec.path))
            }
            spec = sub
            index += 1
        }
        var invocation = Invocation(command: spec.path)
        var optionsEnded = false
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if optionsEnded || word == "-" || !word.hasPrefix("-") {
                invocation.arguments.append(word)
                continue
            }
            if word == "--" { optionsEnded = true; continue }
            let (option, inlineValue): (CommandSpec.Option?, String?)
            let displayName: String
            if word.hasPrefix("--") {
                let body = word.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                inlineValue = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
                option = spec.option(named: name)
                displayName = "--" + name
            } else {
                guard word.count == 2, let letter = word.last else {
                    return .failure(UsageError(message: "unknown option '\(word)'", command: spec.path))
                }
                option = spec.option(short: letter)
                inlineValue = nil
                displayName = word
            }
            guard let option else {
                let names = (spec.options + CommandSpec.commonOptions).map { "--" + $0.name }
                let hint = suggestion(for: displayName, among: names).map { "; did you mean '\($0)'?" } ?? ""
                return .failure(UsageError(message: "unknown option '\(displayName)'\(hint)", command: spec.path))
            }
            if option.isFlag {
                guard inlineValue == nil else {
                    return .failure(UsageError(message: "option '--\(option.name)' takes no value", command: spec.path))
                }
                invocation.flags.insert(option.name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count {
                value = arguments[index]
                index += 1
            } else {
                return .failure(UsageError(message: "option '--\(option.name)' needs a value (\(option.valueName ?? "VALUE"))", command: spec.path))
            }
            if !option.isRepeatable, invocation.values[option.name] != nil {
                return .failure(UsageError(message: "option '--\(option.name)' given twice", command: spec.path))
            }
            invocation.values[option.name, default: []].append(value)
        }
        if invocation.wantsHelp { return .success(invocation) }
        if !spec.subcommands.isEmpty, !invocation.arguments.isEmpty || !invocation.values.isEmpty {
            return .failure(UsageError(message: "missing subcommand", command: spec.path))
        }
        let count = invocation.arguments.count
        if count < spec.arguments.lowerBound {
            return .failure(UsageError(message: "missing argument: \(spec.synopsis)", command: spec.path))
        }
        if count > spec.arguments.upperBound {
            let extra = invocation.arguments[spec.arguments.upperBound]
            return .failure(UsageError(message: "unexpected argument '\(extra)'", command: spec.path))
        }
        return .success(invocation)
    }

    /// The closest candidate by edit distance, if close enough to be a typo.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, EditDistance.between(word, $0)) }.min { $0.1 < $1.1 }
        guard let (best, distance) = scored, distance <= max(2, word.count / 3) else { return nil }
        return best
    }
}
