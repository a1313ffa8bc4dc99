import Foundation

/// Folders for the files tests write. Each test process keeps them all under one folder of the
/// system's temporary directory, named for the process and removed when it exits, so `swift test`
/// leaves nothing behind (some tests write logs of 50 MB). A folder left by a process that was
/// killed is removed by the next run.
public enum ScratchFolder {
    /// A new, empty folder whose name starts with `prefix`.
    public static func make(_ prefix: String) throws -> URL {
        let url = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The path of a file named `name` in a new folder of its own (the file is not created).
    public static func file(_ name: String) throws -> URL {
        try make("file").appendingPathComponent(name)
    }

    private static let prefix = "ntdiag-tests-"

    private static let root: URL = {
        removeFoldersOfEndedProcesses()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)\(getpid())", isDirectory: true)
        try? FileManager.default.removeItem(at: url)
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.root) }
        return url
    }()

    private static func removeFoldersOfEndedProcesses() {
        let temporary = FileManager.default.temporaryDirectory
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = pid_t(name.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
        }
    }
}
