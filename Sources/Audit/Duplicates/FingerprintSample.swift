/// A sample of an export's event fingerprints chosen by content, not by position: an event is
/// kept when the top `level` bits of its fingerprint are zero. Two exports of the same log
/// therefore keep the same events where they overlap, and a handful of comparisons tell whether
/// two files are copies of one log over a period.
///
/// Every fingerprint is kept while there are at most `limit`; past that the level rises (each
/// step keeps half) so the sample stays bounded whatever the file's size.
struct FingerprintSample: Sendable {
    static let limit = 512

    private(set) var level = 0
    /// Fingerprint → the second of its event.
    private(set) var prints: [UInt64: Int64] = [:]

    static func keeps(_ print: UInt64, level: Int) -> Bool { level == 0 || print >> UInt64(64 - level) == 0 }

    mutating func record(_ print: UInt64, seconds: Int64) {
        guard FingerprintSample.keeps(print, level: level) else { return }
        prints[print] = seconds
        while prints.count > FingerprintSample.limit && level < 63 { raise(to: level + 1) }
    }

    mutating func merge(_ other: FingerprintSample) {
        if other.level > level { raise(to: other.level) }
        for (print, seconds) in other.prints where FingerprintSample.keeps(print, level: level) { prints[print] = seconds }
        while prints.count > FingerprintSample.limit && level < 63 { raise(to: level + 1) }
    }

    private mutating func raise(to newLevel: Int) {
        level = newLevel
        prints = prints.filter { FingerprintSample.keeps($0.key, level: newLevel) }
    }

    /// The fingerprints kept at `level` (at least this sample's) whose events fall in `first...last`.
    func prints(atLevel level: Int, from first: Int64, to last: Int64) -> [UInt64] {
        prints.compactMap { entry in
            FingerprintSample.keeps(entry.key, level: level) && first <= entry.value && entry.value <= last ? entry.key : nil
        }
    }

    func contains(_ print: UInt64) -> Bool { prints[print] != nil }
}
