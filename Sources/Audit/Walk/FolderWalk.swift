import Diagnosis
import EventLog

/// What walking the audited folders found: the files to look at, what was left alone and why,
/// and the folders (or named files) that could not be read at all.
public struct FolderWalk: Sendable {
    /// Regular files, in path order: the order that decides which of two overlapping exports
    /// keeps the events they share.
    public var files: [FoundFile] = []
    /// Links and special files not followed or read, in path order.
    public var skipped: [SkippedFile] = []
    /// Roots and folders that could not be read (missing, permission denied): each makes the
    /// audit incomplete (exit status 2).
    public var failures: [ReadReport] = []
}

/// A regular file found in an audited folder.
public struct FoundFile: Sendable, Hashable {
    public var path: String
    public var size: Int64
    /// The name of the folder it is in: the machine its events belong to when they name none.
    public var folderName: String
}
