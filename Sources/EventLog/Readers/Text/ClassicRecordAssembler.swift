/// Gathers the lines of NT Event Viewer text records into events: the fixed fields from a
/// record's first line, the description from the rest of it and the lines that follow.
///
/// Written for speed (this runs for every line of large logs): the event being gathered lives in
/// place, a one-line description becomes its message directly, and only a description that goes
/// on over lines is gathered in a buffer. With `ReadDetail.summary` no message is built (its
/// length is still counted, so the same records are skipped).
struct ClassicRecordAssembler {
    let delimiter: UInt8
    var timestamps: LocalTimestampReader
    let detail: ReadDetail
    /// When set, the descriptions of events with other IDs are measured but not kept.
    let textOnlyFor: EventIDSet?
    private enum State { case noRecord, gathering, skippingRecord }
    private var state = State.noRecord
    private var fields: [TextBytes] = []
    private var pending = Event()
    /// The description, once it has more than one line (else it is `pending.message`).
    private var description: DescriptionLines
    private var typeNames = EventTypeNameCache()
    private var names = FieldStringCache()
    private var catalog = CatalogMessages()

    init(delimiter: UInt8, timestamps: LocalTimestampReader, detail: ReadDetail, textOnlyFor: EventIDSet? = nil) {
        self.delimiter = delimiter
        self.timestamps = timestamps
        self.detail = detail
        self.textOnlyFor = textOnlyFor
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
                let keepsText = detail == .full && textOnlyFor.map { $0.contains(pending.id) } ?? true
                description.begin(length: text.count, keepsText: keepsText)
                if keepsText { pending.message = text.isEmpty ? nil : text.string }
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
