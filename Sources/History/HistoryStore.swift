#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnosis
import EventLog
import GRDB

/// The history database: what every run saw of every machine, so trends that no single export
/// shows can be judged (see `HistorySchema` for what is kept and why re-imports add nothing).
///
/// Opening it never touches the inputs: a path that is one of the run's inputs, or an existing
/// file that is not SQLite, is refused before SQLite opens it. A locked or damaged database is a
/// `HistoryError`, never a crash.
public final class HistoryStore {
    public let path: String
    let queue: DatabaseQueue

    /// Opens (and creates or upgrades) the database.
    /// - Parameters:
    ///   - create: create it when missing (false for `ntdiag history`, which only reads and prunes).
    ///   - inputs: the run's input files, which the database must not be.
    public init(path: String, create: Bool = true, inputs: [String] = []) throws(HistoryError) {
        self.path = path
        var status = stat()
        let exists = stat(path, &status) == 0
        if exists {
            guard (status.st_mode & S_IFMT) == S_IFREG else { throw HistoryError("\(path) is not a regular file; give a file path for the history database") }
            for input in inputs {
                var other = stat()
                if stat(input, &other) == 0, other.st_dev == status.st_dev, other.st_ino == status.st_ino {
                    throw HistoryError("\(path) is one of the logs being read; the history database must be another file")
                }
            }
            if status.st_size > 0, let file = try? InputFile(path: path), let head = try? file.bytes(at: 0, count: 16),
               head != Array("SQLite format 3\u{0}".utf8) {
                throw HistoryError("\(path) is not an ntdiag history database (not SQLite); give another path with --history")
            }
        } else if !create {
            throw HistoryError("there is no history database at \(path) yet; `ntdiag analyze --history \(path) LOGS…` starts one")
        } else {
            HistoryLocation.makeParentFolder(of: path)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(3)
        configuration.label = "ntdiag history"
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try HistorySchema.migrator.migrate(queue)
        } catch {
            throw HistoryError.from(error, path: path)
        }
    }

    /// Runs a database operation, turning its errors into `HistoryError`.
    func access<T>(_ body: (Database) throws -> T, writing: Bool = false) throws(HistoryError) -> T {
        do {
            return writing ? try queue.write(body) : try queue.read(body)
        } catch {
            throw HistoryError.from(error, path: path)
        }
    }

    /// The current time as the runs table writes it (UTC, ISO 8601).
    public static func now() -> String { EventTime(seconds: Int64(time(nil)), isUTC: true).iso8601 }
}
