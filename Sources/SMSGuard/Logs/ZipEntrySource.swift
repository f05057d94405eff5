#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CZlib

/// One entry of a zip archive, inflated as it is read: the `messages.ndjson` inside an SMS Import/Export
/// backup, read without unpacking the archive or its media.
///
/// Finds the entry through the central directory (zip64 included), then streams it through zlib's raw
/// inflate (or passes a stored entry through) in 1 MiB chunks.
public final class ZipEntrySource: ChunkSource {
    public let path: String
    public private(set) var bytesRead = 0
    public private(set) var error: SMSGuardError?
    /// The archive's size, for progress.
    public let size: Int

    private let descriptor: Int32
    private let isStored: Bool
    private var remaining: Int
    private var readOffset: Int
    private var stream = z_stream()
    private var streamOpen = false
    private var finished = false
    private let input = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 16)
    private let output = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: ByteSource.chunkSize)

    /// Opens `entryName` (matched as the whole name or its last path component) in the archive at `path`.
    public init(path: String, entryName: String = "messages.ndjson") throws(SMSGuardError) {
        let opened = open(path, O_RDONLY)
        guard opened >= 0 else {
            throw SMSGuardError(.missingInput, "cannot open: \(String(cString: strerror(errno)).lowercased())", at: SourceLocation(path: path))
        }
        var info = stat()
        fstat(opened, &info)
        let entry: ZipDirectory.Entry
        do throws(SMSGuardError) {
            entry = try ZipDirectory.find(entryName, descriptor: opened, size: Int(info.st_size), path: path)
            guard entry.method == 0 || entry.method == 8 else {
                throw SMSGuardError(.badData, "\(entryName) uses compression method \(entry.method); only stored and deflate are read", at: SourceLocation(path: path))
            }
        } catch {
            close(opened)  // nothing else is set up yet, so no deinit runs
            throw error
        }
        self.path = path
        descriptor = opened
        size = Int(info.st_size)
        isStored = entry.method == 0
        remaining = entry.compressedSize
        readOffset = entry.dataOffset
        if !isStored {
            // zlib keeps a pointer to the stream, so it is set up in place; deinit cleans up on failure.
            let status = inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
            guard status == Z_OK else {
                throw SMSGuardError(.badData, "cannot start zlib (status \(status))", at: SourceLocation(path: path))
            }
            streamOpen = true
        }
    }

    deinit {
        if streamOpen { inflateEnd(&stream) }
        close(descriptor)
        input.deallocate()
        output.deallocate()
    }

    public func nextChunk() -> UnsafeBufferPointer<UInt8>? {
        guard !finished, error == nil else { return nil }
        if isStored {
            guard remaining > 0 else { finished = true; return nil }
            let count = readCompressed(into: output, upTo: min(output.count, remaining))
            guard count > 0 else { finished = true; return nil }
            return UnsafeBufferPointer(rebasing: output[0..<count])
        }
        stream.next_out = output.baseAddress
        stream.avail_out = UInt32(output.count)
        while stream.avail_out > 0 {
            if stream.avail_in == 0 && remaining > 0 {
                let count = readCompressed(into: input, upTo: min(input.count, remaining))
                guard count > 0 else { break }
                stream.next_in = input.baseAddress
                stream.avail_in = UInt32(count)
            }
            let status = inflate(&stream, Z_NO_FLUSH)
            if status == Z_STREAM_END { finished = true; break }
            if status != Z_OK && status != Z_BUF_ERROR {
                error = SMSGuardError(.badData, "the compressed messages are damaged (zlib status \(status)) after \(stream.total_out) bytes", at: SourceLocation(path: path))
                break
            }
            if stream.avail_in == 0 && remaining == 0 && stream.avail_out > 0 {
                // All input used, room left for output, and no end of stream: the entry was cut short.
                error = SMSGuardError(.badData, "the archive ends inside the compressed messages (truncated file?)", at: SourceLocation(path: path))
                break
            }
        }
        let produced = output.count - Int(stream.avail_out)
        if produced == 0 {
            finished = true
            return nil
        }
        return UnsafeBufferPointer(rebasing: output[0..<produced])
    }

    private func readCompressed(into buffer: UnsafeMutableBufferPointer<UInt8>, upTo count: Int) -> Int {
        while true {
            let got = pread(descriptor, buffer.baseAddress, count, off_t(readOffset))
            if got < 0 && errno == EINTR { continue }
            if got <= 0 {
                if got < 0 || remaining > 0 {
                    error = SMSGuardError(.badData, "the archive ends inside the messages entry (truncated file?)", at: SourceLocation(path: path))
                }
                return 0
            }
            readOffset += got
            remaining -= got
            bytesRead += got
            return got
        }
    }
}

/// The central directory of a zip archive, read just far enough to find one entry.
enum ZipDirectory {
    struct Entry {
        let method: Int
        let compressedSize: Int
        let dataOffset: Int
    }

    static func find(_ name: String, descriptor: Int32, size: Int, path: String) throws(SMSGuardError) -> Entry {
        let location = SourceLocation(path: path)
        let tailSize = min(size, 65_557 + 20)
        let tail = read(descriptor, offset: size - tailSize, count: tailSize)
        guard let end = lastIndex(of: 0x0605_4B50, in: tail) else {
            throw SMSGuardError(.badData, "not a zip archive, or a truncated one (no end of central directory)", at: location)
        }
        var entries = Int(le16(tail, end + 10))
        var directorySize = Int(le32(tail, end + 12))
        var directoryOffset = Int(le32(tail, end + 16))
        if directoryOffset == 0xFFFF_FFFF || entries == 0xFFFF, end >= 20, le32(tail, end - 20) == 0x0706_4B50 {
            let zip64End = Int(le64(tail, end - 20 + 8))
            let record = read(descriptor, offset: zip64End, count: 56)
            guard record.count == 56, le32(record, 0) == 0x0606_4B50 else {
                throw SMSGuardError(.badData, "damaged zip64 directory", at: location)
            }
            entries = Int(le64(record, 32))
            directorySize = Int(le64(record, 40))
            directoryOffset = Int(le64(record, 48))
        }
        guard directoryOffset + directorySize <= size, directorySize <= 512 << 20 else {
            throw SMSGuardError(.badData, "damaged zip directory (it points outside the file)", at: location)
        }
        let directory = read(descriptor, offset: directoryOffset, count: directorySize)
        var index = 0
        for _ in 0..<entries {
            guard index + 46 <= directory.count, le32(directory, index) == 0x0201_4B50 else { break }
            let method = Int(le16(directory, index + 10))
            var compressed = Int(le32(directory, index + 20))
            let nameLength = Int(le16(directory, index + 28))
            let extraLength = Int(le16(directory, index + 30))
            let commentLength = Int(le16(directory, index + 32))
            var localOffset = Int(le32(directory, index + 42))
            guard index + 46 + nameLength + extraLength <= directory.count else { break }
            let entryName = String(decoding: directory[(index + 46)..<(index + 46 + nameLength)], as: UTF8.self)
            if entryName == name || entryName.hasSuffix("/" + name) {
                var extra = index + 46 + nameLength
                let extraEnd = extra + extraLength
                let uncompressedIs64 = le32(directory, index + 24) == 0xFFFF_FFFF
                while extra + 4 <= extraEnd {
                    let id = le16(directory, extra), length = Int(le16(directory, extra + 2))
                    if id == 1 {  // zip64 sizes and offset, in this order, each only if its field overflowed
                        var field = extra + 4
                        if uncompressedIs64 { field += 8 }
                        if compressed == 0xFFFF_FFFF { compressed = Int(le64(directory, field)); field += 8 }
                        if localOffset == 0xFFFF_FFFF { localOffset = Int(le64(directory, field)) }
                    }
                    extra += 4 + length
                }
                let header = read(descriptor, offset: localOffset, count: 30)
                guard header.count == 30, le32(header, 0) == 0x0403_4B50 else {
                    throw SMSGuardError(.badData, "damaged zip: no local header for \(name)", at: location)
                }
                let dataOffset = localOffset + 30 + Int(le16(header, 26)) + Int(le16(header, 28))
                return Entry(method: method, compressedSize: compressed, dataOffset: dataOffset)
            }
            index += 46 + nameLength + extraLength + commentLength
        }
        throw SMSGuardError(.badData, "the archive has no \(name): is it an SMS Import/Export backup?", at: location)
    }

    private static func read(_ descriptor: Int32, offset: Int, count: Int) -> [UInt8] {
        guard count > 0, offset >= 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { break }
            done += got
        }
        return Array(bytes[0..<done])
    }

    private static func lastIndex(of signature: UInt32, in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        for index in stride(from: bytes.count - 22, through: 0, by: -1) where le32(bytes, index) == signature {
            return index
        }
        return nil
    }

    static func le16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        guard at + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    static func le32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        guard at + 4 <= bytes.count else { return 0 }
        return UInt32(le16(bytes, at)) | UInt32(le16(bytes, at + 2)) << 16
    }

    static func le64(_ bytes: [UInt8], _ at: Int) -> UInt64 {
        UInt64(le32(bytes, at)) | UInt64(le32(bytes, at + 4)) << 32
    }
}
