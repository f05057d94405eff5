/// One shop as its own policy describes it.
public struct Shop: Sendable, Equatable {
    /// Short Latin id: the file stem of the shop's policy.
    public var id: String
    /// The shop's names as written, every spelling its policy uses; the first is the main one.
    public var names: [String]
    /// Canonical sender numbers the shop declares for its SMS, survey numbers included.
    public var senders: [String]
    /// The subset of `senders` that the policy names for surveys.
    public var surveySenders: [String]
    /// Where the policy asks people to report SMS sent in the shop's name from other numbers.
    public var reportEmail: String?
    /// The shop's own web domains.
    public var domains: [String]
    /// Other contact numbers (phone, fax, mobile): never senders.
    public var phones: [Phone]
    /// The policy this entry was extracted from, if any.
    public var source: Source?
    /// Quotes from the policy backing each sender and the report address.
    public var evidence: [Evidence]
    /// What a person should check by hand.
    public var warnings: [Warning]

    public init(
        id: String, names: [String], senders: [String] = [], surveySenders: [String] = [],
        reportEmail: String? = nil, domains: [String] = [], phones: [Phone] = [], source: Source? = nil,
        evidence: [Evidence] = [], warnings: [Warning] = []
    ) {
        self.id = id
        self.names = names
        self.senders = senders
        self.surveySenders = surveySenders
        self.reportEmail = reportEmail
        self.domains = domains
        self.phones = phones
        self.source = source
        self.evidence = evidence
        self.warnings = warnings
    }

    /// The main name, for display.
    public var displayName: String { names.first ?? id }

    /// A contact number that is not an SMS sender.
    public struct Phone: Sendable, Equatable {
        /// Canonical form (see `Sender`).
        public var number: String
        /// As the policy writes it.
        public var written: String
        /// `phone`, `fax` or `mobile`.
        public var role: String

        public init(number: String, written: String, role: String) {
            self.number = number
            self.written = written
            self.role = role
        }
    }

    /// The source document of an entry.
    public struct Source: Sendable, Equatable {
        /// The policy's file name.
        public var file: String
        /// SHA-256 of the file's bytes, lowercase hex.
        public var sha256: String

        public init(file: String, sha256: String) {
            self.file = file
            self.sha256 = sha256
        }
    }

    /// A fact and the sentence of the policy that states it.
    public struct Evidence: Sendable, Equatable {
        /// `sender`, `surveySender` or `reportEmail`.
        public var fact: String
        public var value: String
        /// The sentence, as the policy writes it (markup removed, white space collapsed).
        public var quote: String
        /// UTF-8 byte offset of the sentence in the source file.
        public var offset: Int
        /// 1-based line of the sentence in the source file.
        public var line: Int

        public init(fact: String, value: String, quote: String, offset: Int, line: Int) {
            self.fact = fact
            self.value = value
            self.quote = quote
            self.offset = offset
            self.line = line
        }
    }

    /// Something about the entry a person should check.
    public struct Warning: Sendable, Equatable {
        /// Stable machine-readable code, such as `placeholder-contact`.
        public var code: String
        public var message: String

        public init(code: String, message: String) {
            self.code = code
            self.message = message
        }
    }
}
