import Testing
@testable import SMSGuard

/// Reading a registry file: the full form `registry build` writes, and shorter hand-written entries.
struct RegistryJSONTests {
    private func load(_ shops: String) throws -> Registry {
        try Registry(json: #"{"version":1,"shops":["# + shops + "]}", path: "hand.json")
    }

    @Test func handWrittenEntryLoadsWithCanonicalSenders() throws {
        let registry = try load(#"{"id":"golpar","names":["گلپر"],"senders":["+98 300 0123 4567", "۵۰۰۰۷۷۱۲"]}"#)
        let shop = try #require(registry.shop(id: "golpar"))
        #expect(shop.senders == ["30001234567", "50007712"])
        #expect(registry.shops(sending: Sender(parsing: "3000-1234-567")).map(\.id) == ["golpar"])
    }

    @Test func surveyLineListedOnlyAsASurveySenderIsOneOfTheShopsSenders() throws {
        let registry = try load(#"{"id":"golpar","names":["گلپر"],"senders":["30001234"],"surveySenders":["50001234"]}"#)
        let shop = try #require(registry.shop(id: "golpar"))
        #expect(shop.senders == ["30001234", "50001234"])
        #expect(shop.surveySenders == ["50001234"])
        #expect(registry.shops(sending: Sender(parsing: "50001234")).map(\.id) == ["golpar"])
    }

    @Test func phoneWrittenAsAPlainStringLoads() throws {
        let registry = try load(#"{"id":"golpar","names":["گلپر"],"phones":["021-8877 6655"]}"#)
        let phone = try #require(registry.shop(id: "golpar")?.phones.first)
        #expect(phone.number == Sender(parsing: "02188776655").canonical)
        #expect(phone.written == "021-8877 6655")
        #expect(phone.role == "phone")
    }

    @Test(arguments: [
        (#"{"id":"golpar","names":["گلپر"],"senders":["30001234", "!!"]}"#, "$.shops[0].senders[1]"),
        (#"{"id":"golpar","names":["گلپر"],"phones":[12]}"#, "$.shops[0].phones[0]"),
        (#"{"id":"golpar","names":["گلپر"],"phones":"021"}"#, "$.shops[0].phones"),
        (#"{"id":"golpar","names":[]}"#, "$.shops[0].names"),
        (#"{"id":"golpar","names":["گلپر"]},{"id":"golpar","names":["گلپر دو"]}"#, "$.shops[1].id"),
    ])
    func badValueIsAnErrorNamingItsJSONPath(shops: String, path: String) {
        #expect {
            try load(shops)
        } throws: { error in
            guard let error = error as? SMSGuardError else { return false }
            return error.description.hasPrefix("hand.json") && error.message.hasPrefix(path)
        }
    }

    @Test func writtenRegistryReadsBackEqual() throws {
        let registry = BuiltinRegistry.registry
        #expect(try Registry(json: registry.jsonText(), path: "registry.json") == registry)
    }
}
