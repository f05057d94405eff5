import SMSGuard

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `smsguard scan FILE... [--format F] [--include-sent] [--only V,...] [--jsonl | --json | --csv]`.
enum ScanCommand {
    enum Output: Equatable { case summary, jsonl, json, csv }

    static func run(_ invocation: Invocation, io: CommandIO) throws(SMSGuardError) -> ExitCode {
        let output = try outputKind(invocation)
        let only = try verdictFilter(invocation)
        let format = try invocation.value("format").map { name throws(SMSGuardError) -> LogFormat in
            guard let format = LogFormat(rawValue: name.lowercased()) else {
                throw SMSGuardError(.usage, "unknown format '\(name)'; formats: \(LogFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return format
        }
        let jobs = try jobCount(invocation)
        let registry = try CLI.registry(for: invocation)
        let classifier = Classifier(registry: registry)
        let options = ScanOptions(includeSent: invocation.has("include-sent"), jobs: jobs, render: renderer(for: output, only: only))
        let engine = ScanEngine(classifier: classifier, options: options)
        var summary = ScanSummary()
        let progress = ProgressLine(io: io)
        var writtenAny = false
        if output == .json { io.out("[") }
        if output == .csv { io.out(ScannedMessage.csvHeader) }

        for path in invocation.arguments {
            summary.begin(file: path)
            let opened: (reader: any LogReader, format: LogFormat, size: Int?)
            do throws(SMSGuardError) {
                opened = try LogInput.open(path: path, format: format, standardInput: path == "-" ? io.standardInputSource() : nil)
            } catch {
                io.err("smsguard: error: \(error)\n")
                summary.fileFailed(error)
                continue
            }
            var reader = opened.reader
            progress.start(file: path, size: opened.size)
            engine.scan(&reader, file: path, deliver: { event in
                summary.add(event)
                switch event {
                case .classified(_, let bytes) where !bytes.isEmpty:
                    if output == .json && writtenAny { io.out(",\n") } else if output == .json { io.out("\n") }
                    io.writeOut(bytes)
                    writtenAny = true
                case .unreadable(let error):
                    progress.clear()
                    io.err("smsguard: error: \(error)\n")
                default:
                    break
                }
            }, progress: { bytes in
                progress.update(bytes: bytes, messages: summary.recordsRead)
                io.flush()  // a stream's results go on as they come
            }, shouldStop: { io.isOutputClosed })
            progress.clear()
            if io.isOutputClosed { break }
        }
        if io.isOutputClosed { return .success }  // `| head` took what it wanted
        if output == .json { io.out(writtenAny ? "\n]\n" : "]\n") }

        if let htmlPath = invocation.value("html") {
            let page = ScanPage(summary: summary, registry: registry, inputs: invocation.arguments, generatedAt: ReportCommand.creationTime(), version: CLI.version)
            try FileSystem.writeAtomically(Array(page.html().utf8), to: htmlPath)
            io.err("wrote \(htmlPath)\n")
        }
        let report = ScanReport(summary: summary, registry: registry, inputs: invocation.arguments, only: only)
        if output == .summary {
            io.out(report.text())
        } else {
            io.err(report.briefText())
        }
        if !summary.fileErrors.isEmpty && summary.recordsRead == 0 {
            return ExitCode(for: summary.fileErrors[0])
        }
        if summary.unreadable > 0 || !summary.fileErrors.isEmpty { return .dataError }
        return summary.spoofedTotal > 0 ? .findings : .success
    }

    private static func outputKind(_ invocation: Invocation) throws(SMSGuardError) -> Output {
        let chosen = [("jsonl", Output.jsonl), ("json", .json), ("csv", .csv)].filter { invocation.has($0.0) }
        guard chosen.count <= 1 else {
            throw SMSGuardError(.usage, "choose one of --jsonl, --json and --csv")
        }
        return chosen.first?.1 ?? .summary
    }

    private static func verdictFilter(_ invocation: Invocation) throws(SMSGuardError) -> Set<Verdict.Kind>? {
        guard let list = invocation.value("only") else { return nil }
        var kinds: Set<Verdict.Kind> = []
        for name in list.split(separator: ",").map({ String($0).trimmingCharacters(in: " ").lowercased() }) where !name.isEmpty {
            guard let kind = Verdict.Kind(rawValue: name) else {
                throw SMSGuardError(.usage, "unknown verdict '\(name)' in --only; verdicts: authentic, spoofed, unverified, unrelated")
            }
            kinds.insert(kind)
        }
        return kinds
    }

    private static func jobCount(_ invocation: Invocation) throws(SMSGuardError) -> Int {
        guard let written = invocation.value("jobs") else { return ProcessorCount.online }
        guard let jobs = Int(written), jobs >= 1, jobs <= 256 else {
            throw SMSGuardError(.usage, "--jobs takes a whole number from 1 to 256, not '\(written)'")
        }
        return jobs
    }

    private static func renderer(for output: Output, only: Set<Verdict.Kind>?) -> ScanOptions.Renderer? {
        switch output {
        case .summary:
            return nil
        case .jsonl:
            return { message, bytes in
                guard only?.contains(message.verdict.kind) ?? true else { return }
                message.appendJSON(to: &bytes)
                bytes.append(0x0A)
            }
        case .json:
            return { message, bytes in
                guard only?.contains(message.verdict.kind) ?? true else { return }
                message.appendJSON(to: &bytes)
            }
        case .csv:
            return { message, bytes in
                guard only?.contains(message.verdict.kind) ?? true else { return }
                bytes.append(contentsOf: message.csvRow().utf8)
            }
        }
    }
}

/// The number of processors the process may use.
enum ProcessorCount {
    static var online: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
