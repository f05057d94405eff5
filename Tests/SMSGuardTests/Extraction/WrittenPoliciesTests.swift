import Foundation
import Testing
@testable import SMSGuard

/// Eight policies written for this project, for shops that do not exist, in the ways real policies vary:
/// plain text and HTML, numbers in lists and tables, in Persian digits and split into groups, survey
/// numbers, a landline sender, contact and fax numbers, postal and registration codes, report addresses
/// in other sentences or only in a link, a policy without senders and one with a template number. What
/// a careful reader would put into the registry was written down before the extractor read them.
struct WrittenPoliciesTests {
    struct Expected: Decodable {
        let senders: [String]
        let surveySenders: [String]
        let reportEmail: String?
        let name: String?
        let mustWarn: [String]
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/policies")

    static let expected: [String: Expected] = {
        let url = folder.appendingPathComponent("expected.json")
        do {
            return try JSONDecoder().decode([String: Expected].self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }()

    @Test(arguments: expected.keys.sorted())
    func extractionIsWhatAReaderWrites(file: String) throws {
        let expected = try #require(Self.expected[file])
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(file)))
        let id = String(file.prefix { $0 != "." })
        let shop = try PolicyExtractor.extract(policy: bytes, id: id, fileName: file)
        #expect(shop.senders == expected.senders)
        #expect(shop.surveySenders == expected.surveySenders)
        #expect(shop.reportEmail == expected.reportEmail)
        #expect(shop.names.first == expected.name)
        for code in expected.mustWarn { #expect(shop.warnings.contains { $0.code == code }, "warning \(code)") }
        // A shop with senders must not be told it has none, nor the reverse.
        #expect(shop.warnings.contains { $0.code == "no-sender" } == expected.senders.isEmpty)
    }
}
