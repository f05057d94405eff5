import Testing
@testable import SMSGuard

/// The generator behind reproducible benchmark logs and property tests.
struct SplitMix64Tests {
    @Test func matchesTheReferenceSequence() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(random.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func boundedNumbersStayBelowTheBound() {
        var random = SplitMix64(seed: 42)
        let numbers = (0..<10_000).map { _ in random.next(below: 7) }
        #expect(numbers.allSatisfy { (0..<7).contains($0) })
        #expect(Set(numbers).count == 7)
    }
}
