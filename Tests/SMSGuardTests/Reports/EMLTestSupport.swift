import Foundation
import Testing
@testable import SMSGuard

/// A small, independent reader of the drafts `AbuseReport.eml` writes, for the report tests: it splits
/// raw bytes into lines, unfolds headers and decodes RFC 2047 B-words and base64 parts with Foundation,
/// never with the code under test.
struct EMLDraft {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The raw lines, split at CRLF only (a bare CR or LF stays inside its line, where tests can see it).
    var lines: [[UInt8]] {
        var result: [[UInt8]] = []
        var line: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                result.append(line)
                line = []
                index += 2
            } else {
                line.append(bytes[index])
                index += 1
            }
        }
        if !line.isEmpty { result.append(line) }
        return result
    }

    /// The lines of the top-level header block, before the first empty line.
    var headerLines: [String] {
        var result: [String] = []
        for line in lines {
            if line.isEmpty { break }
            result.append(String(decoding: line, as: UTF8.self))
        }
        return result
    }

    /// The top-level fields, unfolded (a line starting with a space or tab continues the previous one).
    var headers: [(name: String, value: String)] {
        EMLDraft.unfold(headerLines)
    }

    /// The value of the only field named `name` (case-insensitive); nil when absent.
    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    static func unfold(_ lines: [String]) -> [(name: String, value: String)] {
        var fields: [(name: String, value: String)] = []
        for line in lines {
            if line.hasPrefix(" ") || line.hasPrefix("\t"), !fields.isEmpty {
                fields[fields.count - 1].value += line
            } else if let colon = line.firstIndex(of: ":") {
                let value = line[line.index(after: colon)...].drop { $0 == " " }
                fields.append((String(line[..<colon]), String(value)))
            } else {
                fields.append((line, ""))
            }
        }
        return fields
    }

    /// The boundary named in the top-level Content-Type.
    var boundary: String? {
        guard let type = header("Content-Type"), let range = type.range(of: "boundary=\"") else { return nil }
        let rest = type[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The MIME parts between the boundaries: their own header fields and their raw body lines.
    var parts: [(headers: [(name: String, value: String)], body: [String])] {
        guard let boundary else { return [] }
        var result: [(headers: [(name: String, value: String)], body: [String])] = []
        var current: [String]?
        for line in lines.map({ String(decoding: $0, as: UTF8.self) }) {
            if line == "--\(boundary)" || line == "--\(boundary)--" {
                if let current { result.append(Self.splitPart(current)) }
                current = line == "--\(boundary)--" ? nil : []
                continue
            }
            current?.append(line)
        }
        return result
    }

    private static func splitPart(_ lines: [String]) -> (headers: [(name: String, value: String)], body: [String]) {
        guard let blank = lines.firstIndex(of: "") else { return (unfold(lines), []) }
        return (unfold(Array(lines[..<blank])), Array(lines[(blank + 1)...]))
    }

    /// The decoded content of the part whose Content-Type starts with `type`.
    func decodedPart(_ type: String) -> String? {
        guard let part = parts.first(where: { part in
            part.headers.contains { $0.name == "Content-Type" && $0.value.hasPrefix(type) }
        }) else { return nil }
        guard let data = Data(base64Encoded: part.body.joined()) else { return nil }
        return String(data: data, encoding: .utf8)
    }
}

/// RFC 2047 decoding written for the tests: `=?UTF-8?B?…?=` words, the white space between two
/// adjacent encoded words dropped as the RFC says.
enum EncodedWords {
    /// The text of a header value; nil when an encoded word is malformed or not UTF-8.
    static func decode(_ value: String) -> String? {
        var result = ""
        var pendingSpace = ""
        var lastWasEncoded = false
        var rest = Substring(value)
        while !rest.isEmpty {
            if rest.hasPrefix("=?") {
                guard rest.lowercased().hasPrefix("=?utf-8?b?") else { return nil }
                let payloadStart = rest.index(rest.startIndex, offsetBy: 10)
                guard let end = rest[payloadStart...].range(of: "?=") else { return nil }
                guard let data = Data(base64Encoded: String(rest[payloadStart..<end.lowerBound])),
                      let text = String(data: data, encoding: .utf8) else { return nil }
                if !lastWasEncoded { result += pendingSpace }
                result += text
                pendingSpace = ""
                lastWasEncoded = true
                rest = rest[end.upperBound...]
            } else if rest.first == " " || rest.first == "\t" {
                pendingSpace.append(rest.removeFirst())
            } else {
                result += pendingSpace
                pendingSpace = ""
                let end = rest.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? rest.endIndex
                result += rest[..<end]
                rest = rest[end...]
                lastWasEncoded = false
            }
        }
        return result + pendingSpace
    }

    /// The encoded words of a value, as written.
    static func words(_ value: String) -> [String] {
        value.split(separator: " ").map(String.init).filter { $0.hasPrefix("=?") }
    }
}

extension EMLDraft {
    /// Percent-decoding for the link tests (RFC 3986), strict: nil for a bad escape or bytes that are not UTF-8.
    static func percentDecoded(_ text: some StringProtocol) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next(), let low = iterator.next(),
                      let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) else { return nil }
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return Array(text.utf8) == bytes ? text : nil
    }
}

/// A hostile or very long test input with a short name, so that a failure names the case instead of
/// printing 5,000 characters.
struct HeaderProbe: Sendable, CustomTestStringConvertible {
    let label: String
    let text: String

    init(_ label: String, _ text: String) {
        self.label = label
        self.text = text
    }

    var testDescription: String { label }
}
