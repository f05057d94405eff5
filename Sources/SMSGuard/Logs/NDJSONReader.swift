/// Reads newline-delimited JSON: the `messages.ndjson` of SMS Import/Export, and any NDJSON log whose
/// objects name a sender and a text.
///
/// Fields, by the first name present:
/// - sender: `address`, `sender`, `from`, `__sender_address.address` (SMS Import/Export MMS);
/// - text: `body`, `text`, `message`, or the `text/plain` items of `__parts` (MMS);
/// - date: `date` or `timestamp`, as epoch seconds, milliseconds, micro- or nanoseconds, or ISO 8601;
/// - direction: `type` (1 inbox, 2 sent, 3 draft, 4 outbox, 5 failed, 6 queued, or the words `received`,
///   `inbox`, `incoming`, `sent`, `outgoing`…), `msg_box` for MMS; absent means received.
/// Values may be strings or numbers. Blank lines are not records.
public struct NDJSONReader: LogReader {
    private var lines: LineFramer
    private var recordCount = 0
    private var finished = false
    /// The source's repairs already added to records.
    private var sourceRepairs = 0

    public init(source: ChunkSource) {
        lines = LineFramer(source: source)
    }

    public var bytesRead: Int { lines.source.bytesRead }

    public mutating func next() -> LogEvent? {
        guard !finished else { return nil }
        let path = lines.source.path
        var recordCount = self.recordCount
        defer { self.recordCount = recordCount }
        while true {
            guard let event = lines.next({ line -> LogEvent? in
                if line.isIdle { return .idle }
                guard let bytes = line.bytes else {
                    recordCount += 1
                    return .unreadable(SMSGuardError(.badData, "line longer than \(LineFramer.maximumLineLength >> 20) MiB", at: SourceLocation(path: path, line: line.number)))
                }
                // A UTF-8 byte-order mark before the first line is no part of it.
                let text = line.number == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: bytes[3...]) : bytes
                guard text.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
                recordCount += 1
                return Self.event(line: text, number: line.number, index: recordCount, path: path)
            }) else {
                finished = true
                return lines.source.error.map(LogEvent.unreadable)
            }
            if case .record(var record)? = event {
                record.repairs += lines.source.repairs - sourceRepairs
                sourceRepairs = lines.source.repairs
                return .record(record)
            }
            if let event { return event }
        }
    }

    private static func event(line: UnsafeBufferPointer<UInt8>, number: Int, index: Int, path: String) -> LogEvent {
        let value: JSONValue
        let repairs: Int
        do throws(JSONParser.Failure) {
            (value, repairs) = try JSONParser.parseDocument(line)
        } catch {
            return .unreadable(SMSGuardError(.badData, "invalid JSON: \(error.message)", at: SourceLocation(path: path, line: number, column: error.offset + 1)))
        }
        guard case .object = value else {
            return .unreadable(SMSGuardError(.badData, "expected a JSON object, found \(value.typeName)", at: SourceLocation(path: path, line: number, column: 1)))
        }
        guard var record = LogFields.record(from: value, index: index, line: number) else {
            return .unreadable(SMSGuardError(.badData, "object has no sender (address, sender, from) and no text (body, text, message)", at: SourceLocation(path: path, line: number, column: 1)))
        }
        record.repairs += repairs
        return .record(record)
    }
}

/// Maps the fields of a JSON message object, whatever the exporting app called them.
enum LogFields {
    static func record(from object: JSONValue, index: Int, line: Int) -> LogRecord? {
        let sender = scalar(object, ["address", "sender", "from", "phone", "number"])
            ?? object["__sender_address"].flatMap { scalar($0, ["address"]) }
        var body = scalar(object, ["body", "text", "message", "content"])
        let isMMS = object["__parts"] != nil || object["msg_box"] != nil || object["__sender_address"] != nil
        if body == nil, let parts = object["__parts"]?.arrayValue {
            let texts = parts.filter { (scalar($0, ["ct"]) ?? "").lowercased().hasPrefix("text/plain") }.compactMap { scalar($0, ["text"]) }
            body = texts.joined(separator: "\n")
        }
        guard sender != nil || body != nil else { return nil }
        var record = LogRecord(
            index: index, sender: sender ?? "", body: body ?? "", date: nil,
            direction: direction(object, isMMS: isMMS), kind: isMMS ? "mms" : "sms", line: line, column: 1)
        if let written = scalar(object, ["date", "timestamp", "time", "date_sent"]) {
            if let number = Int64(written) {
                record.date = Timestamp.milliseconds(fromEpochNumber: number)
            } else if let parsed = Timestamp.parse(written) {
                record.date = parsed.milliseconds
                record.isLocalTime = parsed.isLocal
            }
        }
        return record
    }

    static func direction(_ object: JSONValue, isMMS: Bool) -> LogRecord.Direction {
        let code = isMMS ? (scalar(object, ["msg_box"]) ?? scalar(object, ["type"])) : scalar(object, ["type", "direction", "box", "folder"])
        guard let code = code?.lowercased() else { return .received }
        switch code {
        case "1", "inbox", "received", "incoming", "in", "rcv": return .received
        case "2", "sent", "outgoing", "out", "snt": return .sent
        case "3", "draft", "drafts": return .draft
        case "4", "outbox": return .outbox
        case "5", "failed": return .failed
        case "6", "queued": return .queued
        default: return .unknown
        }
    }

    /// The first of `keys` that holds a string or a number, as text.
    static func scalar(_ object: JSONValue, _ keys: [String]) -> String? {
        for key in keys {
            switch object[key] {
            case .string(let text)?: return text
            case .number(let text)?: return text
            default: continue
            }
        }
        return nil
    }
}
