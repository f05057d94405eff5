// Embeds Registry/registry.json in the library as Sources/SMSGuard/Registry/BuiltinRegistry+Generated.swift.
// Run from the repository root after `smsguard registry build`: swift run smsguard-codegen
import SMSGuard

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let registryPath = CommandLine.arguments.dropFirst().first ?? "Registry/registry.json"
let outputPath = CommandLine.arguments.dropFirst(2).first ?? "Sources/SMSGuard/Registry/BuiltinRegistry+Generated.swift"

func fail(_ message: String) -> Never {
    let line = Array("smsguard-codegen: error: \(message)\n".utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(1)
}

guard let input = fopen(registryPath, "rb") else { fail("\(registryPath): cannot open") }
var bytes: [UInt8] = []
var chunk = [UInt8](repeating: 0, count: 1 << 16)
while true {
    let count = fread(&chunk, 1, chunk.count, input)
    if count == 0 { break }
    bytes.append(contentsOf: chunk[0..<count])
}
fclose(input)
guard let json = String(validating: bytes, as: UTF8.self) else { fail("\(registryPath): not UTF-8") }
do {
    _ = try Registry(json: json, path: registryPath)
} catch {
    fail("\(error)")
}
let source = BuiltinRegistrySource.swiftSource(embedding: json)
guard let output = fopen(outputPath, "wb") else { fail("\(outputPath): cannot write") }
fputs(source, output)
fclose(output)
print("wrote \(outputPath)")
