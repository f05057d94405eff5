/// What a command accepts, and the help that says so.
struct CommandSpec: Sendable {
    struct Option: Sendable {
        /// The long name without dashes: "output" for `--output`.
        let name: String
        /// A one-letter alias: "o" for `-o`.
        var short: Character?
        /// The placeholder of the value, or nil for a flag.
        var valueName: String?
        let help: String
        /// Whether the option may be given more than once.
        var isRepeatable = false

        init(_ name: String, short: Character? = nil, value: String? = nil, repeatable: Bool = false, _ help: String) {
            self.name = name
            self.short = short
            self.valueName = value
            self.help = help
            self.isRepeatable = repeatable
        }

        var isFlag: Bool { valueName == nil }
    }

    /// The words after `smsguard`: ["registry", "build"].
    let path: [String]
    let summary: String
    /// The synopsis after "usage: smsguard".
    var synopsis: String = ""
    var details: String = ""
    var options: [Option] = []
    /// How many positional arguments are allowed.
    var arguments: ClosedRange<Int> = 0...0
    var subcommands: [CommandSpec] = []

    var name: String { path.last ?? "smsguard" }
    var fullName: String { (["smsguard"] + path).joined(separator: " ") }

    func option(named name: String) -> Option? {
        (options + Self.commonOptions).first { $0.name == name }
    }

    func option(short: Character) -> Option? {
        (options + Self.commonOptions).first { $0.short == short }
    }

    /// Options every command takes.
    static let commonOptions: [Option] = [Option("help", short: "h", "Show this help.")]

    /// The help text: usage, what the command does, its subcommands and options.
    var help: String {
        var lines: [String] = []
        lines.append("OVERVIEW: \(summary)")
        lines.append("")
        lines.append("USAGE: \(fullName)\(synopsis.isEmpty ? "" : " " + synopsis)")
        if !details.isEmpty {
            lines.append("")
            lines.append(details)
        }
        if !subcommands.isEmpty {
            lines.append("")
            lines.append("SUBCOMMANDS:")
            let width = subcommands.map(\.name.count).max() ?? 0
            for command in subcommands {
                lines.append("  " + command.name.padding(to: width + 2) + command.summary)
            }
            lines.append("")
            lines.append("  See '\(fullName) <subcommand> --help' for details.")
        }
        let all = options + Self.commonOptions
        lines.append("")
        lines.append("OPTIONS:")
        let labels = all.map { option -> String in
            var label = option.short.map { "-\($0), " } ?? ""
            label += "--\(option.name)"
            if let value = option.valueName { label += " \(value)" }
            return label
        }
        let width = labels.map(\.count).max() ?? 0
        for (label, option) in zip(labels, all) {
            lines.append("  " + label.padding(to: width + 2) + option.help)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
