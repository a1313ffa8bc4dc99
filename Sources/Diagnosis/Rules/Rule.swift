/// One known defect, as described by one Knowledge Base article: what the logs show when a
/// machine has it (symptoms), what must be true of the machine (conditions), what fixes it, and
/// the test cases that prove the rule does what it says.
///
/// Rules are data (`Rules/Q196745.yaml`); this is their loaded, checked form. See
/// `Rules/README.md` for the language.
public struct Rule: Sendable {
    public var id: String
    public var kb: String
    public var title: String
    public var summary: String
    public var remedy: String
    public var severity: Severity
    public var product: ProductScope
    public var symptoms: [Symptom]
    /// Whether one primary symptom is enough (`any`, the default) or all are needed (`all`).
    public var symptomsMatch: SymptomMatch
    public var conditions: [Condition]
    public var fix: Fix
    public var references: [String]
    /// Remarks on the article itself (e.g. where its fix list disagrees with its text).
    public var note: String?
    public var tests: [RuleTestCase]
    /// The file the rule was read from (`Rules/Q196745.yaml`, or `built-in:Q196745.yaml`).
    public var path: String

    /// Symptoms that establish the defect (not the supporting ones).
    public var primarySymptoms: [Symptom] { symptoms.filter { !$0.supporting } }
}

/// How bad a defect is when it strikes, for ordering findings of equal certainty.
public enum Severity: String, Sendable, CaseIterable, Comparable {
    case low, medium, high, critical

    var rank: Int { Severity.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Whether one primary symptom establishes a defect (`any`) or all must show (`all`).
public enum SymptomMatch: String, Sendable {
    case any, all
}

/// The products an article concerns. A machine known to run another Windows version is ruled
/// out; an unknown version is not held against a rule (ntdiag is made for NT 4.0 logs).
public struct ProductScope: Sendable {
    public var osVersion: String
    /// server, workstation, enterprise, terminal-server; empty = all.
    public var editions: [String]

    public init(osVersion: String = "4.0", editions: [String] = []) {
        self.osVersion = osVersion
        self.editions = editions
    }
}
