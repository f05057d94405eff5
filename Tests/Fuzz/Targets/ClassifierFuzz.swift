// Fuzzes the classifier against the built-in registry: never crashes; spans point inside the message.
@testable import SMSGuard

let fuzzClassifier = Classifier(registry: BuiltinRegistry.registry)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClassifier(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let split = min(size, Int(bytes.first ?? 0) % 16)
    let sender = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<split]), as: UTF8.self)
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[split...]), as: UTF8.self)
    let verdict = fuzzClassifier.classify(sender: sender, text: text)
    for claim in verdict.claims { precondition(claim.utf8Range.upperBound <= text.utf8.count) }
    _ = verdict.reasons
    _ = verdict.jsonText()
    return 0
}
