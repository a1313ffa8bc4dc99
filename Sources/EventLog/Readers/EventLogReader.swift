/// What every format reader provides: a way to recognise its format from a file's beginning, and
/// a streaming read that hands out events one at a time.
///
/// Readers are stateless types: all state of a read lives inside `read`, so files can be read in
/// parallel. A reader never stops at a bad record: it records a problem in the report, counts
/// the record as skipped, and goes on. Only an I/O error (`InputFile.OpenError`) or an error
/// thrown by `emit` ends a read early.
public protocol EventLogReader: Sendable {
    /// The format this reader reads.
    static var format: LogFormat { get }

    /// True when the sample's content is in this reader's format.
    static func recognizes(_ sample: FileSample) -> Bool

    /// Reads every event of `file`, calling `emit` for each in file order, and records counts and
    /// problems in `report` (`events` is counted by the caller; readers count `skipped`,
    /// `recovered` is derived from the events).
    static func read(
        _ file: InputFile,
        sample: FileSample,
        options: ReadOptions,
        report: inout ReadReport,
        emit: (Event) throws -> Void
    ) throws

    /// Counts the events `read` would deliver, with the same problems and skips in `report`
    /// (`events --summary`); a default implementation reads and counts.
    static func count(_ file: InputFile, sample: FileSample, options: ReadOptions, report: inout ReadReport) throws -> EventCount
}

extension EventLogReader {
    /// Reads as `read` does but only counts the events; the report gets the same problems and
    /// skips. Readers that can count without making each `Event` provide their own.
    public static func count(_ file: InputFile, sample: FileSample, options: ReadOptions, report: inout ReadReport) throws -> EventCount {
        var count = EventCount()
        try read(file, sample: sample, options: options, report: &report) { count.add(isRecovered: $0.isRecovered) }
        return count
    }
}

/// How many events a read found, and how many of them were recovered from slack space.
public struct EventCount: Sendable, Equatable {
    public var events = 0
    public var recovered = 0

    public init() {}

    @inline(__always)
    public mutating func add(isRecovered: Bool) {
        events += 1
        if isRecovered { recovered += 1 }
    }
}
