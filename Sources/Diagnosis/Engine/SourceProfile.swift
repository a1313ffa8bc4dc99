/// What ntdiag knows about an event source, worked out once per distinct source name and then
/// cached, so each event costs a dictionary lookup rather than string processing.
public struct SourceProfile: Sendable {
    public enum Role: Sendable {
        /// EventLog: boots (6005), shutdowns (6006, 6008), system version (6009).
        case eventLog
        /// Service Control Manager: services starting and stopping (7035, 7036).
        case serviceControlManager
        /// Save Dump and its successors: crashes (1000, 1001, 1003).
        case crashReport
        case other
    }

    public let key: SourceKey
    public let role: Role
    /// The service whose presence an event from this source proves.
    public let impliedService: String?

    public init(source: String) {
        key = SourceKey(source)
        switch key.value {
        case "eventlog": role = .eventLog
        case "servicecontrolmanager": role = .serviceControlManager
        case "savedump", "bugcheck", "systemerror", "microsoftwindowswersystemerrorreporting": role = .crashReport
        default: role = .other
        }
        impliedService = ServiceName.implied(bySource: key)
    }
}

/// A cache of source profiles by the raw source name, one per reading thread.
public struct SourceProfiles: Sendable {
    private var cache: [String: SourceProfile] = [:]
    private var last: SourceProfile?
    private var lastSource: String?

    public init() {}

    public mutating func profile(for source: String) -> SourceProfile {
        if source == lastSource, let last { return last }
        let profile: SourceProfile
        if let known = cache[source] {
            profile = known
        } else {
            profile = SourceProfile(source: source)
            if cache.count < 10_000 { cache[source] = profile }
        }
        last = profile
        lastSource = source
        return profile
    }
}
