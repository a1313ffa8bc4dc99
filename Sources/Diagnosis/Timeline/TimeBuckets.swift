/// The times of one kind of event (boots, unclean shutdowns, one symptom's matches), kept for a
/// timeline: exact seconds while there are few, then counts in buckets whose width doubles
/// whenever more than `limit` buckets would be needed.
///
/// Bounded whatever the log's size, and the same whatever order the events and files came in:
/// the width ends as the narrowest power of two at which the times fit in `limit` buckets, so
/// reading files in parallel and merging gives what reading them one after the other gives.
public struct TimeBuckets: Sendable, Hashable {
    public static let limit = 256

    /// Width of a bucket in seconds: 1 while times are exact, always a power of two.
    public private(set) var width: Int64 = 1
    /// Events counted, with or without room for their own bucket.
    public private(set) var total = 0
    /// Bucket start (a multiple of `width`) → events in it.
    private var counts: [Int64: Int] = [:]

    public init() {}

    public var isEmpty: Bool { total == 0 }

    mutating func record(_ seconds: Int64) {
        total += 1
        counts[start(of: seconds), default: 0] += 1
        if counts.count > TimeBuckets.limit { widen(to: width * 2) }
    }

    mutating func merge(_ other: TimeBuckets) {
        guard !other.isEmpty else { return }
        if other.width > width { widen(to: other.width) }
        total += other.total
        for (start, count) in other.counts { counts[self.start(of: start), default: 0] += count }
        if counts.count > TimeBuckets.limit { widen(to: width * 2) }
    }

    /// The buckets in time order: where each starts, and how many events it holds.
    public var buckets: [(start: Int64, count: Int)] {
        counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The first and last second covered (the end of the last bucket).
    public var span: (first: Int64, last: Int64)? {
        guard let first = counts.keys.min(), let last = counts.keys.max() else { return nil }
        return (first, last + width - 1)
    }

    private func start(of seconds: Int64) -> Int64 {
        let remainder = seconds % width
        return seconds - (remainder < 0 ? remainder + width : remainder)
    }

    private mutating func widen(to newWidth: Int64) {
        width = newWidth
        rebucket()
        while counts.count > TimeBuckets.limit, width <= Int64.max / 2 {
            width *= 2
            rebucket()
        }
    }

    private mutating func rebucket() {
        var merged: [Int64: Int] = [:]
        for (start, count) in counts { merged[self.start(of: start), default: 0] += count }
        counts = merged
    }
}
