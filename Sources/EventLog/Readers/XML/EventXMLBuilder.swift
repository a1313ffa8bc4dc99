import CLibXML2

/// Turns the SAX callbacks of event XML (Event Viewer "Save as XML", wevtutil, Get-WinEvent,
/// python-evtx) into `Event`s, one per `<Event>` element.
///
/// Built for speed: element names are compared by pointer with the names interned in the
/// parser's dictionary; text is gathered only inside the elements that become fields, into one
/// reused buffer; each field's String is made once, at its end tag; numbers and times are parsed
/// from bytes. Namespaces are not checked: some renderers drop them.
///
/// The Strings of insertion strings and the message are made only when the options want the
/// text of the event's ID (`ReadOptions.wantsText`; `<EventID>` comes before them): otherwise
/// their bytes are still gathered and checked, so the problems and counts stay the same.
final class EventXMLBuilder: XMLSAXSession {
    /// Keyword bits of the Security log's audit events (Level 0).
    static let auditSuccess: UInt64 = 0x0020_0000_0000_0000
    static let auditFailure: UInt64 = 0x0010_0000_0000_0000
    /// At most this many insertion strings, and bytes of them, are kept per event.
    static let stringLimit = 65_535
    static let stringBytesLimit = 16 << 20

    private enum Section { case none, system, eventData, userData, processingErrorData, binaryEventData, renderingInfo, other }
    private enum Field { case none, eventID, level, task, keywords, recordID, channel, computer, data, binary, leaf, message, renderedLevel, renderedTask }

    /// The names this reader looks for, interned in the current parser's dictionary.
    private struct Names {
        var event, system, provider, eventID, level, task, keywords, timeCreated, eventRecordID: UnsafePointer<xmlChar>?
        var channel, computer, security, eventData, userData, processingErrorData, binaryEventData: UnsafePointer<xmlChar>?
        var renderingInfo, data, binary, message, eventPayload: UnsafePointer<xmlChar>?
        var name, eventSourceName, qualifiers, systemTime, rawTime, userID: UnsafePointer<xmlChar>?
    }

    /// What has been read of the current `<Event>`.
    private struct Pending {
        var providerName: String?
        var eventSourceName: String?
        var eventID: UInt64?
        var qualifiers: UInt64?
        var level: UInt64?
        var task: UInt64?
        var keywords: UInt64?
        var time: EventTime?
        var recordID: UInt64?
        var channel: String?
        var computer: String?
        var userSID: String?
        var strings: [String] = []
        var stringCount = 0
        var stringBytes = 0
        var stringsCut = false
        var data: [UInt8] = []
        var message: String?
        var renderedLevel: String?
        var renderedTask: String?
    }

    // The parse state is touched by every callback; `@exclusivity(unchecked)` spares the runtime
    // access checks (callbacks never overlap: libxml2 calls them one at a time, on this thread).
    @exclusivity(unchecked) private var names = Names()
    @exclusivity(unchecked) private var section = Section.none
    @exclusivity(unchecked) private var sectionDepth = 0
    @exclusivity(unchecked) private var field = Field.none
    @exclusivity(unchecked) private var fieldDepth = 0
    @exclusivity(unchecked) private var pending = Pending()
    @exclusivity(unchecked) private var providers = RecentString(), sources = RecentString(), channels = RecentString()
    @exclusivity(unchecked) private var computers = RecentString(), users = RecentString()
    /// Whether the current event's strings and message become Strings (decided by its ID).
    @exclusivity(unchecked) private var keepsText = true
    private let options: ReadOptions

    init(options: ReadOptions = ReadOptions()) {
        self.options = options
        super.init(recordName: "Event")
    }

    override func resetForNewContext() {
        section = .none
        field = .none
    }

    override func prepareNames() {
        names = Names(
            event: name("Event"), system: name("System"), provider: name("Provider"), eventID: name("EventID"),
            level: name("Level"), task: name("Task"), keywords: name("Keywords"), timeCreated: name("TimeCreated"),
            eventRecordID: name("EventRecordID"), channel: name("Channel"), computer: name("Computer"),
            security: name("Security"), eventData: name("EventData"), userData: name("UserData"),
            processingErrorData: name("ProcessingErrorData"), binaryEventData: name("BinaryEventData"),
            renderingInfo: name("RenderingInfo"), data: name("Data"), binary: name("Binary"), message: name("Message"),
            eventPayload: name("EventPayload"), name: name("Name"), eventSourceName: name("EventSourceName"),
            qualifiers: name("Qualifiers"), systemTime: name("SystemTime"), rawTime: name("RawTime"), userID: name("UserID"))
    }

    // MARK: SAX

    override func startElement(_ element: UnsafePointer<xmlChar>, _ attributes: XMLAttributes) {
        guard enterElement() else { return }
        if element == names.event && section != .userData {
            beginEvent()
            return
        }
        guard recordDepth > 0 else { return }
        switch section {
        case .none:
            sectionDepth = depth
            keepsText = options.wantsText(id: pending.eventID.map { UInt16(truncatingIfNeeded: $0) })
            switch element {
            case names.system: section = .system
            case names.eventData: section = .eventData
            case names.userData: section = .userData
            case names.processingErrorData: section = .processingErrorData
            case names.binaryEventData: section = .binaryEventData; startField(.binary)
            case names.renderingInfo: section = .renderingInfo
            default: section = .other
            }
        case .system:
            startSystemElement(element, attributes)
        case .eventData:
            if element == names.data { startField(.data) } else if element == names.binary { startField(.binary) }
        case .userData:
            attributes.forEach { _, value in appendString(value) }
            startField(.leaf)
        case .processingErrorData:
            startField(element == names.eventPayload ? .binary : .leaf)
        case .renderingInfo:
            switch element {
            case names.message: startField(.message)
            case names.level: startField(.renderedLevel)
            case names.task: startField(.renderedTask)
            default: break
            }
        case .binaryEventData, .other:
            break
        }
    }

    private func startSystemElement(_ element: UnsafePointer<xmlChar>, _ attributes: XMLAttributes) {
        switch element {
        case names.provider:
            attributes.forEach { name, value in
                let value = XMLValueParsing.trimmed(value)
                if name == names.name {
                    pending.providerName = optional(providers.string(value))
                } else if name == names.eventSourceName {
                    pending.eventSourceName = optional(sources.string(value))
                }
            }
        case names.eventID:
            attributes.forEach { name, value in
                if name == names.qualifiers { pending.qualifiers = XMLValueParsing.integer(value) }
            }
            startField(.eventID)
        case names.level: startField(.level)
        case names.task: startField(.task)
        case names.keywords: startField(.keywords)
        case names.eventRecordID: startField(.recordID)
        case names.channel: startField(.channel)
        case names.computer: startField(.computer)
        case names.timeCreated:
            attributes.forEach { name, value in
                if name == names.systemTime {
                    pending.time = XMLValueParsing.timestamp(value, zoneless: .utc)
                    if pending.time == nil { badValue("TimeCreated SystemTime", value) }
                } else if name == names.rawTime, pending.time == nil, let ticks = XMLValueParsing.integer(value) {
                    pending.time = XMLValueParsing.fileTime(ticks)
                }
            }
        case names.security:
            attributes.forEach { name, value in
                if name == names.userID {
                    let sid = XMLValueParsing.trimmed(value)
                    pending.userSID = sid.isEmpty ? nil : users.string(sid)
                }
            }
        default:
            break
        }
    }

    override func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if field != .none { text.append(bytes) }
    }

    override func endElement(_ element: UnsafePointer<xmlChar>) {
        defer { depth -= 1 }
        if field != .none && depth == fieldDepth {
            finishField()
            field = .none
        }
        guard recordDepth > 0 else { return }
        if depth == recordDepth {
            finishEvent()
        } else if section != .none && depth == sectionDepth {
            section = .none
        }
    }

    // MARK: Fields

    @inline(__always)
    private func startField(_ kind: Field) {
        field = kind
        fieldDepth = depth
        text.reset()
    }

    private func finishField() {
        if text.overflowed {
            problems.append(problemHere("a text of more than \(XMLTextBuffer.limit >> 20) MiB in the <Event> that starts at line \(recordLine) was cut"))
        }
        text.withBytes { bytes in
            switch field {
            case .none: break
            case .eventID: pending.eventID = number(bytes, "EventID")
            case .level: pending.level = number(bytes, "Level")
            case .task: pending.task = number(bytes, "Task")
            case .recordID: pending.recordID = number(bytes, "EventRecordID")
            case .keywords:
                let value = XMLValueParsing.trimmed(bytes)
                pending.keywords = value.isEmpty ? nil : XMLValueParsing.hex(value)
                if !value.isEmpty && pending.keywords == nil { badValue("Keywords", value) }
            case .channel: pending.channel = optional(channels.string(XMLValueParsing.trimmed(bytes)))
            case .computer: pending.computer = optional(computers.string(XMLValueParsing.trimmed(bytes)))
            case .data: appendData(bytes)
            case .leaf: appendString(bytes)
            case .binary:
                guard let data = XMLValueParsing.binary(bytes) else { return badValue("binary data (neither hex nor base64)", bytes) }
                if keepsText { pending.data = data }
            case .message: if keepsText { pending.message = optional(XMLTextBuffer.string(bytes, .trailingTrimmed)) }
            case .renderedLevel:
                // Only wanted without a numeric <Level> (which comes first, in <System>).
                if pending.level == nil { pending.renderedLevel = optional(XMLTextBuffer.string(bytes, .trimmed)) }
            case .renderedTask: pending.renderedTask = optional(XMLTextBuffer.string(bytes, .trimmed))
            }
        }
    }

    /// A `<Data>` value. python-evtx renders a classic event's insertion strings as one `<Data>`
    /// holding escaped `<string>…</string>` lines; those are split back into strings.
    private func appendData(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let parts = EventXMLBuilder.stringList(bytes) {
            for part in parts { appendString(part) }
        } else {
            appendString(bytes)
        }
    }

    static func stringList(_ raw: UnsafeBufferPointer<UInt8>) -> [UnsafeBufferPointer<UInt8>]? {
        let bytes = XMLValueParsing.trimmed(raw)
        // Nearly every <Data> is a plain value: settled by its first byte, before anything is made.
        guard bytes.first == 0x3C else { return nil }
        let open = Array("<string>".utf8), close = Array("</string>".utf8)
        guard bytes.count >= open.count + close.count, bytes.starts(with: open) else { return nil }
        var parts: [UnsafeBufferPointer<UInt8>] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index...].starts(with: open) else { return nil }
            let contentStart = index + open.count
            var end = contentStart
            while end < bytes.count, !bytes[end...].starts(with: close) { end += 1 }
            guard end < bytes.count else { return nil }
            parts.append(UnsafeBufferPointer(rebasing: bytes[contentStart..<end]))
            index = end + close.count
            while index < bytes.count, XMLProlog.isSpace(bytes[index]) { index += 1 }
        }
        return parts
    }

    private func appendString(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !pending.stringsCut else { return }
        // The limits count the bytes as read, so they apply the same whether or not a String is made.
        pending.stringBytes += bytes.count
        if pending.stringCount >= EventXMLBuilder.stringLimit || pending.stringBytes > EventXMLBuilder.stringBytesLimit {
            pending.stringsCut = true
            problems.append(problemHere("the <Event> that starts at line \(recordLine) has more insertion strings than ntdiag keeps (\(EventXMLBuilder.stringLimit) strings, \(EventXMLBuilder.stringBytesLimit >> 20) MiB); the rest are dropped"))
            return
        }
        pending.stringCount += 1
        guard keepsText else { return }
        // Room for a classic event's few strings at once, instead of growing one by one.
        if pending.strings.isEmpty { pending.strings.reserveCapacity(8) }
        pending.strings.append(XMLTextBuffer.string(bytes, .exact))
    }

    private func optional(_ string: String) -> String? { string.isEmpty ? nil : string }

    // MARK: Events

    private func beginEvent() {
        beginRecord()
        section = .none
        field = .none
        pending = Pending()
    }

    private func finishEvent() {
        recordDepth = 0
        section = .none
        guard pending.eventID != nil || pending.providerName != nil else { return skipRecord("has no <System> provider or event ID") }
        let rawID = pending.eventID ?? 0
        var fullID: UInt32?
        if let qualifiers = pending.qualifiers {
            fullID = UInt32(qualifiers & 0xFFFF) << 16 | UInt32(rawID & 0xFFFF)
        } else if rawID > 0xFFFF {
            fullID = UInt32(truncatingIfNeeded: rawID)
        }
        // The fields are moved out of `pending` (take, swap), not copied: no retain now and
        // release when `pending` is next reset, for each of an event's ten or so values.
        let providerName = pending.providerName.take()
        var strings: [String] = []
        swap(&strings, &pending.strings)
        var data: [UInt8] = []
        swap(&data, &pending.data)
        deliver(Event(
            source: pending.eventSourceName.take() ?? providerName ?? "",
            id: UInt16(truncatingIfNeeded: rawID),
            fullID: fullID,
            type: EventXMLBuilder.type(level: pending.level, keywords: pending.keywords, renderedLevel: pending.renderedLevel),
            categoryNumber: pending.task.flatMap { $0 <= 0xFFFF ? UInt16($0) : nil },
            categoryName: pending.renderedTask.take(),
            timeGenerated: pending.time,
            recordNumber: pending.recordID,
            log: pending.channel.take(),
            computer: pending.computer.take(),
            userSID: pending.userSID.take(),
            strings: strings,
            message: pending.message.take(),
            data: data,
            origin: EventOrigin(line: recordLine)
        ))
    }

    /// The numeric level decides, except that Level 0 with an audit keyword is an audit; the
    /// rendered (localised) level name is used only when there is no number.
    static func type(level: UInt64?, keywords: UInt64?, renderedLevel: String?) -> EventType {
        if level == nil || level == 0, let keywords {
            if keywords & auditSuccess != 0 { return .successAudit }
            if keywords & auditFailure != 0 { return .failureAudit }
        }
        if let level { return EventType(level: Int(truncatingIfNeeded: level)) }
        if let renderedLevel, let type = EventType(name: renderedLevel) { return type }
        return .information
    }
}
