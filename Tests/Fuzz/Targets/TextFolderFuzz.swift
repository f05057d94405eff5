// Fuzzes folding: idempotent, never longer than its input, offsets inside the input.
@testable import SMSGuard

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextFolder(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = UnsafeBufferPointer(start: data, count: size)
    var output = [UInt8](repeating: 0, count: max(size, 1))
    var offsets = [Int32](repeating: 0, count: max(size, 1))
    let count = output.withUnsafeMutableBufferPointer { out in
        offsets.withUnsafeMutableBufferPointer { TextFolder.fold(input, into: out.baseAddress!, sourceOffsets: $0.baseAddress) }
    }
    precondition(count <= size)
    precondition(offsets.prefix(count).allSatisfy { $0 >= 0 && Int($0) < max(size, 1) })
    let once = String(decoding: output.prefix(count), as: UTF8.self)
    precondition(TextFolder.fold(once).text == once, "folding is not idempotent")
    return 0
}
