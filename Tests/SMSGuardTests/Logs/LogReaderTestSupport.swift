@testable import SMSGuard

/// Reads every event of an in-memory log with a given reader, `chunkSize` bytes at a time.
func readAll<Reader: LogReader>(_ make: (ByteSource) -> Reader, _ text: String, chunkSize: Int = 1 << 20) -> [LogEvent] {
    readAll(make, Array(text.utf8), chunkSize: chunkSize)
}

func readAll<Reader: LogReader>(_ make: (ByteSource) -> Reader, _ bytes: [UInt8], chunkSize: Int = 1 << 20) -> [LogEvent] {
    var reader = make(ByteSource(bytes: bytes, path: "log", chunkSize: chunkSize))
    var events: [LogEvent] = []
    while let event = reader.next() { events.append(event) }
    return events
}

extension LogEvent {
    var record: LogRecord? {
        if case .record(let record) = self { return record }
        return nil
    }

    var error: SMSGuardError? {
        if case .unreadable(let error) = self { return error }
        return nil
    }
}

extension Array where Element == LogEvent {
    var records: [LogRecord] { compactMap(\.record) }
    var errors: [SMSGuardError] { compactMap(\.error) }
}
