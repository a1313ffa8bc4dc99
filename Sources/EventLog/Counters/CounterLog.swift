/// What a performance counter log's header says: the counter of each column and the time
/// zone its sample times are in.
public struct CounterLogHeader: Sendable {
    /// One entry per value column (the time column excluded): the counter, with its object and
    /// counter names in English where known (`CounterNames`); nil for a header that is not a path.
    public var columns: [CounterPath?]
    /// The columns as written in the file.
    public var written: [String]
    /// `Eastern Daylight Time`, or what is left of it when Windows cut the header short.
    public var zoneName: String?
    /// Minutes to add to the local sample times to get UTC (the header's `(240)`), when given.
    public var biasMinutes: Int?
}

/// One line of samples: when, and the value of every column (NaN where the log has none, as
/// in the blank first sample of averaged counters).
public struct CounterRow {
    public var time: EventTime
    public var values: UnsafeBufferPointer<Double>
    /// 1-based line in the file.
    public var line: Int
}
