import EventLog

/// Identifies a run's inputs by their content, so that importing the same exports again is
/// recognised and adds nothing: for each file its size and a hash of its first and last 64 KiB,
/// combined in sorted order (so the order files are given in does not matter). FNV-1a, not a
/// cryptographic hash: it tells exports apart, it does not guard against forgery.
public enum RunSignature {
    static let window = 64 << 10

    public static func of(paths: [String]) -> String {
        let parts = paths.map { path -> String in
            guard let file = try? InputFile(path: path) else { return "missing:" + path }
            let head = (try? file.bytes(at: 0, count: window)) ?? []
            let tail = (try? file.bytes(at: max(0, file.size - Int64(window)), count: window)) ?? []
            return "\(file.size):" + hex(fnv(head, seed: 0xcbf2_9ce4_8422_2325)) + hex(fnv(tail, seed: 0x8422_2325_cbf2_9ce4))
        }.sorted()
        return hex(fnv(Array(parts.joined(separator: "|").utf8), seed: 0xcbf2_9ce4_8422_2325))
            + hex(fnv(Array(parts.joined(separator: "/").utf8), seed: 0x1000_0000_01b3))
    }

    static func fnv(_ bytes: [UInt8], seed: UInt64) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
