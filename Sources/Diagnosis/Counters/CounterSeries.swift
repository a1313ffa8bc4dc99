/// One counter of one machine over time, kept as hourly buckets (samples, sum, lowest, highest):
/// enough to see a leak that takes days or weeks, small enough to keep for a year (the latest
/// `limit` hours are kept; older ones are dropped and counted).
///
/// Two series of the same counter (two logs, or a log and the history) combine bucket by
/// bucket, keeping the bucket with more samples: an hour that both saw is counted once, so
/// reading an overlapping log again changes nothing.
public struct CounterSeries: Sendable, Equatable {
    public static let bucketSeconds: Int64 = 3600
    public static let limit = 24 * 400

    /// One hour of samples.
    public struct Bucket: Sendable, Equatable {
        public var start: Int64
        public var samples: Int
        public var sum: Double
        public var lowest: Double
        public var highest: Double
        public var mean: Double { sum / Double(max(1, samples)) }

        public init(start: Int64, samples: Int, sum: Double, lowest: Double, highest: Double) {
            self.start = start
            self.samples = samples
            self.sum = sum
            self.lowest = lowest
            self.highest = highest
        }
    }

    public private(set) var buckets: [Int64: Bucket] = [:]
    /// Hours dropped to stay within `limit`.
    public private(set) var droppedHours = 0
    /// Whether the times are UTC (false: the machine's wall clock).
    public var isUTC: Bool
    /// The bucket samples are being added to (samples come in time order).
    private var open: Bucket?

    public init(isUTC: Bool) { self.isUTC = isUTC }

    public var isEmpty: Bool { buckets.isEmpty && open == nil }

    /// The buckets in time order.
    public var ordered: [Bucket] {
        var all = buckets
        if let open { all[open.start] = CounterSeries.combine(all[open.start], open) }
        return all.values.sorted { $0.start < $1.start }
    }

    public static func hour(of seconds: Int64) -> Int64 {
        let remainder = seconds % bucketSeconds
        return seconds - (remainder < 0 ? remainder + bucketSeconds : remainder)
    }

    /// Adds one sample.
    public mutating func add(seconds: Int64, value: Double) {
        guard value.isFinite else { return }
        let start = CounterSeries.hour(of: seconds)
        if var bucket = open, bucket.start == start {
            bucket.samples += 1
            bucket.sum += value
            bucket.lowest = min(bucket.lowest, value)
            bucket.highest = max(bucket.highest, value)
            open = bucket
            return
        }
        close()
        open = buckets.removeValue(forKey: start) ?? Bucket(start: start, samples: 0, sum: 0, lowest: value, highest: value)
        add(seconds: seconds, value: value)
    }

    /// Adds a stored bucket (from the history).
    public mutating func add(_ bucket: Bucket) {
        close()
        if let mine = buckets[bucket.start], mine.samples >= bucket.samples { return }
        buckets[bucket.start] = bucket
        trim()
    }

    /// Combines another series of the same counter: per hour, the bucket with more samples.
    public mutating func merge(_ other: CounterSeries) {
        for bucket in other.ordered { add(bucket) }
        droppedHours += other.droppedHours
    }

    private mutating func close() {
        guard let bucket = open else { return }
        open = nil
        buckets[bucket.start] = bucket
        trim()
    }

    private mutating func trim() {
        guard buckets.count > CounterSeries.limit, let oldest = buckets.keys.min() else { return }
        buckets[oldest] = nil
        droppedHours += 1
    }

    private static func combine(_ a: Bucket?, _ b: Bucket) -> Bucket {
        guard let a else { return b }
        return Bucket(start: b.start, samples: a.samples + b.samples, sum: a.sum + b.sum, lowest: min(a.lowest, b.lowest), highest: max(a.highest, b.highest))
    }
}
