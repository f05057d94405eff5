import Dispatch

/// A classified message from a log.
public struct ScannedMessage: Sendable {
    public let file: String
    public let record: LogRecord
    public let verdict: Verdict

    public init(file: String, record: LogRecord, verdict: Verdict) {
        self.file = file
        self.record = record
        self.verdict = verdict
    }
}

/// Why a record was read but not classified.
public enum SkipReason: String, Sendable, CaseIterable {
    case sent, draft, outbox, failed, queued
    case unknownDirection = "unknown-direction"
    case duplicate
}

/// What the scan delivers, in input order.
public enum ScanEvent: Sendable {
    /// A classified message, with the bytes the output renderer made for it (if one was given).
    case classified(ScannedMessage, output: ArraySlice<UInt8>)
    case skipped(LogRecord, file: String, reason: SkipReason)
    case unreadable(SMSGuardError)
}

/// How to scan.
public struct ScanOptions: Sendable {
    /// Classify sent messages too (normally only received ones are).
    public var includeSent = false
    /// Threads classifying; 1 classifies on the reading thread.
    public var jobs = 1
    /// Records per batch handed to a worker.
    public var batchSize = 1024
    /// Message bytes after which a batch ends early, so that long messages cannot make batches large.
    public var batchBytes = 1 << 20
    /// Appends each classified message's output bytes to a batch's buffer, on the worker threads; output
    /// order and bytes do not depend on `jobs`.
    public var render: Renderer?

    public typealias Renderer = @Sendable (ScannedMessage, inout [UInt8]) -> Void

    public init(includeSent: Bool = false, jobs: Int = 1, render: Renderer? = nil) {
        self.includeSent = includeSent
        self.jobs = max(1, jobs)
        self.render = render
    }
}

/// Reads logs, classifies their messages on every core, and delivers the results in input order.
///
/// One thread reads and cuts the input into batches; workers classify and render them; the reading
/// thread delivers finished batches in order, dropping duplicates (same canonical sender, direction,
/// time and text), so output is the same whatever the number of workers. At most `2 × jobs` batches
/// are in flight, so memory stays bounded on any input.
public final class ScanEngine {
    private let classifier: Classifier
    private let options: ScanOptions
    private var duplicates = DuplicateFilter()
    private let queue = DispatchQueue(label: "smsguard.scan", attributes: .concurrent)

    public init(classifier: Classifier, options: ScanOptions) {
        self.classifier = classifier
        self.options = options
    }

    /// Scans one input to its end.
    ///
    /// - Parameters:
    ///   - deliver: called on this thread for every event, in input order.
    ///   - progress: called on this thread after each batch with the input bytes read so far.
    ///   - shouldStop: asked after each batch; true ends the scan early (the output was closed).
    public func scan(
        _ reader: inout some LogReader, file: String, deliver: (ScanEvent) -> Void, progress: ((_ bytesRead: Int) -> Void)? = nil,
        shouldStop: () -> Bool = { false }
    ) {
        var inFlight: [Batch] = []
        var finished = false
        while !finished && !shouldStop() {
            let batch = Batch()
            var idle = false
            var batchBytes = 0
            while batch.items.count < options.batchSize && batchBytes < options.batchBytes {
                guard let event = reader.next() else { finished = true; break }
                // A waiting pipe: hand on what has come, so a stream's results are not held back.
                if case .idle = event { idle = true; break }
                if case .record(let record) = event { batchBytes += record.bodyBytes.count }
                batch.items.append(item(for: event))
            }
            if batch.items.isEmpty {
                if idle {
                    for batch in inFlight { batch.done.wait(); deliverResults(of: batch, file: file, deliver) }
                    inFlight = []
                    progress?(reader.bytesRead)
                }
                continue
            }
            if options.jobs == 1 {
                Self.classify(batch, file: file, classifier: classifier, render: options.render)
                deliverResults(of: batch, file: file, deliver)
            } else {
                submit(batch, file: file)
                inFlight.append(batch)
                while inFlight.count >= options.jobs * 2 || (idle && !inFlight.isEmpty) {
                    let oldest = inFlight.removeFirst()
                    oldest.done.wait()
                    deliverResults(of: oldest, file: file, deliver)
                }
            }
            progress?(reader.bytesRead)
        }
        for batch in inFlight {
            batch.done.wait()
            deliverResults(of: batch, file: file, deliver)
        }
        progress?(reader.bytesRead)
    }

    // MARK: Batches

    /// Records read, and what becomes of them.
    private enum Item {
        case classify(LogRecord)
        case skip(LogRecord, SkipReason)
        case unreadable(SMSGuardError)
    }

    /// A batch and its results, shared with one worker; the semaphore orders all access.
    private final class Batch: @unchecked Sendable {
        var items: [Item] = []
        var verdicts: [Verdict?] = []
        /// Every item's rendered output, one after another (one buffer, not one array per message).
        var output: [UInt8] = []
        /// Where each item's output ends in `output`.
        var outputEnds: [Int] = []
        var fingerprints: [UInt64] = []
        let done = DispatchSemaphore(value: 0)
    }

    private func item(for event: LogEvent) -> Item {
        switch event {
        case .unreadable(let error):
            return .unreadable(error)
        case .idle:
            preconditionFailure("idle events end a batch and are never items")
        case .record(let record):
            switch record.direction {
            case .received: return .classify(record)
            case .sent: return options.includeSent ? .classify(record) : .skip(record, .sent)
            case .draft: return .skip(record, .draft)
            case .outbox: return .skip(record, .outbox)
            case .failed: return .skip(record, .failed)
            case .queued: return .skip(record, .queued)
            case .unknown: return .skip(record, .unknownDirection)
            }
        }
    }

    private func submit(_ batch: Batch, file: String) {
        queue.async { [classifier, options] in
            Self.classify(batch, file: file, classifier: classifier, render: options.render)
            batch.done.signal()
        }
    }

    private static func classify(_ batch: Batch, file: String, classifier: Classifier, render: ScanOptions.Renderer?) {
        batch.verdicts = [Verdict?](repeating: nil, count: batch.items.count)
        batch.outputEnds = [Int](repeating: 0, count: batch.items.count)
        batch.fingerprints = [UInt64](repeating: 0, count: batch.items.count)
        for (index, item) in batch.items.enumerated() {
            defer { batch.outputEnds[index] = batch.output.count }
            guard case .classify(let record) = item else { continue }
            let sender = Sender(parsing: record.sender)
            let verdict = record.bodyBytes.withUnsafeBufferPointer { classifier.classify(senderWritten: record.sender, sender: sender, text: $0) }
            batch.verdicts[index] = verdict
            batch.fingerprints[index] = MessageFingerprint.of(record, sender: sender)
            render?(ScannedMessage(file: file, record: record, verdict: verdict), &batch.output)
        }
    }

    private func deliverResults(of batch: Batch, file: String, _ deliver: (ScanEvent) -> Void) {
        for (index, item) in batch.items.enumerated() {
            switch item {
            case .unreadable(let error):
                deliver(.unreadable(error))
            case .skip(let record, let reason):
                deliver(.skipped(record, file: file, reason: reason))
            case .classify(let record):
                if duplicates.isDuplicate(batch.fingerprints[index]) {
                    deliver(.skipped(record, file: file, reason: .duplicate))
                } else if let verdict = batch.verdicts[index] {
                    let start = index == 0 ? 0 : batch.outputEnds[index - 1]
                    let output = batch.output[start..<batch.outputEnds[index]]
                    deliver(.classified(ScannedMessage(file: file, record: record, verdict: verdict), output: output))
                }
            }
        }
    }
}
