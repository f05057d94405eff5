// Fuzzes the report writer with hostile senders, texts and reporters: the draft must always be a message
// with exactly the expected headers, folded at 78 characters, with no line over 998 octets.
@testable import SMSGuard

let fuzzReportRegistry = BuiltinRegistry.registry
let fuzzReportClassifier = Classifier(registry: fuzzReportRegistry)
let expectedHeaders: Set<String> = ["from", "to", "subject", "date", "message-id", "x-unsent", "x-mailer", "mime-version", "content-type"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReportWriter(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let third = size / 3
    let sender = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<third]), as: UTF8.self)
    let text = "همه چیزکالا: " + String(decoding: UnsafeBufferPointer(rebasing: bytes[third..<(2 * third)]), as: UTF8.self)
    let reporter = AbuseReport.Reporter(parsing: String(decoding: UnsafeBufferPointer(rebasing: bytes[(2 * third)...]), as: UTF8.self) + " <r@example.org>")
    let verdict = fuzzReportClassifier.classify(sender: sender.isEmpty ? "09120000000" : sender, text: text)
    guard verdict.kind == .spoofed, let shop = verdict.claimedShops.first(where: { $0.reportEmail != nil }) else { return 0 }
    let record = LogRecord(index: 1, sender: sender, body: text, date: 1_760_000_000_000, direction: .received)
    let message = ScannedMessage(file: "fuzz", record: record, verdict: verdict)
    guard let report = AbuseReport(shop: shop, messages: [message], reporter: reporter, createdAt: 1_760_000_000_000, includesFeedbackReport: size % 2 == 0) else { return 0 }
    let eml = report.eml(version: "fuzz")
    let lines = eml.split(separator: 0x0A, omittingEmptySubsequences: false)
    var inHeader = true
    var names: Set<String> = []
    for line in lines {
        precondition(line.count <= 999, "line over 998 octets")
        precondition(line.isEmpty || line.last == 0x0D || line.endIndex == eml.endIndex, "bare LF")
        guard inHeader else { continue }
        if line.count <= 1 { inHeader = false; continue }
        precondition(line.count <= 79, "header line over 78 characters")
        if line.first != 0x20 && line.first != 0x09 {
            let name = String(decoding: line.prefix { $0 != UInt8(ascii: ":") }, as: UTF8.self).lowercased()
            precondition(expectedHeaders.contains(name), "unexpected header \(name)")
            precondition(names.insert(name).inserted, "header \(name) twice")
        }
    }
    precondition(!eml.contains(0), "NUL in the draft")
    return 0
}
