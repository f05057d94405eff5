// Fuzzes the SMS Backup & Restore reader: it must never crash, hang or lose count, in chunks of any size.
@testable import SMSGuard

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSBRReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let chunk = 1 + Int(bytes.first ?? 0) % 64
    var reader = SBRReader(source: ByteSource(bytes: bytes, path: "fuzz.xml", chunkSize: chunk))
    var events = 0
    while let event = reader.next() {
        events += 1
        if case .record(let record) = event { precondition(String(validating: record.bodyBytes, as: UTF8.self) != nil) }
        precondition(events <= size + 2, "more events than bytes")
    }
    return 0
}
