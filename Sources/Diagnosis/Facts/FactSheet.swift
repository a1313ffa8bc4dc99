/// One fact about a machine, with where it came from.
public struct Fact: Hashable, Sendable {
    public var name: String
    public var value: FactValue
    public var source: FactSource

    public init(name: String, value: FactValue, source: FactSource) {
        self.name = name
        self.value = value
        self.source = source
    }
}

/// A given fact that contradicts what the logs say. The given value is used; the report shows
/// both so the person can check which is wrong.
public struct FactConflict: Hashable, Sendable, CustomStringConvertible {
    public var given: Fact
    public var inferred: Fact

    public var description: String {
        "\(given.name): given as \(given.value) (\(given.source)) but the logs say \(inferred.value) (\(inferred.source)); the given value is used"
    }
}

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

/// A name compared the way people mean it: letters and digits only, case folded, so `DHCP Server`,
/// `DhcpServer` and `dhcp-server` are one name.
public struct NameKey: Hashable, Sendable, Comparable {
    public let value: String

    public init(_ name: some StringProtocol) {
        var key = ""
        key.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case 0x41...0x5A: key.unicodeScalars.append(Unicode.Scalar(byte + 32))
                case 0x61...0x7A, 0x30...0x39: key.unicodeScalars.append(scalar)
                default: break
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                key += String(scalar).lowercased()
            }
        }
        value = key
    }

    public static func < (lhs: NameKey, rhs: NameKey) -> Bool { lhs.value < rhs.value }
}
