import Testing
@testable import SMSGuard

/// Distinct, well-spread 64-bit values (splitmix64), none of them 0 or 1.
private func fingerprint(_ index: Int) -> UInt64 {
    var z = UInt64(index) &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z ^= z >> 31
    return z < 2 ? z + 2 : z
}

struct DuplicateFilterTests {
    @Test func aFingerprintSeenBeforeIsADuplicate() {
        var filter = DuplicateFilter()
        #expect(filter.isDuplicate(42) == false)
        #expect(filter.isDuplicate(42) == true)
        #expect(filter.isDuplicate(42) == true)
        #expect(filter.isDuplicate(43) == false)
        #expect(filter.isDuplicate(43) == true)
    }

    @Test func fingerprintsThatShareASlotAreToldApart() {
        // Equal low bits: the same home slot in the table.
        let slots = UInt64(DuplicateFilter.slots)
        let colliding: [UInt64] = [5, 5 + slots, 5 + 2 * slots, 5 + 3 * slots]
        var filter = DuplicateFilter()
        #expect(colliding.map { filter.isDuplicate($0) } == [false, false, false, false])
        #expect(colliding.map { filter.isDuplicate($0) } == [true, true, true, true])
        #expect(filter.isDuplicate(5 + 4 * slots) == false)
    }

    @Test func slotsWrapAroundTheEndOfTheTable() {
        let last = UInt64(DuplicateFilter.slots - 1)
        let values: [UInt64] = [last, last + UInt64(DuplicateFilter.slots), last + 2 * UInt64(DuplicateFilter.slots)]
        var filter = DuplicateFilter()
        #expect(values.map { filter.isDuplicate($0) } == [false, false, false])
        #expect(values.map { filter.isDuplicate($0) } == [true, true, true])
    }

    @Test func fingerprintZeroIsRememberedLikeAnyOther() {
        var filter = DuplicateFilter()
        #expect(filter.isDuplicate(0) == false)
        #expect(filter.isDuplicate(0) == true)
        // Zero marks empty slots: remembering it must not make other fingerprints look seen.
        #expect(filter.isDuplicate(2) == false)
        #expect(filter.isDuplicate(UInt64(DuplicateFilter.slots)) == false)
        #expect(filter.isDuplicate(UInt64.max) == false)
        #expect(filter.isDuplicate(UInt64.max) == true)
    }

    @Test func everyDistinctFingerprintIsNewTheFirstTime() {
        var filter = DuplicateFilter()
        let count = 100_000
        var firstTimes = 0
        for index in 0..<count where !filter.isDuplicate(fingerprint(index)) { firstTimes += 1 }
        #expect(firstTimes == count)
        var secondTimes = 0
        for index in 0..<count where filter.isDuplicate(fingerprint(index)) { secondTimes += 1 }
        #expect(secondTimes == count)
    }

    @Test func rotatingGenerationsKeepsTheMostRecentFingerprints() {
        let capacity = DuplicateFilter.generationCapacity
        #expect(capacity >= 500_000)
        var filter = DuplicateFilter()
        // Two rotations: after 2 × capacity + 10 fingerprints, the last `capacity` are all remembered.
        let total = 2 * capacity + 10
        var newOnes = 0
        for index in 0..<total where !filter.isDuplicate(fingerprint(index)) { newOnes += 1 }
        #expect(newOnes == total)
        var remembered = 0
        for index in (total - capacity)..<total where filter.isDuplicate(fingerprint(index)) { remembered += 1 }
        #expect(remembered == capacity)
        // The oldest generation was dropped: memory stays bounded.
        #expect(filter.isDuplicate(fingerprint(0)) == false)
    }

    @Test func aFingerprintSeenJustBeforeARotationIsFoundJustAfterIt() {
        let capacity = DuplicateFilter.generationCapacity
        var filter = DuplicateFilter()
        for index in 0..<capacity { _ = filter.isDuplicate(fingerprint(index)) }
        // The next new fingerprint starts a new generation; the full one becomes the old one.
        #expect(filter.isDuplicate(fingerprint(capacity)) == false)
        #expect(filter.isDuplicate(fingerprint(capacity - 1)) == true)
        #expect(filter.isDuplicate(fingerprint(0)) == true)
        #expect(filter.isDuplicate(fingerprint(capacity)) == true)
    }

    // MARK: The fingerprint of a message

    private func fingerprintOf(_ sender: String, _ text: String, date: Int64? = 1000, direction: LogRecord.Direction = .received) -> UInt64 {
        MessageFingerprint.of(LogRecord(index: 1, sender: sender, body: text, date: date, direction: direction), sender: Sender(parsing: sender))
    }

    @Test func messageFingerprintIsTheSameForTheSenderWrittenAnotherWay() {
        #expect(fingerprintOf("09121234567", "سلام") == fingerprintOf("+98 912 123 4567", "سلام"))
        #expect(fingerprintOf("09121234567", "سلام") == fingerprintOf("۰۹۱۲۱۲۳۴۵۶۷", "سلام"))
    }

    @Test func messageFingerprintChangesWithEachField() {
        let base = fingerprintOf("09121234567", "سلام")
        #expect(fingerprintOf("09121234568", "سلام") != base)
        #expect(fingerprintOf("09121234567", "سلام!") != base)
        #expect(fingerprintOf("09121234567", "سلام", date: 1001) != base)
        #expect(fingerprintOf("09121234567", "سلام", date: nil) != base)
        #expect(fingerprintOf("09121234567", "سلام", direction: .sent) != base)
    }

    @Test func messageFingerprintSeparatesItsFields() {
        // "ab" + "c" must differ from "a" + "bc": fields are separated.
        #expect(fingerprintOf("3000", "1سلام") != fingerprintOf("30001", "سلام"))
    }
}

extension DuplicateFilterTests {
    @Test func messageFingerprintTellsApartTextsThatDifferInOneByteAnywhere() {
        // Every length around the eight-byte steps, and a change at every position: all distinct.
        var seen: Set<UInt64> = []
        var count = 0
        for length in 0...20 {
            let base = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            seen.insert(fingerprintOf(bytes: base))
            count += 1
            for position in 0..<length {
                var changed = base
                changed[position] = UInt8(ascii: "b")
                seen.insert(fingerprintOf(bytes: changed))
                count += 1
            }
        }
        #expect(seen.count == count)
    }

    private func fingerprintOf(bytes: [UInt8]) -> UInt64 {
        let record = LogRecord(index: 1, sender: "3000", bodyBytes: bytes, date: 1, direction: .received, kind: "sms", line: 1, column: 1)
        return MessageFingerprint.of(record, sender: Sender(parsing: "3000"))
    }
}
