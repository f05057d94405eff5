import Testing
@testable import SMSGuard

/// Shops invented for the classifier tests, and one classifier over them.
///
/// - `novinmarket` "نوین مارکت": a distinctive name, two bulk senders, a domain and a landline phone;
/// - `naantazeh` "نان تازه" ("fresh bread"): a name made only of everyday words, with a sender and a domain;
/// - `artano` "آرتانو": declares no sender numbers;
/// - `dibashop` "دیبا": a second shop with a sender, whose name also sits inside longer words ("دیباچه").
enum ClassificationFixtures {
    static let registryJSON = """
        {"version":1,"shops":[
          {"id":"novinmarket","names":["نوین مارکت","نوین‌مارکت"],"senders":["30004455660","10004455660"],
           "reportEmail":"abuse@novinmarket.ir","domains":["novinmarket.ir"],
           "phones":[{"number":"+982188776655","written":"021-88776655","role":"phone"}]},
          {"id":"naantazeh","names":["نان تازه"],"senders":["5000707070"],"reportEmail":"info@naantazeh.ir",
           "domains":["naantazeh.ir"]},
          {"id":"artano","names":["آرتانو"],"senders":[],"domains":["artano.ir"]},
          {"id":"dibashop","names":["دیبا"],"senders":["10007788"],"reportEmail":"report@dibashop.com",
           "domains":["dibashop.com"]}
        ]}
        """

    static let registry: Registry = {
        do {
            return try Registry(json: registryJSON, path: "classification-fixtures")
        } catch {
            fatalError("the fixture registry does not load: \(error)")
        }
    }()

    static let classifier = Classifier(registry: registry)

    /// A classifier over a registry written for one test; a registry that does not load stops the run.
    static func classifier(json: String, path: String) -> Classifier {
        do {
            return Classifier(registry: try Registry(json: json, path: path))
        } catch {
            fatalError("the registry \(path) does not load: \(error)")
        }
    }

    static func classify(_ sender: String, _ text: String?) -> Verdict {
        classifier.classify(sender: sender, text: text)
    }

    /// A personal mobile that is nobody's sender.
    static let mobile = "09121234567"
}

extension Verdict {
    var claimedIDs: [String] { claimedShops.map(\.id) }
    var officialIDs: [String] { officialShops.map(\.id) }
    var shopIDs: [String] { shops.map(\.id) }
    var reasonCodes: [String] { reasons.map(\.code) }
    var riskKinds: Set<RiskKind> { Set(risks.map(\.kind)) }
}
