// Fuzzes policy extraction on text and markup: never crashes; every fact found has evidence.
@testable import SMSGuard

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPolicyExtractor(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let shop = try? PolicyExtractor.extract(policy: bytes, id: "fuzz", fileName: "fuzz.html") else { return 0 }
    for sender in shop.senders { precondition(shop.evidence.contains { $0.fact == "sender" && $0.value == sender }) }
    if let email = shop.reportEmail { precondition(shop.evidence.contains { $0.fact == "reportEmail" && $0.value == email }) }
    return 0
}
