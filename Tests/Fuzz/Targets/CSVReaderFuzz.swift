// Fuzzes the CSV reader with a valid header before the fuzzed rows, so the rows are really parsed.
@testable import SMSGuard

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let body = Array(UnsafeBufferPointer(start: data, count: size))
    let withHeader = (body.first ?? 0) % 2 == 0
    let bytes = withHeader ? Array("Message Date,Type,Sender ID,Text\n".utf8) + body : body
    var reader = CSVReader(source: ByteSource(bytes: bytes, path: "fuzz.csv", chunkSize: 1 + Int(body.last ?? 0) % 16))
    var events = 0
    while reader.next() != nil {
        events += 1
        precondition(events <= bytes.count + 2, "more events than bytes")
    }
    return 0
}
