import Diagnosis

/// Which log of which machine an event belongs to, for finding duplicates: the machine (events
/// without a computer name belong to the file's owner), the log name when the format says it,
/// and the time frame (UTC instants and local wall-clock times are never compared).
struct CoverageKey: Hashable, Sendable {
    var host: HostKey
    /// Lower-cased; nil when the format does not name the log (`.evt`, most text exports).
    var log: String?
    var isUTC: Bool

    init(host: HostKey, log: String?, isUTC: Bool) {
        self.host = host
        self.log = log
        self.isUTC = isUTC
    }

    init(computer: String?, log: String?, isUTC: Bool, unnamedOwner: HostKey) {
        if let computer, computer.contains(where: { !$0.isWhitespace }) { host = HostKey(computer) } else { host = unnamedOwner }
        let name = log.map { $0.lowercased().filter { !$0.isWhitespace } }
        self.log = name?.isEmpty ?? true ? nil : name
        self.isUTC = isUTC
    }

    /// Record numbers can be compared only within one named log.
    func sharesRecordNumbers(with other: CoverageKey) -> Bool { log != nil && log == other.log && isUTC == other.isUTC }

    /// Could the two be the same log? Same machine and time frame, and the same log name unless
    /// one of them does not say.
    func couldBeSameLog(as other: CoverageKey) -> Bool {
        host == other.host && isUTC == other.isUTC && (log == nil || other.log == nil || log == other.log)
    }
}
