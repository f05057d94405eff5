/// Remembers which messages were seen, by a 64-bit fingerprint, in bounded memory.
///
/// Two generations of a fixed open-addressing table: when the current one fills, it becomes the old
/// one and the oldest is dropped. Every duplicate among at least the last `generationCapacity` distinct
/// messages (more than a phone's whole history) is found; memory stays at two tables whatever the size
/// of the log.
struct DuplicateFilter {
    static let slots = 1 << 20
    static let generationCapacity = slots * 2 / 3

    private var current = Table(slots: DuplicateFilter.slots)
    private var previous: Table?

    /// Records `fingerprint`; returns true when it was seen before.
    mutating func isDuplicate(_ fingerprint: UInt64) -> Bool {
        let key = fingerprint == 0 ? 1 : fingerprint  // 0 marks an empty slot
        if current.contains(key) || previous?.contains(key) == true { return true }
        if current.count >= Self.generationCapacity {
            previous = current
            current = Table(slots: Self.slots)
        }
        current.insert(key)
        return false
    }

    private struct Table {
        var keys: [UInt64]
        var count = 0

        init(slots: Int) { keys = [UInt64](repeating: 0, count: slots) }

        func contains(_ key: UInt64) -> Bool {
            var slot = Int(truncatingIfNeeded: key) & (keys.count - 1)
            while keys[slot] != 0 {
                if keys[slot] == key { return true }
                slot = (slot + 1) & (keys.count - 1)
            }
            return false
        }

        mutating func insert(_ key: UInt64) {
            var slot = Int(truncatingIfNeeded: key) & (keys.count - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            count += 1
        }
    }
}

/// The fingerprint that makes two records the same message: canonical sender, direction, time and text.
///
/// Eight bytes a step: each step is a bijection of the running hash, so two texts of one length that
/// differ in a single word never collide, and each field ends with its length, so "ab" + "c" is not
/// "a" + "bc".
enum MessageFingerprint {
    static func of(_ record: LogRecord, sender: Sender) -> UInt64 {
        var hash: UInt64 = 0x243F_6A88_85A3_08D3
        var canonical = sender.canonical
        canonical.withUTF8 { mix(UnsafeRawBufferPointer($0), into: &hash) }
        var direction = record.direction.rawValue
        direction.withUTF8 { mix(UnsafeRawBufferPointer($0), into: &hash) }
        step(UInt64(bitPattern: record.date ?? -1), &hash)
        record.bodyBytes.withUnsafeBytes { mix($0, into: &hash) }
        // A final avalanche spreads the bits over the table's slots.
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return hash
    }

    private static func mix(_ bytes: UnsafeRawBufferPointer, into hash: inout UInt64) {
        var index = 0
        while index + 8 <= bytes.count {
            step(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)), &hash)
            index += 8
        }
        var tail: UInt64 = 0
        for (position, byte) in bytes[index...].enumerated() { tail |= UInt64(byte) << (8 * position) }
        step(tail, &hash)
        step(UInt64(bytes.count), &hash)
    }

    @inline(__always)
    private static func step(_ word: UInt64, _ hash: inout UInt64) {
        hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 32
    }
}
