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
}
