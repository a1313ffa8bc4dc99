/// Reads the tab-delimited text that Event Viewer of NT 4.0, 2000, XP and 2003 saves ("Save As" →
/// text): no header, one record per event, description over as many lines as it has.
/// See `ClassicEventViewerExport`.
public enum EventViewerTextReader: EventLogReader {
    public static let format = LogFormat.eventViewerText

    public static func recognizes(_ sample: FileSample) -> Bool {
        ClassicEventViewerExport.recognizes(sample, delimiter: ASCII.tab)
    }

    public static func read(
        _ file: InputFile, sample: FileSample, options: ReadOptions, report: inout ReadReport, emit: (Event) throws -> Void
    ) throws {
        try ClassicEventViewerExport.read(file, sample: sample, delimiter: ASCII.tab, options: options, report: &report, emit: emit)
    }
}
