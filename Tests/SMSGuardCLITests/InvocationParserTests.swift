import Testing
@testable import SMSGuardCLI

/// Every command path in the catalog, the root and the `registry` group included.
let allCommandPaths: [[String]] = {
    func paths(of spec: CommandSpec) -> [[String]] { [spec.path] + spec.subcommands.flatMap(paths(of:)) }
    return paths(of: CommandCatalog.root)
}()

struct InvocationParserTests {
    private func parse(_ arguments: [String]) -> Result<Invocation, UsageError> {
        InvocationParser.parse(arguments)
    }

    private func failure(_ message: String, _ command: [String]) -> Result<Invocation, UsageError> {
        .failure(UsageError(message: message, command: command))
    }

    // MARK: - Option values

    @Test func optionValueMayFollowAsTheNextWord() {
        #expect(parse(["check", "200053467", "--text", "سفارش شما لغو شد"])
            == .success(Invocation(command: ["check"], values: ["text": ["سفارش شما لغو شد"]], arguments: ["200053467"])))
    }

    @Test(arguments: [
        ("--text=hello", "hello"),
        ("--text=a=b", "a=b"),
        ("--text=", ""),
        ("--text=-", "-"),
        ("--text=--json", "--json"),
        ("--text=همه چیزکالا", "همه چیزکالا"),
    ])
    func optionValueMayBeJoinedWithAnEqualsSign(word: String, value: String) {
        #expect(parse(["check", "200053467", word])
            == .success(Invocation(command: ["check"], values: ["text": [value]], arguments: ["200053467"])))
    }

    @Test func shortOptionTakesTheNextWordAsItsValue() {
        #expect(parse(["check", "200053467", "-t", "hello"])
            == .success(Invocation(command: ["check"], values: ["text": ["hello"]], arguments: ["200053467"])))
        #expect(parse(["registry", "build", "-o", "out.json", "policies"])
            == .success(Invocation(command: ["registry", "build"], values: ["output": ["out.json"]], arguments: ["policies"])))
    }

    @Test func optionsMayComeBeforeTheArguments() {
        #expect(parse(["check", "--json", "--registry", "r.json", "200053467"])
            == .success(Invocation(
                command: ["check"], values: ["registry": ["r.json"]], flags: ["json"], arguments: ["200053467"])))
    }

    @Test func optionValueIsTakenVerbatimEvenWhenItStartsWithADash() {
        #expect(parse(["check", "09121234567", "--text", "-50% off"])
            == .success(Invocation(command: ["check"], values: ["text": ["-50% off"]], arguments: ["09121234567"])))
    }

    // MARK: - `--` and `-`

    @Test func doubleDashEndsOptions() {
        #expect(parse(["check", "--", "--json"])
            == .success(Invocation(command: ["check"], arguments: ["--json"])))
        #expect(parse(["registry", "extract", "--json", "--", "-h", "--output=x", "--"])
            == .success(Invocation(command: ["registry", "extract"], flags: ["json"], arguments: ["-h", "--output=x", "--"])))
    }

    @Test func doubleDashAloneLeavesTheArgumentsMissing() {
        #expect(parse(["check", "--"])
            == failure("missing argument: SENDER [--text TEXT | --text-file FILE | --text -] [--json] [--registry FILE]", ["check"]))
    }

    @Test func dashAloneIsAnArgumentMeaningStandardInput() {
        #expect(parse(["check", "-"]) == .success(Invocation(command: ["check"], arguments: ["-"])))
        #expect(parse(["registry", "extract", "-", "--json"])
            == .success(Invocation(command: ["registry", "extract"], flags: ["json"], arguments: ["-"])))
    }

    @Test func dashAloneIsAValueOfAnOption() {
        #expect(parse(["check", "09121234567", "--text", "-"])
            == .success(Invocation(command: ["check"], values: ["text": ["-"]], arguments: ["09121234567"])))
        #expect(parse(["check", "09121234567", "-t", "-", "--json"])
            == .success(Invocation(command: ["check"], values: ["text": ["-"]], flags: ["json"], arguments: ["09121234567"])))
    }

    // MARK: - Help and version

    @Test(arguments: allCommandPaths, ["-h", "--help"])
    func helpIsAcceptedByEveryCommand(path: [String], word: String) {
        #expect(parse(path + [word]) == .success(Invocation(command: path, flags: ["help"])))
    }

    @Test func catalogHasTheRegistryAndCheckCommands() {
        #expect(Set(allCommandPaths).isSuperset(of: [
            [], ["check"], ["registry"],
            ["registry", "build"], ["registry", "extract"], ["registry", "list"], ["registry", "show"], ["registry", "check"],
        ]))
    }

    @Test func helpWinsOverMissingOrExtraArguments() {
        #expect(parse(["registry", "show", "--help"]) == .success(Invocation(command: ["registry", "show"], flags: ["help"])))
        #expect(parse(["check", "a", "b", "-h"])
            == .success(Invocation(command: ["check"], flags: ["help"], arguments: ["a", "b"])))
    }

    @Test func versionIsAFlagOfTheRootCommand() {
        #expect(parse(["--version"]) == .success(Invocation(command: [], flags: ["version"])))
    }

    @Test func versionIsUnknownToSubcommands() {
        #expect(parse(["registry", "list", "--version"])
            == failure("unknown option '--version'", ["registry", "list"]))
    }

    @Test func noArgumentsIsTheRootCommand() {
        #expect(parse([]) == .success(Invocation(command: [])))
    }

    @Test func commandGroupAloneIsItsOwnInvocation() {
        #expect(parse(["registry"]) == .success(Invocation(command: ["registry"])))
    }

    // MARK: - Unknown commands and options

    @Test(arguments: [
        (["chek"], "unknown command 'chek'; did you mean 'check'?", [String]()),
        (["regsitry", "list"], "unknown command 'regsitry'; did you mean 'registry'?", []),
        (["registry", "lst"], "unknown command 'lst'; did you mean 'list'?", ["registry"]),
        (["registry", "biuld"], "unknown command 'biuld'; did you mean 'build'?", ["registry"]),
        (["registry", "shwo", "x"], "unknown command 'shwo'; did you mean 'show'?", ["registry"]),
    ])
    func unknownCommandSuggestsTheClosestOne(arguments: [String], message: String, command: [String]) {
        #expect(parse(arguments) == failure(message, command))
    }

    @Test func unknownCommandFarFromEveryNameHasNoSuggestion() {
        #expect(parse(["frobnicate"]) == failure("unknown command 'frobnicate'", []))
        #expect(parse(["registry", "validate"]) == failure("unknown command 'validate'", ["registry"]))
    }

    @Test(arguments: [
        (["check", "1", "--jsno"], "unknown option '--jsno'; did you mean '--json'?", ["check"]),
        (["check", "1", "--hlep"], "unknown option '--hlep'; did you mean '--help'?", ["check"]),
        (["check", "1", "--text-fil", "f"], "unknown option '--text-fil'; did you mean '--text-file'?", ["check"]),
        (["check", "1", "--registy", "r.json"], "unknown option '--registy'; did you mean '--registry'?", ["check"]),
        (["registry", "build", "--outptu", "x"], "unknown option '--outptu'; did you mean '--output'?", ["registry", "build"]),
        (["registry", "check", "--registry-fle", "x"], "unknown option '--registry-fle'; did you mean '--registry-file'?", ["registry", "check"]),
        (["--verison"], "unknown option '--verison'; did you mean '--version'?", []),
        (["check", "1", "--text=a", "--jsn=1"], "unknown option '--jsn'; did you mean '--json'?", ["check"]),
    ])
    func unknownOptionSuggestsTheClosestOne(arguments: [String], message: String, command: [String]) {
        #expect(parse(arguments) == failure(message, command))
    }

    @Test(arguments: [
        (["check", "1", "--colour"], "unknown option '--colour'", ["check"]),
        (["check", "1", "-x"], "unknown option '-x'", ["check"]),
        (["check", "1", "-xy"], "unknown option '-xy'", ["check"]),
        (["registry", "list", "--output", "x"], "unknown option '--output'", ["registry", "list"]),
        (["registry", "--json"], "unknown option '--json'", ["registry"]),
    ])
    func unknownOptionFarFromEveryNameHasNoSuggestion(arguments: [String], message: String, command: [String]) {
        #expect(parse(arguments) == failure(message, command))
    }

    // MARK: - Values, repeats, counts

    @Test func missingOptionValueNamesTheOptionAndItsPlaceholder() {
        #expect(parse(["check", "1", "--text"]) == failure("option '--text' needs a value (TEXT)", ["check"]))
        #expect(parse(["registry", "build", "-o"]) == failure("option '--output' needs a value (FILE)", ["registry", "build"]))
        #expect(parse(["registry", "list", "--registry"]) == failure("option '--registry' needs a value (FILE)", ["registry", "list"]))
    }

    @Test func optionGivenTwiceIsAUsageError() {
        #expect(parse(["check", "1", "--text", "a", "--text", "b"]) == failure("option '--text' given twice", ["check"]))
        #expect(parse(["check", "1", "-t", "a", "--text=b"]) == failure("option '--text' given twice", ["check"]))
        #expect(parse(["registry", "build", "-o", "a", "-o", "a"]) == failure("option '--output' given twice", ["registry", "build"]))
    }

    @Test(arguments: [
        (["check", "1", "2", "3"], "unexpected argument '2'", ["check"]),
        (["registry", "show", "a", "b"], "unexpected argument 'b'", ["registry", "show"]),
        (["registry", "list", "x"], "unexpected argument 'x'", ["registry", "list"]),
        (["check", "1", "--", "-"], "unexpected argument '-'", ["check"]),
    ])
    func tooManyArgumentsNamesTheFirstExtraOne(arguments: [String], message: String, command: [String]) {
        #expect(parse(arguments) == failure(message, command))
    }

    @Test(arguments: [
        (["check"], "missing argument: SENDER [--text TEXT | --text-file FILE | --text -] [--json] [--registry FILE]", ["check"]),
        (["check", "--json"], "missing argument: SENDER [--text TEXT | --text-file FILE | --text -] [--json] [--registry FILE]", ["check"]),
        (["registry", "show"], "missing argument: ID [--json] [--registry FILE]", ["registry", "show"]),
        (["registry", "extract", "--json"], "missing argument: FILE... [--json]", ["registry", "extract"]),
    ])
    func tooFewArgumentsShowsTheSynopsis(arguments: [String], message: String, command: [String]) {
        #expect(parse(arguments) == failure(message, command))
    }

    @Test func commandsWithoutArgumentLimitsTakeAnyNumber() {
        let paths = (1...5).map { "p\($0).txt" }
        #expect(parse(["registry", "build"] + paths) == .success(Invocation(command: ["registry", "build"], arguments: paths)))
        #expect(parse(["registry", "check"]) == .success(Invocation(command: ["registry", "check"])))
    }

    @Test(arguments: [
        (["check", "1", "--json=1"], "option '--json' takes no value", ["check"]),
        (["check", "1", "--json="], "option '--json' takes no value", ["check"]),
        (["--version=2"], "option '--version' takes no value", []),
        (["registry", "list", "--help=yes"], "option '--help' takes no value", ["registry", "list"]),
    ])
    func flagGivenAValueIsAUsageError(arguments: [String], message: String, command: [String]) {
        #expect(parse(arguments) == failure(message, command))
    }

    // MARK: - Suggestions

    @Test func suggestionIsTheNearestCandidateWithinTypoDistance() {
        #expect(InvocationParser.suggestion(for: "lsit", among: ["build", "list", "show"]) == "list")
        #expect(InvocationParser.suggestion(for: "hamechizkal", among: ["bakala", "hamechizkala", "kalak"]) == "hamechizkala")
        #expect(InvocationParser.suggestion(for: "zzzz", among: ["build", "list", "show"]) == nil)
        #expect(InvocationParser.suggestion(for: "list", among: []) == nil)
    }
}
