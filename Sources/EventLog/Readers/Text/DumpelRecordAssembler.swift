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
    /// The record being gathered (meaningful while `hasPending`), built and completed in place:
    /// moving an optional event in and out cost a copy of the whole event per line.
    private var pending = Event()
    private var hasPending = false
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
            guard hasPending else {
                return report.skip(ReadProblem(.line(line.number), "not a dumpel record (expected date, time, type, category, event ID, …)"))
            }
            if keepsText(pending.id) {
                // A line break inside the last insertion string.
                let text = line.bytes.trimmedTrailing().string
                if let last = pending.strings.indices.last { pending.strings[last] += "\n" + text } else { pending.strings = [text] }
            }
            return
        }
        try finish(emit: emit)
        hasPending = start(record, line: line.number, report: &report)
        skipping = !hasPending
    }

    /// Delivers the record being gathered, if any.
    mutating func finish(emit: (Event) throws -> Void) throws {
        guard hasPending else { return }
        hasPending = false
        if keepsText(pending.id) { pending.message = catalog.message(source: pending.source, id: pending.id, strings: pending.strings) }
        try emit(pending)
    }

    /// Starts gathering the record of `record`'s line; false (and a problem) when it cannot be read.
    private mutating func start(_ record: DumpelLayout.Record, line: Int, report: inout ReadReport) -> Bool {
        let time: EventTime
        switch timestamps.read(date: record.date, clock: record.clock) {
        case .time(let value): time = value
        case .contradicting(let value):
            time = value
            report.add(ReadProblem(.line(line), timestamps.contradictionMessage(record.date.trimmed().string)))
        case .invalid:
            report.skip(ReadProblem(.line(line), "cannot read the date \"\(record.date.trimmed().string) \(record.time.trimmed().string)\""))
            return false
        }
        let type = record.type, category = record.category, id = record.id
        guard category <= UInt16.max, id <= UInt32.max else {
            report.skip(ReadProblem(.line(line), "type, category and event ID must be numbers"))
            return false
        }
        pending.reset()
        pending.source = names.string(record.source.trimmed(), column: 1)
        pending.id = UInt16(truncatingIfNeeded: id)
        pending.fullID = id > 0xFFFF ? UInt32(id) : nil
        pending.type = EventType(classic: Int(min(type, 0xFFFF)))
        pending.categoryNumber = UInt16(category)
        pending.timeGenerated = time
        pending.origin = EventOrigin(line: line)
        TabularEventBuilder.setUser(record.user, &pending, names: &names, column: 2)
        pending.computer = names.trimmedString(record.computer, column: 3)
        if keepsText(pending.id) { pending.strings = layout.strings(record, id: pending.id, joined: &joinedStrings) }
        return true
    }
}
