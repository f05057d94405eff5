/// What smsguard concludes about one message.
public struct Verdict: Sendable {
    /// The four conclusions.
    public enum Kind: String, Sendable, CaseIterable {
        /// The sender is an official sender of the shop the message claims (or, claiming none, of some shop).
        case authentic
        /// The message claims a shop that declares its senders, and this sender is none of them.
        case spoofed
        /// The message claims a shop that declares no sender numbers: nothing to check against.
        case unverified
        /// No shop is claimed, and the sender is no shop's official sender.
        case unrelated
    }

    public let kind: Kind
    /// The sender as given.
    public let senderWritten: String
    public let sender: Sender
    /// The shops the message claims to come from, in order of first mention.
    public let claimedShops: [Shop]
    /// The shops that declare this sender as theirs.
    public let officialShops: [Shop]
    /// Shops the message names without speaking as them: in a notice, a person's message, or as everyday
    /// words.
    public let mentionedShops: [Shop]
    /// Where and how the message claims each shop.
    public let claims: [Claim]
    /// Warning signs found in the text, whatever the verdict.
    public let risks: [Risk]

    /// The shops the verdict is about: those claimed, or, when none is, those whose sender this is.
    public var shops: [Shop] { claimedShops.isEmpty ? officialShops : claimedShops }
}

/// A place where a message presents itself as a shop.
public struct Claim: Sendable, Equatable {
    /// Why the words count as the shop speaking.
    public enum Evidence: String, Sendable {
        /// A name that reads as nothing but the shop.
        case distinctiveName = "distinctive-name"
        /// The name opens the message ("X: …", "X - …", on its own first line).
        case prefix
        /// The name closes the message.
        case signature
        /// A noun that makes the shop the speaker: "فروشگاه X", "تیم X", "از طرف X".
        case speaker
        /// The shop's own domain, or a link spelling it.
        case domain
        /// The message speaks in the shop's voice: an order, a code, an offer.
        case voice
        /// A Latin spelling of the name.
        case latinName = "latin-name"
    }

    public let shopID: String
    /// The words as the message writes them.
    public let text: String
    /// UTF-8 byte range of `text` in the message.
    public let utf8Range: Range<Int>
    public let evidence: Evidence
}

/// A warning sign in a message.
public struct Risk: Sendable, Equatable {
    public let kind: RiskKind
    /// The words or link that raised it, as the message writes them.
    public let text: String
    /// More about it: the host of a link, the brand a domain imitates.
    public let detail: String
}

/// The kinds of warning sign smsguard looks for.
public enum RiskKind: String, Sendable, CaseIterable {
    case foreignLink = "foreign-link"
    case lookalikeDomain = "lookalike-domain"
    case shortenedLink = "shortened-link"
    case ipLink = "ip-link"
    case apkLink = "apk-link"
    case cardNumberRequest = "card-number-request"
    case cvv2Request = "cvv2-request"
    case secondPasswordRequest = "second-password-request"
    case oneTimeCodeRequest = "one-time-code-request"
    case prizeLure = "prize-lure"
    case refundLure = "refund-lure"
    case subsidyLure = "subsidy-lure"
    case loanLure = "loan-lure"
    case hiddenCharacters = "hidden-characters"
    case lookalikeLetters = "lookalike-letters"
    case obfuscatedName = "obfuscated-name"

    /// What the sign means, in Persian and English.
    public var explanation: (persian: String, english: String) {
        switch self {
        case .foreignLink: return ("پیوند به دامنه‌ای غیر از دامنه فروشگاه", "link to a domain that is not the shop's")
        case .lookalikeDomain: return ("دامنه‌ای شبیه دامنه یک فروشگاه", "domain imitating a shop's domain")
        case .shortenedLink: return ("پیوند کوتاه‌شده که مقصدش پنهان است", "shortened link hiding its destination")
        case .ipLink: return ("پیوند به نشانی IP به جای دامنه", "link to a bare IP address")
        case .apkLink: return ("پیوند دانلود برنامه اندروید (APK)", "link to an Android app file (APK)")
        case .cardNumberRequest: return ("درخواست شماره یا اطلاعات کارت بانکی", "asks for a card or account number")
        case .cvv2Request: return ("درخواست CVV2 یا تاریخ انقضای کارت", "asks for the card's CVV2 or expiry date")
        case .secondPasswordRequest: return ("درخواست رمز دوم یا رمز کارت", "asks for the card's second password or PIN")
        case .oneTimeCodeRequest: return ("درخواست کد تایید یا رمز یکبار مصرف", "asks for a one-time code")
        case .prizeLure: return ("وعده جایزه یا قرعه‌کشی", "prize or lottery bait")
        case .refundLure: return ("وعده بازگشت وجه", "refund bait")
        case .subsidyLure: return ("وعده یارانه، کالابرگ یا سهام عدالت", "subsidy bait")
        case .loanLure: return ("وعده وام یا تسهیلات", "loan bait")
        case .hiddenCharacters: return ("نویسه‌های نامرئی یا جهت‌دهنده در نام فروشگاه یا پیوند", "invisible or bidi characters inside a shop name or link")
        case .lookalikeLetters: return ("حروف هم‌شکل از الفبای دیگر در نام فروشگاه", "look-alike letters from another alphabet in a shop name")
        case .obfuscatedName: return ("نام فروشگاه با فاصله‌های غیرعادی میان حروف", "shop name broken up by unusual spaces")
        }
    }
}
