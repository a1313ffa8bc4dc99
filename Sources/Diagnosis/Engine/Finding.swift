/// What the engine concluded about one rule on one machine: the status, the evidence, what is
/// not known and why a rule was ruled out. Reports render these; they never re-derive them.
public struct Finding: Sendable {
    public var rule: String
    public var kb: String
    public var title: String
    public var summary: String
    public var remedy: String
    public var severity: Severity
    public var status: FindingStatus
    public var fix: Fix
    public var references: [String]
    /// What the logs show, one item per symptom that matched.
    public var evidence: [EvidenceItem]
    /// Facts that would settle a `likely` (canonical or rule-specific names), sorted.
    public var missingFacts: [String]
    /// Why the rule is ruled out, or what keeps it from being confirmed.
    public var reason: String?
    /// Each condition and symptom requirement, with its outcome, in rule order.
    public var checks: [Check]
    /// How much of the rule is known to match, 0…1; orders findings of equal status and specificity.
    public var score: Double
    /// How many specific things are known to match: STOP parameters, the driver, text
    /// conditions, counts and the machine facts the article names (not its version). Ranks the
    /// articles that share a symptom: the one that explains more comes first.
    public var specificity: Int = 0
}

/// The evidence for one symptom: how many events matched, the first and last, a few samples.
public struct EvidenceItem: Sendable {
    /// `Srv 2020`, `STOP 0xC000021A`.
    public var symptom: String
    public var supporting: Bool
    public var count: Int
    public var first: EvidenceEvent?
    public var last: EvidenceEvent?
    public var samples: [EvidenceEvent]
    /// The crashes behind a STOP symptom.
    public var bugchecks: [Bugcheck]
    /// What the requirements made of it: `9.4 days after the boot at …`, `12 within 1h`.
    public var details: [String]
    /// False when `count` is not a number of events (a counter's hourly points).
    public var countsEvents = true
}

/// One thing the engine checked, with its outcome: "users above 100: yes (450, inventory.yaml:3)".
public struct Check: Sendable {
    /// `users above 100`, `architecture is alpha`, `uptime at least 7d before Srv 2020`.
    public var text: String
    public var truth: Truth
    /// What was found: the fact's value, or what the events showed.
    public var detail: String?
    /// The fact it depends on (nil for symptom requirements).
    public var fact: String?
    /// Where the fact's value came from.
    public var source: String?

    public init(text: String, truth: Truth, detail: String? = nil, fact: String? = nil, source: String? = nil) {
        self.text = text
        self.truth = truth
        self.detail = detail
        self.fact = fact
        self.source = source
    }
}
