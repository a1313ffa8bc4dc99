/// Which services a machine runs and how often each was stopped and started again, from Service
/// Control Manager 7035/7036 events and from the sources that log (a `DhcpServer` event means
/// the DHCP Server service exists).
public struct ServiceHistory: Sendable {
    /// Transitions kept per service (up to about a thousand stop/start cycles, far more than any
    /// rule asks for); the counts stay exact beyond it. Kept small because every service of every
    /// machine of an audit holds its own: 32 KB each at most, whatever the logs' size.
    static let limit = 2_048

    public struct Service: Sendable {
        public var name: String
        public var ups = 0
        public var downs = 0
        /// Seconds, with the direction: `true` = came up, `false` = went down.
        var transitions: [(time: Int64, up: Bool)] = []
        public var firstSeen: EventReference?

        mutating func record(_ up: Bool, time: Int64?, reference: () -> EventReference) {
            if up { ups += 1 } else { downs += 1 }
            if let time, transitions.count < ServiceHistory.limit { transitions.append((time, up)) }
            if let seen = firstSeen, let time, let seenTime = seen.time, seenTime.seconds <= time { return }
            let candidate = reference()
            if isEarlier(candidate, than: firstSeen) { firstSeen = candidate }
        }
    }

    public private(set) var services: [NameKey: Service] = [:]

    mutating func record(_ change: ServiceStateChange, key: NameKey, time: Int64?, reference: @autoclosure () -> EventReference) {
        if services[key] == nil { services[key] = Service(name: change.service) }
        // Mutated in place: copying a Service out and back would copy its transitions each time.
        services[key]?.record(change.direction == .up, time: time, reference: reference)
    }

    mutating func recordPresence(_ name: String, reference: EventReference) {
        let key = ServiceName.key(name)
        if services[key] == nil { services[key] = Service(name: name, firstSeen: reference) }
    }

    /// The times at which a service came back up after being stopped, without a reboot between
    /// (a stop and start at a restart is not a cycle). `boots` must be normalised.
    public func cycleTimes(of key: NameKey, boots: BootHistory) -> [Int64] {
        guard let service = services[key] else { return [] }
        let ordered = service.transitions.sorted { $0.time < $1.time }
        var cycles: [Int64] = []
        var downAt: Int64?
        for transition in ordered {
            if !transition.up {
                if downAt == nil { downAt = transition.time }
            } else if let down = downAt {
                if !boots.hasBoot(after: down, before: transition.time) { cycles.append(transition.time) }
                downAt = nil
            }
        }
        return cycles
    }

    public func contains(_ key: NameKey) -> Bool { services[key] != nil }

    /// The display names of every service seen, sorted.
    public var names: [String] { services.values.map(\.name).sorted() }

    mutating func merge(_ other: ServiceHistory) {
        for (key, theirs) in other.services {
            guard var mine = services[key] else {
                services[key] = theirs
                continue
            }
            mine.ups += theirs.ups
            mine.downs += theirs.downs
            mine.transitions += theirs.transitions.prefix(max(0, ServiceHistory.limit - mine.transitions.count))
            if let seen = theirs.firstSeen, isEarlier(seen, than: mine.firstSeen) { mine.firstSeen = seen }
            services[key] = mine
        }
    }
}
