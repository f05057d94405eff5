/// An SMS sender in canonical form: two senders are the same exactly when their canonical forms are.
///
/// A one-digit neighbour, a prefix or an extension of a number is a different sender.
public struct Sender: Hashable, Sendable, CustomStringConvertible {
    /// What kind of line a sender is.
    public enum Kind: String, Sendable, CaseIterable {
        /// An Iranian mobile, canonical `+989…` (12 digits after the plus).
        case mobile
        /// An Iranian landline, canonical `+98` + area code + number.
        case landline
        /// A bulk-SMS line (1000…, 2000…, 3000…, 5000…, 6 to 14 digits), canonical as bare digits.
        case bulk
        /// A short service number (3 to 9 digits that are not a bulk line), canonical as bare digits.
        case shortCode
        /// A named sender ("SEPAH BANK"), canonical upper-cased without spaces.
        case alphanumeric
        /// A number outside Iran, canonical `+` and digits.
        case international
        /// Nothing usable: empty, a placeholder such as `null`, or digits of no known shape.
        case invalid
    }

    public let kind: Kind
    /// The canonical form; for `invalid`, the input folded without spaces.
    public let canonical: String

    init(kind: Kind, canonical: String) {
        self.kind = kind
        self.canonical = canonical
    }

    /// Parses any written form of a sender: `+98 912 123 4567`, `0098…`, `۰۹۱۲…`, `(021) 8877-6655`,
    /// `+98200053467`, `SEPAH BANK`, with bidi marks or zero-width characters anywhere.
    public init(parsing written: String) {
        self = SenderParser.parse(written)
    }

    /// Whether the sender can be compared with a registry's numbers at all.
    public var isValid: Bool { kind != .invalid }

    public var description: String { canonical }
}
