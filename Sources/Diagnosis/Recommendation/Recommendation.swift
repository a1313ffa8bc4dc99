/// What to install on one machine, and why.
///
/// Service packs are cumulative, so one service pack fixes every open finding whose fix is in a
/// service pack: the highest `fixed_in` among them is the minimum, and the latest (SP6a) is what
/// to install. Defects fixed only by hotfixes are listed as hotfixes.
public struct Recommendation: Sendable {
    /// The service pack to install (always the latest), or nil when none is needed.
    public var install: ServicePack?
    /// The lowest service pack that fixes every open finding fixed by a service pack.
    public var minimum: ServicePack?
    /// Hotfixes to apply (after `install`), each with the findings it fixes.
    public var hotfixes: [HotfixAdvice]
    /// What installing resolves: one line per open finding.
    public var resolves: [Resolution]
    /// The machine's known service pack, when known, for the report's wording.
    public var current: ServicePackRange?

    public var isEmpty: Bool { install == nil && hotfixes.isEmpty }

    public init(install: ServicePack? = nil, minimum: ServicePack? = nil, hotfixes: [HotfixAdvice] = [], resolves: [Resolution] = [],
                current: ServicePackRange? = nil) {
        self.install = install
        self.minimum = minimum
        self.hotfixes = hotfixes
        self.resolves = resolves
        self.current = current
    }
}

/// A hotfix to apply, the service pack it needs, and the findings it fixes.
public struct HotfixAdvice: Sendable, Hashable {
    public var hotfix: String
    /// The service pack it must be installed on, when the article says.
    public var requires: ServicePack?
    public var rules: [String]
}

/// One open finding and what fixes it.
public struct Resolution: Sendable, Hashable {
    public var rule: String
    public var title: String
    public var status: FindingStatus
    public var fix: Fix
    /// `SP4`, `hotfix Q293841`: what in the recommendation fixes it.
    public var by: String
}
