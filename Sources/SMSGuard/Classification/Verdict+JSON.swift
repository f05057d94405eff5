extension Verdict {
    /// Appends the verdict as one compact JSON object, as `check --json` prints it and `scan --jsonl`
    /// prints per message; `leading` members (index, date, file) come first.
    ///
    /// Written straight to bytes, without an intermediate tree: the scan writes a million of these.
    public func appendJSON(to out: inout [UInt8], leading: [(String, JSONValue)] = []) {
        out.append(UInt8(ascii: "{"))
        for (key, value) in leading {
            JSONWriter.appendString(key, to: &out)
            out.append(UInt8(ascii: ":"))
            JSONWriter.append(value, to: &out, pretty: false, indent: 0)
            out.append(UInt8(ascii: ","))
        }
        appendJSONMembers(to: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// The object's members, without braces, for callers that write members of their own first.
    func appendJSONMembers(to out: inout [UInt8]) {
        member("sender", senderWritten, &out)
        member("senderCanonical", sender.canonical, &out)
        member("senderKind", sender.kind.rawValue, &out)
        member("verdict", kind.rawValue, &out)
        array("shops", shops.map(\.id), &out)
        array("officialSenderOf", officialShops.map(\.id), &out)
        out.append(contentsOf: "\"reportTo\":".utf8)
        let reportTo = kind == .spoofed ? claimedShops.compactMap(\.reportEmail) : []
        appendStrings(reportTo, &out)
        out.append(UInt8(ascii: ","))
        objects("reasons", reasons, &out) { reason, out in
            member("code", reason.code, &out)
            member("fa", reason.persian, &out)
            member("en", reason.english, &out, last: true)
        }
        out.append(UInt8(ascii: ","))
        objects("risks", risks, &out) { risk, out in
            member("kind", risk.kind.rawValue, &out)
            member("text", risk.text, &out)
            member("detail", risk.detail, &out, last: true)
        }
        out.append(UInt8(ascii: ","))
        objects("claims", claims, &out) { claim, out in
            member("shop", claim.shopID, &out)
            member("text", claim.text, &out)
            out.append(contentsOf: "\"start\":\(claim.utf8Range.lowerBound),\"end\":\(claim.utf8Range.upperBound),".utf8)
            member("evidence", claim.evidence.rawValue, &out, last: true)
        }
    }

    /// `"key":[{…},{…}]`, each object's members written by `members`.
    private func objects<Item>(_ key: String, _ items: [Item], _ out: inout [UInt8], members: (Item, inout [UInt8]) -> Void) {
        JSONWriter.appendString(key, to: &out)
        out.append(contentsOf: ":[".utf8)
        for (index, item) in items.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "{"))
            members(item, &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
    }

    /// The verdict as a JSON object string.
    public func jsonText(leading: [(String, JSONValue)] = []) -> String {
        var out: [UInt8] = []
        appendJSON(to: &out, leading: leading)
        return String(decoding: out, as: UTF8.self)
    }

    private func member(_ key: String, _ value: String, _ out: inout [UInt8], last: Bool = false) {
        JSONWriter.appendString(key, to: &out)
        out.append(UInt8(ascii: ":"))
        JSONWriter.appendString(value, to: &out)
        if !last { out.append(UInt8(ascii: ",")) }
    }

    private func array(_ key: String, _ values: [String], _ out: inout [UInt8]) {
        JSONWriter.appendString(key, to: &out)
        out.append(UInt8(ascii: ":"))
        appendStrings(values, &out)
        out.append(UInt8(ascii: ","))
    }

    private func appendStrings(_ values: [String], _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONWriter.appendString(value, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }
}
