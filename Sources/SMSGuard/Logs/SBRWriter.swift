/// Writes records as SMS Backup & Restore XML, the way the app does: every value an attribute, line
/// breaks as `&#10;`, characters outside the Basic Multilingual Plane as two surrogate references.
///
/// What `SBRReader` reads back is what was written: sender, text, date, direction and kind.
public struct SBRWriter {
    public private(set) var bytes: [UInt8] = []

    public init(count: Int) {
        bytes += "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"\(count)\">\n".utf8
    }

    public mutating func append(_ record: LogRecord) {
        if record.kind == "mms" {
            appendMMS(record)
            return
        }
        bytes += "  <sms protocol=\"0\" address=\"".utf8
        Self.appendEscaped(record.sender, to: &bytes)
        bytes += "\" date=\"\(record.date ?? 0)\" type=\"\(Self.smsType(record.direction))\" subject=\"null\" body=\"".utf8
        Self.appendEscaped(record.body, to: &bytes)
        bytes += "\" toa=\"null\" sc_toa=\"null\" read=\"1\" status=\"-1\" locked=\"0\" contact_name=\"(Unknown)\" />\n".utf8
    }

    /// The finished document.
    public mutating func finish() -> [UInt8] {
        bytes += "</smses>\n".utf8
        return bytes
    }

    private mutating func appendMMS(_ record: LogRecord) {
        bytes += "  <mms date=\"\(record.date ?? 0)\" msg_box=\"\(Self.smsType(record.direction))\" m_type=\"132\">\n    <parts>\n".utf8
        bytes += "      <part seq=\"-1\" ct=\"application/smil\" text=\"&lt;smil/&gt;\" />\n      <part seq=\"0\" ct=\"text/plain\" text=\"".utf8
        Self.appendEscaped(record.body, to: &bytes)
        bytes += "\" />\n    </parts>\n    <addrs>\n      <addr address=\"".utf8
        Self.appendEscaped(record.sender, to: &bytes)
        bytes += "\" type=\"137\" charset=\"106\" />\n    </addrs>\n  </mms>\n".utf8
    }

    static func smsType(_ direction: LogRecord.Direction) -> Int {
        switch direction {
        case .received, .unknown: return 1
        case .sent: return 2
        case .draft: return 3
        case .outbox: return 4
        case .failed: return 5
        case .queued: return 6
        }
    }

    /// XML attribute escaping as SMS Backup & Restore does it.
    public static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": bytes += "&amp;".utf8
            case "<": bytes += "&lt;".utf8
            case ">": bytes += "&gt;".utf8
            case "\"": bytes += "&quot;".utf8
            case "'": bytes += "&apos;".utf8
            case "\n": bytes += "&#10;".utf8
            case "\r": bytes += "&#13;".utf8
            case "\t": bytes += "&#9;".utf8
            default:
                if scalar.value > 0xFFFF {
                    let value = scalar.value - 0x10000
                    bytes += "&#\(0xD800 + (value >> 10));&#\(0xDC00 + (value & 0x3FF));".utf8
                } else {
                    UTF8Scalar.append(scalar.value, to: &bytes)
                }
            }
        }
    }
}
