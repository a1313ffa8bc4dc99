import EventLog

/// Where a fact came from, so a report can always say how something is known.
public enum FactSource: Hashable, Sendable, CustomStringConvertible {
    /// Read from one event (6009's version string, a Save Dump record).
    case event(EventReference)
    /// Reasoned from the logs as a whole (no 6009 across several boots ⇒ below SP4), with the
    /// event that best supports it when there is one.
    case inferred(String, EventReference?)
    /// Given in a facts file, at this line.
    case factsFile(path: String, line: Int)
    /// Given on the command line (`--fact users=450`).
    case commandLine(String)
    /// Given by a rule's test case.
    case testCase

    public var isGiven: Bool {
        switch self {
        case .factsFile, .commandLine, .testCase: return true
        case .event, .inferred: return false
        }
    }

    public var description: String {
        switch self {
        case .event(let reference): return reference.description
        case .inferred(let reasoning, let reference):
            return reference.map { reasoning + " (first: " + $0.description + ")" } ?? reasoning
        case .factsFile(let path, let line): return "\(path):\(line)"
        case .commandLine(let argument): return "command line (--fact \(argument))"
        case .testCase: return "the test case"
        }
    }
}

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
