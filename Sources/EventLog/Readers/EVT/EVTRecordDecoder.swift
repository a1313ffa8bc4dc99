/// Turns the bytes of one record into an `Event`: names, SID, insertion strings, binary data,
/// and the message rendered from the built-in catalog.
///
/// Every offset and length inside the record is checked against the bytes actually read; a
/// field that points outside them is left empty rather than failing the record. With
/// `ReadOptions.detail == .summary` only the fixed part is decoded (number, times, IDs, type,
/// category, offset; no names, strings or data): the counts and problems stay the same, since
/// they come from the record structure the walk has already checked, and no String is built.
/// With `ReadOptions.textOnlyFor`, the strings, data and message of events with other IDs are
/// skipped (names, computer and SID are still decoded: they are cached or cheap).
struct EVTRecordDecoder {
    let detail: ReadDetail
    let textOnlyFor: EventIDSet?
    private var names = EVTStringDecoder()
    /// The catalog's messages per source seen (a log has a few dozen sources; bounded anyway).
    private var messagesBySource: [String: MessageCatalog.SourceMessages] = [:]
    private var lastSID: (bytes: [UInt8], string: String?) = ([], nil)

    init(detail: ReadDetail, textOnlyFor: EventIDSet? = nil) {
        self.detail = detail
        self.textOnlyFor = textOnlyFor
    }

    mutating func event(_ found: EVTRingWalker.Found, bytes: UnsafeRawBufferPointer, isRecovered: Bool) -> Event {
        let header = found.header
        var event = Event(
            id: UInt16(truncatingIfNeeded: header.eventID),
            fullID: header.eventID,
            type: EventType(classic: Int(header.eventType)),
            categoryNumber: header.category,
            timeGenerated: EventTime(seconds: Int64(header.timeGenerated), isUTC: true),
            timeWritten: EventTime(seconds: Int64(header.timeWritten), isUTC: true),
            recordNumber: UInt64(header.recordNumber),
            origin: EventOrigin(offset: Int64(found.offset)),
            isRecovered: isRecovered
        )
        guard detail == .full else { return event }
        // The trailing length copy is not content; a truncated record has no trailing copy to drop.
        let complete = !found.isTruncated && bytes.count == Int(header.length)
        let content = UnsafeRawBufferPointer(rebasing: bytes[0..<(complete ? bytes.count - 4 : bytes.count)])
        let source = names.decodeCached(content, at: EVTRecordHeader.size)
        event.source = source.string
        if source.terminated {
            let computer = names.decodeCached(content, at: source.end)
            if !computer.string.isEmpty { event.computer = computer.string }
        }
        event.userSID = sid(header, content)
        if let textOnlyFor, !textOnlyFor.contains(event.id) { return event }
        event.strings = strings(header, content)
        event.data = data(header, content, complete: complete)
        event.message = messages(for: event.source).message(id: event.id, strings: event.strings)
        return event
    }

    private mutating func messages(for source: String) -> MessageCatalog.SourceMessages {
        if let known = messagesBySource[source] { return known }
        let messages = MessageCatalog.messages(forSource: source)
        if messagesBySource.count >= 1024 { messagesBySource.removeAll(keepingCapacity: true) }
        messagesBySource[source] = messages
        return messages
    }

    /// The user's SID; the last one is kept, since runs of records carry the same SID.
    private mutating func sid(_ header: EVTRecordHeader, _ content: UnsafeRawBufferPointer) -> String? {
        let offset = Int(header.sidOffset), length = Int(header.sidLength)
        guard length > 0, offset >= EVTRecordHeader.size, length <= content.count - offset else { return nil }
        let bytes = UnsafeRawBufferPointer(rebasing: content[offset..<(offset + length)])
        if lastSID.bytes.elementsEqual(bytes) { return lastSID.string }
        let string = EVTSID.string(bytes)
        lastSID = (Array(bytes), string)
        return string
    }

    /// The insertion strings that fit in the bytes read, in order.
    private func strings(_ header: EVTRecordHeader, _ content: UnsafeRawBufferPointer) -> [String] {
        var offset = Int(header.stringOffset)
        guard header.stringCount > 0, offset >= EVTRecordHeader.size else { return [] }
        var strings: [String] = []
        strings.reserveCapacity(Int(header.stringCount))
        for _ in 0..<header.stringCount {
            guard offset < content.count else { break }
            let decoded = EVTStringDecoder.decode(content, at: offset)
            strings.append(decoded.string)
            guard decoded.terminated else { break }
            offset = decoded.end
        }
        return strings
    }

    /// The binary data; for a truncated record, as much of it as was written.
    private func data(_ header: EVTRecordHeader, _ content: UnsafeRawBufferPointer, complete: Bool) -> [UInt8] {
        let offset = Int(header.dataOffset), length = Int(header.dataLength)
        guard length > 0, offset >= EVTRecordHeader.size, offset < content.count else { return [] }
        let available = content.count - offset
        if length > available && complete { return [] }
        return Array(content[offset..<(offset + min(length, available))])
    }
}
