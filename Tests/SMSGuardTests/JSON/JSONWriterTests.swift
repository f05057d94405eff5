import Testing
@testable import SMSGuard

/// Writing JSON: only the escapes JSON requires, Persian as UTF-8, and a parse back gives what was written.
struct JSONWriterTests {
    private func written(_ text: String) -> String {
        var bytes: [UInt8] = []
        JSONWriter.appendString(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: [
        ("plain", #""plain""#),
        ("سلام دنیا", #""سلام دنیا""#),
        ("a\"b", #""a\"b""#),
        ("back\\slash", #""back\\slash""#),
        ("line\nbreak\r\ttab", #""line\nbreak\r\ttab""#),
        ("\u{01}\u{1F}", #""\u0001\u001f""#),
        ("\u{0}", #""\u0000""#),
        ("\"", #""\"""#),
        ("", #""""#),
        ("end\\", #""end\\""#),
    ])
    func escapesOnlyWhatJSONRequires(_ text: String, _ expected: String) {
        #expect(written(text) == expected)
    }

    @Test func bytesAndStringsAreWrittenAlike() {
        let text = "همه\u{200C}چیز \"کالا\"\n\u{7}end"
        var fromBytes: [UInt8] = []
        Array(text.utf8).withUnsafeBufferPointer { JSONWriter.appendString($0, to: &fromBytes) }
        #expect(String(decoding: fromBytes, as: UTF8.self) == written(text))
    }

    @Test func everyControlCharacterSurvivesAParseBack() throws {
        let text = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init))) + "\"\\/ok ۱۲۳ 🎉"
        let value = try JSONParser.parseDocument(written(text))
        #expect(value == .string(text))
    }

    @Test func prettyObjectsKeepKeyOrderAndIndent() {
        let value = JSONValue.object([("z", .number("1")), ("a", .array([.bool(true), .null])), ("e", .object([]))])
        #expect(JSONWriter.string(value, pretty: false) == #"{"z":1,"a":[true,null],"e":{}}"#)
        #expect(JSONWriter.string(value, pretty: true) == "{\n  \"z\": 1,\n  \"a\": [\n    true,\n    null\n  ],\n  \"e\": {}\n}\n")
    }
}
