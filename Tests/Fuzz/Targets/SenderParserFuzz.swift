// Fuzzes sender parsing: never crashes, and a canonical form parses to itself.
@testable import SMSGuard

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSenderParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: min(size, 256)), as: UTF8.self)
    let sender = Sender(parsing: text)
    if sender.isValid && sender.kind != .alphanumeric {
        precondition(Sender(parsing: sender.canonical) == sender, "canonical form \(sender.canonical) of \(text.debugDescription) does not parse to itself")
    }
    return 0
}
