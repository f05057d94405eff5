/// The words the policy extractor reads by, in folded form.
///
/// These are the vocabulary of Persian privacy policies and contact pages in general, not of any one
/// policy: they name what a sentence is about (SMS, phone, fax, reporting), never a particular shop.
enum PolicyLexicon {
    /// Words saying a sentence is about SMS sending.
    static let smsCues = folded([
        "پیامک", "پیامکی", "پیامکها", "پیامکهای", "پیامکهایی", "اسمس", "sms", "survey", "سرشماره", "سرشمارههای", "سرشمارهی",
        "سرخط", "سرخطهای",
        "نظرسنجی", "text", "texts", "texted", "texting", "shortcode", "shortcodes", "sender", "senders",
        // Finglish: "payamak-haye sefaresh faghat az khat-e N miad".
        "payamak", "payamaki", "payamaka", "payamakha",
        // "اس‌ام‌اس" with ZWNJ folds to one word.
        "اساماس",
    ])
    /// Multi-word SMS cues, as word sequences.
    static let smsPhrases = phrases(["اس ام اس", "پیام کوتاه", "سر شماره", "خط ارسال", "سامانه ارسال", "سامانه پیام", "short code", "short codes"])
    /// Words saying a number is a survey number.
    static let surveyCues = folded(["نظرسنجی", "نظر سنجی"])

    /// Words that label a contact number, with the role they give it.
    static let phoneCues: [String: String] = {
        var map: [String: String] = [:]
        for word in ["تلفن", "تلفنی", "تلفنهای", "تماس", "پشتیبانی", "tel", "phone", "call", "ثابت", "داخلی", "مرکز", "پاسخگویی", "شمارهگیری"] {
            map[TextFolder.fold(word).text] = "phone"
        }
        for word in ["فکس", "نمابر", "fax", "دورنگار"] { map[TextFolder.fold(word).text] = "fax" }
        for word in ["همراه", "موبایل", "mobile", "واتساپ", "whatsapp", "تلگرام", "ایتا", "بله"] {
            map[TextFolder.fold(word).text] = "mobile"
        }
        return map
    }()

    /// Words after which a number is not a contact at all (postal codes, amounts, dates, counts).
    /// Words that, in a number's clause, deny that it is the shop's sender: fake, not sent from, no
    /// longer the shop's, sent from in the past.
    static let senderDenials = folded([
        "جعلی", "کلاهبرداری", "کلاهبرداران", "تقلبی", "ربطی", "نمیفرستد", "نمیفرستیم", "نمیکند", "نمیکنیم", "نمیشود", "نیست", "نیستند",
        // A line a table or list marks as out of use.
        "غیرفعال", "منسوخ", "inactive", "deprecated", "discontinued", "retired",
        "نبوده", "قبلی", "سابق", "پیشین", "میشد", "پیشتر", "fake", "fraudulent", "scam", "scammers", "not", "never", "formerly",
        "previously", "میفرستادیم", "میفرستاد", "میفرستادند", "میکردیم", "قدیمی",
    ])
    /// The denials that speak of the past: a line used before, not a fake one.
    static let pastDenials = folded([
        "قبلی", "سابق", "پیشین", "میشد", "پیشتر", "formerly", "previously", "میفرستادیم", "میفرستاد", "میفرستادند", "میکردیم", "قدیمی",
    ])
    /// Words that make a clause name the shop's only senders, denials in it being about other numbers.
    static let restrictiveWords = folded(["فقط", "تنها", "صرفا", "صرفاً", "only", "solely", "exclusively"])
    /// Others who may text customers from their own numbers: a marketplace's sellers.
    static let thirdPartySenders = folded(["فروشنده", "فروشندگان", "غرفهدار", "غرفهداران", "seller", "sellers", "vendor", "vendors"])
    /// Words of a label that make its number one for calls or chat, never an SMS line.
    static let contactOnlyCues = folded([
        "تلفن", "تلفنی", "صوتی", "تماس", "فکس", "نمابر", "واتساپ", "whatsapp", "تلگرام", "telegram", "ایتا", "call", "fax",
        "phone", "telephone", "tel", "contact",
    ])
    /// Labels of a row that is an address's or a registration's number, whatever table it stands in.
    /// "نماد" is the e-trust seal, whose code a page shows beside its contacts.
    static let registrationCues = folded(["پستی", "کدپستی", "پلاک", "صندوق", "اقتصادی", "ملی", "شناسه", "نماد", "postal", "zip"])
    static let nonNumberCues = folded(["پستی", "پلاک", "کدپستی", "صندوق", "واحد", "طبقه", "تومان", "ریال", "درصد", "روز", "ساعت", "دقیقه", "سال", "ماه", "تاریخ", "نسخه", "مصوب", "ماده", "بند", "قانون", "شناسه", "ثبت", "ملی", "اقتصادی", "عدد", "کیلو", "متر"])
    /// Words shortly before a number that make it a code or an amount: "کد رهگیری 845123", "مثلا ۴۸۲۹۱۷".
    static let codeCues = folded(["کد", "رهگیری", "تایید", "تائید", "مثلا", "مثلاً", "مبلغ", "حاوی", "پیگیری", "فاکتور", "رمز", "شناسه", "مانند", "نمونه"])
    /// Words right after a number that make it a count: "5000 مشتری".
    static let countCues = folded(["مشتری", "نفر", "کاربر", "عدد", "بار", "مورد", "تومان", "ریال", "درصد", "روز", "ساعت"])
    static let months = folded(["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند", "ژانویه", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"])

    /// Words that make a sentence an instruction to report abuse.
    /// Sending a screenshot of the message, or forwarding it, is reporting it too.
    static let reportCues = folded([
        "اطلاع", "گزارش", "اعلام", "مطلع", "تصویر", "تصویرش", "اسکرین", "اسکرینشات", "فوروارد", "report", "notify", "forward",
        "screenshot", "بفرستید", "بفرستین", "بفرستند", "بگید", "بگویید",
    ])
    /// Phrases that ask to report: "با ما در میان بگذارید".
    /// Sending on the message's text or its sender's number is reporting it as well.
    static let reportPhrases = phrases([
        "در میان بگذارید", "در میان بگذارند", "در جریان بگذارید", "متن پیامک", "متن پیام", "شماره فرستنده",
        "شماره ارسال کننده", "شماره ارسالکننده", "خبر دهید", "خبر بدهید", "ارسال کنید", "ارسال نمایید",
        // Spoken and Finglish: "به X خبر بدید", "ایمیل بزنید", "befrestid be X".
        "خبر بدید", "خبر بدین", "ایمیل بزنید", "ایمیل بزنین", "befrestid be", "khabar bedid",
    ])
    /// Mail providers where small shops keep a personal mailbox: the mailbox's name is the shop's part.
    static let personalMailDomains: Set<String> = [
        "gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "outlook.com", "hotmail.com", "live.com", "icloud.com",
        "protonmail.com", "proton.me", "mail.com", "chmail.ir",
    ]
    /// Purposes that make an address a contact, not where abuse is reported: "برای ارتباط با بخش فروش".
    static let otherPurposeCues = folded(["ارتباط", "فروش", "همکاری", "استخدام", "sales", "careers"])
    /// A message in the shop's name from a number it does not use: the very abuse the clause is about.
    static let otherSenderPhrases = phrases([
        "از شماره دیگری", "از شمارهای دیگر", "از شمارههای دیگر", "از شماره دیگر", "از سایر شمارهها", "از سایر شماره",
        "از شمارهی دیگری", "از شمارهی دیگر",
        "از شمارهای جز", "از شمارهای غیر از", "از شمارههایی غیر از", "از شمارههایی جز", "از هر شماره دیگری",
        "از شمارهای به جز", "از شمارههایی به جز", "از شمارهای بجز", "از شمارههایی بجز",
        "from another number", "from any other number", "from other numbers", "from a different number",
        // Spoken and Finglish.
        "از هر خط دیگه", "از خط دیگه", "از شماره دیگه", "از شماره دیگهای", "از شمارهی دیگهای", "az shomare ye dige",
        "az shomare dige",
        // "پیامی با اسم X": a message in the shop's name, the very thing the clause is about.
        "پیامی با اسم", "پیامی به اسم", "پیامکی با اسم", "پیامکی به اسم", "payami be esm",
    ])
    /// A shop disowning messages ("… از طرف ما نیست"): as much a sentence about abuse as "جعلی است".
    /// Phrases saying numbers are not the shop's at all.
    static let ownershipDenials = phrases([
        "متعلق به ما نیست", "متعلق به ما نیستند", "به ما تعلق ندارد", "به ما تعلق ندارند", "مال ما نیست", "مال ما نیستند",
        "do not belong to us", "does not belong to us", "are not ours", "is not ours",
    ])
    static let disowningPhrases = phrases([
        "از طرف ما نیست", "از سوی ما نیست", "متعلق به ما نیست", "از طرف ما ارسال نشده", "از سوی ما ارسال نشده",
        // A one-person shop writes in the singular.
        "از طرف من نیست", "از سوی من نیست", "مال من نیست",
        "not from us", "not sent by us",
    ])
    /// Words of opting out of messages, whose address is no report address.
    static let optOutCues = folded(["لغو", "انصراف", "عضویت", "خبرنامه", "unsubscribe", "opt"])
    static let abuseCues = folded(["تخلف", "سوء", "سو", "سوءاستفاده", "سواستفاده", "سوءاستفادهی", "جعلی", "جعل", "کلاهبرداری", "فیشینگ", "پیگیری", "مشکوک", "تقلب", "تقلبی", "ساختگی", "abuse", "fraud", "fraudulent", "spoof", "spoofed", "spam", "misuse", "suspicious", "phishing", "fake",
        // Colloquial: "جعلیه" is "جعلی است".
        "جعلیه", "تقلبیه", "کلاهبرداریه"])
    /// "پیگیری سفارش‌ها" is following an order up, not abuse: "پیگیری" before a word starting so.
    static let followUp = TextFolder.fold("پیگیری").text
    static let orderWordStarts = ["سفارش", "مرسوله", "ارسال", "بسته"].map { TextFolder.fold($0).text }

    /// Words that begin a sentence or clause and are never part of a shop's name.
    static let connectors = folded(["و", "همچنین", "بنابراین", "لذا", "اما", "ولی", "که", "ضمنا", "ضمناً", "طبیعتا", "طبیعتاً", "نیز", "البته", "پس", "چون", "زیرا", "اگر", "در", "از", "به", "تا", "را", "هم", "یا", "بر", "ما", "شما", "این", "آن", "اینکه", "چنانچه", "مگر", "باید", "بدین", "وسیله", "سپس", "اساس", "تحت", "عنوان",
        // English function words, for policies written partly in English.
        "and", "or", "the", "a", "an", "of", "to", "from", "for", "with", "in", "on", "at", "by", "is", "are", "our", "we",
        "you", "your", "it", "its", "this", "that", "only", "any", "all", "not", "be", "as", "no", "sms", "please"])

    /// Policy vocabulary that stands next to a shop's name but is not one.
    static let genericWords = folded(["کاربران", "کاربر", "اطلاعات", "سایت", "وبسایت", "وب", "خدمات", "حریم", "خصوصی", "شخصی", "مشتریان", "مشتری", "سفارش", "خرید", "قوانین", "شرکت", "فروشگاه", "سیاست", "سیاستهای", "حساب", "کاربری", "ایمیل", "پیامک", "تلفن", "شماره", "آدرس", "مرورگر", "کوکی", "کوکیها", "امنیت", "اشخاص", "حقیقی", "حقوقی", "ثالث", "موارد", "فوق", "شده", "است", "هستند", "باشد", "میباشد", "میشود", "نماید", "کند", "کنید", "دهید", "همه", "هر", "هیچ", "تمام", "کلیه", "برخی", "سایر", "دیگر", "خود", "آنها", "ایشان", "وی", "او", "ها", "های", "ی", "ای", "لطفا", "لطفاً", "توجه", "داشته", "باشید", "مسئولیت", "حق", "نام", "عنوان", "ارسال", "دریافت", "تماس", "بیشتر", "خبرنامه", "اینترنتی", "آنلاین", "online", "www", "http", "https", "com", "ir", "جهت", "برای", "بعد", "قبل", "نیز", "تنها", "فقط", "رسمی", "مورد", "تایید", "پس", "هنگام", "زمانی", "صورت", "صورتی", "مجموعه", "تیم", "برند", "اپلیکیشن", "پلتفرم", "فروشنده", "فروشندگان", "غرفه", "غرفهدار", "غرفهداران", "پیک", "همکار", "همکاران",
        // "شرکت حمل", "مرکز راهنما", an FAQ's "ج: بله،": a carrier, a help page and an answer are no shop.
        "حمل", "حملونقل", "مرکز", "بله", "خیر", "آره"])

    /// Words that name the kind of business before a shop's name ("فروشگاه X").
    static let businessNouns = folded(["فروشگاه", "شرکت", "مجموعه", "سایت", "وبسایت", "برند", "تیم", "پلتفرم", "اپلیکیشن", "فروشگاهاینترنتی"])

    /// Phrases that follow a shop's name as the subject of a policy sentence ("X ممکن است …").
    static let predicateAnchors = phrases([
        "ضمن احترامی", "با تاکید بر", "ممکن است", "میتواند", "نمیتواند", "هویت شخصی", "همانند سایر", "همانند دیگر",
        "برای حفاظت", "تنها برای", "جهت اطمینان", "همواره", "حق دارد", "این حق را", "این اختیار را", "تضمین میکند",
        "اطلاعات شما را", "اطلاعات مشتریان را", "اطلاعات کاربران را", "هیچ گونه مسئولیتی", "متعهد است", "متعهد میشود",
        "به حریم", "از طریق آن", "از طریق آنها", "اجازه جمع", "برای ارتباط", "را در جریان",
        // The sender clause's own subject: "X فقط از سرشماره … پیامک می‌فرستد".
        "فقط از", "صرفا از", "تنها از",
    ])

    /// Words after which the shop's name follows ("خبرنامه X", "فروشگاه X", "تحت عنوان X").
    static let objectAnchors = phrases([
        "فروشگاه", "فروشگاه اینترنتی", "خبرنامه", "خبرنامههای", "تحت عنوان", "از نام", "سایت", "وبسایت", "وب سایت",
        "خدمات", "حریم خصوصی در", "سرورهای", "سرور", "اقدامات", "در اختیار", "علیه", "شرکت", "نمایندگی از",
        "به نام", "با نام", "از طرف",
    ])

    /// Words of placeholder data left from a template.
    static let placeholderWords = folded(["تست", "test", "آزمایشی", "نمونه", "example", "lorem", "ipsum", "xxx", "xxxx"])
    static let addressCues = folded(["خیابان", "آدرس", "نشانی", "کوچه", "پلاک", "دفتر", "میدان", "بلوار", "استان", "شهر"])
    static let placeholderEmailDomains: Set<String> = ["example.com", "example.org", "example.net", "test.com", "domain.com", "email.com", "yourdomain.com", "site.com", "yoursite.com", "mysite.com", "company.com", "test.ir", "example.ir"]

    /// Hosts that policies link to but that are never a shop's own.
    static let thirdPartyHosts: Set<String> = [
        "allaboutcookies.org", "google.com", "enamad.ir", "samandehi.ir", "shaparak.ir", "w3.org", "schema.org",
        "facebook.com", "instagram.com", "twitter.com", "x.com", "t.me", "telegram.me", "linkedin.com", "aparat.com",
        "youtube.com", "wordpress.org", "wordpress.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
        "mozilla.org", "microsoft.com", "apple.com", "support.google.com", "policies.google.com", "cookiepedia.co.uk",
        "aboutcookies.org", "youronlinechoices.com", "networkadvertising.org", "ecunion.ir", "cyberpolice.ir",
        "digitaltrust.ir", "eitaa.com", "rubika.ir", "bale.ai", "wa.me", "whatsapp.com", "zarinpal.com",
    ]
    /// Mail providers: an address there says nothing about the shop's own domain.
    static let freeMailDomains: Set<String> = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "live.com", "icloud.com", "chmail.ir", "mail.ru", "yandex.com", "protonmail.com", "proton.me", "ymail.com", "aol.com"]

    /// Whether `word` is in `cues`, also in its ezafe form: "شناسه‌ی نماد" folds to "شناسهی" (the ZWNJ
    /// goes), which is "شناسه" bound to the next word.
    static func isCue(_ word: String, in cues: Set<String>) -> Bool {
        cues.contains(word) || (word.hasSuffix(ezafeAfterHeh) && cues.contains(String(word.dropLast())))
    }

    private static let ezafeAfterHeh = "\u{0647}\u{06CC}"

    static func folded(_ words: [String]) -> Set<String> {
        Set(words.map { TextFolder.fold($0).text })
    }

    static func phrases(_ texts: [String]) -> [[String]] {
        texts.map { TextFolder.fold($0).text.split(separator: " ").map(String.init) }
    }
}
