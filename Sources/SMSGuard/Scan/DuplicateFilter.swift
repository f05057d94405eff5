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
enum MessageFingerprint {
    static func of(_ record: LogRecord, sender: Sender) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
            hash ^= 0xFF
            hash &*= 0x0000_0100_0000_01B3
        }
        mix(sender.canonical.utf8)
        mix(record.direction.rawValue.utf8)
        withUnsafeBytes(of: record.date ?? -1) { mix($0) }
        mix(record.bodyBytes)
        // A final avalanche spreads the bits over the table's slots.
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return hash
    }
}
