/// The words the classifier reads messages by, in folded form.
enum ClassifierLexicon {
    /// Words that ask for secrets, and the secret each asks for.
    static let secretTerms: [(String, RiskKind)] = [
        ("شماره کارت", .cardNumberRequest), ("اطلاعات کارت", .cardNumberRequest), ("مشخصات کارت", .cardNumberRequest),
        ("شماره حساب", .cardNumberRequest), ("شماره شبا", .cardNumberRequest), ("card number", .cardNumberRequest),
        ("cvv2", .cvv2Request), ("cvv", .cvv2Request), ("سی وی وی", .cvv2Request), ("کد امنیتی", .cvv2Request),
        ("تاریخ انقضا", .cvv2Request), ("تاریخ انقضای", .cvv2Request),
        ("رمز دوم", .secondPasswordRequest), ("رمز اینترنتی", .secondPasswordRequest), ("رمز پویا", .secondPasswordRequest),
        ("رمز کارت", .secondPasswordRequest), ("pin", .secondPasswordRequest),
        ("کد تایید", .oneTimeCodeRequest), ("کد تائید", .oneTimeCodeRequest), ("کد یکبار مصرف", .oneTimeCodeRequest),
        ("رمز یکبار مصرف", .oneTimeCodeRequest), ("کد فعالسازی", .oneTimeCodeRequest), ("کد ورود", .oneTimeCodeRequest),
        ("کد ارسال شده", .oneTimeCodeRequest), ("کد ارسالی", .oneTimeCodeRequest), ("otp", .oneTimeCodeRequest),
        ("کد پیامک شده", .oneTimeCodeRequest), ("verification code", .oneTimeCodeRequest),
        // "your card number" with the colloquial possessive: "شماره کارتتو بفرست".
        ("شماره کارتت", .cardNumberRequest), ("شماره کارتتو", .cardNumberRequest), ("شماره کارتتون", .cardNumberRequest),
        ("شماره کارتتان", .cardNumberRequest), ("رمز دومت", .secondPasswordRequest), ("رمز دومتو", .secondPasswordRequest),
        // The same in Persian written with Latin letters, as scams sent from foreign lines are.
        ("shomare kart", .cardNumberRequest), ("shomareh kart", .cardNumberRequest), ("shomare cart", .cardNumberRequest),
        ("shomareh cart", .cardNumberRequest), ("shomare card", .cardNumberRequest), ("etelaat kart", .cardNumberRequest),
        ("ramz dovom", .secondPasswordRequest), ("ramze dovom", .secondPasswordRequest), ("ramz-e dovom", .secondPasswordRequest),
        ("ramz pooya", .secondPasswordRequest), ("ramz pouya", .secondPasswordRequest),
        ("code taeed", .oneTimeCodeRequest), ("code tayid", .oneTimeCodeRequest), ("code taeid", .oneTimeCodeRequest),
        ("code ersali", .oneTimeCodeRequest), ("kod ersali", .oneTimeCodeRequest), ("code-e ersali", .oneTimeCodeRequest),
        ("kod-e ersali", .oneTimeCodeRequest), ("barat umad", .oneTimeCodeRequest), ("barat oomad", .oneTimeCodeRequest),
        ("vasat umad", .oneTimeCodeRequest), ("vasat oomad", .oneTimeCodeRequest), ("barat omad", .oneTimeCodeRequest),
        // "the code just texted to you": only a request when a verb asks to hand it over.
        ("پیامک شد", .oneTimeCodeRequest), ("پیامک میشه", .oneTimeCodeRequest), ("پیامک میشود", .oneTimeCodeRequest),
        ("برات اومد", .oneTimeCodeRequest), ("برات اومده", .oneTimeCodeRequest), ("براتون اومد", .oneTimeCodeRequest),
        ("براتون اومده", .oneTimeCodeRequest), ("براتون میاد", .oneTimeCodeRequest), ("برات میاد", .oneTimeCodeRequest),
        ("بهتون میاد", .oneTimeCodeRequest), ("بهت میاد", .oneTimeCodeRequest), ("کد را", .oneTimeCodeRequest), ("کد رو", .oneTimeCodeRequest),
        ("کدی که", .oneTimeCodeRequest), ("code ro", .oneTimeCodeRequest), ("kod ro", .oneTimeCodeRequest),
        ("codi ke", .oneTimeCodeRequest), ("kodi ke", .oneTimeCodeRequest), ("code-e taeed", .oneTimeCodeRequest),
        ("code-e taeid", .oneTimeCodeRequest), ("code-e tayid", .oneTimeCodeRequest), ("ramz-e yekbar masraf", .oneTimeCodeRequest),
        ("ramz yekbar masraf", .oneTimeCodeRequest), ("ramze yekbar masraf", .oneTimeCodeRequest), ("raghami", .oneTimeCodeRequest),
        ("ramz-e pooya", .secondPasswordRequest), ("ramze pooya", .secondPasswordRequest), ("ramz-e pouya", .secondPasswordRequest),
        // "کد ۶ رقمی …": a code told by its length.
        ("رقمی", .oneTimeCodeRequest),
    ]

    /// Verbs that turn a mention of a secret into a request for it.
    static let requestVerbs: [String] = [
        "ارسال کنید", "ارسال نمایید", "بفرستید", "بفرستین", "اعلام کنید", "اعلام نمایید", "بگویید", "بگید", "وارد کنید",
        "وارد نمایید", "درج کنید", "ثبت کنید", "پیامک کنید", "ارسال کن", "بفرست", "وارد کن", "اعلام کن", "بزنید",
        "تکمیل کنید", "پاسخ دهید", "پاسخ بدهید", "جواب دهید", "جواب بدهید", "send", "enter", "reply",
        "بفرستش", "بفرستیدش", "بگو", "بگین", "بخونید", "ersal konid", "ersal kon", "befrestid", "befrest", "vared konid",
        "bego", "begid", "ایمیل کنید", "ایمیل نمایید", "ایمیل کن", "email", "بفرستیش", "بفرستینش", "befrestesh",
        "befrestidesh", "befrestin", "بنویسید", "بنویسین", "بنویس", "بنویسیدش", "دایرکت کنید", "دایرکت کن", "دایرکت بدید",
        "دایرکت بدین", "direct konid", "payamak konid", "payamak kon", "sms konid",
        // "کدی که پیامک شد را بفرمایید": the polite "tell me", after its object; bare "بفرمایید" is any
        // polite verb ("مراجعه بفرمایید").
        "را بفرمایید", "رو بفرمایید", "اعلام بفرمایید", "ارسال بفرمایید", "وارد بفرمایید",
    ]
    /// Who a delivery code is told to in person: a request to tell it to them hands nothing over.
    static let inPersonRecipients = PhraseSet([
        "به پیک", "به مامور", "به مامور ارسال", "به پستچی", "به سفیر", "به راننده", "به مامور پست", "به پیک ما",
        "to the courier", "be peyk",
    ])
    /// Verbs under which typing a code is normal use (logging in), not a request to hand it over.
    /// "جهت ثبت شماره کارت: x.ir": a purpose pointing at a page asks as much as "ثبت کنید".
    static let ownUseVerbs: [String] = [
        "وارد کنید", "وارد نمایید", "وارد کن", "enter", "درج کنید", "ثبت کنید", "vared konid", "جهت ثبت", "برای ثبت",
        "جهت وارد کردن", "برای وارد کردن", "با ثبت", "با وارد کردن", "وارد بفرمایید",
    ]
    /// Negations that turn a mention into a warning ("رمز خود را در اختیار دیگران قرار ندهید").
    static let negations: [String] = ["ندهید", "نکنید", "نگویید", "نفرستید", "هرگز", "هیچگاه", "never", "don't", "do not", "نخواهد", "نمیخواهد", "درخواست نمیکند", "درخواست نمیکنیم",
        "nadahid", "nakonid", "nafrestid", "hargez",
    ]

    /// Words of a warning about fraud: in a police or bank notice, bait named near them is being warned of.
    static let warnings: [String] = [
        "جعلی", "کلاهبرداری", "کلاهبرداران", "فریب", "هشدار", "مراقب", "fake", "scam",
        // Spoken: "کلاهبرداریه", "جعلیه", "فیکه".
        "کلاهبرداریه", "جعلیه", "فیک", "فیکه", "kolahbardari", "kolahbardarie",
    ]

    /// Bait: the lure each word belongs to.
    static let lureTerms: [(String, RiskKind)] = [
        ("جایزه", .prizeLure), ("جوایز", .prizeLure), ("برنده", .prizeLure), ("هدیه نقدی", .prizeLure),
        ("سکه طلا", .prizeLure), ("winner", .prizeLure), ("prize", .prizeLure), ("you won", .prizeLure), ("you have won", .prizeLure),
        ("you've won", .prizeLure), ("اعتبار رایگان", .prizeLure),
        ("barande", .prizeLure), ("jayeze", .prizeLure), ("jayezeh", .prizeLure),
        // Money handed out as a gift ("۲۰۰ هزار تومان هدیه") and free top-ups are bait as much as a prize.
        ("تومان هدیه", .prizeLure), ("ریال هدیه", .prizeLure), ("شارژ رایگان", .prizeLure), ("اینترنت رایگان", .prizeLure),
        ("مرجوعی وجه", .refundLure),
        ("وجه اضافی", .refundLure), ("وجه اضافه", .refundLure), ("مبلغ اضافی", .refundLure), ("مبلغ مرجوعی", .refundLure),
        ("بازگشت داده میشود", .refundLure), ("برگشت داده میشود", .refundLure), ("آماده واریز", .refundLure),
        ("آماده‌ی واریز", .refundLure), ("آماده برگشت", .refundLure), ("آماده‌ی برگشت", .refundLure), ("آماده بازگشت", .refundLure),
        ("آماده‌ی بازگشت", .refundLure), ("آماده عودت", .refundLure), ("آماده‌ی عودت", .refundLure),
        ("وام", .loanLure), ("loan", .loanLure), ("vam", .loanLure),
        // "A gift set aside for you, pay only the shipping": the gift is the bait.
        ("فقط هزینه ارسال", .prizeLure), ("فقط هزینه پست", .prizeLure),
    ]
    /// Bait words that also name everyday transactions: a refund paid back, a credit line opened, a shop's
    /// lottery held or its wheel of fortune opened. Bait unless the message reports them settled and asks
    /// for nothing.
    static let transactionLureTerms: [(String, RiskKind)] = [
        // A reward is bait ("پاداش شما آماده واریز است") unless it is loyalty points reported added.
        ("قرعه کشی", .prizeLure), ("قید قرعه", .prizeLure), ("پاداش", .prizeLure), ("گردونه", .prizeLure), ("ghore keshi", .prizeLure), ("ghoreh keshi", .prizeLure),
        ("gardoone", .prizeLure), ("دریافت وجه", .refundLure), ("استرداد", .refundLure), ("esterdad", .refundLure),
        ("بازپرداخت هزینه", .refundLure),
        ("بازگشت وجه", .refundLure), ("عودت وجه", .refundLure), ("واریز وجه", .refundLure), ("refund", .refundLure),
        ("برگشت پول", .refundLure), ("بازگشت پول", .refundLure), ("برگشت وجه", .refundLure), ("عودت پول", .refundLure),
        ("به حساب شما برگشت", .refundLure), ("به حساب شما بازگردانده", .refundLure), ("به کارت شما برگشت", .refundLure),
        ("به کارت شما بازگردانده", .refundLure), ("bazgasht vajh", .refundLure), ("عودت داده میشود", .refundLure),
        ("عودت داده میشه", .refundLure),
        ("تسهیلات", .loanLure), ("اعتبار خرید", .loanLure), ("etebar kharid", .loanLure), ("etebare kharid", .loanLure),
        // The state pays subsidies and charges the goods card for real: "کالابرگ … شارژ شد" is a notice.
        ("یارانه", .subsidyLure), ("سهام عدالت", .subsidyLure), ("کالابرگ", .subsidyLure), ("حمایت معیشتی", .subsidyLure),
        ("سبد معیشتی", .subsidyLure), ("بسته حمایتی", .subsidyLure), ("کمک هزینه", .subsidyLure), ("yarane", .subsidyLure),
        ("yaraneh", .subsidyLure), ("sahame edalat", .subsidyLure),
    ]
    /// Something given free ("سبد افطاری رایگان"): bait when the message wants something for it, as gift
    /// cards are; not what a shop makes free of its own service ("ارسال رایگان").
    static let freeOfferWords: [String] = ["رایگان", "rayegan", "raygan"]
    static let freeServiceWords = PhraseSet([
        "ارسال", "حمل", "پست", "تحویل", "نصب", "مشاوره", "ثبتنام", "عضویت", "دانلود", "ersal", "shipping",
    ])
    /// Gift cards: a product a shop sells, issues and redeems. Bait only when the message wants something
    /// for it: a secret, a link away from the registered shops, or something sent in the gift's sentence.
    static let productGiftTerms: [String] = [
        "کارت هدیه", "اعتبار هدیه", "kart hedie", "kart hediye", "gift card", "giftcard", "بن خرید", "بن هدیه",
    ]
    /// Money promised back in everyday words ("طی ۷۲ ساعت برگشت میخوره", "وجه رو برگردونیم"): a gateway's
    /// or shop's plain notice, and bait only when the message wants something for it, as gift cards are.
    static let promisedRefundTerms: [String] = [
        "بابت مرجوعی", "وجه رو برگردونیم", "وجه را برگردانیم", "پول رو برگردونیم", "پولتون رو برگردونیم", "برگشت میخوره",
        "برگشت میخورد", "بر میگرده به حسابتون", "برمیگرده به حسابتون",
    ]
    /// Easy credit ("بدون ضامن", "بدون چک"): bait when granted to the reader, how shops sell on instalments.
    static let easyCreditTerms: [String] = ["بدون ضامن", "بدون چک", "bedoone zamen", "bedun zamen"]
    /// Words of selling on instalments ("۶ قسطه", "فروش اقساطی").
    static let instalmentWords = PhraseSet(["قسطه", "قسطی", "اقساطی", "اقساط", "قسط", "ghesti", "aghsati"])
    /// Credit given to the reader in person: "برای شما فعال شد", "به شما تعلق گرفت".
    static let grantedToReader = PhraseSet(["برای شما", "به شما", "برای شماست", "تعلق گرفت", "براتون", "بهتون"])
    /// A fee to release a credit ("کارمزد اعتبارسنجی"): the advance-fee scam, when the message wants it paid.
    static let advanceFeeTerms: [String] = ["کارمزد اعتبارسنجی", "هزینه اعتبارسنجی", "کارمزد آزادسازی", "هزینه آزادسازی"]
    /// A demand to pay ("واریز کنید"): what bait asks for when it asks for money rather than a secret.
    static let paymentDemands = PhraseSet(["واریز کنید", "واریز نمایید", "واریز کن", "variz konid", "variz kon"])
    /// A transaction reported done: "واریز شد", "فعال شد", "خریداری شد".
    static let settledWords: [String] = [
        "واریز شد", "واریز شده", "واریز گردید", "انجام شد", "انجام شده", "فعال شد", "فعال شده", "اضافه شد", "اضافه گردید",
        "خریداری شد", "فرستاده شد", "منظور شد", "بازگردانده شد", "برگشت داده شد", "بازگشت داده شد", "شارژ شد",
        "variz shod", "anjam shod", "faal shod", "اضافه شده", "تایید شد", "تایید شده", "تایید گردید",
    ]

    /// Gifts that are bait when a sum of money follows ("هدیه ۵۰۰ هزار تومانی"); a gift alone is an offer.
    static let giftWords: [String] = ["هدیه", "hedie", "hediye", "hedye"]
    /// Words of a sum of money after its digits: "۲۰۰ هزار تومانی", "۵۰ میلیون ریال".
    static let amountWords = PhraseSet(["هزار", "میلیون", "میلیارد", "hezar", "melyoon", "milion"])
    static let currencyWords = PhraseSet([
        "تومان", "تومانی", "ریال", "ریالی", "هزارتومان", "هزارتومانی", "میلیونتومان", "میلیونتومانی", "میلیونی",
        "toman", "tomani", "tomany", "rial",
    ])

    /// Words that a term and one of its suffixes happen to spell: "برندهای" is "brands", not "winners".
    static let otherWords = PhraseSet(["برندها", "برندهای", "برندهایی"])

    /// The national post's and the big couriers' tracking sites: a shop's notice links them for a parcel,
    /// and no one else can put a page there, so a link to them leads nowhere foreign.
    static let trackingDomains: Set<String> = ["post.ir", "tipaxco.com", "chaparnet.com"]

    /// Link shorteners: the real destination is hidden.
    static let shorteners: Set<String> = [
        "bit.ly", "bitly.com", "tinyurl.com", "goo.gl", "t.co", "is.gd", "ow.ly", "cutt.ly", "rebrand.ly", "tiny.cc",
        "shorturl.at", "rb.gy", "t.ly", "s.id", "v.gd", "bl.ink", "short.io", "soo.gd", "clck.ru", "b2n.ir", "yun.ir",
        "zaya.io", "l1nk.ir", "kutt.it", "shrtco.de", "u.to", "x.co", "lnkd.in", "buff.ly", "qr.net", "1kb.link", "tr.ee",
        "dub.sh", "tinu.be", "link.ir", "kotah.ir", "opizo.com", "ln.run",
    ]

    /// Top-level labels accepted for a domain written without `http` or `www.`.
    static let bareTopLevels: Set<String> = [
        "ir", "com", "net", "org", "info", "io", "me", "co", "xyz", "top", "site", "online", "shop", "store", "app",
        "link", "click", "ly", "gl", "to", "cc", "ws", "biz", "us", "uk", "de", "ru", "tk", "ml", "ga", "cf", "gq",
        "cn", "live", "icu", "fun", "club", "vip", "pro", "in", "eu", "tv", "ai", "dev", "page", "sbs", "cfd", "bond",
        "buzz", "life", "space", "website", "tech", "one", "work", "today", "ink", "rest", "cyou", "digital", "world",
        // Cheap generic domains that scam campaigns favour, and country codes that are no English word; not
        // words that Instagram handles end in ("sara.style", "ali.news").
        "win", "bid", "lol", "monster", "pw", "cam", "mobi", "asia", "loan", "kim", "gdn", "uno", "bet", "casino",
        "zip", "mov", "racing", "download", "men", "mom", "bar", "services", "agency",
        "fr", "nl", "tr", "ae", "ge", "kz", "su", "ua", "pl", "ro", "se", "ch", "ca", "cz", "es", "jp", "kr", "tw", "br",
        "au", "fm", "gg", "la", "nu", "sx",
    ]

    /// Words that make a message a bank's, the police's or the post's notice: a shop named there is
    /// named in passing, not speaking.
    static let thirdPartyNoticeTerms: [String] = [
        "مانده", "برداشت", "واریز", "موجودی", "حساب", "بانک", "ریال", "تراکنش", "انتقال", "پایا", "ساتنا", "پذیرنده",
        "مبلغ", "رمز پویا", "پلیس", "فتا", "انتظامی", "دادستانی", "قضاییه", "ثنا", "اخطار", "ابلاغیه", "کلانتری",
        "پست", "مرسوله", "پستی", "رهگیری مرسوله",
        // A payment gateway's receipt or code: the shop is who was paid.
        "پرداخت موفق", "موفق بود", "تایید پرداخت", "اداره", "شرکت ملی پست", "گمرک", "تیپاکس", "چاپار",
        // The same notices in English and in Persian written with Latin letters ("Finglish").
        "bank", "irr", "rial", "rials", "bal", "balance", "debit", "purchase", "mande", "bardasht", "variz",
        "mojoodi", "hesab", "police", "fata", "post", "tipax", "chapar", "peyk", "alopeyk", "morsole",
    ]
    /// How many notice words make a notice.
    static let noticeThreshold = 2

    /// First-person verbs: a person writing about a purchase ("از X خریدم"), not the shop.
    /// Words of a person writing about their own purchase: with "از X" they make X the shop bought
    /// from, not the speaker.
    static let firstPersonVerbs: [String] = [
        "سفارشم", "خریدیم", "نرسیده", "رسیده", "منتظرم", "منتظری", "دیروز", "پریروز",
        "خریدم", "گرفتم", "دادم", "کردم", "خریده", "خریدیم", "گرفتیم", "بخرم", "بگیرم", "سفارشدادم", "خریدم", "دیدم",
        "بودم", "رسید", "نرسید", "میخرم", "میگیرم", "خریدی", "گرفتی", "بخریم", "چرخوندم", "چرخاندم", "بردم",
        // A reseller telling where its goods come from: "از X تهیه میشه".
        "تهیه میشه", "تهیه میشود", "تهیه میکنیم", "تهیه کردیم", "میخریم", "خریداری میکنیم", "تهیه کردهاند", "تهیه کردهاید",
        "خریدهاند", "سفارش بدم", "سفارش بدیم", "begiram", "gereftam", "kharidam",
        // A person inviting a friend with their own referral code or link.
        "کد معرف من", "کد معرفم", "لینک دعوت من", "لینک دعوتم", "کد دعوت من", "کد دعوتم", "با کد من", "با کدم",
        "کد تخفیف من", "کد تخفیفم",
    ]

    /// A person talking: telling what they did ("حرف زدم"), what others did or say in colloquial speech
    /// ("نفرستادن", "میگن"), or asking a friend ("دیدی؟", "داری؟"). A shop's own messages are written in
    /// formal language and never speak of the shop like this.
    static let narrationVerbs: [String] = [
        "زدم", "گفتم", "رفتم", "شدم", "پرسیدم", "خریدم", "گرفتم", "دادم", "کردم", "دیدم", "بودم", "نوشتم", "خواستم",
        "نفرستاده", "نفرستادن", "نفرستادند", "ندادن", "نمیدن", "نمیده", "میگن", "گفتن", "کندن", "ندارن",
        "داری", "دیدی", "شنیدی", "میدونی", "میدونستی", "بریم", "میخوای", "داشتی", "داره", "کسی",
        "میشناسی", "میخوام", "اومده", "به نظرت", "واقعیه", "عزیزم", "داداش", "آبجی", "برام", "باهاش", "فرستادم",
        "براش", "تولدش", "بگیریم", "گرفتین", "رفتی", "عالی بود", "پیام داده", "اینو ببین", "مراقب باش",
        "راضی هستم", "راضی هستیم", "راضیم", "ناراضیم", "ناراضی هستم", "میفرسته", "بد رفتار", "رفتار کردن",
        "عالیه", "یه سر بزن", "ندادین", "ندادید", "تیکتم", "بخرم", "گفت", "میگفت", "زنگ زد", "زنگ زده",
        // Chat in English or in Persian written with Latin letters.
        "kardi", "didi", "dari", "dare", "mikhad", "mikhay", "mikhastim", "begirim", "bacheha", "kasi",
        "did you", "have you", "mine", "my friend", "be nazaret", "mishnasi", "mikham", "i got", "i bought", "i ordered",
        "nemidooni", "nemidoni", "begiram", "i booked", "mige", "migan", "gofte", "goftan", "neveshte", "bebin",
        // "gift card-e X ke gofti hanooz hast?": a person buying or selling.
        "gofti", "goftam", "goftin", "mikhastam", "bekharam", "mikharam", "kharidi", "gerefti", "forookhtam", "mifrosham",
        "میخواستم",
        // "بچه‌ها …؟", "لوازم آرایش از X، کتاب از Y 😂": a person among friends, laughing; "دوستم داده".
        "بچهها", "😂", "🤣", "دوستم",
        // "سلام عمو، فردا مصاحبه دارم تو انبار X": family, and a person's own plans.
        "سلام عمو", "سلام خاله", "سلام دایی", "سلام عمه", "سلام مامان", "سلام بابا", "عمو جان", "خاله جان", "دایی جان",
        "عمه جان", "مامان جان", "بابا جان", "دارم",
        "my order", "lol", "haha",
    ]

    /// A caller introducing themselves ("از پشتیبانی X مزاحمتون میشم", "از X تماس میگیرم"): with "از X"
    /// or a staff noun before the name, whoever writes claims to speak for the shop, however colloquially.
    static let selfIntroductions: [String] = [
        "مزاحمتون میشم", "مزاحمتون میشیم", "مزاحم میشم", "مزاحم میشوم", "مزاحم شما میشوم", "تماس میگیرم", "تماس میگیریم",
        "پیام میدم", "پیام میدیم",
    ]
    /// "هستم": a self-introduction only after a staff noun ("کارشناس X هستم"); "از X راضی هستم" is a customer.
    static let staffIntroductions: [String] = ["هستم", "هستیم", "ام"]
    /// Narration verbs that report someone else's words: a self-introduction after them is quoted.
    static let reportingVerbs: [String] = ["گفت", "میگفت", "زنگ زد", "زنگ زده", "گفتن", "میگن"]
    /// Speaker nouns that name the shop's staff, not its customers: "کارشناس X هستم" is a claim,
    /// "از مشتریان X هستم" is not.
    static let staffNouns: [String] = ["پشتیبانی", "تیم", "طرف", "سوی", "کارشناس", "کارشناسان", "واحد"]

    /// Nouns that open the heading of an organization's own message ("آموزشگاه زبان نوین: …"): a
    /// registered shop named later in such a message is named in passing, since the message has already
    /// said who speaks.
    static let organizationNouns = PhraseSet([
        "آموزشگاه", "موسسه", "مؤسسه", "شرکت", "بانک", "فروشگاه", "کلینیک", "مجموعه", "گروه", "باشگاه", "رستوران",
        "هتل", "آژانس", "دفتر", "انجمن", "دانشگاه", "مدرسه", "بیمه", "صرافی", "نمایشگاه", "کافه", "سالن", "مرکز",
        "آکادمی", "کلاس", "کارگاه", "پیتزا", "تالار", "خبرگزاری", "روزنامه", "اخبار", "خلاصه اخبار",
        "خبر", "خبر فوری", "استخدام", "آگهی استخدام", "news", "headline", "akhbar", "khabar", "خبرنامه", "مجله", "نشریه",
        "newsletter", "magazine", "سینما", "پردیس سینمایی", "تئاتر", "cinema", "بیمارستان", "درمانگاه", "مطب", "آزمایشگاه",
        "هواپیمایی", "airline", "airlines",
        // Schools by their grade: "دبیرستان X ۳ / … در پلتفرم Y برگزار می‌شود".
        "دبیرستان", "دبستان", "هنرستان", "پیش دبستانی", "مهدکودک", "مهد کودک",
        // An Instagram page's own heading: a shop it names is a prize or a supplier.
        "پیج", "page",
        // Operators, couriers and news agencies open their own messages with their names.
        "ایرانسل", "همراه اول", "رایتل", "شاتل", "irancell", "mci", "hamrah", "rightel",
        "اکسپرس", "لجستیک", "باربری", "express", "logistics",
        "پست", "تیپاکس", "چاپار", "پیک", "الوپیک", "post", "tipax", "chapar", "peyk", "alopeyk",
        "ایسنا", "ایرنا", "ایلنا", "تسنیم", "خبرآنلاین", "همشهری", "isna", "irna",
        // Courts' and government's notices: a shop they name is a party, not the speaker.
        "ابلاغیه", "اخطاریه", "احضاریه", "دادگستری", "سازمان", "وزارت", "اداره", "شهرداری", "سامانه", "کالابرگ",
        "یارانه", "ثنا",
    ])

    /// Organization nouns a shop may put before its own name ("شرکت X:", "گروه X:", "فروشگاه X:"), its
    /// own delivery service's included ("پیک X:" is the shop's courier, speaking for it).
    static let ownBusinessNouns = PhraseSet(["شرکت", "گروه", "مجموعه", "مرکز", "فروشگاه", "باشگاه", "موسسه", "مؤسسه", "پیک", "peyk"])

    /// Words of a marketplace seller's heading: "غرفه …", "فروشنده در X".
    static let sellerHeadings = PhraseSet(["غرفه", "فروشنده در", "booth", "seller on"])

    /// Words that give what follows as an example ("از جمله X", "مانند X", "such as X").
    static let exampleMarkers = PhraseSet(["از جمله", "مانند", "مثل", "نظیر", "such as", "including"])

    /// Formulas that open or close letters ("با سلام", "با تشکر"). A shop named like one ("باسلام") is
    /// not heading or signing a message by it unless a colon or bar sets it off as a heading.
    static let letterFormulas = PhraseSet([
        "باسلام", "سلام", "بادرود", "درود", "بااحترام", "باعرضسلام", "باعرضادب", "باعرضسلامواحترام", "باسلامواحترام",
        "باتشکر", "باسپاس", "سپاس", "ممنون", "مرسی", "باتقدیماحترام", "خداحافظ", "بامهر", "بامحبت", "باعشق",
        "باارادت", "ارادتمند", "قربانت", "فدات", "دوستدار", "باآرزویموفقیت", "باسپاسفراوان", "باتشکرفراوان",
        "بااحترامفراوان", "بادرودوسپاس", "سلامعلیکم", "سلامعزیزم",
    ])

    /// Greetings that, right before a name, address the reader by it: "سلام X،".
    static let greetings = PhraseSet(["سلام", "درود", "salam", "hi", "hello", "dear"])
    /// Words after a greeted name: "X جان".
    static let endearments = PhraseSet(["جان", "جون", "عزیز", "عزیزم", "jan", "joon", "aziz"])

    /// Nouns before a name that make it the shop speaking: "فروشگاه X", "تیم X", "از طرف X".
    static let speakerNouns: [String] = [
        "فروشگاه", "تیم", "طرف", "سوی", "پشتیبانی", "مشتریان", "کاربران", "باشگاه", "اپلیکیشن", "اپ", "سایت",
        "وبسایت", "جشنواره", "حراج", "تخفیف", "تخفیفات", "پنل", "همراهان", "اعضای", "کارشناس", "کارشناسان", "واحد",
    ]
    /// Words that may stand between a speaker noun and the name: "جشنواره بزرگ X", "فروشگاه اینترنتی X".
    static let speakerModifiers = PhraseSet([
        "بزرگ", "ویژه", "جدید", "اینترنتی", "آنلاین", "رسمی", "مالی", "فروش", "شگفت‌انگیز", "نوروزی", "سالانه", "تابستانه", "زمستانه",
    ])
    /// Greetings to the shop's customers: "مشتری گرامی X، …" (X closed off by a mark or line break).
    static let salutations: [String] = ["گرامی", "عزیز", "محترم"].flatMap { adjective in
        ["مشتری", "مشتریان", "کاربر", "کاربران", "مشترک", "مشترکین", "همراه", "همراهان", "عضو", "اعضای"].map { "\($0) \(adjective)" }
    }
    /// Words of a shop's own voice anywhere in a message naming it: orders, codes, offers.
    static let voiceTerms: [String] = [
        "سفارش", "سفارشات", "کد تخفیف", "تخفیف", "کد پیگیری", "ارسال شد", "تحویل", "فاکتور", "جشنواره", "حراج",
        "خرید شما", "سبد خرید", "پرداخت", "لغو شد", "مرجوع", "امتیاز", "باشگاه مشتریان", "اشتراک", "کیف پول",
        "حساب کاربری",
    ]

    /// Suffixes a name may carry: "کالایی", "کالاها", "کالای".
    static let nameSuffixes: [[UInt8]] = ["ی", "ای", "یی", "ایی", "ها", "های", "هایی", "یها", "رو", "ست", "s"].map { Array($0.utf8) }
    /// Suffixes a secret or a bait may carry besides a name's: the colloquial possessives ("کد ورودش",
    /// "جایزه‌ت", "کد تاییدتون"). Not cues: "بگو" with "ش" is "بگوش", "stay tuned".
    static let termSuffixes: [[UInt8]] = nameSuffixes + ["ش", "ت", "م", "تون", "تان", "شون", "شان", "شو", "تو", "مو"].map { Array($0.utf8) }

    static func folded(_ words: [String]) -> Set<String> {
        Set(words.map { TextFolder.fold($0).text })
    }
}
