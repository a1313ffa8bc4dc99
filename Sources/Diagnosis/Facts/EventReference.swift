import EventLog

/// A pointer to one event in one input: enough to find it again and to cite it.
public struct EventReference: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var record: UInt64?
    public var time: EventTime?
    public var source: String
    public var id: UInt16
    /// Line (text formats) where the record starts, when there is no record number.
    public var line: Int?

    public init(file: String, record: UInt64?, time: EventTime?, source: String, id: UInt16, line: Int? = nil) {
        self.file = file
        self.record = record
        self.time = time
        self.source = source
        self.id = id
        self.line = line
    }

    public init(_ event: Event, file: String) {
        self.init(file: file, record: event.recordNumber, time: event.timeGenerated ?? event.timeWritten,
                  source: event.source, id: event.id, line: event.origin.line)
    }

    /// `EventLog 6009 in System.xml record 12, 1999-03-01T08:00:04Z`.
    public var description: String { "\(source) \(id) in " + place }

    /// `System.xml record 12, 1999-03-01T08:00:04Z`: where to find the event.
    public var place: String {
        var text = file.lastPathComponent
        if let record { text += " record \(record)" } else if let line { text += " line \(line)" }
        if let time { text += ", " + time.iso8601 }
        return text
    }
}

extension String {
    /// The part after the last `/` (or `\`): file names read better than paths in a sentence.
    var lastPathComponent: String {
        guard let slash = lastIndex(where: { $0 == "/" || $0 == "\\" }) else { return self }
        return String(self[index(after: slash)...])
    }
}

/// Orders references by time, then file and record, so "the first" is the same whatever order
/// files were read in.
func isEarlier(_ a: EventReference, than b: EventReference?) -> Bool {
    guard let b else { return true }
    return isEarlier(a, before: b)
}

/// `isEarlier` for two references at hand (no optional to wrap: called per matching event).
func isEarlier(_ a: EventReference, before b: EventReference) -> Bool {
    switch (a.time, b.time) {
    case (let x?, let y?) where x != y: return x < y
    case (.some, .none): return true
    case (.none, .some): return false
    default: return (a.file, a.record ?? 0, a.line ?? 0) < (b.file, b.record ?? 0, b.line ?? 0)
    }
}
