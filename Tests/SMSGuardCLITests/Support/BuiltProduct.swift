import Foundation

/// The `smsguard` executable built next to this test bundle, and a way to run it as a child process.
enum BuiltProduct {
    struct NotFound: Error, CustomStringConvertible {
        var searched: [String]
        var description: String {
            "cannot find the built 'smsguard' executable next to the tests; build it in the same scratch path "
                + "(swift build --scratch-path …) or set SMSGUARD_BINARY. Looked in: " + searched.joined(separator: ", ")
        }
    }

    /// The directories that may hold the products: the one holding the test executable (Linux) or the
    /// `.xctest` bundle (macOS).
    static func candidateDirectories() -> [String] {
        var starts = [CommandLine.arguments.first ?? ""] + Bundle.allBundles.map(\.bundlePath) + [Bundle.main.bundlePath]
        starts = starts.filter { !$0.isEmpty }.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
        var directories: [String] = []
        for start in starts {
            let url = URL(fileURLWithPath: start)
            let components = url.pathComponents
            // The test bundle is …/debug/X.xctest: an executable on Linux, a directory on macOS whose
            // executable is X.xctest/Contents/MacOS/X. The products are next to it.
            var isDirectory: ObjCBool = false
            let directory = components.firstIndex { $0.hasSuffix(".xctest") }
                .map { NSString.path(withComponents: Array(components[..<$0])) }
                ?? (FileManager.default.fileExists(atPath: start, isDirectory: &isDirectory) && isDirectory.boolValue
                    ? start : url.deletingLastPathComponent().path)
            if !directories.contains(directory) { directories.append(directory) }
        }
        return directories
    }

    /// The path of the built `smsguard`, or an error that says where it looked.
    static func executable() throws -> String {
        if let override = ProcessInfo.processInfo.environment["SMSGUARD_BINARY"], !override.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: override) else { throw NotFound(searched: [override]) }
            return override
        }
        let directories = candidateDirectories()
        for directory in directories {
            let candidate = directory + "/smsguard"
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        throw NotFound(searched: directories)
    }
}

/// What one run of the built binary produced.
struct ProcessResult {
    var status: Int32
    /// Whether the process exited (rather than being killed by a signal).
    var exited: Bool
    var stdout: String
    var stderr: String
}

/// Runs the built `smsguard` with `arguments` in `directory`, feeding `stdin`, with `environment` added to
/// this process's; stdout and stderr go to files, so that neither can fill a pipe and block the child.
func runBuiltSMSGuard(
    _ arguments: [String], environment: [String: String] = [:], in directory: String? = nil, stdin: String = ""
) throws -> ProcessResult {
    let scratch = try TemporaryDirectory()
    defer { scratch.remove() }
    let inputPath = try scratch.write("stdin", stdin)
    let outputPath = try scratch.write("stdout", "")
    let errorPath = try scratch.write("stderr", "")

    let process = Process()
    process.executableURL = URL(fileURLWithPath: try BuiltProduct.executable())
    process.arguments = arguments
    if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: inputPath))
    let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
    let error = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
    defer { try? input.close(); try? output.close(); try? error.close() }
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    process.waitUntilExit()
    return ProcessResult(
        status: process.terminationStatus, exited: process.terminationReason == .exit,
        stdout: String(decoding: try scratch.bytes("stdout"), as: UTF8.self),
        stderr: String(decoding: try scratch.bytes("stderr"), as: UTF8.self))
}
