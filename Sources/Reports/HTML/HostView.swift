import Diagnosis
import EventLog

/// One machine's section: the verdict, what to install, the facts and where each came from,
/// the timeline, the trends, and the findings grouped by status.
struct HostView {
    let name: String
    let anchor: String
    let verdict: String
    let tone: String
    let servicePack: String
    let events: String
    let period: String?
    let files: [String]
    let fileCount: Int
    let facts: [FactView]
    let factNotes: [String]
    let conflicts: [String]
    let recommendation: RecommendationView
    let timeline: TimelineView?
    /// Counters over time and weekly counts of matched events (nil when there are none).
    let trends: TrendsView?
    let groups: [StatusGroup]
    let noFindings: String?
    /// Symptoms several articles explain, compared.
    let differentials: [DifferentialView]
    let hasDifferentials: Bool

    struct FactView {
        let name: String
        let value: String
        let source: String
        let given: Bool
    }

    /// The findings of one status, under a heading.
    struct StatusGroup {
        let status: String
        let heading: String
        let count: Int
        let findings: [FindingView]
    }

    init(_ host: HostDiagnosis, anchor: String, manyHosts: Bool, rulesApplied: Int) {
        name = host.computer
        self.anchor = anchor
        verdict = DiagnosisText.verdict(host)
        tone = HostView.tone(host)
        servicePack = FleetSummary.servicePackLabel(host.facts).label
        events = DiagnosisText.count(host.eventCount, "event")
        if let first = host.firstTime, let last = host.lastTime {
            period = first == last ? first.iso8601 : first.iso8601 + " to " + last.iso8601
        } else {
            period = nil
        }
        files = host.files
        fileCount = host.files.count
        facts = host.facts.all.map { fact in
            FactView(name: fact.name, value: fact.value.description, source: fact.source.description, given: fact.source.isGiven)
        }
        factNotes = host.facts.notes
        conflicts = host.facts.conflicts.map(\.description)
        recommendation = RecommendationView(host)
        timeline = TimelineView(host)
        trends = TrendsView(host.trends)
        let hostPrefix = manyHosts ? host.key.value + ":" : ""
        var shown: [String: EvidenceView.SameAs] = [:]
        let views = host.findings.enumerated().map { FindingView($0.element, anchor: "\(anchor)-f\($0.offset + 1)", factPrefix: hostPrefix, shown: &shown) }
        let anchors = Dictionary(views.map { ($0.rule, $0.anchor) }) { first, _ in first }
        differentials = host.differentials.map { DifferentialView($0, host: host, anchors: anchors, factPrefix: hostPrefix) }
        hasDifferentials = !differentials.isEmpty
        groups = FindingStatus.allCases.compactMap { status in
            let findings = views.filter { $0.status == status.rawValue }
            return findings.isEmpty ? nil : StatusGroup(status: status.rawValue, heading: HostView.heading(status), count: findings.count, findings: findings)
        }
        noFindings = host.findings.isEmpty
            ? "Nothing in these logs matches the \(rulesApplied) known defects, and no known fact puts the machine at risk." : nil
    }

    static func heading(_ status: FindingStatus) -> String {
        switch status {
        case .confirmed: return "Confirmed"
        case .likely: return "Likely"
        case .exposed: return "Exposed (no symptom yet)"
        case .ruledOut: return "Considered and ruled out"
        }
    }

    /// The colour of a machine: its most certain open finding, or `ok`.
    static func tone(_ host: HostDiagnosis) -> String {
        host.findings.first { $0.status.isOpen }?.status.rawValue ?? "ok"
    }
}

/// What to install on one machine, and what that resolves.
struct RecommendationView {
    let headline: String
    let tone: String
    let detail: String?
    let caveat: String?
    let hotfixes: [Hotfix]
    let resolves: [Resolution]
    let hasResolves: Bool

    struct Hotfix {
        let hotfix: String
        let requires: String?
        let rules: String
    }

    struct Resolution {
        let rule: String
        let title: String
        let status: String
        let by: String
    }

    init(_ host: HostDiagnosis) {
        let recommendation = host.recommendation
        tone = recommendation.isEmpty ? "ok" : "act"
        if let install = recommendation.install {
            headline = "Install \(install.longName)"
            if let minimum = recommendation.minimum, minimum != install {
                detail = "\(minimum.longName) is the minimum that fixes what was found; service packs are cumulative, so the latest fixes it too."
            } else {
                detail = nil
            }
        } else if !recommendation.hotfixes.isEmpty {
            headline = "Apply " + (recommendation.hotfixes.count == 1 ? "a hotfix" : "\(recommendation.hotfixes.count) hotfixes")
            detail = recommendation.minimum.map { "\($0.longName) is already installed." }
        } else {
            headline = "Nothing to install"
            detail = host.findings.isEmpty ? nil : "Every finding is ruled out or already fixed."
        }
        if let current = recommendation.current, current.contains(.latest), !current.isExact, recommendation.install != nil {
            caveat = "If \(ServicePack.latest.longName) is already installed, skip it: event 6009 cannot tell 6 from 6a."
        } else {
            caveat = nil
        }
        hotfixes = recommendation.hotfixes.map {
            Hotfix(hotfix: $0.hotfix, requires: $0.requires?.longName, rules: $0.rules.joined(separator: ", "))
        }
        resolves = recommendation.resolves.map { Resolution(rule: $0.rule, title: $0.title, status: $0.status.rawValue, by: $0.by) }
        hasResolves = !resolves.isEmpty
    }
}
