/// Everything known about one machine: facts inferred from its logs, facts given by a person,
/// and where they disagree. Given facts beat inferred ones.
public struct FactSheet: Hashable, Sendable {
    public private(set) var inferred: [String: Fact] = [:]
    public private(set) var given: [String: Fact] = [:]
    /// Observations worth telling that are not facts themselves ("the service pack changed from
    /// 3 to 4 on 1999-03-01").
    public private(set) var notes: [String] = []

    public init() {}

    /// The fact in force for `name`: the given one if any, else the inferred one.
    public subscript(name: String) -> Fact? { given[name] ?? inferred[name] }

    /// Records what the logs say. A second inference of the same name keeps the first.
    public mutating func infer(_ fact: Fact) {
        if inferred[fact.name] == nil { inferred[fact.name] = fact }
    }

    /// Records what a person says; a later given value replaces an earlier one (command line over
    /// facts file, a host's section over the defaults).
    public mutating func give(_ fact: Fact) { given[fact.name] = fact }

    public mutating func note(_ text: String) { notes.append(text) }

    /// Every fact in force, canonical names first in their usual order, then the others by name.
    public var all: [Fact] {
        let names = Set(inferred.keys).union(given.keys)
        let canonical = FactName.ordered.filter(names.contains)
        let others = names.subtracting(canonical).sorted()
        return (canonical + others).compactMap { self[$0] }
    }

    /// Given facts that disagree with the logs, by name.
    public var conflicts: [FactConflict] {
        given.keys.sorted().compactMap { name in
            guard let given = given[name], let inferred = inferred[name], !FactSheet.agree(given.value, inferred.value) else { return nil }
            return FactConflict(given: given, inferred: inferred)
        }
    }

    /// Whether a given value is consistent with an inferred one (a range that contains the
    /// given level agrees; a given service list must include every service seen in the logs).
    static func agree(_ given: FactValue, _ inferred: FactValue) -> Bool {
        switch (given, inferred) {
        case (.servicePack(let a), .servicePack(let b)): return a.overlaps(b)
        case (.list(let a, _), .list(let b, _)):
            let keys = Set(a.map(NameKey.init))
            return b.allSatisfy { keys.contains(NameKey($0)) }
        case (.text(let a), .text(let b)): return a.lowercased() == b.lowercased()
        case (.number(let a), .number(let b)): return abs(a - b) < 0.05
        default: return given == inferred
        }
    }
}
