import Foundation
import Testing
@testable import SMSGuard

/// Messages written for this project in the styles people receive (shop notices, codes, campaigns, fraud
/// in a shop's name, bank and courier notices, chats that mention a shop), each with the verdict a careful
/// reader gives it under the built-in registry. They were judged before the classifier saw them; the
/// table keeps the classifier to those judgements.
struct JudgedMessagesTests {
    struct Judged: Decodable, CustomTestStringConvertible {
        let sender: String
        let text: String
        let verdict: String
        let why: String
        var testDescription: String { "\(sender): \(text.prefix(60))" }
    }

    static let messages: [Judged] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/messages/judged-messages.json")
        do {
            return try JSONDecoder().decode([Judged].self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }()

    static let classifier = Classifier(registry: BuiltinRegistry.registry)

    @Test func theTableCoversEveryVerdict() {
        #expect(Set(Self.messages.map(\.verdict)) == Set(Verdict.Kind.allCases.map(\.rawValue)))
        #expect(Self.messages.count >= 70)
    }

    @Test(arguments: messages)
    func verdictIsTheJudgedOne(message: Judged) {
        let verdict = Self.classifier.classify(sender: message.sender, text: message.text)
        #expect(verdict.kind.rawValue == message.verdict, "\(message.why)")
    }
}
