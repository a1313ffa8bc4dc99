/// Reads Vista+ Event Viewer "Save As" text exports (tab-delimited). See `VistaEventViewerExport`.
public enum VistaTextReader: EventLogReader {
    public static let format = LogFormat.vistaText

    public static func recognizes(_ sample: FileSample) -> Bool {
        VistaEventViewerExport.layout(of: sample, delimiter: ASCII.tab) != nil
    }

    public static func read(
        _ file: InputFile, sample: FileSample, options: ReadOptions, report: inout ReadReport, emit: (Event) throws -> Void
    ) throws {
        guard let layout = VistaEventViewerExport.layout(of: sample, delimiter: ASCII.tab) else {
            return report.fail("no Event Viewer header (Level, Date and Time, Source, Event ID, Task Category, tab-separated) on the first line")
        }
        try TabularExport.read(file, layout: layout, encoding: sample.encoding, options: options, report: &report, emit: emit)
    }
}
