import Testing
@testable import SMSGuard

/// Reading JSON: strict structure, forgiving text, bounded depth.
struct JSONParserTests {
    private func parse(_ text: String) throws(JSONParser.Failure) -> (JSONValue, repairs: Int) {
        var bytes = Array(text.utf8)
        let result: Result<(JSONValue, repairs: Int), JSONParser.Failure> = bytes.withUnsafeMutableBufferPointer { buffer in
            do throws(JSONParser.Failure) { return .success(try JSONParser.parseDocument(UnsafeBufferPointer(buffer))) } catch { return .failure(error) }
        }
        return try result.get()
    }

    @Test func numbersKeepTheirTextHoweverLarge() throws {
        let huge = "123456789012345678901234567890e400"
        #expect(try parse("[\(huge), -0.5]").0 == .array([.number(huge), .number("-0.5")]))
    }

    @Test func surrogatePairsJoinAndLoneHalvesAreRepaired() throws {
        #expect(try parse(#""\ud83d\ude00""#).0 == .string("😀"))
        let (value, repairs) = try parse(#""a\ud83db""#)
        #expect(value == .string("a\u{FFFD}b"))
        #expect(repairs == 1)
    }

    @Test func nestingDeeperThanTheLimitIsRefused() {
        let deep = String(repeating: "[", count: JSONParser.maximumDepth + 1) + String(repeating: "]", count: JSONParser.maximumDepth + 1)
        #expect(throws: JSONParser.Failure.self) { try parse(deep) }
        let allowed = String(repeating: "[", count: 10) + String(repeating: "]", count: 10)
        #expect(throws: Never.self) { try parse(allowed) }
    }

    @Test(arguments: [
        ("{\"a\":1,}", 7),
        ("[1 2]", 3),
        ("\"open", 0),  // an unclosed string is reported where it starts
        ("{\"a\" 1}", 5),
        ("nul", 0),
        ("{} x", 3),
        ("\"tab\there\"", 4),
    ])
    func malformedDocumentsFailAtTheirOffset(_ text: String, _ offset: Int) {
        do {
            _ = try parse(text)
            Issue.record("\(text) parsed")
        } catch {
            #expect(error.offset == offset, "\(text): \(error.message)")
            #expect(!error.message.isEmpty)
        }
    }
}
