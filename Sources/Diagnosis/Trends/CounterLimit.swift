import EventLog

/// The level at which a counter means exhaustion, and where that level comes from: a fact the
/// person gave (`paged_pool_limit`), or a documented default for NT 4.0, which a report marks as
/// an assumption.
///
/// Defaults, all NT 4.0 maximums or defaults stated by Microsoft:
/// - paged pool: 192 MB, the most NT 4.0 ever gives it (Q126402; also Q180622 and Q189119). The
///   real limit depends on the memory installed, so a projection against it is the latest date
///   the pool can last: give `paged_pool_limit` for a sharper one.
/// - nonpaged pool: 128 MB, NT 4.0's maximum (Q126402).
/// - registry quota: the counter is a percentage, exhausted at 100%. To turn percentage points
///   into bytes (the article's rates are in KB), the registry size limit is needed: 8 MB by
///   default (the NT 4.0 Resource Kit's registry reference; Q124594 gives the rule behind it, a
///   quarter of the paged pool).
public struct CounterLimit: Sendable, Equatable {
    /// The exhaustion level, in the counter's own unit.
    public var level: Double
    /// The level for people: `192 MB`, `100%`.
    public var text: String
    /// `given: paged_pool_limit`, or the default's origin.
    public var source: String
    /// True when no fact gave it: the report marks projections with it as assumptions.
    public var assumed: Bool
    /// For a percentage counter: bytes per percentage point, when known or assumed.
    public var bytesPerUnit: Double?
    /// The fact that would settle the assumption.
    public var fact: String

    static let pagedPoolDefault = Double(192 << 20)
    static let nonpagedPoolDefault = Double(128 << 20)
    static let registrySizeDefault = Double(8 << 20)

    /// The limit for a counter, from the facts or the defaults; nil for counters without one.
    static func limit(for counter: String, facts: FactSheet) -> CounterLimit? {
        switch counter {
        case CounterNames.pagedPool:
            return bytes(fact: "paged_pool_limit", facts: facts, default: pagedPoolDefault,
                         origin: "assumed: NT 4.0's largest paged pool (Q126402)")
        case CounterNames.nonpagedPool:
            return bytes(fact: "nonpaged_pool_limit", facts: facts, default: nonpagedPoolDefault,
                         origin: "assumed: NT 4.0's largest nonpaged pool (Q126402)")
        case CounterNames.registryQuota:
            let size = facts["registry_size_limit"].flatMap { ByteSize.bytes(of: $0.value) }
            let source = size == nil ? "a percentage; registry size limit assumed 8 MB, NT 4.0's default (Resource Kit, Q124594)"
                : "a percentage; registry size limit \(ByteSize.text(size ?? 0)) (given: registry_size_limit)"
            return CounterLimit(level: 100, text: "100%", source: source, assumed: size == nil,
                                bytesPerUnit: (size ?? registrySizeDefault) / 100, fact: "registry_size_limit")
        default:
            return nil
        }
    }

    private static func bytes(fact: String, facts: FactSheet, default value: Double, origin: String) -> CounterLimit {
        if let given = facts[fact], let bytes = ByteSize.bytes(of: given.value) {
            return CounterLimit(level: bytes, text: ByteSize.text(bytes), source: "\(fact) (\(given.source.isGiven ? "given in " : "")\(given.source))",
                                assumed: false, bytesPerUnit: 1, fact: fact)
        }
        return CounterLimit(level: value, text: ByteSize.text(value), source: origin, assumed: true, bytesPerUnit: 1, fact: fact)
    }
}
