/// Reads PowerShell's CSV exports of event logs: `Get-WinEvent | Export-Csv` (the 27 columns of
/// `EventLogRecord`, or any `Select-Object` subset such as `TimeCreated, Id, LevelDisplayName,
/// Message`) and the classic `Get-EventLog | Export-Csv` (`EventLogEntry`: `EventID`, `EntryType`,
/// `InstanceId`, `TimeGenerated`, …).
///
/// With or without the `#TYPE …` line of Windows PowerShell, comma- or (`-UseCulture`)
/// semicolon-separated, columns in any order; unknown columns are ignored. `TimeCreated` and
/// `TimeGenerated` are local times in the exporting user's culture (day/month order decided per
/// file). The insertion strings are lost in these exports (`Properties` and `ReplacementStrings`
/// hold .NET type names), except where a "description could not be found" message lists them.
public enum PowerShellCSVReader: EventLogReader {
    public static let format = LogFormat.powerShellCSV

    /// Columns of `EventLogRecord` (Get-WinEvent) and `EventLogEntry` (Get-EventLog), by header key.
    static let vocabulary: [String: ColumnRole] = [
        "message": .message, "id": .eventID, "qualifiers": .qualifiers, "level": .levelNumber,
        "task": .categoryNumber, "keywords": .keywords, "recordid": .recordNumber, "providername": .source,
        "logname": .log, "machinename": .computer, "userid": .user, "timecreated": .timeGenerated,
        "leveldisplayname": .typeName, "taskdisplayname": .categoryName,
        "version": .ignored, "opcode": .ignored, "providerid": .ignored, "processid": .ignored, "threadid": .ignored,
        "activityid": .ignored, "relatedactivityid": .ignored, "containerlog": .ignored, "matchedqueryids": .ignored,
        "bookmark": .ignored, "opcodedisplayname": .ignored, "keywordsdisplaynames": .ignored, "properties": .ignored,
        // Get-EventLog
        "eventid": .eventID, "data": .ignored, "index": .recordNumber, "category": .categoryName,
        "categorynumber": .categoryNumber, "entrytype": .typeName, "source": .source,
        "replacementstrings": .ignored, "instanceid": .instanceID, "timegenerated": .timeGenerated,
        "timewritten": .timeWritten, "username": .user, "site": .ignored, "container": .ignored,
    ]

    /// Names only Log Parser uses: a header with one of these is not PowerShell's.
    static let logParserOnly: Set<String> = ["eventlog", "recordnumber", "eventtype", "eventtypename", "eventcategory",
                                             "eventcategoryname", "sourcename", "strings", "computername", "sid"]
    /// Names both PowerShell's Get-EventLog and Log Parser use.
    static let shared: Set<String> = ["eventid", "timegenerated", "timewritten", "message", "data"]

    public static func recognizes(_ sample: FileSample) -> Bool { layout(of: sample) != nil }

    public static func read(
        _ file: InputFile, sample: FileSample, options: ReadOptions, report: inout ReadReport, emit: (Event) throws -> Void
    ) throws {
        guard let layout = layout(of: sample) else {
            return report.fail("no PowerShell Export-Csv header (with TimeCreated/Id or TimeGenerated/EventID columns) in the first lines")
        }
        try TabularExport.read(file, layout: layout, encoding: sample.encoding, options: options, report: &report, emit: emit)
    }

    /// The file's columns, from its header line (after the optional `#TYPE` line).
    static func layout(of sample: FileSample) -> TabularLayout? {
        let lines = sample.numberedLines(2)
        guard var header = lines.first else { return nil }
        let typed = header.bytes.starts(with: Array("#TYPE".utf8))
        if typed {
            guard lines.count > 1 else { return nil }
            header = lines[1]
        }
        return header.bytes.withUnsafeBufferPointer { bytes -> TabularLayout? in
            let delimiter = TabularLayout.delimiter(ofHeader: bytes)
            // Event Viewer's "Level, Source, Event ID, …" header shares names with these.
            if VistaEventViewerExport.layout(of: sample, delimiter: delimiter) != nil { return nil }
            let keys = LineFields.strings(bytes, delimiter: delimiter).map(TabularLayout.key)
            let known = keys.filter { vocabulary[$0] != nil }
            guard known.count >= 2, !keys.contains(where: logParserOnly.contains) else { return nil }
            let roles = keys.map { vocabulary[$0] ?? .ignored }
            guard roles.contains(.eventID) || roles.contains(.instanceID) else { return nil }
            // A header of names Log Parser shares is PowerShell's only when quoted (Export-Csv quotes).
            let quoted = bytes.first == ASCII.quote
            guard typed || quoted || known.contains(where: { !shared.contains($0) }) else { return nil }
            return TabularLayout(delimiter: delimiter, roles: roles, headerLine: header.number)
        }
    }
}
