/// How sure the engine is that a machine has a defect (DESIGN.md's four statuses).
public enum FindingStatus: String, Sendable, CaseIterable, Comparable {
    /// The symptom is in the logs and every condition is known to hold.
    case confirmed
    /// The symptom is in the logs; some conditions are unknown (see `missing_facts`).
    case likely
    /// No symptom yet, but the known facts say the machine has the defect.
    case exposed
    /// The symptom is in the logs but a known fact excludes the defect (see `reason`).
    case ruledOut = "ruled-out"

    /// Whether the finding calls for a fix.
    public var isOpen: Bool { self != .ruledOut }

    var rank: Int { FindingStatus.allCases.firstIndex(of: self) ?? 0 }
    /// Confirmed first, ruled-out last.
    public static func < (lhs: FindingStatus, rhs: FindingStatus) -> Bool { lhs.rank < rhs.rank }
}
