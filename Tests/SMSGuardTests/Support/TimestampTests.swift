import Testing
@testable import SMSGuard

struct TimestampTests {
    // MARK: parse

    @Test(arguments: [
        ("2024-04-25T06:36:40Z", 1_714_027_000_000),
        ("2024-04-25t06:36:40z", 1_714_027_000_000),
        ("2024-04-25T06:36Z", 1_714_026_960_000),
        ("2024-04-25T10:06:40+03:30", 1_714_027_000_000),
        ("2024-04-25T10:06:40+0330", 1_714_027_000_000),
        ("2024-04-25T02:06:40-04:30", 1_714_027_000_000),
        ("2024-04-25T06:36:40+00", 1_714_027_000_000),
        ("2024-04-25 06:36:40Z", 1_714_027_000_000),
        ("2024-04-25T06:36:40.123Z", 1_714_027_000_123),
        ("2024-04-25T06:36:40.5Z", 1_714_027_000_500),
        ("2024-04-25T06:36:40,25Z", 1_714_027_000_250),
        ("2024-04-25T06:36:40.123456789Z", 1_714_027_000_123),
        ("2024-04-25T10:06:40.750+03:30", 1_714_027_000_750),
        ("1970-01-01T00:00:00Z", 0),
        ("1969-12-31T23:59:59Z", -1_000),
    ] as [(String, Int64)])
    func parseReadsISO8601WithAZone(text: String, milliseconds: Int64) throws {
        let parsed = try #require(Timestamp.parse(text))
        #expect(parsed.milliseconds == milliseconds)
        #expect(!parsed.isLocal)
    }

    @Test(arguments: [
        // Standard time, +03:30.
        ("2024-04-25 10:06:40", 1_714_027_000_000),
        ("2024-04-25T10:06:40", 1_714_027_000_000),
        ("2024-04-25 10:06", 1_714_026_960_000),
        ("2024-04-25 10:06:40.250", 1_714_027_000_250),
        ("2024-04-25", 1_713_990_600_000),
        ("2020-01-15 15:30:00", 1_579_089_600_000),
        ("2024-07-15 15:30:00", 1_721_044_800_000),
        ("2006-07-01 15:30:00", 1_151_755_200_000),
        // Iranian summer time before 2023, +04:30.
        ("2020-07-15 16:30:00", 1_594_814_400_000),
        ("2005-07-01 16:30:00", 1_120_219_200_000),
        ("2019-06-01 04:30:00", 1_559_347_200_000),
        ("2022-03-22 16:30:00", 1_647_950_400_000),
        ("2021-03-22 01:30:00", 1_616_360_400_000),
    ] as [(String, Int64)])
    func parseReadsTimesWithoutAZoneAsTehranTime(text: String, milliseconds: Int64) throws {
        let parsed = try #require(Timestamp.parse(text))
        #expect(parsed.milliseconds == milliseconds)
        #expect(parsed.isLocal)
    }

    @Test(arguments: [
        "", "hello", "2024", "2024-04", "2024-4-25", "24-04-25", "2024/04/25", "2024-13-01", "2024-00-10", "2024-04-00",
        "2024-04-32", "2024-02-30", "2023-02-29", "2024-04-31", "2024-04-25T24:00:00Z", "2024-04-25T06:60:00Z",
        "2024-04-25T06:36:61Z", "2024-04-25T06Z", "2024-04-25X06:36:40Z", "2024-04-25T06:36:40Zjunk",
        "2024-04-25T06:36:40+", "2024-04-25T06:36:40+03:30junk", "2024-04-25T06:36:40 UTC", "۲۰۲۴-۰۴-۲۵",
        "2024-04-25 ", " 2024-04-25",
    ])
    func parseRejectsWhatIsNoDate(text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    // MARK: iso8601 and tehran

    @Test(arguments: [
        (0, "1970-01-01T00:00:00Z"),
        (1_714_027_000_000, "2024-04-25T06:36:40Z"),
        (1_714_027_000_999, "2024-04-25T06:36:40Z"),
        (-1, "1969-12-31T23:59:59Z"),
        (-86_400_000, "1969-12-31T00:00:00Z"),
        (951_782_400_000, "2000-02-29T00:00:00Z"),
        (253_402_300_799_000, "9999-12-31T23:59:59Z"),
    ] as [(Int64, String)])
    func iso8601WritesUTCWithWholeSeconds(milliseconds: Int64, expected: String) {
        #expect(Timestamp.iso8601(milliseconds: milliseconds) == expected)
    }

    @Test(arguments: [
        (1_714_027_000_000, "2024-04-25 10:06:40"),
        (1_713_990_600_000, "2024-04-25 00:00:00"),
        (1_579_089_600_000, "2020-01-15 15:30:00"),
        (1_721_044_800_000, "2024-07-15 15:30:00"),
        (1_688_212_800_000, "2023-07-01 15:30:00"),
        (1_151_755_200_000, "2006-07-01 15:30:00"),
        // Summer time, +04:30.
        (1_594_814_400_000, "2020-07-15 16:30:00"),
        (1_120_219_200_000, "2005-07-01 16:30:00"),
        (1_647_950_400_000, "2022-03-22 16:30:00"),
    ] as [(Int64, String)])
    func tehranWritesTehranWallClockTime(milliseconds: Int64, expected: String) {
        #expect(Timestamp.tehran(milliseconds: milliseconds) == expected)
    }

    /// Summer time began at 24:00 of 1 Farvardin and ended at 24:00 of 30 Shahrivar: 20/21 March and
    /// 20/21 September, depending on the year. Expected values from the IANA time zone database (Asia/Tehran).
    @Test(arguments: [
        // 2021: from 2021-03-21T20:30Z to 2021-09-21T19:30Z.
        (1_616_356_800_000, "2021-03-21 23:30:00"),
        (1_616_360_400_000, "2021-03-22 01:30:00"),
        (1_663_786_800_000, "2022-09-21 23:30:00"),
        (1_632_254_400_000, "2021-09-21 23:30:00"),
        // 2016 and 2020, when Nowruz fell on 20 March: from 20 March 20:30Z to 20 September 19:30Z.
        (1_458_507_600_000, "2016-03-21 01:30:00"),
        (1_584_792_000_000, "2020-03-21 16:30:00"),
        (1_600_689_600_000, "2020-09-21 15:30:00"),
    ] as [(Int64, String)])
    func tehranFollowsTheSummerTimeChangesOfEachYear(milliseconds: Int64, expected: String) {
        #expect(Timestamp.tehran(milliseconds: milliseconds) == expected)
    }

    @Test func tehranOffsetIsThreeAndAHalfHoursOrFourAndAHalfInSummersBefore2023() {
        #expect(Timestamp.tehranOffset == 12_600)
        #expect(Timestamp.tehranOffset(at: 1_594_814_400_000) == 16_200)  // 2020-07-15
        #expect(Timestamp.tehranOffset(at: 1_721_044_800_000) == 12_600)  // 2024-07-15
        #expect(Timestamp.tehranOffset(at: 1_579_089_600_000) == 12_600)  // 2020-01-15
        #expect(Timestamp.tehranOffset(at: 1_151_755_200_000) == 12_600)  // 2006-07-01, no summer time
    }

    @Test func dayIsTheCalendarDayAtTheOffset() {
        #expect(Timestamp.day(milliseconds: 1_713_990_600_000, offset: 0) == "2024-04-24")
        #expect(Timestamp.day(milliseconds: 1_713_990_600_000, offset: Timestamp.tehranOffset) == "2024-04-25")
        #expect(Timestamp.day(milliseconds: -1, offset: 0) == "1969-12-31")
    }

    @Test(arguments: [
        "2024-04-25T06:36:40Z", "2020-07-15T12:00:00Z", "1999-12-31T23:59:59Z", "2000-02-29T12:00:00Z", "1970-01-01T00:00:00Z",
    ])
    func iso8601ReadsBackThroughParse(text: String) throws {
        let parsed = try #require(Timestamp.parse(text))
        #expect(Timestamp.iso8601(milliseconds: parsed.milliseconds) == text)
    }

    // MARK: Epoch numbers

    @Test(arguments: [
        (1_714_027_000, 1_714_027_000_000),  // seconds
        (1_714_027_000_000, 1_714_027_000_000),  // milliseconds
        (1_714_027_000_123_456, 1_714_027_000_123),  // microseconds
        (1_714_027_000_123_456_789, 1_714_027_000_123),  // nanoseconds
        (100_000_000, 100_000_000_000),  // 1973-03-03, the first second read as seconds
        (9_999_999_999, 9_999_999_999_000),  // 2286-11-20
        (100_000_000_000, 100_000_000_000),  // 1973 in milliseconds
        (-1_714_027_000, -1_714_027_000_000),
    ] as [(Int64, Int64)])
    func epochNumbersAreToldApartByMagnitude(value: Int64, expected: Int64) {
        #expect(Timestamp.milliseconds(fromEpochNumber: value) == expected)
    }

    @Test(arguments: [0, 1, 12_345, 99_999_999, 10_000_000_000, 99_999_999_999, 10_000_000_000_000, 99_999_999_999_999] as [Int64])
    func epochNumbersOfNoKnownUnitAreNil(value: Int64) {
        #expect(Timestamp.milliseconds(fromEpochNumber: value) == nil)
    }

    // MARK: Civil days

    @Test(arguments: [
        (1970, 1, 1, 0), (1969, 12, 31, -1), (2000, 3, 1, 11_017), (2024, 2, 29, 19_782), (1600, 1, 1, -135_140),
        (9999, 12, 31, 2_932_896), (1, 1, 1, -719_162),
    ])
    func daysFromCivilCountsDaysSince1970(year: Int, month: Int, day: Int, days: Int) {
        #expect(Timestamp.daysFromCivil(year: year, month: month, day: day) == days)
        let civil = Timestamp.civilFromDays(days)
        #expect(civil.year == year && civil.month == month && civil.day == day)
    }

    @Test func civilFromDaysRoundTripsAndStepsOneDayAtATime() {
        let monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var (year, month, day) = Timestamp.civilFromDays(-800_000)
        var failures = 0
        for days in -800_000...800_000 {
            let civil = Timestamp.civilFromDays(days)
            if civil.year != year || civil.month != month || civil.day != day { failures += 1 }
            if Timestamp.daysFromCivil(year: civil.year, month: civil.month, day: civil.day) != days { failures += 1 }
            // The next day, by hand.
            let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let length = month == 2 && isLeap ? 29 : monthLengths[month - 1]
            day += 1
            if day > length { day = 1; month += 1 }
            if month > 12 { month = 1; year += 1 }
        }
        #expect(failures == 0)
    }
}
