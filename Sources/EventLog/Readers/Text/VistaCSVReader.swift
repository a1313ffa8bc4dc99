/// Reads Vista+ Event Viewer "Save As" CSV exports (comma-separated). See `VistaEventViewerExport`.
public enum VistaCSVReader: EventLogReader {
    public static let format = LogFormat.vistaCSV

    public static func recognizes(_ sample: FileSample) -> Bool {
        VistaEventViewerExport.layout(of: sample, delimiter: ASCII.comma) != nil
    }

    public static func read(
        _ file: InputFile, sample: FileSample, options: ReadOptions, report: inout ReadReport, emit: (Event) throws -> Void
    ) throws {
        guard let layout = VistaEventViewerExport.layout(of: sample, delimiter: ASCII.comma) else {
            return report.fail("no Event Viewer header (Level, Date and Time, Source, Event ID, Task Category, comma-separated) on the first line")
        }
        try TabularExport.read(file, layout: layout, encoding: sample.encoding, options: options, report: &report, emit: emit)
    }
}
