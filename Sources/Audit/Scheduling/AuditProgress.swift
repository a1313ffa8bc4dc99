import Foundation

/// How far an audit has got, for a progress line: files read of all found, and bytes read.
/// Updated by the reading threads, read by whoever shows it.
public final class AuditProgress: @unchecked Sendable {
    public struct Snapshot: Sendable {
        public var filesDone: Int
        public var filesTotal: Int
        public var bytesRead: Int64
    }

    private let lock = NSLock()
    private var snapshot = Snapshot(filesDone: 0, filesTotal: 0, bytesRead: 0)

    public init() {}

    public var current: Snapshot { lock.withLock { snapshot } }

    func start(files: Int) { lock.withLock { snapshot.filesTotal = files } }

    func read(bytes: Int64, fileDone: Bool) {
        lock.withLock {
            snapshot.bytesRead += bytes
            if fileDone { snapshot.filesDone += 1 }
        }
    }
}
