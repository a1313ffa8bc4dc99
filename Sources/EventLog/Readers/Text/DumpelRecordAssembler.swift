/// Turns dumpel lines into events: one record per line, with the lines that do not start a record
/// continuing its last insertion string. Messages are rendered from the built-in catalog when it
/// knows the event and every `%n` has a string (dumpel itself prints none). With
/// `ReadDetail.summary` neither strings nor messages are built.
struct DumpelRecordAssembler {
    let layout: DumpelLayout
    var timestamps: LocalTimestampReader
    let detail: ReadDetail
    /// When set, events with other IDs get neither strings nor a message.
    let textOnlyFor: EventIDSet?
    /// True once a record's strings were separated by spaces, so could not be split reliably.
    private(set) var joinedStrings = false
    private var pending: Event?
    private var skipping = false
    private var names = FieldStringCache()
    private var catalog = CatalogMessages()

    init(layout: DumpelLayout, timestamps: LocalTimestampReader, detail: ReadDetail, textOnlyFor: EventIDSet? = nil) {
        self.layout = layout
        self.timestamps = timestamps
        self.detail = detail
        self.textOnlyFor = textOnlyFor
    }

    private func keepsText(_ id: UInt16) -> Bool {
        detail == .full && textOnlyFor.map { $0.contains(id) } ?? true
    }

    mutating func feed(_ line: TextLine, report: inout ReadReport, emit: (Event) throws -> Void) throws {
        guard let record = layout.parse(line.bytes) else {
            if skipping || line.bytes.isBlank { return }
            if LooksBinary.check(line.bytes) {
                return report.skip(ReadProblem(.line(line.number), "unreadable line (control characters or invalid bytes); dropped"))
            }
            guard var event = pending.take() else {
                return report.skip(ReadProblem(.line(line.number), "not a dumpel record (expected date, time, type, category, event ID, …)"))
            }
            if keepsText(event.id) {
                // A line break inside the last insertion string.
                let text = line.bytes.trimmedTrailing().string
                if let last = event.strings.indices.last { event.strings[last] += "\n" + text } else { event.strings = [text] }
            }
            pending = event
            return
        }
        try finish(emit: emit)
        pending = event(record, line: line.number, report: &report)
        skipping = pending.map { _ in false } ?? true
    }

    /// Delivers the record being gathered, if any.
    mutating func finish(emit: (Event) throws -> Void) throws {
        guard var event = pending.take() else { return }
        if keepsText(event.id) { event.message = catalog.message(source: event.source, id: event.id, strings: event.strings) }
        try emit(event)
    }

    private mutating func event(_ record: DumpelLayout.Record, line: Int, report: inout ReadReport) -> Event? {
        let time: EventTime
        switch timestamps.read(date: record.date, time: record.time) {
        case .time(let value): time = value
        case .contradicting(let value):
            time = value
            report.add(ReadProblem(.line(line), timestamps.contradictionMessage(record.date.trimmed().string)))
        case .invalid:
            report.skip(ReadProblem(.line(line), "cannot read the date \"\(record.date.trimmed().string) \(record.time.trimmed().string)\""))
            return nil
        }
        guard let type = record.type.unsignedValue, let category = record.category.unsignedValue, category <= UInt16.max,
              let id = record.id.unsignedValue, id <= UInt32.max else {
            report.skip(ReadProblem(.line(line), "type, category and event ID must be numbers"))
            return nil
        }
        var event = Event(source: names.string(record.source.trimmed(), column: 1), id: UInt16(truncatingIfNeeded: id),
                          fullID: id > 0xFFFF ? UInt32(id) : nil, type: EventType(classic: Int(min(type, 0xFFFF))),
                          categoryNumber: UInt16(category), timeGenerated: time, origin: EventOrigin(line: line))
        TabularEventBuilder.setUser(record.user, &event, names: &names, column: 2)
        event.computer = names.trimmedString(record.computer, column: 3)
        if keepsText(event.id) { event.strings = layout.strings(record, source: event.source, id: event.id, joined: &joinedStrings) }
        return event
    }
}
