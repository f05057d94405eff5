import Testing
@testable import SMSGuard

/// A file is served chunk after chunk: every byte once, in order.
struct ByteSourceTests {
    /// Bytes that differ from one position to the next, so a chunk served twice or skipped shows.
    static func pattern(count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 11) }
    }

    static func chunks(of source: ByteSource) -> [[UInt8]] {
        var chunks: [[UInt8]] = []
        while chunks.count < 100, let chunk = source.nextChunk() { chunks.append(Array(chunk)) }
        return chunks
    }

    @Test func aFileOfSeveralChunksIsServedWholeAndInOrder() throws {
        let bytes = Self.pattern(count: ByteSource.chunkSize * 2 + 12_345)
        try withTemporaryDirectory { directory in
            let path = directory + "/log.xml"
            try write(bytes, to: path)
            let source = try ByteSource(path: path)
            let chunks = Self.chunks(of: source)
            #expect(chunks.count == 3)
            #expect(chunks.flatMap { $0 } == bytes)
            #expect(source.bytesRead == bytes.count)
            #expect(source.isAtEnd)
            #expect(source.error == nil)
            #expect(source.nextChunk() == nil)
        }
    }

    @Test func anEmptyFileEndsAtOnceWithoutError() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/empty.xml"
            try write([], to: path)
            let source = try ByteSource(path: path)
            #expect(source.nextChunk() == nil)
            #expect(source.size == 0)
            #expect(source.error == nil)
        }
    }

    @Test func aRecordAcrossTheChunkBoundaryReadsAsFromMemory() throws {
        // The first record's body ends just past the first chunk, so the reader must carry it over.
        let padding = String(repeating: "ب", count: ByteSource.chunkSize / 2 - 40)
        let text = """
            <smses count="2">
            <sms address="+989121234567" date="1714000000000" type="1" body="\(padding)" />
            <sms address="3000" date="1714000001000" type="1" body="دومی &#55357;&#56832;" />
            </smses>
            """
        let bytes = Array(text.utf8)
        #expect(bytes.count > ByteSource.chunkSize)
        try withTemporaryDirectory { directory in
            let path = directory + "/boundary.xml"
            try write(bytes, to: path)
            var fromFile: any LogReader = try LogInput.open(path: path, format: .sbr).reader
            var fromMemory: any LogReader = SBRReader(source: ByteSource(bytes: bytes, path: path))
            let read = drain(&fromFile).map(\.outcome)
            #expect(read.count == 2)
            #expect(read == drain(&fromMemory).map(\.outcome))
        }
    }
}
