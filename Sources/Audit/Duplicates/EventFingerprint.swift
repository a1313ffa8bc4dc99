import EventLog

/// A 64-bit fingerprint of what two exports of the same event always agree on, whatever their
/// format: the second it happened (and whether that is UTC or a local wall clock), its source
/// and its event ID. Messages, insertion strings and record numbers are left out, because text
/// exports carry the message and binary logs the strings.
///
/// The hash is FNV-1a with a final mix, fixed across runs and machines (Swift's `Hasher` is
/// seeded per process), so that sampling by fingerprint, and with it the output, is
/// deterministic.
enum EventFingerprint {
    static func of(seconds: Int64, isUTC: Bool, source: String, id: UInt16) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func add(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        var time = UInt64(bitPattern: seconds)
        for _ in 0..<8 {
            add(UInt8(truncatingIfNeeded: time))
            time >>= 8
        }
        add(isUTC ? 1 : 0)
        add(UInt8(truncatingIfNeeded: id))
        add(UInt8(truncatingIfNeeded: id >> 8))
        for byte in source.utf8 { add(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        // splitmix64's finaliser: spreads the bits, so the top bits sample evenly.
        hash ^= hash >> 30
        hash &*= 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 27
        hash &*= 0x94D0_49BB_1331_11EB
        hash ^= hash >> 31
        return hash
    }

    static func of(_ event: Event, time: EventTime) -> UInt64 {
        of(seconds: time.seconds, isUTC: time.isUTC, source: event.source, id: event.id)
    }
}
