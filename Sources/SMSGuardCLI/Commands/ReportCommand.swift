import SMSGuard

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `smsguard report FILE... --out DIR` and `smsguard report --sender S --text T --out DIR`.
enum ReportCommand {
    static func run(_ invocation: Invocation, io: CommandIO) throws(SMSGuardError) -> ExitCode {
        guard let out = invocation.value("out") else {
            throw SMSGuardError(.usage, "name the directory for the drafts with --out DIR")
        }
        let reporter = try reporter(invocation)
        let registry = try CLI.registry(for: invocation)
        let classifier = Classifier(registry: registry)
        var summary = ScanSummary()
        var unreadable = false
        if let sender = invocation.value("sender") {
            guard invocation.arguments.isEmpty else {
                throw SMSGuardError(.usage, "give log files or --sender with --text, not both")
            }
            guard let text = invocation.value("text") else { throw SMSGuardError(.usage, "--sender needs the message with --text") }
            summary.add(try singleMessage(sender: sender, text: text, date: invocation.value("date"), classifier: classifier))
        } else {
            guard !invocation.arguments.isEmpty else {
                throw SMSGuardError(.usage, "give the log files to report from, or one message with --sender and --text")
            }
            unreadable = scan(invocation, classifier: classifier, into: &summary, io: io)
        }
        try FileSystem.createDirectory(out)
        let now = creationTime()
        var wrote = 0
        if summary.spoofedTotal == 0 {
            io.out("No spoofed messages: nothing to report.\n")
        }
        for id in summary.spoofedShops {
            guard let shop = registry.shop(id: id), let tally = summary.shops[id] else { continue }
            guard let report = AbuseReport(
                shop: shop, messages: tally.spoofedMessages, omitted: tally.spoofed - tally.spoofedMessages.count,
                reporter: reporter, createdAt: now, includesFeedbackReport: invocation.has("arf"))
            else {
                io.out(noAddressNote(shop: shop, messages: tally.spoofedMessages))
                continue
            }
            let path = FileSystem.join(out, report.fileName)
            if FileSystem.exists(path) && !invocation.has("force") {
                throw SMSGuardError(.cannotCreateOutput, "a draft is already there; add --force to replace it", at: SourceLocation(path: path))
            }
            try FileSystem.writeAtomically(report.eml(version: CLI.version), to: path)
            wrote += 1
            io.out("wrote \(path)\n")
            io.out("  to \(report.reportAddress), \(report.total) spoofed \(report.total == 1 ? "message" : "messages") in the name of \(shop.displayName) (\(shop.id))\n")
            io.out("  open it in your mail client, check it, and send it; or start from this link:\n")
            io.out("  \(report.mailtoLink())\n")
            io.out("  and report the sender to the regulator (text it to 195): \(report.complaintLink())\n\n")
        }
        for (id, tally) in summary.shops.sorted(by: { $0.key < $1.key }) where tally.unverified > 0 {
            guard let shop = registry.shop(id: id) else { continue }
            io.out(unverifiedNote(shop: shop, count: tally.unverified))
        }
        if wrote > 0 {
            io.out("\(wrote) \(wrote == 1 ? "draft" : "drafts") in \(out). Each opens as an unsent message (X-Unsent).\n")
        }
        return unreadable ? .dataError : .success
    }

    /// A note for a shop whose policy names no address: where else to report.
    static func noAddressNote(shop: Shop, messages: [ScannedMessage]) -> String {
        let senders = AbuseReport.uniqueSenders(messages)
        return """
            \(shop.displayName) (\(shop.id)) names no report address in its policy: no draft for its \(messages.count) spoofed \(messages.count == 1 ? "message" : "messages").
              Report the \(senders.count == 1 ? "sender" : "senders") \(senders.joined(separator: ", ")) to the regulator's 195 service: text each number to 195, or use its web form.
              Fraud and phishing can also go to the police cyber unit FATA: call 096380 or use cyberpolice.ir.


            """
    }

    /// A note for a shop that declares no sender: its messages cannot be called spoofed.
    static func unverifiedNote(shop: Shop, count: Int) -> String {
        let address = shop.reportEmail.map { "its policy asks for reports to \($0)" } ?? "its policy names no report address"
        let messages = count == 1 ? "message is" : "messages are"
        return """
            \(shop.displayName) (\(shop.id)) declares no SMS sender, so its \(count) \(messages) unverified, not provably spoofed: no draft (\(address)).
              If one asks for card details, codes or payment, report its sender to the regulator (text the number to 195)
              or to the police cyber unit FATA (096380, cyberpolice.ir).


            """
    }

    private static func reporter(_ invocation: Invocation) throws(SMSGuardError) -> AbuseReport.Reporter? {
        guard let text = invocation.value("reporter") else { return nil }
        guard let reporter = AbuseReport.Reporter(parsing: text) else {
            throw SMSGuardError(.usage, "--reporter takes \"Name <email>\" or an email address, not '\(text)'")
        }
        return reporter
    }

    private static func singleMessage(sender: String, text: String, date: String?, classifier: Classifier) throws(SMSGuardError) -> ScanEvent {
        guard Sender(parsing: sender).isValid else {
            throw SMSGuardError(.usage, "'\(sender)' is not a sender: give a number such as 09121234567 or a sender name")
        }
        var milliseconds = creationTime()
        if let date {
            if let number = Int64(date), let value = Timestamp.milliseconds(fromEpochNumber: number) {
                milliseconds = value
            } else if let parsed = Timestamp.parse(date) {
                milliseconds = parsed.milliseconds
            } else {
                throw SMSGuardError(.usage, "--date takes ISO 8601 (2025-10-06T21:47:00+03:30) or epoch seconds or milliseconds, not '\(date)'")
            }
        }
        let record = LogRecord(index: 1, sender: sender, body: text, date: milliseconds, direction: .received, kind: "sms")
        let verdict = classifier.classify(sender: sender, text: text)
        return .classified(ScannedMessage(file: "command line", record: record, verdict: verdict), output: [])
    }

    /// Scans the logs into `summary`; returns whether any record was unreadable.
    private static func scan(_ invocation: Invocation, classifier: Classifier, into summary: inout ScanSummary, io: CommandIO) -> Bool {
        let format = invocation.value("format").flatMap { LogFormat(rawValue: $0.lowercased()) }
        let engine = ScanEngine(classifier: classifier, options: ScanOptions(includeSent: invocation.has("include-sent"), jobs: ProcessorCount.online))
        var unreadable = false
        for path in invocation.arguments {
            summary.begin(file: path)
            do throws(SMSGuardError) {
                var reader = try LogInput.open(path: path, format: format, standardInput: path == "-" ? io.standardInputSource() : nil).reader
                engine.scan(&reader, file: path, deliver: { event in
                    if case .unreadable(let error) = event {
                        io.err("smsguard: error: \(error)\n")
                        unreadable = true
                    }
                    summary.add(event)
                })
            } catch {
                io.err("smsguard: error: \(error)\n")
                unreadable = true
            }
        }
        return unreadable
    }

    /// Now, or `SOURCE_DATE_EPOCH` (seconds) when set, so drafts can be made reproducibly.
    static func creationTime() -> Int64 {
        if let fixed = getenv("SOURCE_DATE_EPOCH").map({ String(cString: $0) }), let seconds = Int64(fixed) {
            return seconds * 1000
        }
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
    }
}
