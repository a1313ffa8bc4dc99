/// The read loop shared by the headed exports (PowerShell, Log Parser, Vista+ Event Viewer): decide
/// the day/month order from the file's beginning, then split every line after the header into
/// RFC 4180 records and build an event from each.
enum TabularExport {
    static func read(
        _ file: InputFile,
        layout: TabularLayout,
        encoding: TextEncoding,
        options: ReadOptions,
        report: inout ReadReport,
        emit: (Event) throws -> Void
    ) throws {
        let order = try dateOrder(file, layout: layout, encoding: encoding, options: options, report: &report)
        var builder = TabularEventBuilder(layout: layout, timestamps: LocalTimestampReader(order: order), detail: options.detail, textOnlyFor: options.textOnlyFor)
        var splitter = DelimitedRecordSplitter(delimiter: layout.delimiter, isRecordStart: { layout.looksLikeRecordStart($0) })
        var event = Event()
        try TextExportLines.forEach(file, encoding: encoding, report: &report) { line, report in
            if line.number <= layout.headerLine { return }
            if let isChatter = layout.isChatter, !splitter.isInsideRecord, isChatter(line.bytes) { return }
            try splitter.feed(line, report: &report) { record, report in
                try builder.build(record, into: &event, report: &report, emit: emit)
            }
        }
        try splitter.finish(report: &report) { record, report in
            try builder.build(record, into: &event, report: &report, emit: emit)
        }
    }

    /// The day/month order for the file's time columns, from `--date-order` or from its dates;
    /// records the reason in `report.details["date order"]` when any date depends on it.
    static func dateOrder(
        _ file: InputFile,
        layout: TabularLayout,
        encoding: TextEncoding,
        options: ReadOptions,
        report: inout ReadReport
    ) throws -> DateOrder {
        let timeColumns = layout.roles.indices.filter { layout.roles[$0] == .timeGenerated || layout.roles[$0] == .timeWritten }
        guard !timeColumns.isEmpty else { return options.dateOrder ?? .monthDayYear }
        var splitter = DelimitedRecordSplitter(delimiter: layout.delimiter)
        var ignored = ReadReport(path: report.path)
        return try DateOrderEvidence.decide(file, encoding: encoding, options: options, report: &report) { line, evidence in
            guard line.number > layout.headerLine else { return }
            try? splitter.feed(line, report: &ignored) { record, _ in
                for column in timeColumns {
                    if let (date, _) = TimestampScanner.scanDateTime(record.field(column)) { evidence.observe(date) }
                }
            }
        }
    }
}
