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
///
/// The few sources a log keeps coming back to are found among the last eight by comparison
/// (a repeated name is usually the very same String, which compares at once) before the
/// dictionary is asked, whose hashing of the name cost more than the rest of the lookup.
public struct SourceProfiles: Sendable {
    private static let recentCount = 8
    private var cache: [String: SourceProfile] = [:]
    private var recent: [(source: String, profile: SourceProfile)] = []
    /// Where the next newcomer goes in `recent` (round robin).
    private var nextSlot = 0

    public init() {}

    public mutating func profile(for source: String) -> SourceProfile {
        // By position: only the matching entry's profile is copied.
        for position in recent.indices where recent[position].source == source { return recent[position].profile }
        let profile: SourceProfile
        if let known = cache[source] {
            profile = known
        } else {
            profile = SourceProfile(source: source)
            if cache.count < 10_000 { cache[source] = profile }
        }
        if recent.count < SourceProfiles.recentCount {
            recent.append((source, profile))
        } else {
            recent[nextSlot] = (source, profile)
            nextSlot = (nextSlot + 1) % SourceProfiles.recentCount
        }
        return profile
    }
}
