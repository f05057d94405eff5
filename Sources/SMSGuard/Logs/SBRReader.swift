#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads SMS Backup & Restore XML: `<sms>` and `<mms>` elements of `<smses>`.
///
/// A small streaming reader of the subset the app writes, not a general XML parser: it reads chunk by
/// chunk, keeps only the attributes it needs (capped at `maximumValueSize`), skips the rest without
/// buffering them (a gigabyte of base64 in `data` costs no memory), and resumes anywhere after a
/// malformed element. Foundation's XMLParser on Linux drops surrogate-pair references and is slow.
/// - Complexity: O(n), with `memchr` over attribute values and text between elements.
public struct SBRReader: LogReader {
    /// Longest attribute value kept; longer bodies are cut there and the record counts a repair.
    public static let maximumValueSize = 1 << 20

    private let source: ChunkSource
    private var chunk = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var position = 0
    /// Absolute offset of `chunk[0]`.
    private var chunkStart = 0
    private var lines = LineCounter()
    private var state = State.text
    private var name = PackedName()
    private var isEndTag = false
    private var element = Element.other
    private var attribute: Attribute?
    private var value: [UInt8] = []
    private var valueTruncated = false
    private var record: PartialRecord?
    /// Where the tag being read starts, for errors.
    private var tagStart = 0
    private var ready: [LogEvent] = []
    private var recordCount = 0
    private var finished = false
    /// The source's repairs already added to records.
    private var sourceRepairs = 0

    public var bytesRead: Int { source.bytesRead }

    public init(source: ChunkSource) {
        self.source = source
    }

    public mutating func next() -> LogEvent? {
        while ready.isEmpty {
            if position >= chunk.count {
                guard !finished else { return nil }
                lines.count(upTo: chunkStart + chunk.count, in: chunk, chunkStart: chunkStart)
                guard let next = source.nextChunk() else {
                    finish()
                    finished = true
                    return ready.isEmpty ? nil : ready.removeFirst()
                }
                chunkStart += chunk.count
                position = 0
                chunk = next
                if next.isEmpty { return .idle }
            }
            step()
        }
        return ready.removeFirst()
    }

    // MARK: The state machine

    private enum State: Equatable {
        case text, tagOpen, tagName, inTag, selfClosing, attributeName, afterAttributeName, beforeValue
        case value(UInt8)
        /// Skipping a comment, processing instruction or declaration to its `>`.
        case skip
        /// After a malformed tag: skipping to its end.
        case recover
    }

    private enum Element { case sms, mms, part, addr, other }

    private enum Attribute { case address, body, date, type, msgBox, contentType, text, addressType }

    /// The fields of the record being read.
    private struct PartialRecord {
        let isMMS: Bool
        let line: Int, column: Int
        var address: String?
        var body: [UInt8]?
        var date: Int64?
        var type: Int?
        var repairs = 0
        var parts: [[UInt8]] = []
        var sender: String?
        var isOpen = false
        // The <part> or <addr> being read.
        var childType: String?
        var childText: [UInt8]?
        var childAddress: String?
    }

    private mutating func step() {
        switch state {
        case .text:
            guard let found = find(UInt8(ascii: "<")) else { position = chunk.count; return }
            position = found + 1
            tagStart = chunkStart + found
            state = .tagOpen
        case .tagOpen:
            let byte = chunk[position]
            position += 1
            name = PackedName()
            switch byte {
            case UInt8(ascii: "/"):
                isEndTag = true
                state = .tagName
            case UInt8(ascii: "?"), UInt8(ascii: "!"):
                state = .skip
            default:
                isEndTag = false
                name.append(byte)
                state = .tagName
            }
        case .tagName:
            readName()
        case .inTag:
            readInTag()
        case .selfClosing:
            guard chunk[position] == UInt8(ascii: ">") else {
                malformed("expected '>' after '/' in <\(elementName)>")  // located at the offending byte
                return
            }
            position += 1
            endOfStartTag(selfClosing: true)
        case .attributeName:
            readAttributeName()
        case .afterAttributeName:
            skipSpaces()
            guard position < chunk.count else { return }
            if chunk[position] == UInt8(ascii: "=") {
                position += 1
                state = .beforeValue
            } else {
                malformed("expected '=' after attribute \(name.text)")
            }
        case .beforeValue:
            skipSpaces()
            guard position < chunk.count else { return }
            let quote = chunk[position]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                malformed("attribute value of \(name.text) is not in quotes")
                return
            }
            position += 1
            if attribute != nil {
                value.removeAll(keepingCapacity: true)
                valueTruncated = false
            }
            state = .value(quote)
        case .value(let quote):
            readValue(quote: quote)
        case .skip, .recover:
            guard let found = find(UInt8(ascii: ">")) else { position = chunk.count; return }
            position = found + 1
            state = .text
        }
    }

    private mutating func readName() {
        while position < chunk.count {
            let byte = chunk[position]
            if Self.isNameByte(byte) {
                name.append(byte)
                position += 1
                continue
            }
            if isEndTag {
                if byte == UInt8(ascii: ">") {
                    position += 1
                    endTag()
                    state = .text
                } else if isSpace(byte) {
                    position += 1
                } else {
                    malformed("unexpected \(describe(byte)) in end tag")
                }
                return
            }
            startTag()
            state = .inTag
            return
        }
    }

    private mutating func readInTag() {
        // Attributes that lie whole in this chunk are read in one loop, without a trip through `step`.
        while true {
            skipSpaces()
            guard position < chunk.count else { return }
            let byte = chunk[position]
            switch byte {
            case UInt8(ascii: ">"):
                position += 1
                endOfStartTag(selfClosing: false)
                return
            case UInt8(ascii: "/"):
                position += 1
                state = .selfClosing
                return
            default:
                guard Self.isNameByte(byte) else {
                    malformed("unexpected \(describe(byte)) in <\(elementName)>")
                    return
                }
                if readWholeAttribute() { continue }
                name = PackedName()
                state = .attributeName
                return
            }
        }
    }

    /// The fast path: an attribute `name="value"` that lies entirely in this chunk is read at once, its
    /// value found with memchr and kept only if wanted. Returns false (consuming nothing) otherwise, and
    /// the state machine reads it piece by piece.
    private mutating func readWholeAttribute() -> Bool {
        guard let base = chunk.baseAddress else { return false }
        let start = position
        var index = start
        while index < chunk.count && Self.isNameByte(base[index]) { index += 1 }
        guard index + 1 < chunk.count, base[index] == UInt8(ascii: "=") else { return false }
        let quote = base[index + 1]
        guard quote == UInt8(ascii: "\""), let found = memchr(base + index + 2, Int32(quote), chunk.count - index - 2) else { return false }
        let valueStart = index + 2
        let valueEnd = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        attribute = Self.attributeID(base + start, count: index - start, of: element)
        if let attribute {
            let kept = min(valueEnd - valueStart, SBRReader.maximumValueSize)
            assign(attribute, raw: UnsafeBufferPointer(start: base + valueStart, count: kept), truncated: kept < valueEnd - valueStart)
        }
        position = valueEnd + 1
        return true
    }

    /// The wanted attribute of `element` named by the bytes at `name`, compared in place. Static: a
    /// method of the reader would copy the whole reader for every attribute.
    private static func attributeID(_ name: UnsafePointer<UInt8>, count: Int, of element: Element) -> Attribute? {
        func named(_ text: StaticString) -> Bool {
            count == text.utf8CodeUnitCount && memcmp(name, text.utf8Start, count) == 0
        }
        switch element {
        case .sms:
            if named("body") { return .body }
            if named("address") { return .address }
            if named("date") { return .date }
            if named("type") { return .type }
        case .mms:
            if named("address") { return .address }
            if named("date") { return .date }
            if named("msg_box") { return .msgBox }
        case .part:
            if named("ct") { return .contentType }
            if named("text") { return .text }
        case .addr:
            if named("address") { return .address }
            if named("type") { return .addressType }
        case .other:
            break
        }
        return nil
    }

    private mutating func readAttributeName() {
        while position < chunk.count && Self.isNameByte(chunk[position]) {
            name.append(chunk[position])
            position += 1
        }
        if position < chunk.count {
            let byte = chunk[position]
            attribute = attributeID()
            state = byte == UInt8(ascii: "=") ? .beforeValue : .afterAttributeName
            if byte == UInt8(ascii: "=") { position += 1 }
        }
    }

    private mutating func readValue(quote: UInt8) {
        let end = find(quote)
        let stop = end ?? chunk.count
        if attribute != nil && stop > position {
            let room = SBRReader.maximumValueSize - value.count
            if room > 0 {
                value.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[position..<min(stop, position + room)]))
            }
            if stop - position > room { valueTruncated = true }
        }
        position = stop
        guard let end else { return }
        position = end + 1
        if let attribute { assignGathered(attribute) }
        state = .inTag
    }

    // MARK: Elements

    private var elementName: String {
        switch element {
        case .sms: return "sms"
        case .mms: return "mms"
        case .part: return "part"
        case .addr: return "addr"
        case .other: return name.text
        }
    }

    private mutating func startTag() {
        element = Self.element(named: name)
        switch element {
        case .sms, .mms:
            if let open = record {
                emitUnreadable("<\(open.isMMS ? "mms" : "sms")> is not closed before the next message", line: open.line, column: open.column)
            }
            let (line, column) = lines.position(of: tagStart, in: chunk, chunkStart: chunkStart)
            record = PartialRecord(isMMS: element == .mms, line: line, column: column)
        case .part, .addr:
            record?.childType = nil
            record?.childText = nil
            record?.childAddress = nil
        case .other:
            break
        }
    }

    private mutating func endOfStartTag(selfClosing: Bool) {
        state = .text
        switch element {
        case .sms, .mms:
            if selfClosing { finishRecord() } else { record?.isOpen = true }
        case .part:
            if let type = record?.childType, type.lowercased().hasPrefix("text/plain"), let text = record?.childText {
                record?.parts.append(text)
            }
        case .addr:
            if record?.childType == "137", let address = record?.childAddress { record?.sender = address }
        case .other:
            break
        }
    }

    private mutating func endTag() {
        switch Self.element(named: name) {
        case .sms where record?.isMMS == false, .mms where record?.isMMS == true:
            finishRecord()
        default:
            break
        }
    }

    private static func element(named name: PackedName) -> Element {
        if name == Names.sms { return .sms }
        if name == Names.mms { return .mms }
        if name == Names.part { return .part }
        if name == Names.addr { return .addr }
        return .other
    }

    /// Element and attribute names, made once.
    private enum Names {
        static let sms = PackedName("sms"), mms = PackedName("mms"), part = PackedName("part"), addr = PackedName("addr")
        static let address = PackedName("address"), body = PackedName("body"), date = PackedName("date")
        static let type = PackedName("type"), msgBox = PackedName("msg_box"), ct = PackedName("ct"), text = PackedName("text")
    }

    private func attributeID() -> Attribute? {
        switch element {
        case .sms:
            if name == Names.address { return .address }
            if name == Names.body { return .body }
            if name == Names.date { return .date }
            if name == Names.type { return .type }
        case .mms:
            if name == Names.address { return .address }
            if name == Names.date { return .date }
            if name == Names.msgBox { return .msgBox }
        case .part:
            if name == Names.ct { return .contentType }
            if name == Names.text { return .text }
        case .addr:
            if name == Names.address { return .address }
            if name == Names.type { return .addressType }
        case .other:
            break
        }
        return nil
    }

    /// Stores a wanted attribute's raw value (`truncated`: cut at `maximumValueSize`) in the record.
    private mutating func assign(_ attribute: Attribute, raw: UnsafeBufferPointer<UInt8>, truncated: Bool) {
        guard record != nil else { return }
        switch attribute {
        case .date:
            record!.date = Self.integer(raw)
            return
        case .type where element == .sms, .msgBox:
            record!.type = Self.integer(raw).map { Int($0) }
            return
        default:
            break
        }
        var repairs = truncated ? 1 : 0
        let bytes = XMLText.decodeBytes(raw, repairs: &repairs)
        record!.repairs += repairs
        let isNull = bytes == Self.null
        func text() -> String? { isNull ? nil : String(decoding: bytes, as: UTF8.self) }
        switch (element, attribute) {
        case (.sms, .address), (.mms, .address): record!.address = text()
        case (.sms, .body): record!.body = isNull ? nil : bytes
        case (.part, .contentType): record!.childType = text()
        case (.part, .text): record!.childText = isNull ? nil : bytes
        case (.addr, .address): record!.childAddress = text()
        case (.addr, .addressType): record!.childType = text()
        default: break
        }
    }

    /// Stores the value the state machine gathered piece by piece.
    private mutating func assignGathered(_ attribute: Attribute) {
        let gathered = value
        gathered.withUnsafeBufferPointer { assign(attribute, raw: $0, truncated: valueTruncated) }
    }

    private mutating func finishRecord() {
        guard let partial = record else { return }
        record = nil
        recordCount += 1
        var date = partial.date
        // MMS dates are seconds in Android's provider and milliseconds in most SBR files.
        if let seconds = date, seconds > 0, seconds < 100_000_000_000 { date = seconds * 1000 }
        let direction = partial.isMMS ? Self.mmsDirection(partial.type) : Self.smsDirection(partial.type)
        let sender = partial.isMMS ? (partial.sender ?? partial.address ?? "") : (partial.address ?? "")
        let body = partial.isMMS ? Array(partial.parts.joined(separator: [0x0A])) : (partial.body ?? [])
        var out = LogRecord(
            index: recordCount, sender: sender, bodyBytes: body, date: date, direction: direction,
            kind: partial.isMMS ? "mms" : "sms", line: partial.line, column: partial.column)
        out.repairs = partial.repairs + source.repairs - sourceRepairs
        sourceRepairs = source.repairs
        ready.append(.record(out))
    }

    private static let null = Array("null".utf8)

    /// A decimal integer written in `bytes` (surrounding spaces allowed), without making a string.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var value: Int64 = 0
        var digits = 0
        var negative = false
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (product, overflow) = value.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                value = product + Int64(byte - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: "-") where index == 0:
                negative = true
            case 0x20, 0x09:
                continue
            default:
                return nil
            }
        }
        return digits > 0 ? (negative ? -value : value) : nil
    }

    static func smsDirection(_ type: Int?) -> LogRecord.Direction {
        switch type {
        case 1: return .received
        case 2: return .sent
        case 3: return .draft
        case 4: return .outbox
        case 5: return .failed
        case 6: return .queued
        default: return .unknown
        }
    }

    static func mmsDirection(_ box: Int?) -> LogRecord.Direction {
        switch box {
        case 1: return .received
        case 2: return .sent
        case 3: return .draft
        case 4: return .outbox
        default: return .unknown
        }
    }

    // MARK: Errors and the end

    private mutating func malformed(_ message: String) {
        let (line, column) = lines.position(of: chunkStart + position, in: chunk, chunkStart: chunkStart)
        if let open = record {
            emitUnreadable("\(message); the \(open.isMMS ? "mms" : "sms") record starting at \(open.line):\(open.column) is skipped", line: line, column: column)
            recordCount += 1
            record = nil
        } else {
            emitUnreadable(message, line: line, column: column)
        }
        state = .recover
    }

    private mutating func emitUnreadable(_ message: String, line: Int, column: Int) {
        ready.append(.unreadable(SMSGuardError(.badData, message, at: SourceLocation(path: source.path, line: line, column: column))))
    }

    private mutating func finish() {
        if let error = source.error { ready.append(.unreadable(error)) }
        if let open = record {
            recordCount += 1
            emitUnreadable("file ends inside the \(open.isMMS ? "mms" : "sms") record that starts here (truncated file?)", line: open.line, column: open.column)
            record = nil
        } else if state != .text {
            let (line, column) = lines.position(of: tagStart, in: chunk, chunkStart: chunkStart)
            emitUnreadable("file ends inside a tag (truncated file?)", line: line, column: column)
        }
    }

    // MARK: Bytes

    /// An element or attribute name packed into two words: names are compared without allocating.
    /// Names longer than 16 bytes keep their first 16 and their length, which is enough to tell them apart
    /// from the few names the reader wants.
    struct PackedName: Equatable {
        private var words: (UInt64, UInt64) = (0, 0)
        private(set) var count = 0

        init() {}

        init(_ text: StaticString) {
            for index in 0..<text.utf8CodeUnitCount { append(text.utf8Start[index]) }
        }

        mutating func append(_ byte: UInt8) {
            if count < 8 {
                words.0 |= UInt64(byte) << (8 * UInt64(count))
            } else if count < 16 {
                words.1 |= UInt64(byte) << (8 * UInt64(count - 8))
            }
            count += 1
        }

        static func == (lhs: PackedName, rhs: PackedName) -> Bool {
            lhs.count == rhs.count && lhs.words == rhs.words
        }

        var text: String {
            var bytes: [UInt8] = []
            for index in 0..<min(count, 16) {
                let word = index < 8 ? words.0 : words.1
                bytes.append(UInt8(truncatingIfNeeded: word >> (8 * UInt64(index % 8))))
            }
            return String(decoding: bytes, as: UTF8.self) + (count > 16 ? "…" : "")
        }
    }

    private func find(_ byte: UInt8) -> Int? {
        guard position < chunk.count, let base = chunk.baseAddress else { return nil }
        guard let found = memchr(base + position, Int32(byte), chunk.count - position) else { return nil }
        return found.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: base)
    }

    private mutating func skipSpaces() {
        while position < chunk.count && isSpace(chunk[position]) { position += 1 }
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    /// Letters, digits, `_`, `-`, `:`, `.` and every byte of a non-ASCII scalar, as two 64-bit masks
    /// over the ASCII bytes: a name byte is tested in a few instructions, with no table in memory.
    @inline(__always)
    private static func isNameByte(_ byte: UInt8) -> Bool {
        if byte >= 0x80 { return true }
        let mask: UInt64 = byte < 0x40 ? 0x7ff600000000000 : 0x7fffffe87fffffe
        return (mask >> UInt64(byte & 0x3F)) & 1 != 0
    }

    private func describe(_ byte: UInt8) -> String {
        (0x21..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }
}
