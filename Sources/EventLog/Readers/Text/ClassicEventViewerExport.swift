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

    /// True when the sample's first line is the start of a record with this delimiter.
    static func recognizes(_ sample: FileSample, delimiter: UInt8) -> Bool {
        guard let first = sample.numberedLines(1).first else { return false }
        return first.bytes.withUnsafeBufferPointer { line in
            var fields: [TextBytes] = []
            guard let _ = recordStart(line, delimiter: delimiter, into: &fields), fields.count == fixedFields else { return false }
            // Source is a name and Event a number (dumpel has numbers where Source and Type are).
            return fields[2].trimmed().unsignedValue == nil && fields[5].trimmed().unsignedValue != nil
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
        var evidence = DateOrderEvidence()
        if options.dateOrder == nil {
            var fields: [TextBytes] = []
            try TextExportLines.scanBeginning(file, encoding: sample.encoding) { line in
                if let (date, _, _) = recordStart(line.bytes, delimiter: delimiter, into: &fields) { evidence.observe(date) }
                return !evidence.isSettled
            }
        }
        let decision = evidence.decision(forced: options.dateOrder)
        if let reason = decision.reason { report.details["date order"] = reason }
        var assembler = ClassicRecordAssembler(delimiter: delimiter, timestamps: LocalTimestampReader(order: decision.order))
        try TextExportLines.forEach(file, encoding: sample.encoding, report: &report) { line, report in
            try assembler.feed(line, report: &report, emit: emit)
        }
        try assembler.finish(emit: emit)
    }
}

/// Gathers the lines of NT Event Viewer text records into events: the fixed fields from a
/// record's first line, the description from the rest of it and the lines that follow.
struct ClassicRecordAssembler {
    let delimiter: UInt8
    let timestamps: LocalTimestampReader
    private var fields: [TextBytes] = []
    private var pending: Event?
    private var description: [UInt8] = []
    private var blankLines = 0
    /// After a skipped record, its description lines are dropped with it.
    private var skippingRecord = false
    private var typeNames = EventTypeNameCache()

    init(delimiter: UInt8, timestamps: LocalTimestampReader) {
        self.delimiter = delimiter
        self.timestamps = timestamps
        fields.reserveCapacity(ClassicEventViewerExport.fixedFields)
        description.reserveCapacity(4096)
    }

    mutating func feed(_ line: TextLine, report: inout ReadReport, emit: (Event) throws -> Void) throws {
        let bytes = line.bytes
        if let (date, time, rest) = ClassicEventViewerExport.recordStart(bytes, delimiter: delimiter, into: &fields) {
            try finish(emit: emit)
            startRecord(date, time, rest, line: line.number, report: &report)
            return
        }
        if skippingRecord { return }
        if LooksBinary.check(bytes) {
            report.skip(ReadProblem(.line(line.number), "unreadable line (control characters or bytes invalid in \(report.encoding?.rawValue ?? "the encoding")); dropped"))
            return
        }
        guard pending != nil else {
            if !bytes.isBlank { report.skip(ReadProblem(.line(line.number), "not an event record (expected a line starting with a date and a time)")) }
            return
        }
        appendDescription(bytes, report: &report, line: line.number)
    }

    /// Delivers the record being gathered, if any.
    mutating func finish(emit: (Event) throws -> Void) throws {
        guard var event = pending else { return }
        pending = nil
        event.message = DescriptionText.message(description)
        if let message = event.message, message.hasPrefix("The description for Event ID") {
            event.strings = MissingDescriptionStrings.strings(in: message) ?? []
        }
        description.removeAll(keepingCapacity: description.capacity <= 1 << 20)
        blankLines = 0
        try emit(event)
    }

    private mutating func startRecord(_ date: WrittenDate, _ time: WrittenTime, _ rest: TextBytes, line: Int, report: inout ReadReport) {
        skippingRecord = true
        guard fields.count == ClassicEventViewerExport.fixedFields else {
            return report.skip(ReadProblem(.line(line), "the record has \(fields.count) of the \(ClassicEventViewerExport.fixedFields) fields before the description"))
        }
        let eventTime: EventTime
        switch timestamps.combine(date, time) {
        case .time(let value): eventTime = value
        case .contradicting(let value):
            eventTime = value
            report.add(ReadProblem(.line(line), timestamps.contradictionMessage(fields[0].trimmed().string)))
        case .invalid:
            return report.skip(ReadProblem(.line(line), "cannot read the date \"\(fields[0].trimmed().string) \(fields[1].trimmed().string)\""))
        }
        guard let id = fields[5].unsignedValue, id <= 0xFFFF else {
            return report.skip(ReadProblem(.line(line), "the event ID \"\(fields[5].trimmed().string)\" is not a number"))
        }
        var event = Event(source: fields[2].trimmed().string, id: UInt16(id), timeGenerated: eventTime, origin: EventOrigin(line: line))
        let typeName = fields[3].trimmed()
        let (type, isNew) = typeNames.type(of: typeName)
        if let type {
            event.type = type
        } else if isNew {
            report.add(ReadProblem(.line(line), "unknown event type \"\(typeName.string)\" (reported once); read as information"))
        }
        let category = fields[4].trimmed()
        if let number = category.unsignedValue ?? category.parenthesizedValue, number <= UInt16.max {
            event.categoryNumber = UInt16(number)
        } else {
            event.categoryName = category.trimmedString
        }
        TabularEventBuilder.setUser(fields[6], &event)
        event.computer = fields[7].trimmedString
        pending = event
        skippingRecord = false
        appendDescription(rest, report: &report, line: line)
    }

    private mutating func appendDescription(_ bytes: TextBytes, report: inout ReadReport, line: Int) {
        let text = bytes.trimmedTrailing()
        if text.isEmpty {
            if !description.isEmpty { blankLines += 1 }
            return
        }
        if !description.isEmpty { description.append(contentsOf: repeatElement(ASCII.newline, count: blankLines + 1)) }
        blankLines = 0
        description.append(contentsOf: text)
        if description.count > TextExportLines.recordLimit, let start = pending?.origin.line {
            report.skip(ReadProblem(.line(start), "the description runs past \(TextExportLines.recordLimit >> 20) MiB; record skipped"))
            pending = nil
            skippingRecord = true
            description.removeAll()
        }
    }
}

/// The text of a description gathered from an export: trimmed, and unquoted when the whole of it
/// is one quoted field (`"…"` with doubled quotes inside).
enum DescriptionText {
    static func message(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { raw -> String? in
            let text = raw.trimmed()
            guard !text.isEmpty else { return nil }
            guard text.count >= 2, text[0] == ASCII.quote, text[text.count - 1] == ASCII.quote else { return text.string }
            var unquoted: [UInt8] = []
            unquoted.reserveCapacity(text.count)
            var index = 1
            while index < text.count - 1 {
                let byte = text[index]
                if byte == ASCII.quote {
                    // A lone quote inside: not one quoted field after all; keep the text as written.
                    guard index + 1 < text.count - 1, text[index + 1] == ASCII.quote else { return text.string }
                    index += 1
                }
                unquoted.append(byte)
                index += 1
            }
            return unquoted.withUnsafeBufferPointer { $0.trimmed().trimmedString }
        }
    }
}

/// Spots lines that are not text: control characters other than tab, or U+FFFD left by bytes
/// that were invalid in the file's encoding.
enum LooksBinary {
    static func check(_ bytes: TextBytes) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 && byte != ASCII.tab { return true }
            if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBD { return true }
            index += 1
        }
        return false
    }
}
