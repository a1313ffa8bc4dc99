/// The state of reading `wevtutil` blocks line by line.
struct WevtutilBlockParser {
    var timestamps: LocalTimestampReader
    /// With `.summary` the description is measured (for the size limit) but not kept.
    let detail: ReadDetail
    /// When set, the descriptions of events with other IDs are not kept.
    let textOnlyFor: EventIDSet?
    /// The block being read (meaningful only while `inBlock`). Kept in place rather than as an
    /// optional, and emptied for each block rather than replaced: either way cost a copy of the
    /// whole event.
    private var event = Event()
    private var inBlock = false
    private var failure: String?
    private var sawID = false
    private var inDescription = false
    private var description: DescriptionLines
    private var typeNames = EventTypeNameCache()
    private var names = FieldStringCache()
    private var catalog = CatalogMessages()

    init(timestamps: LocalTimestampReader, detail: ReadDetail, textOnlyFor: EventIDSet? = nil) {
        self.timestamps = timestamps
        self.detail = detail
        self.textOnlyFor = textOnlyFor
        description = DescriptionLines(keepsText: detail == .full)
    }

    private enum Field {
        case log, source, date, eventID, task, level, keyword, user, userName, computer, description, other
    }

    /// The field a name stands for: its length and first letter leave one candidate to compare.
    private static func field(named name: TextBytes) -> Field? {
        guard let first = name.first.map(ASCII.lowercased) else { return nil }
        let candidate: StaticString, field: Field
        switch (name.count, first) {
        case (8, 0x6C): (candidate, field) = ("log name", .log)
        case (6, 0x73): (candidate, field) = ("source", .source)
        case (4, 0x64): (candidate, field) = ("date", .date)
        case (8, 0x65): (candidate, field) = ("event id", .eventID)
        case (4, 0x74): (candidate, field) = ("task", .task)
        case (5, 0x6C): (candidate, field) = ("level", .level)
        case (7, 0x6B): (candidate, field) = ("keyword", .keyword)
        case (8, 0x6B): (candidate, field) = ("keywords", .keyword)
        case (4, 0x75): (candidate, field) = ("user", .user)
        case (9, 0x75): (candidate, field) = ("user name", .userName)
        case (8, 0x63): (candidate, field) = ("computer", .computer)
        case (11, 0x64): (candidate, field) = ("description", .description)
        case (6, 0x6F): (candidate, field) = ("opcode", .other)
        default: return nil
        }
        return name.equalsIgnoringCase(candidate) ? field : nil
    }

    mutating func feed(_ line: TextLine, report: inout ReadReport, emit: (Event) throws -> Void) throws {
        let bytes = line.bytes
        if WevtutilTextReader.isBlockHeader(bytes) {
            try finish(report: &report, emit: emit)
            event.reset()
            event.origin = EventOrigin(line: line.number)
            inBlock = true
            return
        }
        guard inBlock else {
            if !bytes.isBlank { report.skip(ReadProblem(.line(line.number), "not part of an Event[n] block")) }
            return
        }
        if inDescription {
            appendDescription(bytes)
            return
        }
        if bytes.isBlank { return }
        guard let colon = bytes.index(of: ASCII.colon) else {
            report.add(ReadProblem(.line(line.number), "expected a \"Name: value\" field of the event block; line ignored"))
            return
        }
        let name = bytes.slice(0, colon).trimmed()
        let value = bytes.slice(colon + 1, bytes.count).trimmed()
        guard let field = WevtutilBlockParser.field(named: name) else { return }
        apply(field, value, line: line.number, report: &report)
    }

    /// Delivers the block being read, if any.
    mutating func finish(report: inout ReadReport, emit: (Event) throws -> Void) throws {
        guard inBlock else { return }
        let line = event.origin.line ?? 0
        inBlock = false
        defer {
            failure = nil
            sawID = false
            inDescription = false
            description.begin()
        }
        if let failure { return report.skip(ReadProblem(.line(line), failure)) }
        guard sawID else { return report.skip(ReadProblem(.line(line), "the event block has no Event ID")) }
        if !description.text.isEmpty, textOnlyFor.map({ $0.contains(event.id) }) ?? true {
            let message = description.text.withUnsafeBufferPointer { $0.string }
            event.message = message
            event.strings = catalog.strings(source: event.source, id: event.id, message: message)
        }
        try emit(event)
    }

    private mutating func apply(_ field: Field, _ value: TextBytes, line: Int, report: inout ReadReport) {
        let isMissing = value.isEmpty || value.equalsIgnoringCase("n/a")
        switch field {
        case .log: event.log = isMissing ? nil : names.string(value, column: 0)
        case .source: event.source = names.string(value, column: 1)
        case .computer: event.computer = isMissing ? nil : names.string(value, column: 2)
        case .task: event.categoryName = isMissing ? nil : names.string(value, column: 3)
        case .user: if !isMissing { event.userSID = names.string(value, column: 4) }
        case .userName: if !isMissing { event.userName = names.string(value, column: 5) }
        case .eventID:
            if let id = value.unsignedValue, id <= 0xFFFF {
                event.id = UInt16(id)
                sawID = true
            } else {
                failure = "the Event ID \"\(value.string)\" on line \(line) is not a number"
            }
        case .date:
            if isMissing { return }
            switch timestamps.read(dateTime: value) {
            case .time(let time): event.timeGenerated = time
            case .contradicting(let time):
                event.timeGenerated = time
                report.add(ReadProblem(.line(line), timestamps.contradictionMessage(value.string)))
            case .invalid: failure = "cannot read the date \"\(value.string)\" on line \(line)"
            }
        case .level:
            if isMissing { return }
            if let number = value.unsignedValue, number <= 0xFF {
                event.type = EventType(level: Int(number))
            } else if let type = typeNames.type(of: value).type, event.type != .successAudit, event.type != .failureAudit {
                event.type = type
            }
        case .keyword:
            var parts = LineFields(value, delimiter: ASCII.comma)
            while let part = parts.next() {
                if let type = typeNames.type(of: part.trimmed()).type, type == .successAudit || type == .failureAudit { event.type = type }
            }
        case .description:
            inDescription = true
            if !value.isEmpty { appendDescription(value) }
        case .other: break
        }
    }

    private mutating func appendDescription(_ bytes: TextBytes) {
        guard failure == nil, !description.append(bytes) else { return }
        failure = "the description runs past \(TextExportLines.recordLimit >> 20) MiB"
    }
}
