/// Reads the comma-delimited text that Event Viewer of NT 4.0, 2000, XP and 2003 saves ("Save As" →
/// comma-delimited text, or CSV): no header, one record per event, commas inside descriptions
/// not escaped, descriptions over as many lines as they have.
/// See `ClassicEventViewerExport`.
public enum EventViewerCSVReader: EventLogReader {
    public static let format = LogFormat.eventViewerCSV

    public static func recognizes(_ sample: FileSample) -> Bool {
        ClassicEventViewerExport.recognizes(sample, delimiter: ASCII.comma)
    }

    public static func read(
        _ file: InputFile, sample: FileSample, options: ReadOptions, report: inout ReadReport, emit: (Event) throws -> Void
    ) throws {
        try ClassicEventViewerExport.read(file, sample: sample, delimiter: ASCII.comma, options: options, report: &report, emit: emit)
    }
}
