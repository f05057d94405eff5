/// Everyday Persian words, folded. A shop name written only with these ("با کالا", "همه چیز کالا") reads
/// as ordinary language, so finding it in a message is no claim without further evidence.
enum CommonWords {
    static let words = PhraseSet(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Whether the folded word is an everyday word.
    static func contains<Bytes: Sequence>(_ word: Bytes) -> Bool where Bytes.Element == UInt8 {
        words.contains(word: WordHash.of(word))
    }

    /// Whether folded `text` is everyday words only, however they are run together: people write
    /// "همه چیز", "همه‌چیز" (the ZWNJ folds away) and "همهچیز" alike, so each space-separated piece
    /// may be several words joined.
    static func spellsOnlyEverydayWords(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let pieces = text.split(separator: 0x20)
        return !pieces.isEmpty && pieces.allSatisfy(isEverydayWordsJoined)
    }

    /// Whether `piece` splits into everyday words: the classic word-break search over byte offsets.
    private static func isEverydayWordsJoined(_ piece: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let start = piece.startIndex, count = piece.count
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: count + 1) { reachable in
            reachable.initialize(repeating: false)
            reachable[0] = true
            for from in 0..<count where reachable[from] {
                for to in (from + 1)...count where !reachable[to] && contains(piece[(start + from)..<(start + to)]) {
                    reachable[to] = true
                }
            }
            return reachable[count]
        }
    }

    private static let list = """
        و در به از که این را با برای آن یک تا بر هم نیز یا اما ولی اگر چون پس باید شود شد است بود هست نیست هستند \
        بودند کرد کند کنند کنید کردن داد دهد دهند دهید داشت دارد دارند دارید گرفت گیرد خواهد خواهند می نمی بی \
        همه همین همان هر هیچ چند چه چی چیز چیزی چیزها کسی کس جا جای جایی کجا کی چرا چطور چگونه کدام \
        من تو او ما شما آنها ایشان خود خودم خودت خودش خودمان خودتان خودشان مرا تورا اورا \
        کالا کالای کالاها اجناس جنس جنسی بار بسته محصول محصولات خرید فروش فروشگاه بازار مغازه دکان \
        خوب بد بزرگ کوچک نو تازه جدید قدیم قدیمی ارزان گران بهتر بهترین بیشتر کمتر زیاد کم خیلی بسیار صرفه مقرون \
        روز شب صبح ظهر عصر امروز دیروز فردا هفته ماه سال ساعت دقیقه وقت زمان اکنون حالا الان \
        شبکه خانه کار کارها راه دست سر دل چشم آب نان پول قیمت شهر کشور مردم دنیا جهان ایران تهران \
        رنگ سبز آبی قرمز زرد سفید سیاه طلا طلایی نقره الماس گل باغ کتاب دفتر قلم میز صندلی ماشین خودرو \
        برق آهن سنگ چوب نور ستاره آسمان زمین دریا کوه دشت بهار تابستان پاییز زمستان \
        مادر پدر بچه کودک خانواده دوست دوستان همسایه مهمان \
        اول دوم سوم آخر بالا پایین پیش پس جلو عقب کنار نزدیک دور داخل بیرون روی زیر وسط میان بین \
        ارسال رسید رسیده آمد آمده رفت رفته دید دیده گفت گفته شنید نوشت خواند ماند \
        سفارش تحویل پست پیک مشتری مشتریان فروشنده خریدار \
        یکی دو سه چهار پنج شش هفت هشت نه ده صد هزار میلیون \
        بله نه آره سلام خداحافظ ممنون مرسی لطفا لطفاً تشکر عزیز گرامی محترم \
        ساده آسان سخت زود دیر باز بسته تمام کامل نیم نصف کل جز فقط تنها حتی هنوز دیگر دیگری
        """
}
