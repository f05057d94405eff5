/// An Aho–Corasick automaton over folded Unicode scalars, compiled to a dense table.
///
/// It steps once per scalar (not per byte: Persian letters are two bytes) and is driven by the folding
/// loop itself (`TextFolder.fold(_:into:sourceOffsets:automaton:onMatch:)`), so a message is folded and
/// matched in one pass. Spaces are never fed to it, so a pattern also matches text that puts spaces
/// anywhere inside it ("د ی ج ی کالا", "همه چیز کالا"); the caller decides, from the matched text,
/// whether those spaces are acceptable.
struct PatternAutomaton: Sendable {
    /// Folded scalar below U+0800 → class; scalars in no pattern share class 0.
    let lowClasses: [UInt8]
    /// For every *original* scalar below U+0800, what folding and matching do with it, in one load:
    /// bits 0–15 the folded scalar (or `0xFFFF` remove, `0xFFFE` space), bits 16–23 the class of the
    /// folded scalar, bit 24 set when the scalar folds to itself.
    let scalarTable: [UInt32]
    static let identityBit: UInt32 = 1 << 24
    /// Classes of the rare pattern scalars at or above U+0800.
    private let wideClasses: [UInt32: UInt8]
    private let classCount: Int
    /// `row + class` → the next state's row (`state * classCount`) shifted left once, the low bit set
    /// when patterns end in that state: one load per scalar, no multiply, no second load for outputs.
    let transitions: [UInt32]
    /// For each state, the range of `outputs` holding the patterns that end there.
    private let outputStarts: [Int32]
    private let outputs: [Int32]
    /// The length in folded UTF-8 bytes of each pattern.
    let patternLengths: [Int]

    /// An automaton that matches nothing, for folding alone.
    static let empty = PatternAutomaton(patterns: [])

    /// Compiles `patterns` (folded UTF-8), none of which may be empty or contain a space.
    init(patterns: [[UInt8]]) {
        precondition(patterns.allSatisfy { !$0.isEmpty && !$0.contains(0x20) }, "patterns must be non-empty and space-free")
        let scalarPatterns = patterns.map { Array(String(decoding: $0, as: UTF8.self).unicodeScalars.map(\.value)) }
        var lowClasses = [UInt8](repeating: 0, count: 0x800)
        var wideClasses: [UInt32: UInt8] = [:]
        var nextClass = 1
        for pattern in scalarPatterns {
            for scalar in pattern {
                if scalar < 0x800 {
                    if lowClasses[Int(scalar)] == 0 { lowClasses[Int(scalar)] = UInt8(nextClass); nextClass += 1 }
                } else if wideClasses[scalar] == nil {
                    wideClasses[scalar] = UInt8(nextClass)
                    nextClass += 1
                }
            }
        }
        precondition(nextClass <= 256, "too many distinct letters in patterns")
        let classCount = nextClass

        // The trie.
        var children: [[Int: Int]] = [[:]]
        var ends: [[Int32]] = [[]]
        for (id, pattern) in scalarPatterns.enumerated() {
            var state = 0
            for scalar in pattern {
                let symbol = Int(scalar < 0x800 ? lowClasses[Int(scalar)] : wideClasses[scalar]!)
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
        precondition(children.count * classCount < Int(UInt32.max >> 2), "too many pattern states")

        // Failure links in breadth-first order, completing the table into a DFA.
        let stateCount = children.count
        var table = [Int](repeating: 0, count: stateCount * classCount)
        var failure = [Int](repeating: 0, count: stateCount)
        var queue: [Int] = []
        for symbol in 0..<classCount {
            if let child = children[0][symbol] {
                table[symbol] = child
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
                    failure[child] = table[failure[state] * classCount + symbol]
                    table[state * classCount + symbol] = child
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
        self.lowClasses = lowClasses
        self.scalarTable = FoldingTable.belowU0800.enumerated().map { scalar, entry in
            let folded = UInt32(entry)
            let symbol = folded < 0x800 ? UInt32(lowClasses[Int(folded)]) : 0
            return folded | symbol << 16 | (Int(entry) == scalar ? Self.identityBit : 0)
        }
        self.wideClasses = wideClasses
        self.classCount = classCount
        self.transitions = table.map { next in UInt32(next * classCount) << 1 | (ends[next].isEmpty ? 0 : 1) }
        self.outputStarts = starts
        self.outputs = flat
        self.patternLengths = patterns.map(\.count)
    }

    /// The class of a folded scalar at or above U+0800.
    func wideClass(_ scalar: UInt32) -> Int {
        Int(wideClasses[scalar] ?? 0)
    }

    /// Calls `report` for each pattern ending in the state whose row is `row`.
    @inline(__always)
    func reportOutputs(row: Int, end: Int, _ report: (_ pattern: Int, _ end: Int) -> Void) {
        let state = row / classCount
        for output in Int(outputStarts[state])..<Int(outputStarts[state + 1]) {
            report(Int(outputs[output]), end)
        }
    }

    /// Runs over already folded text, for callers that have it.
    ///
    /// - Complexity: O(n + matches).
    func scan(folded text: UnsafeBufferPointer<UInt8>, _ report: (_ pattern: Int, _ end: Int) -> Void) {
        var row = 0
        var index = 0
        while index < text.count {
            let lead = text[index]
            guard lead != 0x20 else { index += 1; continue }
            let (scalar, length) = lead < 0x80 ? (UInt32(lead), 1) : UTF8Scalar.decode(text, at: index, lead: lead) ?? (0xFFFD, 1)
            index += length
            let symbol = scalar < 0x800 ? Int(lowClasses[Int(scalar)]) : wideClass(scalar)
            let next = transitions[row + symbol]
            row = Int(next >> 1)
            if next & 1 != 0 { reportOutputs(row: row, end: index, report) }
        }
    }
}
