import Testing
@testable import SMSGuard

struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("abc", "abc", 0),
        ("kitten", "sitting", 3), ("flaw", "lawn", 2), ("saturday", "sunday", 3),
        ("30007788990", "30007788991", 1), ("30007788990", "3000778899", 1), ("30007788990", "300077889900", 1),
        ("30007788990", "30007788909", 2),
        ("golnarshop.ir", "golnar-shop.ir", 1), ("golnarshop.ir", "go1narshop.ir", 1), ("digikala.com", "digikala.co", 1),
        ("scan", "sacn", 2), ("report", "repotr", 2),
    ])
    func betweenCountsInsertionsDeletionsAndSubstitutions(a: String, b: String, expected: Int) {
        #expect(EditDistance.between(a, b) == expected)
        #expect(EditDistance.between(b, a) == expected)
    }

    @Test func betweenCountsUTF8Bytes() {
        // ن (D9 86) and ت (D8 AA) differ in both bytes.
        #expect(EditDistance.between("گلنار", "گلتار") == 2)
        #expect(EditDistance.between("گلنار", "گلنار") == 0)
        // One added letter is two bytes.
        #expect(EditDistance.between("گلنار", "گلناار") == 2)
    }

    @Test func lengthsFarApartGiveTheirDifferenceAtOnce() {
        // Documented shortcut: more than 3 apart, the difference in length is the answer (a lower bound).
        #expect(EditDistance.between("a", "abcdefg") == 6)
        #expect(EditDistance.between("abcdefgh", "wxyz") == 4)
        #expect(EditDistance.between("abcdefg", "wxyz") == 7)
    }
}
