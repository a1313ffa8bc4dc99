/// Reads the output of the Resource Kit's `dumpel` (`dumpel -l system -f file.txt`): one line per
/// event with date, time, numeric type, numeric category, event ID, user, source, computer, then
/// the raw insertion strings (dumpel prints no message).
///
/// The fields are separated by tabs (dumpel's default), commas (`-c`) or, in copies where the
/// tabs became spaces, by spaces. The insertion strings are tab-separated with `-t` and
/// comma-separated with `-c`, and split on those; without `-t` they are separated by single
/// spaces and cannot in general be split (see `DumpelStrings`). The order of the user and source
/// columns is decided per file: the column holding `N/A` or `DOMAIN\user` is the user. Values such
/// as `%%20013` are kept as written. Lines that do not start a record continue the last insertion
/// string (strings may hold line breaks).
public enum DumpelReader: EventLogReader {
    public static let format = LogFormat.dumpel

    public static func recognizes(_ sample: FileSample) -> Bool { layout(of: sample) != nil }

    public static func read(
        _ file: InputFile, sample: FileSample, options: ReadOptions, report: inout ReadReport, emit: (Event) throws -> Void
    ) throws {
        guard let layout = layout(of: sample) else {
            return report.fail("the first line is not a dumpel record (date, time, type, category, event ID, user, source, computer)")
        }
        let order = try DateOrderEvidence.decide(file, encoding: sample.encoding, options: options, report: &report) { line, evidence in
            if let record = layout.parse(line.bytes), let date = TimestampScanner.scanDateOnly(record.date) { evidence.observe(date) }
        }
        if !layout.userFirst { report.details["columns"] = "source before user" }
        var assembler = DumpelRecordAssembler(layout: layout, timestamps: LocalTimestampReader(order: order), detail: options.detail, textOnlyFor: options.textOnlyFor)
        try TextExportLines.forEach(file, encoding: sample.encoding, report: &report) { line, report in
            try assembler.feed(line, report: &report, emit: emit)
        }
        try assembler.finish(emit: emit)
        if assembler.joinedStrings {
            report.details["strings"] = "space-separated (dumpel without -t): split only for known NT events, else kept as one string"
        }
    }

    /// How the sample's records are laid out, or nil when none of its first three lines is a
    /// dumpel record.
    static func layout(of sample: FileSample) -> DumpelLayout? {
        let lines = sample.numberedLines(50)
        return lines.prefix(3).lazy.compactMap { first in first.bytes.withUnsafeBufferPointer { layout(from: $0, lines: lines) } }.first
    }

    /// The layout of a file whose record `line` is, checking the user/source order on `lines`.
    private static func layout(from line: TextBytes, lines: [(number: Int, bytes: [UInt8])]) -> DumpelLayout? {
        guard let separator = DumpelLayout.separator(after: line) else { return nil }
        var layout = DumpelLayout(separator: separator, userFirst: true)
        guard let record = layout.parse(line), TimestampScanner.scanDateOnly(record.date) != nil else { return nil }
        var userThenSource = 0, sourceThenUser = 0
        for line in lines {
            line.bytes.withUnsafeBufferPointer { bytes in
                guard let record = layout.parse(bytes) else { return }
                if DumpelLayout.isUserLike(record.user) {
                    userThenSource += 1
                } else if DumpelLayout.isUserLike(record.source) {
                    sourceThenUser += 1
                }
            }
        }
        layout.userFirst = userThenSource >= sourceThenUser
        return layout
    }
}
