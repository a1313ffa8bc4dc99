/// What the NT 4.0 / 2000 / XP / 2003 Event Viewer text exports ("Save As" → text, or
/// comma-delimited text) have in common: no header; one record per event, starting on a line with
/// Date, Time, Source, Type, Category, Event, User, Computer and Description, the description
/// holding the delimiter freely and running over as many lines as the message has.
///
/// So a record starts on a line whose first two fields are a date and a time; any other line
/// belongs to the description before it, and only the first eight delimiters split. The fixed
/// fields may be quoted, and so may the description (`"…"` with `""` inside), as some exporters
/// and converters write them. The day/month order of the dates is decided per file. A line that
/// looks binary (control characters or undecodable bytes) between records is reported and
/// dropped; plain text cannot be told from a description line, so it stays in the description.
enum ClassicEventViewerExport {
    static let fixedFields = 8

    /// True when one of the sample's first lines starts a record with this delimiter (a line or
    /// two of other text before the first record is tolerated, and reported when read).
    static func recognizes(_ sample: FileSample, delimiter: UInt8) -> Bool {
        var fields: [TextBytes] = []
        return sample.numberedLines(3).contains { line in
            line.bytes.withUnsafeBufferPointer { bytes in
                guard recordStart(bytes, delimiter: delimiter, into: &fields) != nil, fields.count == fixedFields else { return false }
                // Source is a name and Event a number (dumpel has numbers where Source and Type are).
                return fields[2].trimmed().unsignedValue == nil && fields[5].trimmed().unsignedValue != nil
            }
        }
    }

    /// When `line` starts a record: its date and time, with its fixed fields (up to eight) in
    /// `fields`; the description is what follows them. Nil for any other line.
    static func recordStart(_ line: TextBytes, delimiter: UInt8, into fields: inout [TextBytes]) -> (WrittenDate, WrittenTime, description: TextBytes)? {
        guard let first = line.first, ASCII.isDigit(first) || first == ASCII.quote || first == 0xE2 || ASCII.isSpace(first) else { return nil }
        var walker = LineFields(line, delimiter: delimiter)
        fields.removeAll(keepingCapacity: true)
        guard let dateField = walker.next(), let date = TimestampScanner.scanDateOnly(dateField),
              let timeField = walker.next(), let time = TimestampScanner.scanTimeOnly(timeField) else { return nil }
        fields.append(dateField)
        fields.append(timeField)
        while fields.count < fixedFields, let field = walker.next() { fields.append(field) }
        return (date, time, walker.rest)
    }

    static func read(
        _ file: InputFile, sample: FileSample, delimiter: UInt8, options: ReadOptions,
        report: inout ReadReport, emit: (Event) throws -> Void
    ) throws {
        let order = try DateOrderEvidence.decide(file, encoding: sample.encoding, options: options, report: &report) { line, evidence in
            var fields: [TextBytes] = []
            if let (date, _, _) = recordStart(line.bytes, delimiter: delimiter, into: &fields) { evidence.observe(date) }
        }
        var assembler = ClassicRecordAssembler(delimiter: delimiter, timestamps: LocalTimestampReader(order: order), detail: options.detail, textOnlyFor: options.textOnlyFor)
        try TextExportLines.forEach(file, encoding: sample.encoding, report: &report) { line, report in
            try assembler.feed(line, report: &report, emit: emit)
        }
        try assembler.finish(emit: emit)
    }
}
