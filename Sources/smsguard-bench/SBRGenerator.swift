import SMSGuard

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a deterministic SMS Backup & Restore file of generated messages, the way the app writes one:
/// every attribute, numeric references for line breaks and emoji, sent messages, MMS with media.
enum SBRGenerator {
    static func write(count: Int, to path: String) {
        guard let file = fopen(path, "wb") else {
            print("smsguard-bench: cannot write \(path)")
            exit(73)
        }
        defer { fclose(file) }
        var generator = MessageGenerator(seed: 7, registry: BuiltinRegistry.registry)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 21)
        func flush() {
            buffer.withUnsafeBytes { _ = fwrite($0.baseAddress, 1, $0.count, file) }
            buffer.removeAll(keepingCapacity: true)
        }
        buffer.append(contentsOf: "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"\(count)\" backup_set=\"bench\" backup_date=\"1700000000000\" type=\"full\">\n".utf8)
        for index in 0..<count {
            // Most SMS fit one or two segments (70 Persian characters each): about 350 bytes a record.
            let message = generator.next(index: index, length: 20...90)
            let type = index % 10 == 9 ? 2 : 1  // a tenth are sent messages
            if index % 50 == 49 {
                appendMMS(message, to: &buffer)
            } else {
                buffer.append(contentsOf: "  <sms protocol=\"0\" address=\"".utf8)
                appendEscaped(message.sender, to: &buffer)
                buffer.append(contentsOf: "\" date=\"\(message.date)\" type=\"\(type)\" subject=\"null\" body=\"".utf8)
                appendEscaped(message.text, to: &buffer)
                buffer.append(contentsOf: "\" toa=\"null\" sc_toa=\"null\" service_center=\"+989120000012\" read=\"1\" status=\"-1\" locked=\"0\" date_sent=\"\(message.date - 2000)\" sub_id=\"1\" readable_date=\"\" contact_name=\"(Unknown)\" />\n".utf8)
            }
            if buffer.count > 1 << 20 { flush() }
        }
        buffer.append(contentsOf: "</smses>\n".utf8)
        flush()
    }

    private static func appendMMS(_ message: MessageGenerator.Message, to buffer: inout [UInt8]) {
        buffer.append(contentsOf: "  <mms date=\"\(message.date)\" msg_box=\"1\" address=\"".utf8)
        appendEscaped(message.sender, to: &buffer)
        buffer.append(contentsOf: "\" m_type=\"132\" readable_date=\"\" contact_name=\"(Unknown)\">\n    <parts>\n      <part seq=\"-1\" ct=\"application/smil\" name=\"null\" chset=\"null\" cl=\"smil.xml\" text=\"&lt;smil&gt;&lt;/smil&gt;\" />\n      <part seq=\"0\" ct=\"image/jpeg\" name=\"p.jpg\" chset=\"null\" cl=\"p.jpg\" text=\"null\" data=\"".utf8)
        buffer.append(contentsOf: repeatElement(UInt8(ascii: "Q"), count: 1024))
        buffer.append(contentsOf: "\" />\n      <part seq=\"0\" ct=\"text/plain\" name=\"null\" chset=\"106\" cl=\"text_0.txt\" text=\"".utf8)
        appendEscaped(message.text, to: &buffer)
        buffer.append(contentsOf: "\" />\n    </parts>\n    <addrs>\n      <addr address=\"".utf8)
        appendEscaped(message.sender, to: &buffer)
        buffer.append(contentsOf: "\" type=\"137\" charset=\"106\" />\n    </addrs>\n  </mms>\n".utf8)
    }

    private static func appendEscaped(_ text: String, to buffer: inout [UInt8]) {
        SBRWriter.appendEscaped(text, to: &buffer)
    }
}
