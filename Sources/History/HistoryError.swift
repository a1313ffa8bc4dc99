import GRDB

/// Why the history database could not be used, in words that say what to do. The commands turn
/// these into exit status 2: the inputs were analysed, but the history was not.
public struct HistoryError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) { self.description = description }

    static func from(_ error: any Error, path: String) -> HistoryError {
        if let error = error as? HistoryError { return error }
        guard let database = error as? DatabaseError else { return HistoryError("the history database \(path) cannot be used: \(error)") }
        switch database.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return HistoryError("the history database \(path) is locked by another program (another ntdiag?); try again when it is done")
        case .SQLITE_NOTADB:
            return HistoryError("\(path) is not an ntdiag history database (not SQLite); give another path with --history")
        case .SQLITE_CORRUPT:
            return HistoryError("the history database \(path) is damaged (\(database.message ?? "corrupt")); restore it from a backup, or start a new one with another path")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_IOERR:
            return HistoryError("the history database \(path) cannot be opened for writing (\(database.message ?? "no access")); check the path and its folder")
        default:
            return HistoryError("the history database \(path) cannot be used: \(database.message ?? "\(database.resultCode)")")
        }
    }
}
