import SMSGuard
enum PartsBenchmark {
    static func run(count: Int) {
        let registry = BuiltinRegistry.registry
        var generator = MessageGenerator(seed: 42, registry: registry)
        let messages = (0..<count).map { generator.next(index: $0) }
        let texts = messages.map { Array($0.text.utf8) }
        var out = [UInt8](repeating: 0, count: 100_000)
        var offs = [Int32](repeating: 0, count: 100_000)
        var total = 0
        var start = now()
        for i in texts.indices {
            total &+= texts[i].withUnsafeBufferPointer { b in out.withUnsafeMutableBufferPointer { o in offs.withUnsafeMutableBufferPointer { f in TextFolder.fold(b, into: o.baseAddress!, sourceOffsets: f.baseAddress) } } }
        }
        print("fold: \(Int(Double(count) / (now() - start))) msg/s \(total)")
        start = now()
        var senders = 0
        for m in messages { if Sender(parsing: m.sender).kind == .mobile { senders += 1 } }
        print("sender: \(Int(Double(count) / (now() - start))) msg/s \(senders)")

    }
}

extension PartsBenchmark {
    static func raw(count: Int) {
        let registry = BuiltinRegistry.registry
        var generator = MessageGenerator(seed: 42, registry: registry)
        let texts = (0..<count).map { Array(generator.next(index: $0).text.utf8) }
        var table = [UInt32](repeating: 0, count: 256 * 64)
        for i in table.indices { table[i] = UInt32((i * 7919) % 64) << 8 }
        var sum: UInt32 = 0
        let start = now()
        for text in texts {
            text.withUnsafeBufferPointer { b in
                table.withUnsafeBufferPointer { t in
                    var row: UInt32 = 0
                    for byte in b { row = t[Int(row) &+ Int(byte)]; sum |= row & 1 }
                }
            }
        }
        print("raw dfa loop: \(Int(Double(count) / (now() - start))) msg/s \(sum)")
    }
}

extension PartsBenchmark {
    /// Reads a log with its reader only, to time parsing apart from classification.
    static func read(path: String) {
        let start = now()
        guard let opened = try? LogInput.open(path: path, format: nil) else { print("cannot open \(path)"); return }
        var reader = opened.reader
        var records = 0, bytes = 0
        while let event = reader.next() {
            if case .record(let record) = event { records += 1; bytes &+= record.bodyBytes.count }
        }
        let seconds = now() - start
        print("read \(records) records (\(bytes) body bytes) in \(seconds) s: \(Int(Double(records) / seconds)) records/s")
    }
}
