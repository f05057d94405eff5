import Testing
@testable import SMSGuard

struct TopCounterTests {
    @Test func countsEachItemExactly() {
        var counter = TopCounter<String>(capacity: 10)
        for item in ["a", "b", "a", "c", "a", "b"] { counter.add(item) }
        #expect(counter.counts == ["a": 3, "b": 2, "c": 1])
        #expect(counter.untracked == 0)
        #expect(counter.isExact)
    }

    @Test func anEmptyCounterIsExactAndHasNoTopItems() {
        let counter = TopCounter<String>(capacity: 3)
        #expect(counter.isExact)
        #expect(counter.top(5, by: <).isEmpty)
    }

    @Test func itemsBeyondTheCapacityAreCountedTogetherAndMakeTheCountInexact() {
        var counter = TopCounter<String>(capacity: 2)
        for item in ["a", "b", "c", "a", "d", "c", "b"] { counter.add(item) }
        // "a" and "b" came first and keep being counted; "c" and "d" are untracked.
        #expect(counter.counts == ["a": 2, "b": 2])
        #expect(counter.untracked == 3)
        #expect(counter.isExact == false)
    }

    @Test func filledToCapacityExactlyIsStillExact() {
        var counter = TopCounter<Int>(capacity: 3)
        for item in [1, 2, 3, 3, 2, 1] { counter.add(item) }
        #expect(counter.isExact)
        #expect(counter.counts.count == 3)
    }

    @Test func topListsMostFrequentFirstWithTiesInTheGivenOrder() {
        var counter = TopCounter<String>(capacity: 100)
        for item in ["d", "b", "c", "c", "a", "c", "b", "e", "e", "f"] { counter.add(item) }
        let top = counter.top(10, by: <)
        #expect(top.map(\.item) == ["c", "b", "e", "a", "d", "f"])
        #expect(top.map(\.count) == [3, 2, 2, 1, 1, 1])
        #expect(counter.top(10, by: >).map(\.item) == ["c", "e", "b", "f", "d", "a"])
        #expect(counter.top(2, by: <).map(\.item) == ["c", "b"])
        #expect(counter.top(0, by: <).isEmpty)
    }

    @Test func topCanBeLimitedToMatchingItems() {
        var counter = TopCounter<String>(capacity: 100)
        for item in ["x1", "y1", "x2", "x2", "y1", "y1"] { counter.add(item) }
        let xs = counter.top(5, where: { $0.hasPrefix("x") }, by: <)
        #expect(xs.map(\.item) == ["x2", "x1"])
        #expect(xs.map(\.count) == [2, 1])
        #expect(counter.top(5, where: { $0.hasPrefix("z") }, by: <).isEmpty)
    }
}
