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
        var evidence = DateOrderEvidence()
        if options.dateOrder == nil {
            try TextExportLines.scanBeginning(file, encoding: sample.encoding) { line in
                // Only the date matters here: the first field of lines that start like a record.
                var fields = LineFields(line.bytes, delimiter: delimiter)
                if let first = line.bytes.first, ASCII.isDigit(first) || first == ASCII.quote,
                   let field = fields.next(), let date = TimestampScanner.scanDateOnly(field) {
                    evidence.observe(date)
                }
                return !evidence.isSettled
            }
        }
        let decision = evidence.decision(forced: options.dateOrder)
        if let reason = decision.reason { report.details["date order"] = reason }
        var assembler = ClassicRecordAssembler(delimiter: delimiter, timestamps: LocalTimestampReader(order: decision.order), detail: options.detail)
        try TextExportLines.forEach(file, encoding: sample.encoding, report: &report) { line, report in
            try assembler.feed(line, report: &report, emit: emit)
        }
        try assembler.finish(emit: emit)
    }
}

/// Gathers the lines of NT Event Viewer text records into events: the fixed fields from a
/// record's first line, the description from the rest of it and the lines that follow.
///
/// Written for speed (this runs for every line of large logs): the event being gathered lives in
/// place, a one-line description becomes its message directly, and only a description that goes
/// on over lines is gathered in a buffer. With `ReadDetail.summary` no message is built (its
/// length is still counted, so the same records are skipped).
struct ClassicRecordAssembler {
    let delimiter: UInt8
    let timestamps: LocalTimestampReader
    let detail: ReadDetail
    private enum State { case noRecord, gathering, skippingRecord }
    private var state = State.noRecord
    private var fields: [TextBytes] = []
    private var pending = Event()
    /// The description, once it has more than one line (else it is `pending.message`).
    private var description: DescriptionLines
    private var typeNames = EventTypeNameCache()
    private var names = FieldStringCache()
    private var catalog = CatalogMessages()

    init(delimiter: UInt8, timestamps: LocalTimestampReader, detail: ReadDetail) {
        self.delimiter = delimiter
        self.timestamps = timestamps
        self.detail = detail
        description = DescriptionLines(keepsText: detail == .full)
        fields.reserveCapacity(ClassicEventViewerExport.fixedFields)
    }

    mutating func feed(_ line: TextLine, report: inout ReadReport, emit: (Event) throws -> Void) throws {
        let bytes = line.bytes
        if let (date, time, rest) = ClassicEventViewerExport.recordStart(bytes, delimiter: delimiter, into: &fields) {
            try finish(emit: emit)
            if startRecord(date, time, line: line.number, report: &report) {
                state = .gathering
                let text = rest.trimmed()
                description.begin(length: text.count)
                if detail == .full { pending.message = text.isEmpty ? nil : text.string }
            } else {
                state = .skippingRecord
            }
            return
        }
        switch state {
        case .skippingRecord: return
        case .noRecord:
            if !bytes.isBlank { report.skip(ReadProblem(.line(line.number), "not an event record (expected a line starting with a date and a time)")) }
        case .gathering:
            if LooksBinary.check(bytes) {
                report.skip(ReadProblem(.line(line.number), "unreadable line (control characters or bytes invalid in \(report.encoding?.rawValue ?? "the encoding")); dropped"))
            } else {
                appendDescriptionLine(bytes, report: &report)
            }
        }
    }

    /// Delivers the record being gathered, if any.
    mutating func finish(emit: (Event) throws -> Void) throws {
        guard state == .gathering else { return }
        state = .noRecord
        if !description.text.isEmpty {
            pending.message = DescriptionText.message(description.text)
        } else if let message = pending.message, message.utf8.first == ASCII.quote {
            pending.message = DescriptionText.message(Array(message.utf8))
        }
        if let message = pending.message {
            pending.strings = catalog.strings(source: pending.source, id: pending.id, message: message)
        }
        try emit(pending)
    }

    /// Reads a record's fixed fields into `pending`; false (with a problem) when it is skipped.
    private mutating func startRecord(_ date: WrittenDate, _ time: WrittenTime, line: Int, report: inout ReadReport) -> Bool {
        guard fields.count == ClassicEventViewerExport.fixedFields else {
            report.skip(ReadProblem(.line(line), "the record has \(fields.count) of the \(ClassicEventViewerExport.fixedFields) fields before the description"))
            return false
        }
        let eventTime: EventTime
        switch timestamps.combine(date, time) {
        case .time(let value): eventTime = value
        case .contradicting(let value):
            eventTime = value
            report.add(ReadProblem(.line(line), timestamps.contradictionMessage(fields[0].trimmed().string)))
        case .invalid:
            report.skip(ReadProblem(.line(line), "cannot read the date \"\(fields[0].trimmed().string) \(fields[1].trimmed().string)\""))
            return false
        }
        guard let id = fields[5].unsignedValue, id <= 0xFFFF else {
            report.skip(ReadProblem(.line(line), "the event ID \"\(fields[5].trimmed().string)\" is not a number"))
            return false
        }
        // Field by field, in place: building a new Event and assigning it costs a copy per record.
        pending.source = names.string(fields[2].trimmed(), column: 2)
        pending.id = UInt16(id)
        pending.fullID = nil
        pending.type = .information
        pending.categoryNumber = nil
        pending.categoryName = nil
        pending.timeGenerated = eventTime
        pending.userSID = nil
        pending.userName = nil
        if !pending.strings.isEmpty { pending.strings = [] }
        pending.message = nil
        pending.origin = EventOrigin(line: line)
        let typeName = fields[3].trimmed()
        let (type, isNew) = typeNames.type(of: typeName)
        if let type {
            pending.type = type
        } else if isNew {
            report.add(ReadProblem(.line(line), "unknown event type \"\(typeName.string)\" (reported once); read as information"))
        }
        let category = fields[4].trimmed()
        if let number = category.unsignedValue ?? category.parenthesizedValue, number <= UInt16.max {
            pending.categoryNumber = UInt16(number)
        } else {
            pending.categoryName = names.trimmedString(category, column: 4)
        }
        TabularEventBuilder.setUser(fields[6], &pending, names: &names, column: 6)
        pending.computer = names.trimmedString(fields[7], column: 7)
        return true
    }

    /// Adds a line that continues the description; a description past the size limit costs its record.
    private mutating func appendDescriptionLine(_ bytes: TextBytes, report: inout ReadReport) {
        guard !description.append(bytes, firstLine: pending.message) else { return }
        report.skip(ReadProblem(.line(pending.origin.line ?? 0), "the description runs past \(TextExportLines.recordLimit >> 20) MiB; record skipped"))
        state = .skippingRecord
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
