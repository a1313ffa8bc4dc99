/// What fixes a defect: a service pack, a hotfix, or both.
public struct Fix: Sendable, Hashable, CustomStringConvertible {
    /// The first service pack that contains the fix.
    public var servicePack: ServicePack?
    /// A hotfix (by KB id) for defects no service pack fixes, or to fix before the next one.
    public var hotfix: String?
    /// The service pack a hotfix must be installed on (post-SP6a hotfixes need SP6a).
    public var requires: ServicePack?
    public var note: String?

    public init(servicePack: ServicePack? = nil, hotfix: String? = nil, requires: ServicePack? = nil, note: String? = nil) {
        self.servicePack = servicePack
        self.hotfix = hotfix
        self.requires = requires
        self.note = note
    }

    /// The service pack level a machine needs for this fix: the fixing SP, or the one the
    /// hotfix requires.
    public var minimumServicePack: ServicePack? { servicePack ?? requires }

    /// `SP4`, `SP6a`, `hotfix Q293841 (on SP6a)`, `SP4 or hotfix Q…`.
    public var description: String {
        var parts: [String] = []
        if let servicePack { parts.append(servicePack.description) }
        if let hotfix { parts.append("hotfix " + hotfix + (requires.map { " (on \($0))" } ?? "")) }
        return parts.isEmpty ? "no fix known" : parts.joined(separator: " or ")
    }
}
