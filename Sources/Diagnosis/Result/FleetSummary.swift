/// A fleet at a glance: which service pack each machine runs, what to install where, and which
/// defects are spread over how many machines. Worked out from the diagnoses alone, so every
/// report of an audit (text, JSON, CSV, HTML) tells the same numbers.
public struct FleetSummary: Sendable {
    /// A label (`SP6a`, `below 4`, `Q237699`) and the machines it applies to, by name.
    public struct Group: Sendable, Hashable {
        public var label: String
        public var hosts: [String]
    }

    /// One defect across the fleet: the machines where it is confirmed, likely, exposed or ruled out.
    public struct Spread: Sendable {
        public var rule: String
        public var kb: String
        public var title: String
        public var severity: Severity
        public var fix: Fix
        public var hosts: [FindingStatus: [String]]

        /// Machines where the defect calls for a fix.
        public var openCount: Int { hosts.filter { $0.key.isOpen }.reduce(0) { $0 + $1.value.count } }
    }

    public var hostCount: Int
    /// The known service pack of each machine (`unknown` last), lowest first.
    public var servicePacks: [Group]
    /// The service pack to install (`SP6a`), with the machines that need one.
    public var installs: [Group]
    /// The lowest service pack that fixes what was found (`SP4`), by level.
    public var minimums: [Group]
    /// Hotfixes to apply, each with its machines.
    public var hotfixes: [Group]
    /// Machines with nothing to install.
    public var nothingToInstall: [String]
    /// Every defect found somewhere: the most machines confirmed first, then likely, exposed.
    public var defects: [Spread]

    public static let unknownServicePack = "unknown"

    public init(hosts: [HostDiagnosis]) {
        hostCount = hosts.count
        var levels: [String: (order: Int, hosts: [String])] = [:]
        var installs: [ServicePack: [String]] = [:]
        var minimums: [ServicePack: [String]] = [:]
        var hotfixes: [String: [String]] = [:]
        var nothing: [String] = []
        var spreads: [String: Spread] = [:]
        var ruleOrder: [String] = []
        for host in hosts {
            let name = host.computer
            let (label, order) = FleetSummary.servicePackLabel(host.facts)
            levels[label, default: (order, [])].hosts.append(name)
            let recommendation = host.recommendation
            if let install = recommendation.install { installs[install, default: []].append(name) }
            if let minimum = recommendation.minimum, recommendation.install != nil { minimums[minimum, default: []].append(name) }
            for advice in recommendation.hotfixes { hotfixes[advice.hotfix, default: []].append(name) }
            if recommendation.isEmpty { nothing.append(name) }
            for finding in host.findings {
                if spreads[finding.rule] == nil {
                    ruleOrder.append(finding.rule)
                    spreads[finding.rule] = Spread(rule: finding.rule, kb: finding.kb, title: finding.title, severity: finding.severity,
                                                   fix: finding.fix, hosts: [:])
                }
                spreads[finding.rule]?.hosts[finding.status, default: []].append(name)
            }
        }
        servicePacks = levels.sorted { ($0.value.order, $0.key) < ($1.value.order, $1.key) }.map { Group(label: $0.key, hosts: $0.value.hosts) }
        self.installs = installs.sorted { $0.key > $1.key }.map { Group(label: $0.key.description, hosts: $0.value) }
        self.minimums = minimums.sorted { $0.key < $1.key }.map { Group(label: $0.key.description, hosts: $0.value) }
        self.hotfixes = hotfixes.sorted { ($0.key.count, $0.key) < ($1.key.count, $1.key) }.map { Group(label: $0.key, hosts: $0.value) }
        nothingToInstall = nothing
        defects = ruleOrder.compactMap { spreads[$0] }.sorted { a, b in
            let counts = { (spread: Spread) in FindingStatus.allCases.map { spread.hosts[$0]?.count ?? 0 } }
            let (x, y) = (counts(a), counts(b))
            if x != y { return x.lexicographicallyPrecedes(y, by: >) }
            if a.severity != b.severity { return a.severity > b.severity }
            return (a.rule.count, a.rule) < (b.rule.count, b.rule)
        }
    }

    /// `SP6a on 12 of 40 machines (minimum SP4 on 9, SP6 on 3); hotfix Q237699 on 2; nothing to install on 19`.
    public var sentence: String {
        var parts: [String] = []
        let minimum = minimums.map { "\($0.label) on \($0.hosts.count)" }.joined(separator: ", ")
        for group in installs {
            parts.append("\(group.label) on \(group.hosts.count) of \(hostCount) machine\(hostCount == 1 ? "" : "s")"
                         + (minimum.isEmpty || installs.count > 1 ? "" : " (minimum \(minimum))"))
        }
        if installs.count > 1 && !minimum.isEmpty { parts.append("minimum " + minimum) }
        for group in hotfixes { parts.append("hotfix \(group.label) on \(group.hosts.count)") }
        if !nothingToInstall.isEmpty {
            parts.append(parts.isEmpty ? "nothing to install on \(nothingToInstall.count) of \(hostCount) machine\(hostCount == 1 ? "" : "s")"
                                       : "nothing to install on \(nothingToInstall.count)")
        }
        return parts.joined(separator: "; ")
    }

    /// The service pack as reports print it (`SP3`, `SP6 or SP6a`, `below SP4`, `unknown`) and its place in order.
    public static func servicePackLabel(_ facts: FactSheet) -> (label: String, order: Int) {
        guard case .servicePack(let range)? = facts[FactName.servicePack]?.value else { return (unknownServicePack, Int.max) }
        return (name(of: range), range.lowest.ordinal * 16 + range.highest.ordinal)
    }

    /// `SP3`, `RTM`, `SP6 or SP6a`, `below SP4`, `SP4 or later`, `SP3 to SP5`.
    public static func name(of range: ServicePackRange) -> String {
        if range.isExact { return range.lowest.description }
        if range.lowest.number == 6 && range.highest.isRevised && !range.lowest.isRevised { return "SP6 or SP6a" }
        if range.lowest == .rtm, let next = range.highest.next { return "below " + next.description }
        if range.highest == .latest { return range.lowest.description + " or later" }
        return range.lowest.description + " to " + range.highest.description
    }
}
