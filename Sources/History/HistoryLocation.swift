#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the history database lives when none is named: `$XDG_DATA_HOME/ntdiag/history.sqlite`,
/// or `~/.local/share/ntdiag/history.sqlite` when XDG_DATA_HOME is not set (the XDG base
/// directory convention; on Windows ports, the same under the home folder).
public enum HistoryLocation {
    /// The word `--history` takes for the default location.
    public static let defaultKeyword = "default"

    public static func defaultPath(environment: [String: String]) -> String? {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/ntdiag/history.sqlite" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/share/ntdiag/history.sqlite"
    }

    /// The path the user meant: `default` → the default location; anything else as given.
    public static func resolve(_ argument: String, environment: [String: String]) -> String? {
        argument == defaultKeyword ? defaultPath(environment: environment) : argument
    }

    /// Creates the folder of the default location when it is missing (other paths must exist).
    static func makeParentFolder(of path: String) {
        var folders: [String] = []
        var current = Substring(path)
        while let slash = current.lastIndex(of: "/"), slash > current.startIndex {
            current = current[..<slash]
            folders.append(String(current))
        }
        for folder in folders.reversed() { mkdir(folder, 0o755) }
    }
}
