/// One reason for a verdict, in plain words.
public struct Reason: Sendable, Equatable {
    /// Stable machine-readable code: `official-sender`, `undeclared-sender`, …
    public let code: String
    public let persian: String
    public let english: String
}

extension Verdict {
    /// Why the verdict is what it is, the main reason first.
    public var reasons: [Reason] {
        var reasons: [Reason] = []
        let s = sender.isValid ? sender.canonical : senderWritten
        switch kind {
        case .authentic:
            let shops = claimedShops.isEmpty ? officialShops : claimedShops.filter { shop in officialShops.contains { $0.id == shop.id } }
            let names = Self.list(shops.map(\.displayName))
            if claimedShops.isEmpty {
                reasons.insert(Reason(
                    code: "official-sender",
                    persian: "پیام از طرف فروشگاهی سخن نمی‌گوید، اما \(s) فرستنده رسمی پیامک‌های \(names) است.",
                    english: "The message does not speak as any shop, but \(s) is the official SMS sender of \(names)."), at: 0)
            } else {
                reasons.insert(Reason(
                    code: "official-sender",
                    persian: "\(s) در سیاست حفظ حریم خصوصی \(names) شماره رسمی ارسال پیامک آن است.",
                    english: "\(s) is the official SMS sender that \(names)'s own privacy policy declares."), at: 0)
            }
        case .spoofed:
            reasons.insert(contentsOf: spoofReasons(sender: s), at: 0)
        case .unverified:
            let names = Self.list(claimedShops.map(\.displayName))
            reasons.insert(Reason(
                code: "no-declared-sender",
                persian: "\(names) در سیاست خود هیچ شماره‌ای برای ارسال پیامک اعلام نکرده است؛ درستی فرستنده را نمی‌توان سنجید.",
                english: "\(names) declares no SMS sender number in its policy, so the sender cannot be verified."), at: 0)
        case .unrelated where !mentionedShops.isEmpty:
            let names = Self.list(mentionedShops.map(\.displayName))
            reasons.insert(Reason(
                code: "no-claim",
                persian: "پیام نام \(names) را می‌برد اما از طرف آن سخن نمی‌گوید (اعلان بانک، پست یا پلیس، پیام یک شخص، یا واژه‌های روزمره) و \(s) فرستنده رسمی هیچ فروشگاهی نیست.",
                english: "The message mentions \(names) but does not speak as it (a bank, post or police notice, a person's message, or everyday words), and \(s) is no registered shop's sender."), at: 0)
        case .unrelated:
            reasons.insert(Reason(
                code: "no-claim",
                persian: "پیام نام هیچ فروشگاه ثبت‌شده‌ای را نمی‌برد و \(s) فرستنده رسمی هیچ فروشگاهی نیست.",
                english: "The message names no registered shop, and \(s) is no registered shop's sender."), at: 0)
        }
        let claimReasons = claims.map { claim in
            let name = claimedShops.first { $0.id == claim.shopID }?.displayName ?? claim.shopID
            return Reason(
                code: "claims-shop",
                persian: "پیام با «\(claim.text)» خود را از طرف \(name) معرفی می‌کند (\(Self.persian(claim.evidence))).",
                english: "The message speaks as \(name): \"\(claim.text)\" (\(Self.english(claim.evidence))).")
        }
        reasons.insert(contentsOf: claimReasons, at: min(1, reasons.count))
        return reasons
    }

    private func spoofReasons(sender s: String) -> [Reason] {
        var reasons: [Reason] = []
        for shop in claimedShops where !shop.senders.isEmpty {
            reasons.append(Reason(
                code: "undeclared-sender",
                persian: "پیام از طرف \(shop.displayName) است، اما \(shop.displayName) فقط از \(Self.list(shop.senders)) پیامک می‌فرستد و \(s) جزو آن‌ها نیست.",
                english: "The message speaks for \(shop.displayName), which sends SMS only from \(Self.list(shop.senders, english: true)); \(s) is not one of them."))
            if shop.phones.contains(where: { $0.number == sender.canonical }) {
                reasons.append(Reason(
                    code: "shop-phone-not-sender",
                    persian: "\(s) تلفن تماس \(shop.displayName) است، اما سیاست آن این شماره را فرستنده پیامک اعلام نکرده است.",
                    english: "\(s) is \(shop.displayName)'s contact phone, which its policy does not declare as an SMS sender."))
            }
            if let near = shop.senders.first(where: { EditDistance.between($0, sender.canonical) == 1 }) {
                reasons.append(Reason(
                    code: "near-official-sender",
                    persian: "\(s) فقط در یک رقم با شماره رسمی \(near) فرق دارد؛ ترفندی رایج در جعل.",
                    english: "\(s) differs from the official number \(near) by one digit, a common spoofing trick."))
            }
        }
        for shop in officialShops {
            reasons.append(Reason(
                code: "other-shop-sender",
                persian: "\(s) فرستنده رسمی \(shop.displayName) است، نه فروشگاهی که پیام از طرف آن است.",
                english: "\(s) is the official sender of \(shop.displayName), not of the shop the message speaks for."))
        }
        switch sender.kind {
        case .mobile:
            reasons.append(Reason(
                code: "personal-mobile",
                persian: "\(s) یک خط تلفن همراه شخصی است؛ فروشگاه‌ها از خط شخصی پیامک انبوه نمی‌فرستند.",
                english: "\(s) is a personal mobile line; shops do not send their SMS from personal lines."))
        case .alphanumeric:
            reasons.append(Reason(
                code: "named-sender",
                persian: "فرستنده با نام «\(senderWritten)» آمده است، اما فروشگاه چنین نامی را فرستنده خود اعلام نکرده است.",
                english: "The sender shows the name \"\(senderWritten)\", which the shop has not declared as its sender."))
        default:
            break
        }
        return reasons
    }

    static func list(_ items: [String], english: Bool = false) -> String {
        items.joined(separator: english ? ", " : "، ")
    }

    static func persian(_ evidence: Claim.Evidence) -> String {
        switch evidence {
        case .distinctiveName: return "نام فروشگاه"
        case .prefix: return "نام در آغاز پیام"
        case .signature: return "امضای پایان پیام"
        case .speaker: return "معرفی گوینده"
        case .domain: return "دامنه فروشگاه"
        case .voice: return "لحن فروشگاه: سفارش یا پیشنهاد"
        case .latinName: return "نام لاتین فروشگاه"
        }
    }

    static func english(_ evidence: Claim.Evidence) -> String {
        switch evidence {
        case .distinctiveName: return "the shop's name"
        case .prefix: return "name opening the message"
        case .signature: return "name signing the message"
        case .speaker: return "introduced as the speaker"
        case .domain: return "the shop's domain"
        case .voice: return "an order or offer in the shop's name"
        case .latinName: return "the shop's Latin name"
        }
    }
}
