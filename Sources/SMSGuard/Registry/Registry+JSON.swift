extension Registry {
    /// Reads a registry from its JSON text.
    ///
    /// Besides the full form that `registry build` writes, a hand-written registry that gives only `id`,
    /// `names`, `senders`, `reportEmail` and `domains` per shop loads too. Senders may be written in any
    /// form `Sender` parses; they are stored canonical.
    /// - Parameter path: the file name used in error locations.
    /// - Throws: `SMSGuardError.badData` naming the line and column of a syntax error, or the JSON path
    ///   of a value of the wrong type.
    public init(json text: String, path: String) throws(SMSGuardError) {
        var text = text
        let parsed: Result<JSONValue, JSONParser.Failure> = text.withUTF8 { buffer in
            do throws(JSONParser.Failure) { return .success(try JSONParser.parseDocument(buffer).0) } catch {
                return .failure(error)
            }
        }
        switch parsed {
        case .success(let value):
            self = try RegistryDecoder(path: path).registry(from: value)
        case .failure(let failure):
            let (line, column) = text.withUTF8 { TextPosition.lineAndColumn(of: failure.offset, in: $0) }
            throw SMSGuardError(.badData, "invalid JSON: \(failure.message)", at: SourceLocation(path: path, line: line, column: column))
        }
    }

    /// The registry as JSON, in the stable order and formatting of `registry.json`.
    public func jsonText() -> String {
        JSONWriter.string(jsonValue(), pretty: true)
    }

    public func jsonValue() -> JSONValue {
        .object([("version", .number(String(version))), ("shops", .array(shops.map(\.jsonValue)))])
    }
}

extension Shop {
    /// The shop as a registry JSON object.
    public var jsonValue: JSONValue {
        .object([
            ("id", .string(id)),
            ("names", strings(names)),
            ("senders", strings(senders)),
            ("surveySenders", strings(surveySenders)),
            ("reportEmail", reportEmail.map(JSONValue.string) ?? .null),
            ("domains", strings(domains)),
            ("phones", .array(phones.map {
                .object([("number", .string($0.number)), ("written", .string($0.written)), ("role", .string($0.role))])
            })),
            ("source", source.map { .object([("file", .string($0.file)), ("sha256", .string($0.sha256))]) } ?? .null),
            ("evidence", .array(evidence.map {
                .object([
                    ("fact", .string($0.fact)), ("value", .string($0.value)), ("quote", .string($0.quote)),
                    ("offset", .number(String($0.offset))), ("line", .number(String($0.line))),
                ])
            })),
            ("warnings", .array(warnings.map { .object([("code", .string($0.code)), ("message", .string($0.message))]) })),
        ])
    }

    private func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
}

/// Turns parsed JSON into a `Registry`, naming the JSON path of anything of the wrong type.
private struct RegistryDecoder {
    let path: String

    func registry(from root: JSONValue) throws(SMSGuardError) -> Registry {
        guard case .object = root else { throw error("$", "expected an object with \"shops\", found \(root.typeName)") }
        var version = Registry.formatVersion
        if let written = root["version"] {
            guard case .number(let text) = written, let number = Int(text) else {
                throw error("$.version", "expected a whole number, found \(written.typeName)")
            }
            guard number <= Registry.formatVersion else {
                throw error("$.version", "registry format \(number) is newer than this smsguard reads (\(Registry.formatVersion))")
            }
            version = number
        }
        guard let shopsValue = root["shops"] else { throw error("$", "missing \"shops\"") }
        guard case .array(let elements) = shopsValue else { throw error("$.shops", "expected an array, found \(shopsValue.typeName)") }
        var shops: [Shop] = []
        var seen: Set<String> = []
        for (index, element) in elements.enumerated() {
            let shop = try decodeShop(element, at: "$.shops[\(index)]")
            guard seen.insert(shop.id).inserted else { throw error("$.shops[\(index)].id", "duplicate shop id \"\(shop.id)\"") }
            shops.append(shop)
        }
        return Registry(version: version, shops: shops)
    }

    private func decodeShop(_ value: JSONValue, at where_: String) throws(SMSGuardError) -> Shop {
        guard case .object = value else { throw error(where_, "expected a shop object, found \(value.typeName)") }
        let id = try requiredString(value, "id", at: where_)
        guard !id.isEmpty else { throw error("\(where_).id", "shop id is empty") }
        let names = try stringArray(value, "names", at: where_)
        guard !names.isEmpty else { throw error("\(where_).names", "a shop needs at least one name") }
        let survey = try canonicalSenders(value, "surveySenders", at: where_)
        // A survey line is one of the shop's senders even when a hand-written entry lists it only once.
        var senders = try canonicalSenders(value, "senders", at: where_)
        senders += survey.filter { !senders.contains($0) }
        var reportEmail: String?
        switch value["reportEmail"] {
        case nil, .null?: reportEmail = nil
        case .string(let email)?: reportEmail = email.isEmpty ? nil : email
        case let other?: throw error("\(where_).reportEmail", "expected a string or null, found \(other.typeName)")
        }
        return Shop(
            id: id, names: names, senders: senders, surveySenders: survey, reportEmail: reportEmail,
            domains: try stringArray(value, "domains", at: where_).map { $0.lowercased() },
            phones: try phones(value, at: where_),
            source: try decodeSource(value["source"], at: "\(where_).source"),
            evidence: try objects(value, "evidence", at: where_) { object, at throws(SMSGuardError) in
                Shop.Evidence(
                    fact: try requiredString(object, "fact", at: at), value: try requiredString(object, "value", at: at),
                    quote: try optionalString(object, "quote", at: at) ?? "",
                    offset: try optionalInt(object, "offset", at: at) ?? 0, line: try optionalInt(object, "line", at: at) ?? 0)
            },
            warnings: try objects(value, "warnings", at: where_) { object, at throws(SMSGuardError) in
                Shop.Warning(code: try requiredString(object, "code", at: at), message: try optionalString(object, "message", at: at) ?? "")
            })
    }

    /// The shop's other numbers: objects as `registry build` writes them, or plain strings by hand.
    private func phones(_ shop: JSONValue, at where_: String) throws(SMSGuardError) -> [Shop.Phone] {
        let elements: [JSONValue]
        switch shop["phones"] {
        case nil, .null?: return []
        case .array(let array)?: elements = array
        case let other?: throw error("\(where_).phones", "expected an array, found \(other.typeName)")
        }
        var result: [Shop.Phone] = []
        for (index, element) in elements.enumerated() {
            let at = "\(where_).phones[\(index)]"
            switch element {
            case .string(let written):
                result.append(Shop.Phone(number: Sender(parsing: written).canonical, written: written, role: "phone"))
            case .object:
                result.append(Shop.Phone(
                    number: try requiredString(element, "number", at: at), written: try optionalString(element, "written", at: at) ?? "",
                    role: try optionalString(element, "role", at: at) ?? "phone"))
            default:
                throw error(at, "expected a phone number or an object, found \(element.typeName)")
            }
        }
        return result
    }

    private func decodeSource(_ value: JSONValue?, at where_: String) throws(SMSGuardError) -> Shop.Source? {
        guard let value, value != .null else { return nil }
        guard case .object = value else { throw error(where_, "expected an object or null, found \(value.typeName)") }
        return Shop.Source(file: try requiredString(value, "file", at: where_), sha256: try optionalString(value, "sha256", at: where_) ?? "")
    }

    private func canonicalSenders(_ object: JSONValue, _ key: String, at where_: String) throws(SMSGuardError) -> [String] {
        var result: [String] = []
        for (index, written) in try stringArray(object, key, at: where_).enumerated() {
            let sender = Sender(parsing: written)
            guard sender.isValid else { throw error("\(where_).\(key)[\(index)]", "\"\(written)\" is not a sender number or name") }
            if !result.contains(sender.canonical) { result.append(sender.canonical) }
        }
        return result
    }

    private func objects<T>(
        _ object: JSONValue, _ key: String, at where_: String,
        _ decode: (JSONValue, String) throws(SMSGuardError) -> T
    ) throws(SMSGuardError) -> [T] {
        guard let value = object[key], value != .null else { return [] }
        guard case .array(let elements) = value else { throw error("\(where_).\(key)", "expected an array, found \(value.typeName)") }
        var result: [T] = []
        for (index, element) in elements.enumerated() {
            let at = "\(where_).\(key)[\(index)]"
            guard case .object = element else { throw error(at, "expected an object, found \(element.typeName)") }
            result.append(try decode(element, at))
        }
        return result
    }

    private func stringArray(_ object: JSONValue, _ key: String, at where_: String) throws(SMSGuardError) -> [String] {
        guard let value = object[key], value != .null else { return [] }
        guard case .array(let elements) = value else { throw error("\(where_).\(key)", "expected an array of strings, found \(value.typeName)") }
        var result: [String] = []
        for (index, element) in elements.enumerated() {
            guard case .string(let text) = element else {
                throw error("\(where_).\(key)[\(index)]", "expected a string, found \(element.typeName)")
            }
            result.append(text)
        }
        return result
    }

    private func requiredString(_ object: JSONValue, _ key: String, at where_: String) throws(SMSGuardError) -> String {
        guard let text = try optionalString(object, key, at: where_) else { throw error(where_, "missing \"\(key)\"") }
        return text
    }

    private func optionalString(_ object: JSONValue, _ key: String, at where_: String) throws(SMSGuardError) -> String? {
        switch object[key] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case let other?: throw error("\(where_).\(key)", "expected a string, found \(other.typeName)")
        }
    }

    private func optionalInt(_ object: JSONValue, _ key: String, at where_: String) throws(SMSGuardError) -> Int? {
        switch object[key] {
        case nil, .null?: return nil
        case .number(let text)? where Int(text) != nil: return Int(text)
        case let other?: throw error("\(where_).\(key)", "expected a whole number, found \(other.typeName)")
        }
    }

    private func error(_ jsonPath: String, _ message: String) -> SMSGuardError {
        SMSGuardError(.badData, "\(jsonPath): \(message)", at: SourceLocation(path: path))
    }
}
