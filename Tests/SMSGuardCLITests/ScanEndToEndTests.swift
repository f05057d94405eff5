import Foundation
import Testing
import SMSGuardCLI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private func readDescriptor(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// A child `smsguard` whose standard input and output are pipes, read and written as a producer and a
/// consumer in a pipeline would.
private final class PipedSMSGuard {
    let process = Process()
    let input = Pipe()
    let output = Pipe()
    let errorPath: String

    init(_ arguments: [String], errorPath: String) throws {
        self.errorPath = errorPath
        process.executableURL = URL(fileURLWithPath: try BuiltProduct.executable())
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        try process.run()
    }

    func write(_ text: String) throws {
        try input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    }

    func closeInput() throws { try input.fileHandleForWriting.close() }

    /// Output bytes up to the first newline, or nil when none came within `timeout` seconds.
    func readLine(timeout: TimeInterval) -> [UInt8]? {
        var bytes: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let next = read(atLeast: 1, timeout: deadline.timeIntervalSinceNow)
            if next.isEmpty { break }
            bytes += next
            if next == [0x0A] { return bytes }
        }
        return nil
    }

    /// Output bytes until `count` have come or the output ends, waiting at most `timeout` seconds.
    func read(atLeast count: Int, timeout: TimeInterval) -> [UInt8] {
        let descriptor = output.fileHandleForReading.fileDescriptor
        var bytes: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < count, Date() < deadline {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 100)
            if ready <= 0 { continue }
            let read = buffer.withUnsafeMutableBytes { readDescriptor(descriptor, $0.baseAddress, min($0.count, count - bytes.count)) }
            if read <= 0 { break }
            bytes += buffer[0..<read]
        }
        return bytes
    }

    /// Everything left on the output, to its end.
    func readToEnd() -> [UInt8] {
        Array((try? output.fileHandleForReading.readToEnd()) ?? Data())
    }

    /// Waits for the child to end; kills it and records an issue after `timeout` seconds.
    func wait(timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return false
        }
        process.waitUntilExit()
        return true
    }

    var errorText: String {
        (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
    }
}

struct ScanEndToEndTests {
    @Test func scanOfTheSampleLogFromTheRepositoryRootExitsOneWithTheSummary() throws {
        let result = try runBuiltSMSGuard(["scan", "Tests/Samples/sms-backup.xml"], in: Repository.root)
        #expect(result.exited)
        #expect(result.status == 1)
        #expect(result.stderr == "")
        let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows.prefix(7) == [
            "smsguard scan: Tests/Samples/sms-backup.xml",
            "",
            "Messages  پیام‌ها",
            "  read              20",
            "  classified        17",
            "  skipped            3   (sent 1, draft 1, duplicate 1)",
            "  unreadable         0",
        ])
        #expect(rows.contains("  spoofed            4   جعلی"))
        #expect(rows.contains("  4 spoofed · hamechizkala · همه چیزکالا"))
        #expect(rows.contains("      Tests/Samples/sms-backup.xml:24  why: The message speaks for همه چیزکالا, which sends SMS only from 200053467; +989190001122 is not one of them."))
        #expect(rows.suffix(2) == ["    smsguard report Tests/Samples/sms-backup.xml --out reports/", ""])
        // The same as in-process, but for the file's name.
        #expect(result.stdout == smsguard("scan", sampleLog).stdout.replacingOccurrences(of: sampleLog, with: "Tests/Samples/sms-backup.xml"))
    }

    @Test func scanOfStandardInputThroughAPipeGivesJSONLines() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let input = generatedNDJSONLog(count: 200)
        #expect(input.utf8.count < 60_000, "the input must fit in the pipe's buffer before anything is read")
        let child = try PipedSMSGuard(["scan", "-", "--format", "ndjson", "--jsonl"], errorPath: try directory.write("stderr", ""))
        try child.write(input)
        try child.closeInput()
        let output = String(decoding: child.readToEnd(), as: UTF8.self)
        #expect(child.wait(timeout: 60))
        let result = ProcessResult(
            status: child.process.terminationStatus, exited: child.process.terminationReason == .exit, stdout: output, stderr: child.errorText)
        #expect(result.exited)
        #expect(result.status == 1)
        let rows = result.stdout.split(separator: "\n").map(String.init)
        #expect(rows.count == 125)
        let objects = try rows.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.allSatisfy { $0["file"] as? String == "-" })
        let indices = objects.compactMap { $0["index"] as? Int }
        #expect(indices == indices.sorted() && indices.count == 125)
        #expect(result.stderr.hasPrefix("smsguard scan: -\n\nMessages  پیام‌ها\n  read             200\n  classified       125\n"))
        // The same as scanning the file.
        let file = try directory.write("log.ndjson", input)
        let fromFile = try runBuiltSMSGuard(["scan", file, "--jsonl"])
        #expect(fromFile.stdout.replacingOccurrences(of: #""file":"\#(file)""#, with: #""file":"-""#) == result.stdout)
    }

    @Test func scanOfStandardInputWritesEachResultWhileTheStreamIsStillOpen() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let child = try PipedSMSGuard(["scan", "-", "--format", "ndjson", "--jsonl"], errorPath: try directory.write("stderr", ""))
        let first = #"{"address": "09127654321", "body": "همه چیزكالا: سفارش شما لغو شد", "date": 1759774620000}"# + "\n"
        try child.write(first)
        // The producer is still running: the first result must come without waiting for the end.
        let early = child.readLine(timeout: 30) ?? []
        #expect(String(decoding: early, as: UTF8.self).hasPrefix(#"{"index":1,"date":"2025-10-06T18:17:00Z","file":"-","#), "no result while the input stays open")
        try child.write(#"{"address": "+989373334455", "body": "سلام", "date": 1759774620001}"# + "\n")
        try child.closeInput()
        let rest = child.readToEnd()
        #expect(child.wait(timeout: 60), "smsguard did not end after its input was closed")
        let all = String(decoding: early + rest, as: UTF8.self)
        #expect(all.split(separator: "\n").count == 2)
        #expect(child.process.terminationStatus == 1)
    }

    @Test func malformedLineOnStandardInputIsReportedWithItsLineAndSkipped() throws {
        let input = """
            {"address": "09127654321", "body": "همه چیزكالا: سفارش شما لغو شد", "date": 1759774620000}
            {"address": "0912", "body": "cut
            {"address": "+989373334455", "body": "سلام", "date": 1759774620001}

            """
        let result = try runBuiltSMSGuard(["scan", "-", "--format", "ndjson", "--jsonl"], stdin: input)
        #expect(result.status == 65)
        #expect(result.stdout.split(separator: "\n").count == 2)
        #expect(result.stderr.hasPrefix("smsguard: error: -:2:"))
        #expect(result.stderr.contains("\n  read               3\n  classified         2\n  skipped            0\n  unreadable         1\n"))
    }

    /// `smsguard scan big.xml --jsonl | head -c 100`: the reader goes away after the first bytes, while
    /// the scan still has megabytes to write.
    @Test(arguments: [["--jsonl"], ["--csv"], ["--jsonl", "--jobs", "1"]])
    func closingStandardOutputEarlyEndsTheScanQuietlyWithStatusZero(options: [String]) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try directory.write("big.ndjson", generatedNDJSONLog(count: 20_000))
        let child = try PipedSMSGuard(["scan", log] + options, errorPath: try directory.write("stderr", ""))
        try child.closeInput()
        let first = child.read(atLeast: 100, timeout: 60)
        #expect(first.count == 100)
        try child.output.fileHandleForReading.close()
        let ended = child.wait(timeout: 60)
        #expect(ended, "smsguard kept running for 60 s after its standard output was closed")
        guard ended else { return }
        #expect(child.process.terminationReason == .exit, "killed by signal \(child.process.terminationStatus)")
        #expect(child.process.terminationStatus == 0, "stderr: \(child.errorText.prefix(500))")
        #expect(!child.errorText.contains("Fatal error"))
    }

    @Test func closingStandardOutputOfTheSummaryEndsQuietly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let child = try PipedSMSGuard(["scan", sampleLog], errorPath: try directory.write("stderr", ""))
        try child.closeInput()
        let first = child.read(atLeast: 10, timeout: 60)
        #expect(String(decoding: first, as: UTF8.self) == "smsguard s")
        try child.output.fileHandleForReading.close()
        #expect(child.wait(timeout: 60))
        #expect(child.process.terminationReason == .exit)
        #expect(child.errorText == "")
    }
}
