/// Reads Log Parser 2.2's XML output (`-o:xml`) of its EVT input format: a `<ROOT>` made by
/// "Microsoft Log Parser", usually UTF-16 (`ISO-10646-UCS-2`) with an inline DTD of ELEMENT and
/// ATTLIST declarations, one `<ROW>` per event. Times are the exporting machine's local time.
public enum LogParserXMLReader: EventLogReader {
    public static let format = LogFormat.logParserXML

    /// Log Parser's `CREATED_BY` signature, or rows carrying the EVT input format's fields.
    public static func recognizes(_ sample: FileSample) -> Bool {
        if sample.textContains("CREATED_BY=\"Microsoft Log Parser") || sample.textContains("CREATED_BY='Microsoft Log Parser") { return true }
        guard sample.textContains("<ROW>") || sample.textContains("<ROW ") else { return false }
        let fields: [StaticString] = ["<EventLog", "<SourceName", "EventLog=", "SourceName=", "\"SourceName\"", "'SourceName'"]
        return fields.contains { sample.textContains($0) }
    }

    public static func read(
        _ file: InputFile,
        sample: FileSample,
        options: ReadOptions,
        report: inout ReadReport,
        emit: (Event) throws -> Void
    ) throws {
        try XMLRecordStream(session: LogParserRowBuilder(), options: options).read(file, encoding: sample.encoding, report: &report, emit: emit)
    }
}
