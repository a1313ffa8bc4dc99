import CLibXML2

/// Turns the SAX callbacks of Log Parser 2.2's XML output (of its EVT input format) into
/// `Event`s, one per `<ROW>`.
///
/// Log Parser writes a record's fields in one of several layouts (its `-structure` parameter),
/// and all are accepted: fields as child elements (`<SourceName>EventLog</SourceName>`, with or
/// without a `TYPE` attribute), as `<FIELD NAME="SourceName">` children, or as attributes of
/// `<ROW>`. Values may be padded with the line breaks and indentation of the non-compact layout,
/// so they are trimmed.
final class LogParserRowBuilder: XMLSAXSession {
    /// The fields of Log Parser's EVT input format, in its order.
    enum Field: Int, CaseIterable {
        case eventLog, recordNumber, timeGenerated, timeWritten, eventID, eventType, eventTypeName
        case eventCategory, eventCategoryName, sourceName, strings, computerName, sid, message, data

        static let names: [StaticString] = [
            "EventLog", "RecordNumber", "TimeGenerated", "TimeWritten", "EventID", "EventType", "EventTypeName",
            "EventCategory", "EventCategoryName", "SourceName", "Strings", "ComputerName", "SID", "Message", "Data",
        ]

        /// The field a `NAME` attribute value names.
        static func named(_ bytes: UnsafeBufferPointer<UInt8>) -> Field? {
            let value = XMLValueParsing.trimmed(bytes)
            for (index, name) in names.enumerated() where name.utf8CodeUnitCount == value.count {
                if value.elementsEqual(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)) {
                    return Field(rawValue: index)
                }
            }
            return nil
        }
    }

    private struct Pending {
        var log: String?
        var recordNumber: UInt64?
        var timeGenerated: EventTime?
        var timeWritten: EventTime?
        var eventID: UInt64?
        var eventType: UInt64?
        var eventTypeName: String?
        var category: UInt64?
        var categoryName: String?
        var source: String?
        var strings: [String] = []
        var computer: String?
        var user: String?
        var message: String?
        var data: [UInt8] = []
    }

    // Touched by every callback: no runtime exclusivity checks (see EventXMLBuilder).
    @exclusivity(unchecked) private var row: UnsafePointer<xmlChar>?
    @exclusivity(unchecked) private var fieldElement: UnsafePointer<xmlChar>?
    @exclusivity(unchecked) private var nameAttribute: UnsafePointer<xmlChar>?
    /// The field names interned in the current dictionary, indexed by `Field.rawValue`.
    @exclusivity(unchecked) private var fieldNames: [UnsafePointer<xmlChar>?] = []

    @exclusivity(unchecked) private var field: Field?
    @exclusivity(unchecked) private var fieldDepth = 0
    @exclusivity(unchecked) private var pending = Pending()
    @exclusivity(unchecked) private var logs = RecentString(), sources = RecentString(), computers = RecentString(), users = RecentString()

    init() { super.init(recordName: "ROW") }

    override func resetForNewContext() { field = nil }

    override func prepareNames() {
        row = name("ROW")
        fieldElement = name("FIELD")
        nameAttribute = name("NAME")
        fieldNames = Field.names.map { name($0) }
    }

    private func field(named element: UnsafePointer<xmlChar>) -> Field? {
        for (index, known) in fieldNames.enumerated() where known == element { return Field(rawValue: index) }
        return nil
    }

    // MARK: SAX

    override func startElement(_ element: UnsafePointer<xmlChar>, _ attributes: XMLAttributes) {
        guard enterElement() else { return }
        if element == row {
            beginRow()
            attributes.forEach { name, value in
                if let field = field(named: name) { set(field, value) }
            }
            return
        }
        guard recordDepth > 0, depth == recordDepth + 1 else { return }
        var chosen = field(named: element)
        if chosen == nil, element == fieldElement {
            attributes.forEach { name, value in
                if name == nameAttribute { chosen = Field.named(value) }
            }
        }
        guard let chosen else { return }
        field = chosen
        fieldDepth = depth
        text.reset()
    }

    override func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if field != nil { text.append(bytes) }
    }

    override func endElement(_ element: UnsafePointer<xmlChar>) {
        defer { depth -= 1 }
        if let current = field, depth == fieldDepth {
            field = nil
            if text.overflowed {
                problems.append(problemHere("a value of more than \(XMLTextBuffer.limit >> 20) MiB in the <ROW> that starts at line \(recordLine) was cut"))
            }
            text.withBytes { set(current, $0) }
        }
        if recordDepth > 0 && depth == recordDepth { finishRow() }
    }

    // MARK: Fields

    private func set(_ field: Field, _ raw: UnsafeBufferPointer<UInt8>) {
        let value = XMLValueParsing.trimmed(raw)
        guard !value.isEmpty else { return }
        switch field {
        case .eventLog: pending.log = logs.string(value)
        case .recordNumber: pending.recordNumber = number(value, "RecordNumber")
        case .timeGenerated: pending.timeGenerated = time(value, "TimeGenerated")
        case .timeWritten: pending.timeWritten = time(value, "TimeWritten")
        case .eventID: pending.eventID = number(value, "EventID")
        case .eventType: pending.eventType = number(value, "EventType")
        case .eventTypeName: pending.eventTypeName = XMLTextBuffer.string(value, .trimmed)
        case .eventCategory: pending.category = number(value, "EventCategory")
        case .eventCategoryName: pending.categoryName = XMLTextBuffer.string(value, .trimmed)
        case .sourceName: pending.source = sources.string(value)
        case .strings: pending.strings = value.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map {
                XMLTextBuffer.string(UnsafeBufferPointer(rebasing: $0), .exact)
            }
        case .computerName: pending.computer = computers.string(value)
        case .sid: pending.user = users.string(value)
        case .message: pending.message = XMLTextBuffer.string(value, .trimmed)
        case .data: pending.data = XMLValueParsing.binary(value) ?? []
        }
    }

    private func time(_ value: UnsafeBufferPointer<UInt8>, _ what: String) -> EventTime? {
        if let time = XMLValueParsing.timestamp(value, zoneless: .local) { return time }
        badValue(what, value)
        return nil
    }

    // MARK: Rows

    private func beginRow() {
        beginRecord()
        field = nil
        pending = Pending()
    }

    private func finishRow() {
        recordDepth = 0
        var read = Pending()
        swap(&read, &pending)  // moves the fields out without copying (retaining) them
        guard read.eventID != nil || read.source != nil else { return skipRecord("has neither EventID nor SourceName") }
        let rawID = read.eventID ?? 0
        let isSID = read.user.map { $0.hasPrefix("S-1-") } ?? false
        deliver(Event(
            source: read.source ?? "",
            id: UInt16(truncatingIfNeeded: rawID),
            fullID: rawID > 0xFFFF ? UInt32(truncatingIfNeeded: rawID) : nil,
            type: LogParserRowBuilder.type(number: read.eventType, name: read.eventTypeName),
            categoryNumber: read.category.flatMap { $0 <= 0xFFFF ? UInt16($0) : nil },
            categoryName: read.categoryName,
            timeGenerated: read.timeGenerated,
            timeWritten: read.timeWritten,
            recordNumber: read.recordNumber,
            log: read.log,
            computer: read.computer,
            userSID: isSID ? read.user : nil,
            userName: isSID ? nil : read.user,
            strings: read.strings,
            message: read.message,
            data: read.data,
            origin: EventOrigin(line: recordLine)
        ))
    }

    /// The numeric EventType decides; the name (`Error event`, `Information event`) only without it.
    static func type(number: UInt64?, name: String?) -> EventType {
        if let number { return EventType(classic: Int(truncatingIfNeeded: number)) }
        guard var name else { return .information }
        if name.lowercased().hasSuffix(" event") { name.removeLast(6) }
        return EventType(name: name) ?? .information
    }
}
