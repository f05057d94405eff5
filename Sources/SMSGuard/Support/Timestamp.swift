/// Dates as exports write them and as reports show them: epoch numbers, ISO 8601, local times, Tehran time.
///
/// All conversions are arithmetic on the proleptic Gregorian calendar (Hinnant's days-from-civil), so
/// the library needs no time-zone database and gives the same answer everywhere.
public enum Timestamp {
    /// Iran's offset from UTC, in seconds (UTC+3:30).
    public static let tehranOffset = 12_600

    /// Milliseconds from an epoch number of unknown unit: seconds, milliseconds, microseconds or
    /// nanoseconds, told apart by magnitude (dates between 1973 and 2286).
    public static func milliseconds(fromEpochNumber value: Int64) -> Int64? {
        let magnitude = value.magnitude
        switch magnitude {
        case 100_000_000..<10_000_000_000: return value * 1000
        case 100_000_000_000..<10_000_000_000_000: return value
        case 100_000_000_000_000..<10_000_000_000_000_000: return value / 1000
        case 100_000_000_000_000_000...: return value / 1_000_000
        default: return nil
        }
    }

    /// Parses ISO 8601 and the common export forms: `2024-04-25T10:06:40Z`, `…+03:30`, `….123Z`,
    /// `2024-04-25 10:06:40` (local, read as Tehran time), `2024-04-25`.
    ///
    /// - Returns: milliseconds since the epoch, and whether the text had no zone.
    public static func parse(_ text: String) -> (milliseconds: Int64, isLocal: Bool)? {
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= bytes.count else { return nil }
            var value = 0
            for offset in 0..<digits {
                let byte = bytes[index + offset]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += digits
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect(UInt8(ascii: "-")), let month = number(2), expect(UInt8(ascii: "-")),
              let day = number(2), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        var seconds = daysFromCivil(year: year, month: month, day: day) * 86_400
        guard index < bytes.count else { return (tehranLocal(seconds: seconds, milliseconds: 0), true) }
        guard expect(UInt8(ascii: "T")) || expect(UInt8(ascii: "t")) || expect(UInt8(ascii: " ")), let hour = number(2), expect(UInt8(ascii: ":")),
              let minute = number(2), hour < 24, minute < 60 else { return nil }
        var second = 0
        if expect(UInt8(ascii: ":")) {
            guard let value = number(2), value < 61 else { return nil }
            second = value
        }
        seconds += hour * 3600 + minute * 60 + second
        var milliseconds = 0
        if expect(UInt8(ascii: ".")) || expect(UInt8(ascii: ",")) {
            var scale = 100
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                milliseconds += Int(bytes[index] - 0x30) * scale
                scale /= 10
                index += 1
            }
        }
        guard index < bytes.count else { return (tehranLocal(seconds: seconds, milliseconds: milliseconds), true) }
        if expect(UInt8(ascii: "Z")) || expect(UInt8(ascii: "z")) {
            guard index == bytes.count else { return nil }
            return (Int64(seconds) * 1000 + Int64(milliseconds), false)
        }
        let sign: Int
        if expect(UInt8(ascii: "+")) { sign = 1 } else if expect(UInt8(ascii: "-")) { sign = -1 } else { return nil }
        guard let offsetHours = number(2) else { return nil }
        _ = expect(UInt8(ascii: ":"))
        let offsetMinutes = number(2) ?? 0
        guard index == bytes.count else { return nil }
        let offset = sign * (offsetHours * 3600 + offsetMinutes * 60)
        return (Int64(seconds - offset) * 1000 + Int64(milliseconds), false)
    }

    /// The instant of a Tehran wall-clock time, given as seconds since the epoch as if it were UTC.
    private static func tehranLocal(seconds: Int, milliseconds: Int) -> Int64 {
        let standard = Int64(seconds - tehranOffset) * 1000
        let offset = tehranOffset(at: standard)  // summer time adds an hour
        return Int64(seconds - offset) * 1000 + Int64(milliseconds)
    }

    /// `2024-04-25T06:36:40Z` (ISO 8601, UTC, whole seconds).
    public static func iso8601(milliseconds: Int64) -> String {
        let (date, time) = civil(milliseconds: milliseconds, offset: 0)
        return "\(date)T\(time)Z"
    }

    /// `2024-04-25 10:06:40` in Tehran time (Iran kept daylight saving time until 2022).
    public static func tehran(milliseconds: Int64) -> String {
        let (date, time) = civil(milliseconds: milliseconds, offset: tehranOffset(at: milliseconds))
        return "\(date) \(time)"
    }

    /// The UTC offset of Tehran at an instant: +3:30, or +4:30 in summer time, which Iran kept in
    /// 1991–2005 and 2008–2022 from 1 Farvardin 24:00 to 30 Shahrivar 24:00 (local time).
    public static func tehranOffset(at milliseconds: Int64) -> Int {
        let standard = tehranOffset
        let local = floorDivide(milliseconds / 1000 + Int64(standard), 1)  // seconds, standard time
        let days = Int(floorDivide(local, 86_400))
        let secondOfDay = Int(local - Int64(days) * 86_400)
        let (year, month, day) = civilFromDays(days)
        guard (1991...2005).contains(year) || (2008...2022).contains(year) else { return standard }
        let jalali = JalaliCalendar.date(year: year, month: month, day: day)
        // The change back happens at 24:00 summer time, which is 23:00 standard time on 30 Shahrivar.
        let started = jalali.month > 1 || jalali.day >= 2
        let ended = jalali.month > 6 || (jalali.month == 6 && (jalali.day > 30 || (jalali.day == 30 && secondOfDay >= 23 * 3600)))
        let inSummer = started && !ended
        return inSummer ? standard + 3600 : standard
    }

    /// The calendar day of an instant at a UTC offset, as `YYYY-MM-DD`.
    public static func day(milliseconds: Int64, offset: Int) -> String {
        civil(milliseconds: milliseconds, offset: offset).date
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a calendar date.
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The calendar date of a day count since 1970-01-01.
    public static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func civil(milliseconds: Int64, offset: Int) -> (date: String, time: String) {
        let seconds = floorDivide(milliseconds, 1000) + Int64(offset)
        let days = Int(floorDivide(seconds, 86_400))
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let (year, month, day) = civilFromDays(days)
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        let time = "\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
        return (date, time)
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
