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
        /// Risk codes the reader was sure must be raised (the fourth and fifth tables list them).
        var risks: [String]?
        /// A clean message that must raise no risk at all (fifth table).
        var noRisks: Bool?
        /// Expected risks the classifier is known to miss.
        var knownRiskMiss: Bool?
        /// A judgement the classifier is known to miss, kept so that the table stays whole and the test
        /// says so when a change mends it.
        var knownMiss: Bool?
        var testDescription: String { "\(sender): \(text.prefix(60))" }
    }

    static func fixture(_ path: String) -> Data {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/messages/" + path)
        do {
            return try Data(contentsOf: url)
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }

    static func judged(_ path: String) -> [Judged] {
        do {
            return try JSONDecoder().decode([Judged].self, from: fixture(path))
        } catch {
            fatalError("cannot decode \(path): \(error)")
        }
    }

    static let messages = judged("judged-messages.json")
    static let classifier = Classifier(registry: BuiltinRegistry.registry)

    /// A second table, judged against eight shops invented for it: a name that is an everyday phrase, a
    /// name inside longer words, a landline and a personal mobile among the senders, shops without senders.
    static let inventedShopMessages = judged("invented-shops/messages.json")
    /// A third table under the same shops: Persian in Latin letters, English, evasions in fraud, forwards.
    static let latinAndEvasionMessages = judged("invented-shops/latin-and-evasions.json")
    /// A fourth: people chatting about shops, operators', couriers' and news messages naming them, and
    /// scams in their names, with the risk signals each must raise.
    static let chatsNoticesAndScams = judged("invented-shops/chats-notices-and-scams.json")
    /// A fifth: genuine messages in real formats (app-hash codes, split parts, tracking subdomains,
    /// opt-out tails), new fraud variants (userinfo links, part counters, emoji headings), and people,
    /// sellers, banks and other businesses naming shops.
    static let formatsVariantsAndNegatives = judged("invented-shops/formats-variants-and-negatives.json")
    /// A sixth: callers introducing themselves as a shop's support, colloquial and Latin-letter code
    /// requests, people passing on a shop's warning, and look-alike domains and names in fraud.
    static let callersColloquialAndLookalikes = judged("invented-shops/callers-colloquial-and-lookalikes.json")
    /// A seventh: long campaigns from the shops' lines and from others, messages naming two shops,
    /// couriers, account notices, court and subsidy scams, senders in odd written forms, links to other
    /// sites about a shop.
    static let longPromosPairsAndSenderForms = judged("invented-shops/long-promos-pairs-and-sender-forms.json")
    static let inventedShopClassifier = classifier(registry: "invented-shops/registry.json")

    /// An eighth, under six other invented shops (`everyday-names/registry.json`): three named with
    /// everyday words ("کاسه آبی", "انار", "خانه روشن"), one like a letter's formula ("با مهر"), two with
    /// invented words; the everyday words also stand in chats, lists and other businesses' messages.
    static let everydayNameMessages = judged("everyday-names/messages.json")
    /// A ninth, under six shops named with Latin words written in Persian ("گجت‌ویل", "اسمارت‌باکس"):
    /// Latin spellings in every disguise, the Latin words as plain English, @mentions and hashtags.
    static let latinNameMessages = judged("latin-names/messages.json")

    /// A tenth, under seven shops whose names overlap ("نوا" inside "نوا مارکت", "سپید" inside
    /// "سپیدکالا") or are words of payment talk ("قسطی"): couriers', gateways' and lenders' own messages
    /// naming them, login codes, marketplace booths, customers sharing links.
    static let nameCollisionMessages = judged("name-collisions/messages.json")

    /// An eleventh, under six other shops: an order's whole life and an account's security notices from
    /// the shops' lines and faked from others, generic headings ("هشدار:", "کد تایید:") before a shop's
    /// name, other businesses' headings naming a shop as merchant.
    static let orderLifecycleMessages = judged("order-lifecycle/messages.json")

    static func classifier(registry path: String) -> Classifier {
        do {
            return Classifier(registry: try Registry(json: String(decoding: fixture(path), as: UTF8.self), path: path))
        } catch {
            fatalError("the registry \(path) does not load: \(error)")
        }
    }

    /// A twelfth, under six other shops: influencers and pages promoting shops with their own codes,
    /// resellers, friends and groups talking of shops, fraud posing as a friend or a support agent.
    static let peopleAndPagesMessages = judged("people-and-pages/messages.json")

    /// A thirteenth, under six more: shops signing at the end, in brackets or guillemets, with emoji or in
    /// Finglish; digits of three alphabets; zero-width characters; fraud copying those signatures; couriers,
    /// banks, news and friends naming the shops, and a shop named with an everyday word.
    static let signatureMessages = judged("signatures-and-formats/messages.json")

    /// A fourteenth, under six more: payments, refunds, wallets, installments and gift cards, from the
    /// shops and faked; banks', gateways', wallets' and lenders' notices naming the shops as merchants.
    static let moneyMessages = judged("money-and-payments/messages.json")

    /// A fifteenth, under six more: login codes, password resets, blocked accounts, support staff asking for
    /// codes, app updates, and the shops' own warnings; government and bank codes naming a shop in a list,
    /// delivery codes told to the courier, people retelling a scam they were sent.
    static let accountMessages = judged("accounts-and-security/messages.json")

    /// A sixteenth, under six more: festivals, lotteries and wheels of fortune, club points, referrals and
    /// coupons, from the shops and faked; banks' cashback, cinemas and news naming the shops.
    static let campaignMessages = judged("campaigns-and-loyalty/messages.json")

    /// A seventeenth, under six more: couriers' and shops' delivery notices, re-delivery and customs scams,
    /// marketplace sellers speaking for themselves, resellers and pages naming the shops.
    static let courierMessages = judged("couriers-and-sellers/messages.json")

    /// An eighteenth, under six more: pharmacies, travel, food delivery and tickets, their notices and the
    /// fraud imitating them; hospitals', airlines' and restaurants' messages and people's chats naming them.
    static let serviceMessages = judged("services-and-bookings/messages.json")

    /// A nineteenth, under six more: buy-now-pay-later credit, shop wallets, gift cards and a second-hand
    /// marketplace, their notices and the fraud imitating them; banks naming them, people trading.
    static let walletMessages = judged("wallets-and-gift-cards/messages.json")

    /// A twentieth, under six more: messages as phones show them: very short and very long ones, cut off
    /// or glued together, forwarded and quoted, hashtags, Arabic letters, Finglish, English, group chats.
    static let messyFormMessages = judged("messy-forms/messages.json")

    /// A twenty-first, under six more: seasonal sales, joint campaigns, payment apps' campaigns at shops,
    /// influencers' codes, marketplace sellers, and the fraud riding on them.
    static let campaignMarketplaceMessages = judged("campaigns-and-marketplaces/messages.json")

    /// A twenty-second, under six more: fraud hiding the shop's name or address (other alphabets, hidden
    /// characters, digits for letters, subdomains, typos, punycode, shorteners, IPs, APKs), and the shops'
    /// own subdomains, short links and couriers' tracking links as hard negatives.
    static let linkEvasionMessages = judged("links-and-evasions/messages.json")
    /// A twenty-third, under seven more: a marketplace writing to its sellers, shops selling on instalments
    /// and credit, job and side-income scams in shops' names, banks naming a shop as the merchant, and people
    /// talking of jobs and instalments.
    static let sellerInstallmentMessages = judged("sellers-and-installments/messages.json")
    /// A twenty-fourth, under seven more: coupon sites, price comparison and cashback apps naming shops,
    /// pages sharing their own codes, fraud dressed as coupons, and shops named with everyday words in
    /// Persian and in English.
    static let couponCashbackMessages = judged("coupons-and-cashback/messages.json")
    /// A twenty-fifth, under seven more: shops' names misspelled on purpose by fraud and by chance in
    /// chats, two shops one letter apart, and businesses with near names of their own.
    static let nearNameMessages = judged("near-names/messages.json")
    /// A twenty-sixth, under seven more: campaigns shared with a partner, banks, gateways and operators
    /// naming a shop, Finglish and English messages, and fraud borrowing a bank's voice and a shop's name.
    static let partnerBankMessages = judged("partners-and-banks/messages.json")
    /// A twenty-seventh, under seven more: seasonal greetings, app updates, service notices and surveys,
    /// official-sounding scams in shops' names, and people forwarding a shop's message.
    static let seasonNoticeMessages = judged("seasons-and-notices/messages.json")
    /// A twenty-eighth, under seven more: itemized orders, stock and price alerts and reminders, the same
    /// faked, and products, couriers and marketplaces named like the shops.
    static let orderProductMessages = judged("orders-and-products/messages.json")
    /// A twenty-ninth, under seven more: job offers, investment schemes, support desks and surveys, real and
    /// faked, agencies and pollsters naming shops, and people replying to or forwarding a shop's message.
    static let jobSupportMessages = judged("jobs-and-support/messages.json")
    /// A thirtieth, under seven more: a food-delivery app, a pharmacy, a course platform, a ticket seller, a
    /// car-parts shop, an insurance marketplace and a pet shop, their messages real and faked, and the
    /// restaurants, clinics, schools and garages that share their words.
    static let otherKindMessages = judged("other-kinds/messages.json")
    /// A thirty-first, under seven more: names split by emoji, digits, look-alike letters, Arabic forms and
    /// swapped words; links hidden by punycode, encoded paths, "@" and another top-level domain; the shops'
    /// own odd-looking messages; and near names of other businesses.
    static let evasionMessages = judged("evasions-two/messages.json")

    /// A message of a table judged under a registry of its own, with that registry.
    struct UnderOwnShops: CustomTestStringConvertible {
        let message: Judged
        let registry: String
        var testDescription: String { "\(registry.prefix { $0 != "/" }): \(message.testDescription)" }
    }

    /// The eighth to thirty-first tables, each under the shops invented for it.
    static let ownShopTables: [(messages: [Judged], registry: String)] = [
        (everydayNameMessages, "everyday-names/registry.json"), (latinNameMessages, "latin-names/registry.json"),
        (nameCollisionMessages, "name-collisions/registry.json"), (orderLifecycleMessages, "order-lifecycle/registry.json"),
        (peopleAndPagesMessages, "people-and-pages/registry.json"), (signatureMessages, "signatures-and-formats/registry.json"),
        (moneyMessages, "money-and-payments/registry.json"), (accountMessages, "accounts-and-security/registry.json"),
        (campaignMessages, "campaigns-and-loyalty/registry.json"), (courierMessages, "couriers-and-sellers/registry.json"),
        (serviceMessages, "services-and-bookings/registry.json"), (walletMessages, "wallets-and-gift-cards/registry.json"),
        (messyFormMessages, "messy-forms/registry.json"), (campaignMarketplaceMessages, "campaigns-and-marketplaces/registry.json"),
        (linkEvasionMessages, "links-and-evasions/registry.json"),
        (sellerInstallmentMessages, "sellers-and-installments/registry.json"),
        (couponCashbackMessages, "coupons-and-cashback/registry.json"),
        (nearNameMessages, "near-names/registry.json"), (partnerBankMessages, "partners-and-banks/registry.json"),
        (seasonNoticeMessages, "seasons-and-notices/registry.json"), (orderProductMessages, "orders-and-products/registry.json"),
        (jobSupportMessages, "jobs-and-support/registry.json"), (otherKindMessages, "other-kinds/registry.json"),
        (evasionMessages, "evasions-two/registry.json"),
    ]
    static let ownShopClassifiers = Dictionary(uniqueKeysWithValues: ownShopTables.map { ($0.registry, classifier(registry: $0.registry)) })

    @Test(arguments: ownShopTables.flatMap { table in table.messages.map { UnderOwnShops(message: $0, registry: table.registry) } })
    func judgementUnderItsOwnShopsIsTheJudgedOne(entry: UnderOwnShops) throws {
        Self.expectJudgement(entry.message, by: try #require(Self.ownShopClassifiers[entry.registry]))
    }

    /// The verdict and risks `classifier` gives `message` are the judged ones (known misses aside).
    static func expectJudgement(_ message: Judged, by classifier: Classifier) {
        let verdict = classifier.classify(sender: message.sender, text: message.text)
        if message.knownMiss == true {
            withKnownIssue { #expect(verdict.kind.rawValue == message.verdict, "\(message.why)") }
        } else {
            #expect(verdict.kind.rawValue == message.verdict, "\(message.why)")
        }
        let raised = Set(verdict.risks.map(\.kind.rawValue))
        let missing = Set(message.risks ?? []).subtracting(raised)
        let unwanted = message.noRisks == true ? raised : []
        if message.knownRiskMiss == true {
            withKnownIssue { #expect(missing.isEmpty && unwanted.isEmpty, "raised \(raised.sorted()): \(message.why)") }
        } else {
            #expect(missing.isEmpty && unwanted.isEmpty, "raised \(raised.sorted()): \(message.why)")
        }
    }

    @Test(arguments: [messages, inventedShopMessages, latinAndEvasionMessages, chatsNoticesAndScams, formatsVariantsAndNegatives,
        callersColloquialAndLookalikes, longPromosPairsAndSenderForms, everydayNameMessages, latinNameMessages, nameCollisionMessages, orderLifecycleMessages, peopleAndPagesMessages,
        signatureMessages, moneyMessages, accountMessages, campaignMessages, courierMessages,
        serviceMessages, walletMessages, messyFormMessages, campaignMarketplaceMessages, linkEvasionMessages,
        sellerInstallmentMessages, couponCashbackMessages, nearNameMessages, partnerBankMessages, seasonNoticeMessages,
        orderProductMessages, jobSupportMessages, otherKindMessages, evasionMessages])
    func eachTableCoversEveryVerdict(table: [Judged]) {
        #expect(Set(table.map(\.verdict)) == Set(Verdict.Kind.allCases.map(\.rawValue)))
        #expect(table.count >= 50)
    }

    @Test(arguments: messages)
    func verdictIsTheJudgedOne(message: Judged) {
        let verdict = Self.classifier.classify(sender: message.sender, text: message.text)
        #expect(verdict.kind.rawValue == message.verdict, "\(message.why)")
    }

    @Test(arguments: inventedShopMessages + latinAndEvasionMessages + chatsNoticesAndScams + formatsVariantsAndNegatives
        + callersColloquialAndLookalikes + longPromosPairsAndSenderForms)
    func judgementUnderInventedShopsIsTheJudgedOne(message: Judged) {
        Self.expectJudgement(message, by: Self.inventedShopClassifier)
    }
}
