/// Reads Log Parser 2.2's CSV (and TSV) output of its EVT input format
/// (`LogParser -i:EVT -o:CSV "SELECT … FROM System"`).
///
/// The header names the columns; a query may choose any of the 15 EVT fields in any order, and
/// may add computed ones (ignored here). Log Parser quotes a value only when asked (`-oDQuotes`)
/// or when needed, so a message holding commas may arrive unquoted: its pieces are joined back.
/// `Strings` holds the insertion strings separated by `|`; times are local
/// (`yyyy-MM-dd hh:mm:ss` unless `-oTsFormat` changed it); `EventID` is the 16-bit ID unless
/// `-fullEventCode:ON` gave the full 32 bits. With `-headers:OFF` there is no header: such a file
/// is read only when `--input-format logparser-csv` is given, assuming all 15 fields in order.
public enum LogParserCSVReader: EventLogReader {
    public static let format = LogFormat.logParserCSV

    /// The fields of Log Parser's EVT input format, in their default order.
    static let fields: [(String, ColumnRole)] = [
        ("eventlog", .log), ("recordnumber", .recordNumber), ("timegenerated", .timeGenerated),
        ("timewritten", .timeWritten), ("eventid", .eventID), ("eventtype", .classicType),
        ("eventtypename", .typeName), ("eventcategory", .categoryNumber), ("eventcategoryname", .categoryName),
        ("sourcename", .source), ("strings", .strings), ("computername", .computer), ("sid", .user),
        ("message", .message), ("data", .hexData),
    ]
    static let vocabulary = Dictionary(uniqueKeysWithValues: fields)

    public static func recognizes(_ sample: FileSample) -> Bool { headerLayout(of: sample) != nil }

    public static func read(
        _ file: InputFile, sample: FileSample, options: ReadOptions, report: inout ReadReport, emit: (Event) throws -> Void
    ) throws {
        var layout: TabularLayout
        if let found = headerLayout(of: sample) {
            layout = found
        } else {
            let delimiter = sample.numberedLines(1).first.map { line in
                line.bytes.withUnsafeBufferPointer(TabularLayout.delimiter(ofHeader:))
            } ?? ASCII.comma
            layout = TabularLayout(delimiter: delimiter, roles: fields.map(\.1), headerLine: 0)
            report.details["columns"] = "no header; assumed all 15 EVT fields in their default order"
        }
        layout.isChatter = isStatisticsLine
        try TabularExport.read(file, layout: layout, encoding: sample.encoding, options: options, report: &report, emit: emit)
    }

    /// The statistics Log Parser prints after the rows when its output was redirected to a file.
    @Sendable static func isStatisticsLine(_ line: TextBytes) -> Bool {
        let text = line.trimmed()
        if text.isEmpty { return true }
        for prefix in statisticsPrefixes where text.hasPrefix(prefix) { return true }
        return text.allSatisfy { $0 == ASCII.dash }
    }

    private static let statisticsPrefixes = ["Statistics:", "Elements processed:", "Elements output:", "Execution time:", "Task completed", "Task aborted"].map { Array($0.utf8) }

    /// The file's columns from its header, when the header is Log Parser's.
    static func headerLayout(of sample: FileSample) -> TabularLayout? {
        guard let header = sample.numberedLines(1).first else { return nil }
        return header.bytes.withUnsafeBufferPointer { bytes -> TabularLayout? in
            let delimiter = TabularLayout.delimiter(ofHeader: bytes)
            let keys = LineFields.strings(bytes, delimiter: delimiter).map(TabularLayout.key)
            let known = keys.filter { vocabulary[$0] != nil }
            guard known.count >= 2 else { return nil }
            let roles = keys.map { vocabulary[$0] ?? .ignored }
            guard roles.contains(.eventID), !keys.contains(where: { PowerShellCSVReader.vocabulary[$0] != nil && vocabulary[$0] == nil }) else { return nil }
            // Names PowerShell's Get-EventLog shares are Log Parser's only when unquoted.
            let quoted = bytes.first == ASCII.quote
            guard !quoted || known.contains(where: { PowerShellCSVReader.logParserOnly.contains($0) }) else { return nil }
            return TabularLayout(delimiter: delimiter, roles: roles, headerLine: header.number)
        }
    }
}
