/// A condition on a fact about the machine.
public struct Condition: Sendable {
    public enum Test: Sendable {
        case oneOf([String])
        case noneOf([String])
        case flag(Bool)
        case above(Double)
        case below(Double)
        case atLeast(Double)
        case atMost(Double)
        case includes(String)
        case excludes(String)
        case servicePackBelow(ServicePack)
        case servicePackAtLeast(ServicePack)
    }

    public var fact: String
    public var test: Test
    public var line: Int
    /// True for the conditions every rule gets from its product and fix (version, service pack
    /// below the fix, hotfix not installed), as opposed to the ones the article states.
    public var implied: Bool = false

    /// `users above 100`, `architecture is alpha`, `SP4 not yet installed`.
    public func text(fix: Fix) -> String { ConditionEvaluator.text(self, fix: fix) }
}
