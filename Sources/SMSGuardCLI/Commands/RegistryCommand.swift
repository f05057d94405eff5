import SMSGuard

/// `smsguard registry build | extract | list | show | check`.
enum RegistryCommand {
    static let defaultPolicies = "Registry/policies"
    static let defaultRegistryFile = "Registry/registry.json"

    static func build(_ invocation: Invocation, io: CommandIO) throws(SMSGuardError) -> ExitCode {
        let registry = try buildFromPolicies(invocation.arguments)
        let output = invocation.value("output") ?? defaultRegistryFile
        try FileSystem.writeAtomically(Array(registry.jsonText().utf8), to: output)
        let withSenders = registry.shops.filter { !$0.senders.isEmpty }.count
        let warnings = registry.shops.reduce(0) { $0 + $1.warnings.count }
        io.out("wrote \(output): \(registry.shops.count) shops, \(withSenders) with sender numbers, \(warnings) warnings\n")
        return .success
    }

    static func extract(_ invocation: Invocation, io: CommandIO) throws(SMSGuardError) -> ExitCode {
        var results: [(path: String, shop: Shop)] = []
        for path in invocation.arguments {
            let name = FileSystem.baseName(of: path)
            let id = RegistryBuilder.shopID(forFileName: name) ?? stem(of: name)
            results.append((path, try PolicyExtractor.extract(policy: try FileSystem.read(path), id: id, fileName: name)))
        }
        if invocation.has("json") {
            let array = JSONValue.array(results.map { result in
                guard case .object(let members) = result.shop.jsonValue else { return result.shop.jsonValue }
                return .object([("file", .string(result.path))] + members)
            })
            io.out(JSONWriter.string(array, pretty: true))
        } else {
            for (index, result) in results.enumerated() {
                if index > 0 { io.out("\n") }
                io.out("\(result.path):\n")
                io.out(ShopDescription.full(result.shop))
            }
        }
        return .success
    }

    static func list(_ invocation: Invocation, io: CommandIO) throws(SMSGuardError) -> ExitCode {
        let registry = try CLI.registry(for: invocation)
        if invocation.has("json") {
            io.out(registry.jsonText())
            return .success
        }
        let origin = invocation.value("registry") ?? "built-in registry"
        io.out("\(registry.shops.count) \(registry.shops.count == 1 ? "shop" : "shops") (\(origin))\n\n")
        let idWidth = max(4, registry.shops.map(\.id.count).max() ?? 0) + 2
        let senderTexts = registry.shops.map { $0.senders.isEmpty ? "—" : $0.senders.joined(separator: ", ") }
        let senderWidth = max(9, senderTexts.map(\.count).max() ?? 0) + 2
        let emailTexts = registry.shops.map { $0.reportEmail ?? "—" }
        let emailWidth = max(11, emailTexts.map(\.count).max() ?? 0) + 2
        io.out("ID".padding(to: idWidth) + "SENDERS".padding(to: senderWidth) + "REPORT TO".padding(to: emailWidth) + "WARN  NAMES\n")
        for (index, shop) in registry.shops.enumerated() {
            let warnings = String(shop.warnings.count).padding(to: 6)
            // Persian names go last: right-to-left text in the middle of a row breaks terminal columns.
            io.out(shop.id.padding(to: idWidth) + senderTexts[index].padding(to: senderWidth) + emailTexts[index].padding(to: emailWidth)
                + warnings + shop.names.joined(separator: "، ") + "\n")
        }
        io.out("\nDetails: smsguard registry show ID\n")
        return .success
    }

    static func show(_ invocation: Invocation, io: CommandIO) throws(SMSGuardError) -> ExitCode {
        let registry = try CLI.registry(for: invocation)
        let id = invocation.arguments[0]
        guard let shop = registry.shop(id: id) else {
            let hint = InvocationParser.suggestion(for: id, among: registry.shops.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
            throw SMSGuardError(.usage, "no shop '\(id)' in the registry\(hint) (see 'smsguard registry list')")
        }
        if invocation.has("json") {
            io.out(JSONWriter.string(shop.jsonValue, pretty: true))
        } else {
            io.out(ShopDescription.full(shop))
        }
        return .success
    }

    static func check(_ invocation: Invocation, io: CommandIO) throws(SMSGuardError) -> ExitCode {
        let fresh = try buildFromPolicies(invocation.arguments).jsonText()
        let registryFile = invocation.value("registry-file") ?? defaultRegistryFile
        var isStale = false
        let written = FileSystem.exists(registryFile) ? String(decoding: try FileSystem.read(registryFile), as: UTF8.self) : nil
        switch written {
        case fresh?: io.out("\(registryFile): up to date\n")
        case nil:
            io.out("\(registryFile): missing; run 'smsguard registry build'\n")
            isStale = true
        default:
            io.out("\(registryFile): stale; run 'smsguard registry build'\n")
            isStale = true
        }
        if BuiltinRegistry.jsonText == fresh {
            io.out("built-in registry: up to date\n")
        } else {
            io.out("built-in registry: stale; run 'smsguard registry build', 'swift run smsguard-codegen' and rebuild\n")
            isStale = true
        }
        return isStale ? .findings : .success
    }

    /// Extracts the policies named by `paths` (files or directories; default Registry/policies).
    static func buildFromPolicies(_ paths: [String]) throws(SMSGuardError) -> Registry {
        var policies: [(fileName: String, bytes: [UInt8])] = []
        for path in paths.isEmpty ? [defaultPolicies] : paths {
            if FileSystem.isDirectory(path) {
                for name in try FileSystem.list(path) where RegistryBuilder.policyExtensions.contains(fileExtension(of: name)) && !name.hasPrefix(".") {
                    policies.append((name, try FileSystem.read(FileSystem.join(path, name))))
                }
            } else if FileSystem.exists(path) {
                policies.append((FileSystem.baseName(of: path), try FileSystem.read(path)))
            } else if paths.isEmpty {
                throw SMSGuardError(.missingInput, "no policies here: run from the repository root, or name the policy files or directory", at: SourceLocation(path: path))
            } else {
                throw SMSGuardError(.missingInput, "no such file or directory", at: SourceLocation(path: path))
            }
        }
        return try RegistryBuilder.build(policies: policies)
    }

    private static func fileExtension(of name: String) -> String {
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    private static func stem(of name: String) -> String {
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }
}
