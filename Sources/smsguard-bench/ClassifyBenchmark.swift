import SMSGuard

/// Classifies generated messages on one core and prints messages per second.
enum ClassifyBenchmark {
    /// Classifies `count` messages `passes` times over, and reports the median pass: the machines this
    /// runs on are shared, and one pass can be slowed by a neighbour.
    static func run(count: Int, passes: Int) {
        let registry = BuiltinRegistry.registry
        var generator = MessageGenerator(seed: 42, registry: registry)
        let messages = (0..<count).map { generator.next(index: $0) }
        let bytes = messages.reduce(0) { $0 + $1.text.utf8.count }
        let classifier = Classifier(registry: registry)
        var counts: [Verdict.Kind: Int] = [:]
        // Warm up caches and lazy globals outside the timed part.
        for message in messages.prefix(1000) { _ = classifier.classify(sender: message.sender, text: message.text) }
        var rates: [Double] = []
        for pass in 0..<max(1, passes) {
            let start = now()
            for message in messages {
                let kind = classifier.classify(sender: message.sender, text: message.text).kind
                if pass == 0 { counts[kind, default: 0] += 1 }
            }
            rates.append(Double(count) / (now() - start))
        }
        rates.sort()
        let median = rates[rates.count / 2]
        print("classified \(count) messages (\(bytes / count) bytes on average), \(rates.count) passes")
        print("  \(Int(median)) messages/s on one core (median pass; slowest \(Int(rates.first!)), fastest \(Int(rates.last!)))")
        for kind in Verdict.Kind.allCases { print("  \(kind.rawValue): \(counts[kind, default: 0])") }
    }
}
