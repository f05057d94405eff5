import SMSGuard

/// Exit statuses, after sysexits(3).
public enum ExitCode: Int32, Sendable {
    /// Nothing found, nothing wrong.
    case success = 0
    /// Findings: a spoofed message, or a stale registry.
    case findings = 1
    /// The command line was wrong.
    case usage = 64
    /// An input's content was wrong.
    case dataError = 65
    /// An input file is missing or unreadable.
    case noInput = 66
    /// smsguard itself failed.
    case software = 70
    /// An output file could not be written.
    case cannotCreate = 73

    init(for error: SMSGuardError) {
        switch error.kind {
        case .badData: self = .dataError
        case .missingInput: self = .noInput
        case .cannotCreateOutput: self = .cannotCreate
        case .usage: self = .usage
        }
    }
}
