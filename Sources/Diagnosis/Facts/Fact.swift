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
