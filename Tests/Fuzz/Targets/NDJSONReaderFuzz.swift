// Fuzzes the NDJSON reader (and the JSON parser under it).
@testable import SMSGuard

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNDJSONReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var reader = NDJSONReader(source: ByteSource(bytes: bytes, path: "fuzz.ndjson", chunkSize: 1 + Int(bytes.last ?? 0) % 32))
    var events = 0
    while reader.next() != nil {
        events += 1
        precondition(events <= size + 2, "more events than bytes")
    }
    return 0
}
