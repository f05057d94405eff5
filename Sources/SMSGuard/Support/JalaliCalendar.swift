/// The Solar Hijri (Jalali) calendar Iran uses, for dates shown to Persian readers.
public enum JalaliCalendar {
    /// The Jalali date of a Gregorian date (the arithmetic of the 33-year cycle, exact for 1800–2200).
    public static func date(year gy: Int, month gm: Int, day gd: Int) -> (year: Int, month: Int, day: Int) {
        let daysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
        let leapYear = gm > 2 ? gy + 1 : gy
        var days = 355_666 + 365 * gy + (leapYear + 3) / 4 - (leapYear + 99) / 100 + (leapYear + 399) / 400 + gd + daysBeforeMonth[gm - 1]
        var jy = -1595 + 33 * (days / 12053)
        days %= 12053
        jy += 4 * (days / 1461)
        days %= 1461
        if days > 365 {
            jy += (days - 1) / 365
            days = (days - 1) % 365
        }
        if days < 186 { return (jy, 1 + days / 31, 1 + days % 31) }
        return (jy, 7 + (days - 186) / 30, 1 + (days - 186) % 30)
    }

    /// `۱۴۰۴/۰۷/۱۴ ساعت ۲۱:۴۷` for an instant, in Tehran time, with Persian digits.
    public static func tehranText(milliseconds: Int64) -> String {
        let local = Timestamp.tehran(milliseconds: milliseconds)  // "YYYY-MM-DD HH:MM:SS"
        let parts = local.split(separator: " ")
        let ymd = parts[0].split(separator: "-").compactMap { Int($0) }
        let (year, month, day) = date(year: ymd[0], month: ymd[1], day: ymd[2])
        let time = String(parts[1].prefix(5))
        return persianDigits("\(year)/\(pad(month))/\(pad(day)) ساعت \(time)")
    }

    /// `text` with ASCII digits written as Persian digits.
    public static func persianDigits(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            guard scalar.value >= 0x30 && scalar.value <= 0x39 else { return Character(scalar) }
            return Character(Unicode.Scalar(0x06F0 + scalar.value - 0x30)!)
        })
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
