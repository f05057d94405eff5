import SMSGuard

/// A deterministic generator of typical Persian SMS: bank notices, one-time codes, operator and shop
/// messages, personal chats, and fraud in shops' names, a third of them naming a registry shop in one of
/// the ways real messages spell names.
struct MessageGenerator {
    private var random: SplitMix64
    private let shopNames: [(names: [String], senders: [String])]

    init(seed: UInt64, registry: Registry) {
        random = SplitMix64(seed: seed)
        shopNames = registry.shops.map { ($0.names, $0.senders) }
    }

    struct Message {
        var sender: String
        var text: String
        /// Epoch milliseconds.
        var date: Int64
    }

    /// The next message, about `length` characters long (default: 40 to 300, as the classification
    /// benchmark asks).
    mutating func next(index: Int, length: ClosedRange<Int> = 40...300) -> Message {
        let date = 1_700_000_000_000 + Int64(index) * 61_000 + Int64(random.next(below: 60_000))
        var message: Message
        if random.next(below: 3) == 0, !shopNames.isEmpty {
            message = shopMessage(date: date)
        } else {
            let template = Self.ordinary[random.next(below: Self.ordinary.count)]
            message = Message(sender: randomSender(), text: fill(template), date: date)
        }
        lengthen(&message.text, to: length.lowerBound + random.next(below: length.count))
        return message
    }

    /// Adds everyday sentences until the message is about `target` characters: real messages run from a
    /// code and a line to several sentences.
    private mutating func lengthen(_ text: inout String, to target: Int) {
        var length = text.count
        while length < target {
            let sentence = Self.fillers[random.next(below: Self.fillers.count)]
            text += (random.next(below: 2) == 0 ? " " : "\n") + sentence
            length += sentence.count + 1
        }
    }

    static let fillers = [
        "با تشکر از همراهی شما.", "برای اطلاعات بیشتر با پشتیبانی تماس بگیرید.", "این پیام به صورت خودکار ارسال شده است.",
        "ساعات کاری شنبه تا چهارشنبه از ۹ تا ۱۷.", "لطفا این پیام را نادیده نگیرید.", "روز خوبی داشته باشید.",
        "فردا هوا سرد است، لباس گرم بپوش.", "جزئیات در حساب کاربری شما قابل مشاهده است.", "منتظر دیدار شما هستیم.",
        "در صورت نیاز با شماره ۰۲۱۸۸۷۷۶۶۵۵ تماس بگیرید.",
    ]

    private mutating func shopMessage(date: Int64) -> Message {
        let shop = shopNames[random.next(below: shopNames.count)]
        let name = spelled(shop.names[random.next(below: shop.names.count)])
        let template = Self.shopTemplates[random.next(below: Self.shopTemplates.count)]
        let official = !shop.senders.isEmpty && random.next(below: 2) == 0
        let sender = official ? written(shop.senders[random.next(below: shop.senders.count)]) : randomSender()
        return Message(sender: sender, text: fill(template.replacingName(with: name)), date: date)
    }

    /// A name the way messages write it: as is, without spaces, with ZWNJ or tatweel, with Arabic letters.
    private mutating func spelled(_ name: String) -> String {
        switch random.next(below: 8) {
        case 0: return name.split(separator: " ").joined()
        case 1: return name.split(separator: " ").joined(separator: "\u{200C}")
        case 2: return String(name.map { $0 == "ی" ? "ي" : $0 == "ک" ? "ك" : $0 })
        case 3: return name.replacingFirstLetter(with: "\u{0640}")
        default: return name
        }
    }

    private mutating func written(_ canonical: String) -> String {
        switch random.next(below: 4) {
        case 0: return "+98" + canonical
        case 1: return String(canonical.map { Self.persianDigit($0) })
        default: return canonical
        }
    }

    private mutating func randomSender() -> String {
        switch random.next(below: 5) {
        case 0: return "0912\(random.next(below: 9_000_000) + 1_000_000)"
        case 1: return "+98910\(random.next(below: 9_000_000) + 1_000_000)"
        case 2: return "3000\(random.next(below: 90_000_000) + 10_000_000)"
        case 3: return "1000\(random.next(below: 9_000_000) + 1_000_000)"
        default: return ["SEPAH BANK", "B.Pasargad", "Hamrah-e Aval", "Irancell", "MCI", "Bank Mellat"][random.next(below: 6)]
        }
    }

    private mutating func fill(_ template: String) -> String {
        var result = ""
        var rest = Substring(template)
        while let marker = rest.firstIndex(of: "#") {
            result += rest[..<marker]
            result += String(random.next(below: 900_000) + 100_000)
            rest = rest[rest.index(after: marker)...]
        }
        return result + rest
    }

    static func persianDigit(_ c: Character) -> Character {
        guard let value = c.wholeNumberValue, c.isASCII else { return c }
        return Character(Unicode.Scalar(0x06F0 + UInt32(value))!)
    }

    static let ordinary = [
        "مشتری گرامی، برداشت # ریال از حساب شما انجام شد. مانده: # ریال",
        "کد تایید شما: # این کد را در اختیار دیگران قرار ندهید.",
        "سلام عزیزم، امشب ساعت ۸ میام دنبالت. یادت نره کلید رو بیاری",
        "بسته اینترنت شما تا ۳ روز دیگر به پایان می‌رسد. برای تمدید کد #*۱۰۰# را شماره‌گیری کنید",
        "نوبت شما در مطب دکتر احمدی برای فردا ساعت ۱۰ صبح ثبت شد. لطفا ۱۵ دقیقه زودتر حاضر شوید",
        "رمز یکبار مصرف شما # است و تا ۲ دقیقه اعتبار دارد",
        "قبض برق شما به مبلغ # ریال صادر شد. مهلت پرداخت تا پایان هفته",
        "با سلام، جلسه هفتگی گروه فردا ساعت ۹ در سالن اجتماعات برگزار می‌شود. حضور همه همکاران الزامی است",
        "تبریک! شما برنده جایزه ویژه قرعه کشی شدید. برای دریافت به لینک http://win-prize.xyz/p?i=# مراجعه کنید",
        "کاربر گرامی یارانه معیشتی شما واریز شد. جهت مشاهده موجودی وارد سامانه شوید: www.yarane-pay.top",
        "وام فوری بدون ضامن تا ۵۰۰ میلیون تومان. همین حالا درخواست دهید",
        "مامان جان رسیدم خونه، نگران نباش. فردا بهت زنگ میزنم",
        "سفارش غذای شما از رستوران آماده شد و پیک در راه است. کد پیگیری: #",
        "اشتراک شما در باشگاه ورزشی تا پایان ماه تمدید شد. با تشکر از همراهی شما",
        "همکار گرامی، حقوق این ماه به حساب شما واریز گردید",
        "Your verification code is #. Do not share it with anyone.",
    ]

    static let shopTemplates = [
        "{name}: سفارش شما با کد # ثبت شد و به زودی ارسال می‌شود",
        "مشتری گرامی {name}، سفارش # شما تحویل پیک شد. از خرید شما سپاسگزاریم",
        "{name}: سفارش شما لغو شد. برای استرداد وجه روی لینک زیر بزنید https://bit.ly/r#",
        "کد تخفیف ویژه {name} برای شما: OFF# اعتبار تا پایان هفته. لغو۱۱",
        "جشنواره بزرگ {name} آغاز شد! تا ۷۰ درصد تخفیف روی همه کالاها",
        "{name}\nکاربر گرامی، برای دریافت جایزه اطلاعات کارت خود را وارد کنید: http://pay-shop.top/#",
        "فروشگاه {name}: کد تایید ورود شما #",
        "خرید از {name} مبلغ # ریال از کارت شما برداشت شد. مانده # ریال",
    ]
}

extension String {
    func replacingName(with name: String) -> String {
        guard let range = firstRange(of: "{name}") else { return self }
        return String(self[..<range.lowerBound]) + name + String(self[range.upperBound...])
    }

    func replacingFirstLetter(with insertion: String) -> String {
        guard let first = first else { return self }
        return String(first) + insertion + String(dropFirst())
    }
}

