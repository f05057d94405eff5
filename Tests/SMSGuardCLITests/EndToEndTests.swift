import Foundation
import Testing
import SMSGuardCLI

/// Runs the built `smsguard` executable as a child process and checks stdout, stderr and exit status.
struct EndToEndTests {
    @Test func builtBinaryIsFound() throws {
        let path = try BuiltProduct.executable()
        #expect(path.hasSuffix("/smsguard"))
    }

    @Test func versionPrintsTheVersion() throws {
        let result = try runBuiltSMSGuard(["--version"])
        #expect(result.exited)
        #expect(result.status == 0)
        #expect(result.stdout == "smsguard \(CLI.version)\n")
        #expect(result.stderr == "")
    }

    @Test func helpPrintsTheUsage() throws {
        let result = try runBuiltSMSGuard(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: smsguard <command> [options]\n"))
        #expect(result.stderr == "")
    }

    @Test func registryListUsesTheBuiltInRegistryFromAnyDirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try runBuiltSMSGuard(["registry", "list"], in: directory.path)
        #expect(result.exited)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("5 shops (built-in registry)\n\n"))
        #expect(result.stdout.contains("\nhamechizkala    200053467  info@digibile.com  1     همه چیزکالا، همه چیز کالا\n"))
        #expect(result.stdout == smsguard("registry", "list").stdout)
    }

    @Test func registryListRunFromTmpWorks() throws {
        let result = try runBuiltSMSGuard(["registry", "list"], in: "/tmp")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("5 shops (built-in registry)\n"))
        #expect(result.stderr == "")
    }

    @Test func registryListJSONFromAnyDirectoryIsTheRegistryFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try runBuiltSMSGuard(["registry", "list", "--json"], in: directory.path)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(Array(result.stdout.utf8) == (try Repository.bytes("Registry/registry.json")))
    }

    @Test func registryCheckFromTheRepositoryRootUsesTheDefaultPaths() throws {
        let result = try runBuiltSMSGuard(["registry", "check"], in: Repository.root)
        #expect(result.exited)
        #expect(result.status == 0)
        #expect(result.stdout == "Registry/registry.json: up to date\nbuilt-in registry: up to date\n")
        #expect(result.stderr == "")
    }

    @Test func registryCheckOutsideTheRepositorySaysWhereToRunIt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try runBuiltSMSGuard(["registry", "check"], in: directory.path)
        #expect(result.status == 66)
        #expect(result.stdout == "")
        #expect(result.stderr == "smsguard: error: Registry/policies: no policies here: run from the repository root, or name the policy files or directory\n")
    }

    @Test func checkOfTheOfficialSenderInPersianDigitsNamesItsShop() throws {
        let result = try runBuiltSMSGuard(["check", "۲۰۰۰۵۳۴۶۷"], in: "/tmp")
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("200053467 (bulk) is the official SMS sender of همه چیزکالا (hamechizkala).\n"))
    }

    @Test func checkOfASpoofedMessageExitsOne() throws {
        let result = try runBuiltSMSGuard(["check", "09121234567", "--text", spoofedText], in: "/tmp")
        #expect(result.exited)
        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("SPOOFED  جعلی\n  sender:  09121234567  →  +989121234567 (mobile)\n"))
        #expect(result.stdout.contains("  همه چیزکالا asks for such messages to be reported to info@digibile.com:\n"))
        #expect(result.stdout == smsguard("check", "09121234567", "--text", spoofedText).stdout)
    }

    @Test func checkReadsTheMessageFromStandardInput() throws {
        let result = try runBuiltSMSGuard(["check", "09121234567", "--text", "-", "--json"], stdin: spoofedText + "\n")
        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix(#"{"sender":"09121234567","senderCanonical":"+989121234567","senderKind":"mobile","verdict":"spoofed","#))
    }

    @Test func usageErrorExits64WithTheMessageOnStandardError() throws {
        let result = try runBuiltSMSGuard(["chek", "200053467"])
        #expect(result.exited)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            smsguard: error: unknown command 'chek'; did you mean 'check'?
            usage: smsguard <command> [options]
            See 'smsguard --help'.

            """)
    }

    @Test func emptySenderExits64() throws {
        let result = try runBuiltSMSGuard(["check", ""])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("smsguard: error: an empty sender is not a sender"))
    }

    /// `smsguard registry list | head -1`: the reader goes away after the first bytes. The listing is made
    /// larger than a pipe's buffer so that the tool is still writing when the pipe closes.
    @Test
    func closedStandardOutputEndsTheProgramQuietly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let shops = (0..<4000).map { index in
            #"{"id": "shop\#(index)", "names": ["فروشگاه شماره \#(index)"], "senders": ["3000\#(100000 + index)"], "reportEmail": "abuse@shop\#(index).example", "domains": ["shop\#(index).example"]}"#
        }
        let registry = try directory.write("big.json", "{\"shops\": [\n" + shops.joined(separator: ",\n") + "\n]}\n")
        let errorPath = try directory.write("stderr", "")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: try BuiltProduct.executable())
        process.arguments = ["registry", "list", "--registry", registry]
        let output = Pipe()
        let error = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        defer { try? error.close() }
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()

        let firstBytes = output.fileHandleForReading.readData(ofLength: 64)
        try output.fileHandleForReading.close()
        #expect(String(decoding: firstBytes, as: UTF8.self).hasPrefix("4000 shops (\(registry))"))

        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            Issue.record("smsguard kept running for 60 s after its standard output was closed")
            return
        }
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "killed by signal \(process.terminationStatus)")
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: try directory.bytes("stderr"), as: UTF8.self) == "")
    }
}
