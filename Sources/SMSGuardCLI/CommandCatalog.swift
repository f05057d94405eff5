import SMSGuard

/// Every command smsguard has, with its options and help.
enum CommandCatalog {
    static let registryOption = CommandSpec.Option("registry", value: "FILE", "Use this registry file instead of the built-in registry.")
    static let jsonOption = CommandSpec.Option("json", "Print JSON instead of text for a person.")

    static let root = CommandSpec(
        path: [], summary: "Tells whether an SMS that names an online shop really came from that shop.",
        synopsis: "<command> [options]",
        details: """
            smsguard checks SMS senders against a registry built from the shops' own privacy policies: each
            policy names the only numbers the shop sends SMS from, and where to report messages sent in its
            name from any other number.
            """,
        options: [CommandSpec.Option("version", "Show the version.")],
        arguments: 0...0,
        subcommands: [check, scan, report, registry])

    static let check = CommandSpec(
        path: ["check"], summary: "Check one sender, with or without the message text.",
        synopsis: "SENDER [--text TEXT | --text-file FILE | --text -] [--json] [--registry FILE]",
        details: """
            Says whether the message is authentic (sent from an official number of the shop it names), spoofed
            (names a shop that declares its senders, from another number), unverified (names a shop that
            declares none) or unrelated (names no shop, from no shop's number), with the reasons and any
            warning signs. Without text, says whose official sender SENDER is.
            Exit status: 1 when spoofed, 0 otherwise, 64 for a usage error.
            """,
        options: [
            CommandSpec.Option("text", short: "t", value: "TEXT", "The message text ('-' reads it from standard input)."),
            CommandSpec.Option("text-file", value: "FILE", "Read the message text from FILE."),
            jsonOption, registryOption,
        ],
        arguments: 1...1)

    static let scan = CommandSpec(
        path: ["scan"], summary: "Classify every message of exported SMS logs.",
        synopsis: "FILE... [--format F] [--include-sent] [--only VERDICT,...] [--jsonl | --json | --csv] [--html OUT.html] [--jobs N] [--registry FILE]",
        details: """
            Reads SMS Backup & Restore XML, SMS Import/Export .zip or .ndjson, any NDJSON log, iMazing or other
            CSV, and iPhone sms.db; the format is told from the content (or named with --format: \(LogFormat.allCases.map(\.rawValue).joined(separator: ", "))).
            FILE '-' reads standard input. Received messages are classified; sent messages, drafts and
            duplicates are counted and skipped; unreadable records are reported as file:line:column and skipped.
            Default output is a summary for a person. --jsonl prints one JSON object per message (the
            check --json object plus index, date and file), --json one array of them, --csv one row each;
            with those the summary goes to standard error. --only limits which verdicts are printed.
            --html writes a page with charts and tables to hand on or print (with any of the outputs).
            Exit status: 65 when records were unreadable, else 1 when a spoofed message was found, else 0.
            """,
        options: [
            CommandSpec.Option("format", value: "F", "Read FILE as this format instead of telling it from the content."),
            CommandSpec.Option("include-sent", "Classify sent messages too."),
            CommandSpec.Option("only", value: "VERDICTS", "Print only these verdicts (comma-separated: spoofed,unverified,...)."),
            CommandSpec.Option("jsonl", "One JSON object per message on standard output."),
            jsonOption,
            CommandSpec.Option("csv", "One CSV row per message on standard output."),
            CommandSpec.Option("html", value: "OUT.html", "Also write the results as one self-contained page (no network, opens from file://)."),
            CommandSpec.Option("jobs", short: "j", value: "N", "Classify on N threads (default: the number of cores)."),
            registryOption,
        ],
        arguments: 1...Int.max)

    static let report = CommandSpec(
        path: ["report"], summary: "Draft abuse-report emails to the shops impersonated in logs or in one message.",
        synopsis: "FILE... --out DIR [--reporter \"Name <email>\"] [--arf] [--force]  |  --sender S --text T [--date D] --out DIR",
        details: """
            Writes one draft (.eml) per impersonated shop, addressed to the report address the shop's own policy
            names, holding all its spoofed messages: a letter in Persian and English quoting the policy, each
            message with its time (Tehran and UTC), sender, defanged text and reasons, and the evidence as
            CSV and JSON attachments. Drafts open in mail clients as unsent messages. Shops that name no
            address get no draft; the output says where else to report. Existing drafts are kept unless
            --force. SOURCE_DATE_EPOCH, when set, fixes the drafts' date.
            """,
        options: [
            CommandSpec.Option("out", short: "o", value: "DIR", "Directory for the drafts (created if missing)."),
            CommandSpec.Option("reporter", value: "CONTACT", "Your name and email, as \"Name <email>\": From and signature."),
            CommandSpec.Option("sender", value: "S", "Report one message from this sender (with --text)."),
            CommandSpec.Option("text", short: "t", value: "TEXT", "The one message's text."),
            CommandSpec.Option("date", value: "D", "When the one message came (ISO 8601 or epoch); default now."),
            CommandSpec.Option("arf", "Add a machine-readable feedback-report part (RFC 5965 style)."),
            CommandSpec.Option("force", "Replace drafts that are already there."),
            CommandSpec.Option("format", value: "F", "Read the logs as this format."),
            CommandSpec.Option("include-sent", "Also consider sent messages."),
            registryOption,
        ],
        arguments: 0...Int.max)

    static let registry = CommandSpec(
        path: ["registry"], summary: "Build, inspect and verify the registry of shops.",
        synopsis: "<subcommand>",
        subcommands: [registryBuild, registryExtract, registryList, registryShow, registryCheck])

    static let registryBuild = CommandSpec(
        path: ["registry", "build"], summary: "Extract every policy and write the registry file.",
        synopsis: "[PATH...] [--output FILE]",
        details: """
            Reads each policy file (.txt, .html, .htm, .jsx, .tsx, .md) named by PATH, or every one in a
            directory PATH, and writes the registry atomically. The file stem is the shop id.
            Defaults: PATH is Registry/policies, FILE is Registry/registry.json.
            """,
        options: [CommandSpec.Option("output", short: "o", value: "FILE", "Where to write the registry (default Registry/registry.json).")],
        arguments: 0...Int.max)

    static let registryExtract = CommandSpec(
        path: ["registry", "extract"], summary: "Show what smsguard reads from policy files.",
        synopsis: "FILE... [--json]",
        details: "With --json, prints a JSON array with one object per file: \"file\" and the registry fields of the shop.",
        options: [jsonOption],
        arguments: 1...Int.max)

    static let registryList = CommandSpec(
        path: ["registry", "list"], summary: "List the shops in the registry.",
        synopsis: "[--json] [--registry FILE]",
        details: "With --json, prints the registry object exactly as registry.json holds it.",
        options: [jsonOption, registryOption])

    static let registryShow = CommandSpec(
        path: ["registry", "show"], summary: "Show one shop: names, senders, report address and the policy's words for each.",
        synopsis: "ID [--json] [--registry FILE]",
        options: [jsonOption, registryOption],
        arguments: 1...1)

    static let registryCheck = CommandSpec(
        path: ["registry", "check"], summary: "Fail when registry.json or the built-in registry is stale against the policies.",
        synopsis: "[PATH...] [--registry-file FILE]",
        details: """
            Extracts the policies again (default Registry/policies) and compares the result with the registry
            file (default Registry/registry.json) and with the registry compiled into this binary.
            Exit status 1 when either differs: run 'smsguard registry build' and
            'swift run smsguard-codegen', then rebuild.
            """,
        options: [CommandSpec.Option("registry-file", value: "FILE", "The registry file to verify (default Registry/registry.json).")],
        arguments: 0...Int.max)

    /// The spec for a command path.
    static func spec(for path: [String]) -> CommandSpec {
        var spec = root
        for word in path {
            guard let next = spec.subcommands.first(where: { $0.name == word }) else { break }
            spec = next
        }
        return spec
    }
}
