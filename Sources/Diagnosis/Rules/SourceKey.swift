/// An event source name compared the way the Knowledge Base writes it: case, spaces and
/// punctuation ignored, and the known aliases folded together (`SRV` = `Srv` = `Svr`,
/// `Event Log` = `EventLog`, `Service Control Manager` = `SCM`).
public struct SourceKey: Hashable, Sendable, CustomStringConvertible {
    public let value: String

    public init(_ name: some StringProtocol) {
        let key = NameKey(name).value
        value = SourceKey.aliases[key] ?? key
    }

    public var description: String { value }

    /// Loose matching, for sources an article does not name: one key starts with the other, or
    /// both start with the same three letters (`LPR Print Monitor` ~ `LprMon`).
    func resembles(_ other: SourceKey) -> Bool {
        let a = Array(value.utf8), b = Array(other.value.utf8)
        let shared = zip(a, b).prefix { $0 == $1 }.count
        return shared >= min(3, a.count, b.count) && shared > 0
    }

    static let eventLog = SourceKey("EventLog")
    static let serviceControlManager = SourceKey("Service Control Manager")
    static let saveDump = SourceKey("Save Dump")

    /// Spellings seen in articles, exports and later Windows versions → one key.
    static let aliases: [String: String] = [
        "svr": "srv", "server": "srv", "lanmanserver": "srv",
        "scm": "servicecontrolmanager", "microsoftwindowsservicecontrolmanager": "servicecontrolmanager",
        "microsoftwindowseventlog": "eventlog",
        "savedumpexe": "savedump",
        "dhcpsrv": "dhcpserver", "microsoftdhcpserver": "dhcpserver",
        "ras": "remoteaccess", "remoteaccessservice": "remoteaccess",
        "lpd": "lpdsvc", "tcpipprintserver": "lpdsvc",
        "clusterservice": "clussvc",
        "watson": "drwatson",
    ]
}
