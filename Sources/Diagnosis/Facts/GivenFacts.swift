/// Facts a person gave: from facts files and `--fact`, for all machines or for one.
///
/// Layers are applied in the order added (facts file, then command line), and within a layer
/// the defaults come before the host's own section, so the most specific, latest value wins.
public struct GivenFacts: Sendable {
    struct Layer: Sendable {
        var defaults: [Fact] = []
        var hosts: [HostKey: [Fact]] = [:]
        var hostNames: [HostKey: String] = [:]
    }

    private var layers: [Layer] = []

    public init() {}

    /// Adds facts for every machine.
    public mutating func addDefaults(_ facts: [Fact]) {
        layers.append(Layer(defaults: facts))
    }

    /// Adds facts for one machine (by computer name, case-insensitive, domain ignored).
    public mutating func add(_ facts: [Fact], host: String) {
        let key = HostKey(host)
        layers.append(Layer(hosts: [key: facts], hostNames: [key: host]))
    }

    /// Adds everything another set holds, after what is here (it wins).
    public mutating func add(_ other: GivenFacts) { layers += other.layers }

    /// The facts for one machine, in the order they must be applied.
    public func facts(for host: HostKey) -> [Fact] {
        layers.flatMap { $0.defaults + ($0.hosts[host] ?? []) }
    }

    /// The host sections, as written, for machines the logs never mention (a typo, or a missing log).
    public func hostsNamed(except seen: Set<HostKey>) -> [String] {
        var names: [HostKey: String] = [:]
        for layer in layers { names.merge(layer.hostNames) { first, _ in first } }
        return names.filter { !seen.contains($0.key) }.map(\.value).sorted()
    }

    public var isEmpty: Bool { layers.allSatisfy { $0.defaults.isEmpty && $0.hosts.isEmpty } }
}
