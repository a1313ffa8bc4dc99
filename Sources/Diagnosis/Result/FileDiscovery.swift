/// What an audit found in the folders it walked, beyond the logs it read: the files it left
/// alone and why, and the events it counted once although several exports held them.
///
/// Part of the result so that every report can list them; nil for `analyze`, which reads only
/// the files it is given.
public struct FileDiscovery: Sendable {
    /// The folders (and files) the audit was given, as given.
    public var roots: [String]
    /// Files and folders not read, in path order.
    public var skipped: [SkippedFile]
    /// Inputs that repeated events of inputs read before them, in path order.
    public var duplicates: [DuplicateEvents]

    public init(roots: [String], skipped: [SkippedFile] = [], duplicates: [DuplicateEvents] = []) {
        self.roots = roots
        self.skipped = skipped
        self.duplicates = duplicates
    }
}

/// A file the audit did not read, with the reason (not an event log, a symbolic link leaving the
/// audited folders, a link back into a folder already walked, the same file as another).
public struct SkippedFile: Sendable, Hashable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// Events of one input already read from other inputs (overlapping exports of the same log),
/// counted once: from the input that comes first in path order.
public struct DuplicateEvents: Sendable, Hashable {
    public var path: String
    public var count: Int
    /// The inputs that held them first.
    public var alreadyIn: [String]

    public init(path: String, count: Int, alreadyIn: [String]) {
        self.path = path
        self.count = count
        self.alreadyIn = alreadyIn
    }
}
