/// Turns the rows of a headed export into events, whatever the export: each column's `ColumnRole`
/// says which `Event` field it fills and how its text is read.
///
/// A row is skipped, with a problem naming its line, when it has too few fields, no readable
/// event ID, or a time that cannot be read. Problems that do not cost the row (a date that
/// contradicts the file's day/month order, a type name no vocabulary knows) are recorded too.
struct TabularEventBuilder {
    let layout: TabularLayout
    var timestamps: LocalTimestampReader
    /// With `.summary`, messages, insertion strings and data are not built; with `textOnlyFor`,
    /// insertion strings are not recovered from the messages of other events, which are dropped.
    let detail: ReadDetail
    let textOnlyFor: EventIDSet?
    private var typeNames = EventTypeNameCache()
    private var names = FieldStringCache()
    private var catalog = CatalogMessages()

    init(layout: TabularLayout, timestamps: LocalTimestampReader, detail: ReadDetail, textOnlyFor: EventIDSet? = nil) {
        self.layout = layout
        self.timestamps = timestamps
        self.detail = detail
        self.textOnlyFor = textOnlyFor
    }

    /// Builds the event of one record in `event` (emptied first: the caller keeps one value for the
    /// whole file, as a fresh event per row cost a copy) and hands it to `emit`, or records why it cannot.
    mutating func build(_ record: DelimitedRecord, into event: inout Event, report: inout ReadReport, emit: (Event) throws -> Void) throws {
        var failure: String?
        event.reset()
        event.origin = EventOrigin(line: record.line)
        let expected = layout.roles.count
        var surplus = record.count - expected
        // Trailing empty fields (a delimiter at the end of the row) are no surplus, unless a
        // free-text column may have held the delimiter.
        if surplus > 0, layout.absorbingColumn == nil, (expected..<record.count).allSatisfy({ record[$0].isBlank }) {
            surplus = 0
        }
        if record.count < layout.minimumFields {
            failure = "the row has \(record.count) field\(record.count == 1 ? "" : "s"), expected \(expected)"
        } else if surplus > 0 && layout.absorbingColumn == nil {
            failure = "the row has \(record.count) fields, expected \(expected)"
        } else {
            failure = fill(&event, record, surplus: max(0, surplus), report: &report)
        }
        if let quoteLine = record.unterminatedQuoteLine {
            let text = "a quote opened on line \(quoteLine) is never closed"
            if let failure {
                report.skip(ReadProblem(.line(record.line), text + "; " + failure))
                return
            }
            report.add(ReadProblem(.line(record.line), text + "; its field runs to the next row or the end of the file"))
        } else if let failure {
            report.skip(ReadProblem(.line(record.line), failure))
            return
        }
        try emit(event)
    }

    /// What a row says about the ID and type, gathered over its columns.
    private struct RowFacts {
        var classic: Int?
        var level: Int?
        var named: EventType?
        var audit: EventType?
        var shownID: UInt64?
        var qualifiers: UInt64?
        var instance: UInt64?
        var sawTime = false
    }

    /// Fills the event from the row's fields; returns why the row cannot be read, or nil.
    private mutating func fill(_ event: inout Event, _ record: DelimitedRecord, surplus: Int, report: inout ReadReport) -> String? {
        var facts = RowFacts()
        let full = detail == .full
        for (column, role) in layout.roles.enumerated() where role != .ignored {
            if !full && (role == .message || role == .strings || role == .hexData) { continue }
            let failure: String?
            if surplus > 0, let absorbing = layout.absorbingColumn, column >= absorbing {
                if column > absorbing {
                    failure = apply(role, record.field(column + surplus).trimmed(), record.line, &event, &facts, &report)
                } else {
                    // Surplus fields are pieces of this free-text column that held the delimiter unquoted.
                    var merged: [UInt8] = []
                    for index in absorbing...(absorbing + surplus) {
                        if index > absorbing { merged.append(layout.delimiter) }
                        merged.append(contentsOf: record[index])
                    }
                    failure = merged.withUnsafeBufferPointer { apply(role, $0.trimmed(), record.line, &event, &facts, &report) }
                }
            } else {
                failure = apply(role, record.field(column).trimmed(), record.line, &event, &facts, &report)
            }
            if let failure { return failure }
        }
        guard let id = facts.shownID ?? facts.instance else { return "the row has no event ID" }
        if layout.column(.timeGenerated) != nil && !facts.sawTime { return "the row has no time" }
        event.id = UInt16(truncatingIfNeeded: id)
        if id > 0xFFFF {
            event.fullID = UInt32(id)
        } else if let instance = facts.instance {
            event.fullID = UInt32(instance)
        } else if let qualifiers = facts.qualifiers {
            event.fullID = UInt32(qualifiers) << 16 | UInt32(id)
        }
        event.type = facts.classic.map(EventType.init(classic:)) ?? facts.audit ?? facts.level.map(EventType.init(level:)) ?? facts.named ?? .information
        if let textOnlyFor, !textOnlyFor.contains(event.id) {
            // The columns come in any order, so the text was read before the ID was known.
            event.message = nil
            event.strings = []
            event.data = []
        } else if event.strings.isEmpty, let message = event.message {
            event.strings = catalog.strings(source: event.source, id: event.id, message: message)
        }
        return nil
    }

    /// Reads one field into the event (or the row's facts); returns why the row cannot be read, or nil.
    private mutating func apply(
        _ role: ColumnRole, _ field: TextBytes, _ line: Int,
        _ event: inout Event, _ facts: inout RowFacts, _ report: inout ReadReport
    ) -> String? {
        switch role {
        case .timeGenerated, .timeWritten:
            if field.isEmpty { return nil }
            let time: EventTime
            switch timestamps.read(dateTime: field) {
            case .time(let value): time = value
            case .contradicting(let value):
                time = value
                report.add(ReadProblem(.line(line), timestamps.contradictionMessage(field.string)))
            case .invalid: return "cannot read the time \"\(field.string)\""
            }
            if role == .timeGenerated {
                event.timeGenerated = time
                facts.sawTime = true
            } else {
                event.timeWritten = time
            }
        case .eventID:
            guard let value = field.unsignedValue, value <= UInt32.max else { return "the event ID \"\(field.string)\" is not a number" }
            facts.shownID = value
        case .instanceID:
            if let value = field.signedValue, value >= 0, value <= UInt32.max { facts.instance = UInt64(value) }
        case .qualifiers:
            if let value = field.unsignedValue, value <= UInt16.max { facts.qualifiers = value }
        case .classicType:
            if let value = field.unsignedValue, value <= 0xFFFF { facts.classic = Int(value) }
        case .levelNumber, .typeName:
            if field.isEmpty { return nil }
            if let number = field.unsignedValue, number <= 0xFFFF {
                if role == .levelNumber { facts.level = Int(number) } else { facts.classic = Int(number) }
                return nil
            }
            let (type, isNew) = typeNames.type(of: field)
            if let type {
                facts.named = type
            } else if isNew {
                report.add(ReadProblem(.line(line), "unknown event type \"\(field.string)\" (reported once); read as information"))
            }
        case .keywords:
            if let value = field.signedValue {
                let bits = UInt64(bitPattern: value)
                if bits & 0x0020_0000_0000_0000 != 0 {
                    facts.audit = .successAudit
                } else if bits & 0x0010_0000_0000_0000 != 0 {
                    facts.audit = .failureAudit
                }
            }
        case .source: event.source = names.string(field, column: 1)
        case .log: event.log = names.trimmedString(field, column: 2)
        case .computer: event.computer = names.trimmedString(field, column: 3)
        case .user: TabularEventBuilder.setUser(field, &event, names: &names, column: 4)
        case .recordNumber: event.recordNumber = field.unsignedValue
        case .message: event.message = field.trimmedString
        case .categoryName:
            if let number = field.parenthesizedValue, number <= UInt16.max {
                event.categoryNumber = UInt16(number)
            } else {
                event.categoryName = names.trimmedString(field, column: 5)
            }
        case .categoryNumber:
            if let value = field.unsignedValue, value <= UInt16.max { event.categoryNumber = UInt16(value) }
        case .strings:
            if !field.isEmpty { event.strings = TabularEventBuilder.pipeSeparated(field) }
        case .hexData: event.data = TabularEventBuilder.hexBytes(field)
        case .ignored: break
        }
        return nil
    }

    /// Log Parser's `Strings` column: the insertion strings joined by `|`, split on the bytes (a
    /// `|` byte is never part of a longer UTF-8 sequence).
    static func pipeSeparated(_ field: TextBytes) -> [String] {
        var strings: [String] = []
        var start = 0
        while let bar = field.index(of: ASCII.pipe, from: start) {
            strings.append(field.slice(start, bar).string)
            start = bar + 1
        }
        strings.append(field.slice(start, field.count).string)
        return strings
    }

    static func setUser(_ field: TextBytes, _ event: inout Event, names: inout FieldStringCache, column: Int = 0) {
        let value = field.trimmed()
        if value.isEmpty || value.equalsIgnoringCase(notApplicable) { return }
        if value.hasPrefix(sidPrefix) {
            event.userSID = names.string(value, column: column)
        } else {
            event.userName = names.string(value, column: column)
        }
    }

    private static let notApplicable = Array("n/a".utf8)
    private static let sidPrefix = Array("S-1-".utf8)

    static func hexBytes(_ field: TextBytes) -> [UInt8] {
        let text = field.trimmed()
        guard text.count % 2 == 0 else { return [] }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count / 2)
        var index = 0
        while index < text.count {
            guard let high = hexDigit(text[index]), let low = hexDigit(text[index + 1]) else { return [] }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}
