/// Something a reader could not read, with the place it happened.
///
/// Problems never stop a read: the reader skips what it cannot understand, records one of
/// these, and goes on. They are printed as `file:line: message` or `file@0x1F0: message`.
public struct ReadProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Location: Sendable, Hashable {
        /// The file as a whole (empty, unreadable, not a log).
        case file
        /// A 1-based line of a text or XML file.
        case line(Int)
        /// A byte offset in the file.
        case offset(Int64)
        /// A line and column in an XML file.
        case lineColumn(Int, Int)
    }

    public var location: Location
    public var message: String

    public init(_ location: Location, _ message: String) {
        self.location = location
        self.message = message
    }

    /// The location as it follows a file name: `:12`, `:12:5`, `@0x1f0`, or nothing.
    public var locationSuffix: String {
        switch location {
        case .file: return ""
        case .line(let line): return ":\(line)"
        case .lineColumn(let line, let column): return ":\(line):\(column)"
        case .offset(let offset): return "@0x" + String(offset, radix: 16)
        }
    }

    public var description: String {
        let suffix = locationSuffix
        return suffix.isEmpty ? message : "\(suffix.dropFirst()): \(message)"
    }

    /// `path:line: message`, the form compilers use, so editors can jump to it.
    public func formatted(path: String) -> String { "\(path)\(locationSuffix): \(message)" }
}

/// What reading one input produced: its format and encoding, how many events were read,
/// recovered and skipped, and the problems met on the way.
///
/// Only the first `ReadReport.problemLimit` problems are kept (with the total counted), so that
/// a damaged gigabyte cannot make the report grow without bound.
public struct ReadReport: Sendable, Hashable {
    public static let problemLimit = 200

    public var path: String
    public var format: LogFormat?
    public var encoding: TextEncoding?
    /// Events delivered (including recovered ones).
    public var events: Int = 0
    /// Events carved from slack space (a subset of `events`).
    public var recovered: Int = 0
    /// Records or lines that could not be read as events.
    public var skipped: Int = 0
    /// The first problems, in the order met.
    public private(set) var problems: [ReadProblem] = []
    /// How many problems there were in all.
    public private(set) var problemCount: Int = 0
    /// Bytes of the file read.
    public var bytesRead: Int64 = 0
    /// Format-specific facts about the file, e.g. `header: dirty, wrapped` for `.evt`.
    public var details: [String: String] = [:]
    /// True when the input could not be read at all (missing, not a log, unreadable).
    public var failed: Bool = false

    public init(path: String) { self.path = path }

    /// Records a problem (the first `problemLimit` are kept; all are counted).
    public mutating func add(_ problem: ReadProblem) {
        problemCount += 1
        if problems.count < ReadReport.problemLimit { problems.append(problem) }
    }

    /// Records a problem and counts one skipped record.
    public mutating func skip(_ problem: ReadProblem) {
        skipped += 1
        add(problem)
    }

    /// Marks the input as unreadable with the reason.
    public mutating func fail(_ message: String) {
        failed = true
        add(ReadProblem(.file, message))
    }
}
