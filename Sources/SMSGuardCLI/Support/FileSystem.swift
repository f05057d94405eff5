#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SMSGuard

/// The few file operations the tool needs, with errors that name the file.
enum FileSystem {
    /// The whole content of a (small) file.
    static func read(_ path: String) throws(SMSGuardError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw SMSGuardError(.missingInput, "cannot open: \(lastError())", at: SourceLocation(path: path)) }
        defer { close(descriptor) }
        if isDirectory(path) { throw SMSGuardError(.missingInput, "is a directory, expected a file", at: SourceLocation(path: path)) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SMSGuardError(.missingInput, "cannot read: \(lastError())", at: SourceLocation(path: path))
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Writes `bytes` to `path` through a temporary file in the same directory and a rename, so that
    /// readers see the old file or the new one, never half a file.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(SMSGuardError) {
        let directory = parent(of: path)
        guard isDirectory(directory) else {
            throw SMSGuardError(.cannotCreateOutput, "cannot write: directory \(directory) does not exist", at: SourceLocation(path: path))
        }
        var template = Array("\(directory)/.\(baseName(of: path)).XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw SMSGuardError(.cannotCreateOutput, "cannot write: \(lastError())", at: SourceLocation(path: path)) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: String?
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = lastError()
                    return
                }
                offset += written
            }
        }
        if failure == nil && fsync(descriptor) != 0 { failure = lastError() }
        fchmod(descriptor, 0o644)
        close(descriptor)
        if failure == nil && rename(temporary, path) != 0 { failure = lastError() }
        if let failure {
            unlink(temporary)
            throw SMSGuardError(.cannotCreateOutput, "cannot write: \(failure)", at: SourceLocation(path: path))
        }
    }

    /// Creates `path` and its missing parents.
    static func createDirectory(_ path: String) throws(SMSGuardError) {
        guard !isDirectory(path) else { return }
        let parentPath = parent(of: path)
        if parentPath != path && !isDirectory(parentPath) { try createDirectory(parentPath) }
        if mkdir(path, 0o755) != 0 && !isDirectory(path) {
            throw SMSGuardError(.cannotCreateOutput, "cannot create directory: \(lastError())", at: SourceLocation(path: path))
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The names of the entries in a directory, sorted, without `.` and `..`.
    static func list(_ directory: String) throws(SMSGuardError) -> [String] {
        guard let handle = opendir(directory) else {
            throw SMSGuardError(.missingInput, "cannot list directory: \(lastError())", at: SourceLocation(path: directory))
        }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    static func lastError() -> String {
        String(cString: strerror(errno)).lowercased()
    }
}
