import Testing
@testable import SMSGuard

struct JalaliCalendarTests {
    @Test(arguments: [
        ((2025, 3, 21), (1404, 1, 1)),
        ((2024, 3, 20), (1403, 1, 1)),
        ((1979, 2, 11), (1357, 11, 22)),
        ((2000, 1, 1), (1378, 10, 11)),
        ((2025, 3, 20), (1403, 12, 30)),  // 1403 is a leap year
        ((2024, 3, 19), (1402, 12, 29)),
        ((2024, 9, 21), (1403, 6, 31)),
        ((2024, 9, 22), (1403, 7, 1)),
        ((2024, 4, 25), (1403, 2, 6)),
        ((2020, 7, 15), (1399, 4, 25)),
        ((2025, 5, 28), (1404, 3, 7)),
        ((2026, 3, 20), (1404, 12, 29)),
    ])
    func dateOfKnownGregorianDays(gregorian: (Int, Int, Int), jalali: (Int, Int, Int)) {
        let date = JalaliCalendar.date(year: gregorian.0, month: gregorian.1, day: gregorian.2)
        #expect(date.year == jalali.0 && date.month == jalali.1 && date.day == jalali.2, "\(date)")
    }

    /// The Gregorian day of 1 Farvardin (Nowruz), 1354–1420, from Borkowski's algorithm (jalaali-js).
    static let nowruz: [(Int, Int, Int)] = [
        (1354, 1975, 21), (1355, 1976, 21), (1356, 1977, 21), (1357, 1978, 21), (1358, 1979, 21), (1359, 1980, 21),
        (1360, 1981, 21), (1361, 1982, 21), (1362, 1983, 21), (1363, 1984, 21), (1364, 1985, 21), (1365, 1986, 21),
        (1366, 1987, 21), (1367, 1988, 21), (1368, 1989, 21), (1369, 1990, 21), (1370, 1991, 21), (1371, 1992, 21),
        (1372, 1993, 21), (1373, 1994, 21), (1374, 1995, 21), (1375, 1996, 20), (1376, 1997, 21), (1377, 1998, 21),
        (1378, 1999, 21), (1379, 2000, 20), (1380, 2001, 21), (1381, 2002, 21), (1382, 2003, 21), (1383, 2004, 20),
        (1384, 2005, 21), (1385, 2006, 21), (1386, 2007, 21), (1387, 2008, 20), (1388, 2009, 21), (1389, 2010, 21),
        (1390, 2011, 21), (1391, 2012, 20), (1392, 2013, 21), (1393, 2014, 21), (1394, 2015, 21), (1395, 2016, 20),
        (1396, 2017, 21), (1397, 2018, 21), (1398, 2019, 21), (1399, 2020, 20), (1400, 2021, 21), (1401, 2022, 21),
        (1402, 2023, 21), (1403, 2024, 20), (1404, 2025, 21), (1405, 2026, 21), (1406, 2027, 21), (1407, 2028, 20),
        (1408, 2029, 20), (1409, 2030, 21), (1410, 2031, 21), (1411, 2032, 20), (1412, 2033, 20), (1413, 2034, 21),
        (1414, 2035, 21), (1415, 2036, 20), (1416, 2037, 20), (1417, 2038, 21), (1418, 2039, 21), (1419, 2040, 20),
        (1420, 2041, 20),
    ]

    @Test func nowruzFallsOnTheRightDayEveryYear() {
        for (jalaliYear, year, day) in Self.nowruz {
            let date = JalaliCalendar.date(year: year, month: 3, day: day)
            #expect(date.year == jalaliYear && date.month == 1 && date.day == 1, "\(year)-03-\(day) is \(date)")
            let eve = JalaliCalendar.date(year: year, month: 3, day: day - 1)
            #expect(eve.year == jalaliYear - 1 && eve.month == 12, "\(year)-03-\(day - 1) is \(eve)")
        }
    }

    @Test func consecutiveDaysAreConsecutiveJalaliDaysFrom1900To2100() {
        var failures: [String] = []
        var previous = JalaliCalendar.date(year: 1899, month: 12, day: 31)
        for days in Timestamp.daysFromCivil(year: 1900, month: 1, day: 1)...Timestamp.daysFromCivil(year: 2100, month: 12, day: 31) {
            let civil = Timestamp.civilFromDays(days)
            let date = JalaliCalendar.date(year: civil.year, month: civil.month, day: civil.day)
            let followsInMonth = date.year == previous.year && date.month == previous.month && date.day == previous.day + 1
            let startsMonth = date.day == 1 && date.year == previous.year && date.month == previous.month + 1
                && previous.day == (previous.month <= 6 ? 31 : 30)
            let startsYear = date.day == 1 && date.month == 1 && date.year == previous.year + 1 && previous.month == 12
                && (previous.day == 29 || previous.day == 30)
            if !(followsInMonth || startsMonth || startsYear) && failures.count < 5 { failures.append("\(civil) → \(date) after \(previous)") }
            previous = date
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func tehranTextIsTheJalaliDateAndTimeInTehranWithPersianDigits() {
        #expect(JalaliCalendar.tehranText(milliseconds: 1_714_027_000_000) == "۱۴۰۳/۰۲/۰۶ ساعت ۱۰:۰۶")
        // 2025-03-20T20:45:00Z is 00:15 on 1 Farvardin 1404 in Tehran.
        #expect(JalaliCalendar.tehranText(milliseconds: 1_742_503_500_000) == "۱۴۰۴/۰۱/۰۱ ساعت ۰۰:۱۵")
        // 2020-07-15T12:00:00Z, summer time.
        #expect(JalaliCalendar.tehranText(milliseconds: 1_594_814_400_000) == "۱۳۹۹/۰۴/۲۵ ساعت ۱۶:۳۰")
    }

    @Test(arguments: [
        ("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
        ("2024-04-25 10:06", "۲۰۲۴-۰۴-۲۵ ۱۰:۰۶"),
        ("+982155443322", "+۹۸۲۱۵۵۴۴۳۳۲۲"),
        ("پیام 3 از 12", "پیام ۳ از ۱۲"),
        ("no digits", "no digits"),
        ("٠١٢ ۳", "٠١٢ ۳"),
        ("", ""),
    ])
    func persianDigitsReplacesASCIIDigitsOnly(text: String, expected: String) {
        #expect(JalaliCalendar.persianDigits(text) == expected)
    }
}
