import SMSGuard

/// Classifies generated messages on one core and prints messages per second.
enum ClassifyBenchmark {
    static func run(count: Int) {
        let registry = BuiltinRegistry.registry
        var generator = MessageGenerator(seed: 42, registry: registry)
        let messages = (0..<count).map { generator.next(index: $0) }
        let bytes = messages.reduce(0) { $0 + $1.text.utf8.count }
        let classifier = Classifier(registry: registry)
        var counts: [Verdict.Kind: Int] = [:]
        // Warm up caches and lazy globals outside the timed part.
        for message in messages.prefix(1000) { _ = classifier.classify(sender: message.sender, text: message.text) }
        let start = now()
        for message in messages {
            counts[classifier.classify(sender: message.sender, text: message.text).kind, default: 0] += 1
        }
        let seconds = now() - start
        print("classified \(count) messages (\(bytes / count) bytes on average) in \(String(format3(seconds))) s")
        print("  \(Int(Double(count) / seconds)) messages/s on one core")
        for kind in Verdict.Kind.allCases { print("  \(kind.rawValue): \(counts[kind, default: 0])") }
    }

    static func format3(_ value: Double) -> String {
        let scaled = Int((value * 1000).rounded())
        return "\(scaled / 1000).\(String(scaled % 1000).leftPadded(to: 3))"
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
