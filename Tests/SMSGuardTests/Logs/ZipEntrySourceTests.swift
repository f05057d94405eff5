import Foundation
import Testing
@testable import SMSGuard

struct ZipEntrySourceTests {
    static let messages = [
        #"{"_id":"1","address":"3000123456","date":"1714000000123","type":"1","body":"کد ورود شما: 7731","read":"1"}"#,
        #"{"_id":"2","address":"+989121234567","date":"1714000050000","type":"2","body":"رسید، ممنون"}"#,
        #"{"_id":"3","date":"1714000100","msg_box":"1","__sender_address":{"address":"+989351112233","type":"137","charset":"106"},"__parts":[{"seq":"-1","ct":"application/smil","text":"<smil/>"},{"seq":"0","ct":"text/plain","text":"جشنواره بهاره"},{"seq":"1","ct":"image/jpeg","_data":"/data/user/0/x/app_parts/PART_1714000100.jpg"}]}"#,
    ].joined(separator: "\n") + "\n"

    /// A few bytes that look like a JPEG, standing in for an MMS attachment.
    static let media: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }

    static func events(fromArchive bytes: [UInt8]) throws -> [LogEvent] {
        try withTemporaryDirectory { directory in
            let path = directory + "/backup.zip"
            try write(bytes, to: path)
            let source = try ZipEntrySource(path: path)
            var reader: any LogReader = NDJSONReader(source: source)
            return drain(&reader)
        }
    }

    static func expectMessages(_ events: [LogEvent]) throws {
        #expect(events.errors.isEmpty, "\(events.errors)")
        let records = events.records
        try #require(records.count == 3)
        #expect(records.map(\.sender) == ["3000123456", "+989121234567", "+989351112233"])
        #expect(records.map(\.body) == ["کد ورود شما: 7731", "رسید، ممنون", "جشنواره بهاره"])
        #expect(records.map(\.date) == [1_714_000_000_123, 1_714_000_050_000, 1_714_000_100_000])
        #expect(records.map(\.direction) == [.received, .sent, .received])
        #expect(records.map(\.kind) == ["sms", "sms", "mms"])
        #expect(records.map(\.index) == [1, 2, 3])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test func storedMessagesAreRead() throws {
        var zip = ZipArchiveBuilder()
        zip.add("messages.ndjson", Self.messages, method: .stored)
        try Self.expectMessages(Self.events(fromArchive: zip.bytes()))
    }

    @Test func deflatedMessagesAreRead() throws {
        var zip = ZipArchiveBuilder()
        zip.add("messages.ndjson", Self.messages, method: .deflated)
        let bytes = zip.bytes()
        #expect(bytes.count < Self.messages.utf8.count + 200)  // really compressed
        try Self.expectMessages(Self.events(fromArchive: bytes))
    }

    @Test func entryInAFolderIsFoundAmongMediaEntries() throws {
        var zip = ZipArchiveBuilder()
        zip.add("data/", [UInt8](), method: .stored)
        zip.add("data/PART_1714000100.jpg", Self.media, method: .deflated)
        zip.add("backup/messages.ndjson", Self.messages, method: .deflated)
        zip.add("data/PART_1714000200.png", Self.media, method: .stored)
        try Self.expectMessages(Self.events(fromArchive: zip.bytes()))
    }

    /// java.util.zip (which SMS Import/Export uses) writes sizes after the data and extra fields that the
    /// central directory does not repeat: the data starts where the local header says.
    @Test(arguments: [ZipArchiveBuilder.Method.stored, .deflated])
    func localExtraFieldAndDataDescriptorAreHonoured(_ method: ZipArchiveBuilder.Method) throws {
        var zip = ZipArchiveBuilder()
        zip.add("data/PART_1.jpg", Self.media)
        var entry = ZipArchiveBuilder.Entry(name: "messages.ndjson", data: Array(Self.messages.utf8), method: method)
        entry.localExtra = [0x55, 0x54, 0x05, 0x00, 0x01, 0x80, 0x1A, 0x2A, 0x66]  // extended timestamp
        entry.usesDataDescriptor = method == .deflated
        zip.entries.append(entry)
        try Self.expectMessages(Self.events(fromArchive: zip.bytes()))
    }

    @Test func largeDeflatedEntrySpanningManyChunksIsReadWhole() throws {
        let count = 20_000
        let lines = (1...count).map { #"{"address":"300\#($0)","date":"\#(1_714_000_000_000 + Int64($0))","type":"1","body":"پیام شماره \#($0) با کد \#($0 &* 2_654_435_761 % 1_000_000)"}"# }
        var zip = ZipArchiveBuilder()
        zip.add("messages.ndjson", lines.joined(separator: "\n") + "\n")
        let bytes = zip.bytes()
        #expect(bytes.count > 1 << 16)  // more than one read of compressed input
        #expect(lines.joined(separator: "\n").utf8.count > ByteSource.chunkSize)  // more than one inflated chunk
        let events = try Self.events(fromArchive: bytes)
        #expect(events.errors.isEmpty)
        let records = events.records
        #expect(records.count == count)
        #expect(records.map(\.index) == Array(1...count))
        #expect(records.last?.sender == "300\(count)")
        #expect(records.last?.body == "پیام شماره \(count) با کد \(count &* 2_654_435_761 % 1_000_000)")
        #expect(records.last?.date == 1_714_000_000_000 + Int64(count))
    }

    @Test func archiveWithoutMessagesIsAClearError() throws {
        var zip = ZipArchiveBuilder()
        zip.add("data/PART_1.jpg", Self.media)
        zip.add("calls.ndjson", "{}\n")
        zip.add("old/messages.ndjson.bak", Self.messages)
        try withTemporaryDirectory { directory in
            let path = directory + "/sms.zip"
            try write(zip.bytes(), to: path)
            let error = thrownError { try ZipEntrySource(path: path) }
            #expect(error?.kind == .badData)
            #expect(error?.location == SourceLocation(path: path))
            #expect(error?.message == "the archive has no messages.ndjson: is it an SMS Import/Export backup?")
        }
    }

    @Test(arguments: [0, 10, 100, 300])
    func truncatedArchiveIsAClearError(_ kept: Int) throws {
        var zip = ZipArchiveBuilder()
        zip.add("messages.ndjson", Self.messages)
        zip.add("data/PART_1.jpg", Self.media, method: .stored)
        let bytes = Array(zip.bytes().prefix(kept))
        try withTemporaryDirectory { directory in
            let path = directory + "/cut.zip"
            try write(bytes, to: path)
            let error = thrownError { try ZipEntrySource(path: path) }
            #expect(error?.kind == .badData)
            #expect(error?.location?.path == path)
            #expect(error?.message == "not a zip archive, or a truncated one (no end of central directory)")
        }
    }

    @Test func damagedCompressedDataIsAnErrorNotACrash() throws {
        var zip = ZipArchiveBuilder()
        var entry = ZipArchiveBuilder.Entry(name: "messages.ndjson", data: Array(Self.messages.utf8))
        entry.compressedOverride = [UInt8](repeating: 0xFF, count: 64)  // block type 3: invalid
        zip.entries.append(entry)
        let events = try Self.events(fromArchive: zip.bytes())
        #expect(events.records.isEmpty)
        #expect(events.errors.count == 1)
        #expect(events.errors.first?.kind == .badData)
        #expect(events.errors.first?.message.contains("damaged") == true)
    }

    /// An archive whose writer stopped in the middle of the messages: the directory is whole, the
    /// deflate stream is cut. The reader must say the data is truncated, not take the cut as the end.
    @Test func cutDeflateStreamIsReportedAsTruncated() throws {
        let full = rawDeflate(Array(Self.messages.utf8))
        var zip = ZipArchiveBuilder()
        var entry = ZipArchiveBuilder.Entry(name: "messages.ndjson", data: Array(Self.messages.utf8))
        entry.compressedOverride = Array(full.prefix(full.count / 2))
        zip.entries.append(entry)
        let events = try Self.events(fromArchive: zip.bytes())
        #expect(events.errors.contains { $0.message.contains("truncated") }, "\(events.map(\.outcome))")
    }

    @Test func damagedDirectoryIsAClearError() throws {
        var zip = ZipArchiveBuilder()
        zip.add("messages.ndjson", Self.messages)
        var bytes = zip.bytes()
        // The end record's directory offset points past the end of the file.
        let end = bytes.count - 22
        bytes[end + 16] = 0xFF
        bytes[end + 17] = 0xFF
        try withTemporaryDirectory { directory in
            let path = directory + "/bad.zip"
            try write(bytes, to: path)
            let error = thrownError { try ZipEntrySource(path: path) }
            #expect(error?.kind == .badData)
            #expect(error?.message == "damaged zip directory (it points outside the file)")
        }
    }

    /// A zip whose messages use method 12 (bzip2).
    static func archiveWithUnsupportedMethod() -> [UInt8] {
        var zip = ZipArchiveBuilder()
        zip.add("messages.ndjson", messages, method: .stored)
        var bytes = zip.bytes()
        let directory = bytes.count - 22 - (46 + "messages.ndjson".utf8.count)
        precondition(bytes[directory] == 0x50 && bytes[directory + 1] == 0x4B && bytes[directory + 2] == 0x01)
        bytes[directory + 10] = 12  // the method, in the central directory entry
        return bytes
    }

    /// Run in a child process (the file is written by this one, so that it is removed even if the child
    /// crashes): an archive refused after its entry is found must give an error, not crash.
    @Test func unsupportedCompressionMethodIsAClearError() async throws {
        var template = Array("/tmp/smsguard-log-tests.XXXXXX".utf8CString)
        let directory = String(cString: try #require(template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }))
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/bzip2.zip"
        try write(Self.archiveWithUnsupportedMethod(), to: path)
        await #expect(processExitsWith: .success) { [path = path as String] in
            let error = thrownError { try ZipEntrySource(path: path) }
            guard error?.kind == .badData, error?.message == "messages.ndjson uses compression method 12; only stored and deflate are read" else {
                exit(1)
            }
        }
    }

    @Test func missingArchiveIsMissingInput() {
        let error = thrownError { try ZipEntrySource(path: "/tmp/smsguard-no-such-dir-4f1c/none.zip") }
        #expect(error?.kind == .missingInput)
        #expect(error?.location == SourceLocation(path: "/tmp/smsguard-no-such-dir-4f1c/none.zip"))
    }

    @Test func logInputDetectsAndReadsTheZip() throws {
        var zip = ZipArchiveBuilder()
        zip.add("data/PART_1.jpg", Self.media)
        zip.add("messages.ndjson", Self.messages)
        let bytes = zip.bytes()
        try withTemporaryDirectory { directory in
            let path = directory + "/sms-ie-export.zip"
            try write(bytes, to: path)
            let opened = try LogInput.open(path: path, format: nil)
            #expect(opened.format == .zip)
            #expect(opened.size == bytes.count)
            var reader = opened.reader
            try Self.expectMessages(drain(&reader))
            #expect(reader.bytesRead > 0)
        }
    }
}
