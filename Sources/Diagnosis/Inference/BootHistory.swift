/// When a machine booted and shut down, kept compactly (seconds only), so uptime can be worked
/// out for any event: EventLog 6005 (the event log service started: a boot), 6006 (clean
/// shutdown), 6008 (the previous shutdown was unexpected).
public struct BootHistory: Sendable {
    /// At most this many times are kept per kind; counts stay exact.
    static let limit = 100_000

    public private(set) var boots: [Int64] = []
    public private(set) var bootCount = 0
    public private(set) var cleanShutdowns = 0
    public private(set) var uncleanShutdowns = 0
    /// The first boot, clean and unclean shutdown seen, to cite as the source of a fact.
    public private(set) var firstBoot: EventReference?
    public private(set) var firstCleanShutdown: EventReference?
    public private(set) var firstUncleanShutdown: EventReference?
    /// Times of unexpected shutdowns (6008's own time, when the event says when it was logged), up to `limit`.
    public private(set) var uncleanTimes: [Int64] = []
    private var sorted = true

    mutating func recordBoot(at time: Int64?, reference: EventReference) {
        bootCount += 1
        if firstBoot == nil || isEarlier(reference, than: firstBoot) { firstBoot = reference }
        guard let time, boots.count < BootHistory.limit else { return }
        if let last = boots.last, last > time { sorted = false }
        boots.append(time)
    }

    mutating func recordShutdown(clean: Bool, reference: EventReference) {
        if clean {
            cleanShutdowns += 1
            if firstCleanShutdown == nil || isEarlier(reference, than: firstCleanShutdown) { firstCleanShutdown = reference }
        } else {
            uncleanShutdowns += 1
            if let time = reference.time?.seconds, uncleanTimes.count < BootHistory.limit { uncleanTimes.append(time) }
            if firstUncleanShutdown == nil || isEarlier(reference, than: firstUncleanShutdown) { firstUncleanShutdown = reference }
        }
    }

    /// Sorts and removes duplicate boot times (the same boot seen in overlapping exports).
    mutating func normalise() {
        if !sorted { boots.sort() }
        sorted = true
        var unique: [Int64] = []
        unique.reserveCapacity(boots.count)
        for time in boots where unique.last != time { unique.append(time) }
        boots = unique
    }

    /// Adds boot times known from earlier runs (the history): uptime and boot periods use them,
    /// but they are not counted as boots of these logs.
    mutating func addEarlierBoots(_ times: [Int64]) {
        boots += times.prefix(max(0, BootHistory.limit - boots.count))
        sorted = false
    }

    /// The last boot at or before `time` (call `normalise` first).
    public func lastBoot(atOrBefore time: Int64) -> Int64? {
        var low = 0, high = boots.count
        while low < high {
            let middle = (low + high) / 2
            if boots[middle] <= time { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? boots[low - 1] : nil
    }

    /// True when a boot lies strictly between two times (a restart, not a service cycle).
    public func hasBoot(after start: Int64, before end: Int64) -> Bool {
        guard let last = lastBoot(atOrBefore: end - 1) else { return false }
        return last > start
    }

    mutating func merge(_ other: BootHistory) {
        bootCount += other.bootCount
        cleanShutdowns += other.cleanShutdowns
        uncleanShutdowns += other.uncleanShutdowns
        if let boot = other.firstBoot, firstBoot == nil || isEarlier(boot, than: firstBoot) { firstBoot = boot }
        if let clean = other.firstCleanShutdown, firstCleanShutdown == nil || isEarlier(clean, than: firstCleanShutdown) { firstCleanShutdown = clean }
        if let unclean = other.firstUncleanShutdown, firstUncleanShutdown == nil || isEarlier(unclean, than: firstUncleanShutdown) {
            firstUncleanShutdown = unclean
        }
        boots += other.boots.prefix(max(0, BootHistory.limit - boots.count))
        uncleanTimes += other.uncleanTimes.prefix(max(0, BootHistory.limit - uncleanTimes.count))
        sorted = false
    }
}
