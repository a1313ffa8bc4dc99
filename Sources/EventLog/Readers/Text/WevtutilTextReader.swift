/// Reads the text form of `wevtutil qe LOG /f:text`: one block per event, headed `Event[n]:`
/// (newer builds drop the colon), with indented `Name: value` fields and the message after
/// `Description:` up to the next `Event[` line (messages may hold blank lines).
///
/// Every field is optional (trimmed captures keep only some); a block without an `Event ID` is
/// skipped. `Date` is local time without a zone on older Windows (`2016-05-15T17:00:51.526`) and
/// UTC on Windows 11 (`2025-11-11T11:44:42.9510000Z`); both are kept as they are. Field names are
/// read in English. Stray NULs after values (seen in real output) are dropped on decoding.
public enum WevtutilTextReader: EventLogReader {
    public static let format = LogFormat.wevtutilText

    /// True when one of the sample's first three lines heads a block.
    public static func recognizes(_ sample: FileSample) -> Bool {
        sample.numberedLines(3).contains { $0.bytes.withUnsafeBufferPointer(isBlockHeader) }
    }

    public static func read(
        _ file: InputFile, sample: FileSample, options: ReadOptions, report: inout ReadReport, emit: (Event) throws -> Void
    ) throws {
        var parser = WevtutilBlockParser(timestamps: LocalTimestampReader(order: options.dateOrder ?? .monthDayYear), detail: options.detail, textOnlyFor: options.textOnlyFor)
        try TextExportLines.forEach(file, encoding: sample.encoding, report: &report) { line, report in
            try parser.feed(line, report: &report, emit: emit)
        }
        try parser.finish(report: &report, emit: emit)
    }

    /// `Event[12]:` or `Event[12]`, alone on its line.
    static func isBlockHeader(_ line: TextBytes) -> Bool {
        // Most lines are fields: ruled out by their first letter.
        var start = 0
        while start < line.count, ASCII.isSpace(line[start]) || line[start] == ASCII.carriageReturn { start += 1 }
        guard start < line.count, line[start] == 0x45 else { return false }
        let text = line.slice(start, line.count).trimmedTrailing()
        guard text.hasPrefix("Event["), let close = text.index(of: 0x5D) else { return false }
        let number = text.slice(6, close)
        guard number.unsignedValue != nil else { return false }
        let after = text.slice(close + 1, text.count)
        return after.isEmpty || (after.count == 1 && after[0] == ASCII.colon)
    }
}
