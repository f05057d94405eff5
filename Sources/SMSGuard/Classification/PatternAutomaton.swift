/// An Aho–Corasick automaton over bytes, compiled to a dense table, that reads folded text once and
/// reports every pattern ending at each position.
///
/// Spaces are skipped while reading, so a pattern written without spaces also matches text that puts
/// spaces anywhere inside it ("د ی ج ی کالا", "همه چیز کالا"); the caller decides, from the matched text,
/// whether those spaces are acceptable. Bytes are mapped to equivalence classes first, which keeps the
/// table small enough to stay in cache.
struct PatternAutomaton: Sendable {
    /// Byte → class; bytes that occur in no pattern share class 0.
    private let classes: [UInt8]
    private let classCount: Int
    /// `state * classCount + class` → next state.
    private let transitions: [UInt16]
    /// For each state, the range of `outputs` holding the patterns that end there.
    private let outputStarts: [Int32]
    private let outputs: [Int32]
    /// The length in bytes of each pattern.
    let patternLengths: [Int]

    /// Compiles `patterns`, none of which may be empty or contain a space.
    init(patterns: [[UInt8]]) {
        precondition(patterns.allSatisfy { !$0.isEmpty && !$0.contains(0x20) }, "patterns must be non-empty and space-free")
        var classes = [UInt8](repeating: 0, count: 256)
        var nextClass = 1
        for pattern in patterns {
            for byte in pattern where classes[Int(byte)] == 0 {
                classes[Int(byte)] = UInt8(nextClass)
                nextClass += 1
            }
        }
        precondition(nextClass <= 256)
        let classCount = nextClass

        // The trie.
        var children: [[Int: Int]] = [[:]]
        var ends: [[Int32]] = [[]]
        for (id, pattern) in patterns.enumerated() {
            var state = 0
            for byte in pattern {
                let symbol = Int(classes[Int(byte)])
                if let next = children[state][symbol] {
                    state = next
                } else {
                    children.append([:])
                    ends.append([])
                    children[state][symbol] = children.count - 1
                    state = children.count - 1
                }
            }
            ends[state].append(Int32(id))
        }
        precondition(children.count < Int(UInt16.max), "too many pattern states")

        // Failure links in breadth-first order, completing the table into a DFA.
        let stateCount = children.count
        var table = [UInt16](repeating: 0, count: stateCount * classCount)
        var failure = [Int](repeating: 0, count: stateCount)
        var queue: [Int] = []
        for symbol in 0..<classCount {
            if let child = children[0][symbol] {
                table[symbol] = UInt16(child)
                queue.append(child)
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            ends[state].append(contentsOf: ends[failure[state]])
            for symbol in 0..<classCount {
                if let child = children[state][symbol] {
                    failure[child] = Int(table[failure[state] * classCount + symbol])
                    table[state * classCount + symbol] = UInt16(child)
                    queue.append(child)
                } else {
                    table[state * classCount + symbol] = table[failure[state] * classCount + symbol]
                }
            }
        }

        var starts: [Int32] = [0]
        var flat: [Int32] = []
        for state in 0..<stateCount {
            flat.append(contentsOf: ends[state])
            starts.append(Int32(flat.count))
        }
        self.classes = classes
        self.classCount = classCount
        self.transitions = table
        self.outputStarts = starts
        self.outputs = flat
        self.patternLengths = patterns.map(\.count)
    }

    /// Calls `report(pattern, end)` for every occurrence, `end` being the index just past its last byte.
    ///
    /// - Complexity: O(n + matches), one table load per byte.
    @inline(__always)
    func scan(_ text: UnsafeBufferPointer<UInt8>, _ report: (_ pattern: Int, _ end: Int) -> Void) {
        classes.withUnsafeBufferPointer { classes in
            transitions.withUnsafeBufferPointer { table in
                outputStarts.withUnsafeBufferPointer { starts in
                    var state = 0
                    let width = classCount
                    for index in 0..<text.count {
                        let byte = text[index]
                        if byte == 0x20 { continue }
                        state = Int(table[state &* width &+ Int(classes[Int(byte)])])
                        let first = Int(starts[state]), last = Int(starts[state &+ 1])
                        if first != last {
                            for output in first..<last { report(Int(outputs[output]), index + 1) }
                        }
                    }
                }
            }
        }
    }
}
