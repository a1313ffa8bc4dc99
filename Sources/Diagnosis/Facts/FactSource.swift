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
