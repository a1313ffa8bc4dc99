/// Several articles that explain the same thing seen on one machine (one STOP code, one event),
/// ranked, with what would tell them apart and whether the fix depends on which one it is.
///
/// Many articles share a symptom: a STOP 0x0000000A has a dozen candidate causes. A report that
/// lists them one by one leaves the reader to compare them; this puts the comparison in one
/// place. Everything in it is derived from the rules' own data (their STOP parameters, drivers,
/// text conditions and the facts their conditions test), never written per group.
public struct Differential: Sendable {
    /// `STOP 0x0000000A`, `Srv 2019`: what the candidates share.
    public var symptom: String
    /// The open findings (confirmed, likely, exposed) that explain it, best first.
    public var candidates: [Candidate]
    /// Articles that share the symptom but a known fact excludes, with the reason.
    public var ruledOut: [(rule: String, reason: String)]
    /// What tells the candidates apart: requirements some of them have and others do not.
    public var distinguishers: [Mark]
    /// Facts that would settle it, the most decisive first (how many candidates each decides).
    public var settlingFacts: [(fact: String, candidates: Int)]
    /// Whether the recommendation depends on which candidate it is.
    public var fix: FixVerdict

    /// One candidate and the requirements it places beyond the shared symptom.
    public struct Candidate: Sendable {
        public var rule: String
        public var title: String
        public var status: FindingStatus
        public var fix: Fix
        public var specificity: Int
        public var marks: [Mark]
        public var missingFacts: [String]
    }

    /// One requirement of one article: `p1 = 0xBAD0B0E4`, `the crash is in srv.sys`,
    /// `processors is multiprocessor`.
    public struct Mark: Sendable, Hashable {
        public enum Kind: String, Sendable, CaseIterable {
            case parameters = "STOP parameters"
            case driver = "driver on the blue screen"
            case text = "event text"
            case timing = "count or uptime"
            case service = "services"
            case fact = "machine facts"
        }

        public var kind: Kind
        public var text: String
        /// The fact that settles it, when one does.
        public var fact: String?
        /// The rules that have it (filled in for distinguishers).
        public var rules: [String] = []
    }

    /// What installing does for the candidates.
    public enum FixVerdict: Sendable {
        /// They share one fix: the recommendation does not depend on which one it is.
        case same(Fix)
        /// The fixes differ; `servicePack` (the highest among them) covers those fixed by a
        /// service pack, and the hotfixes the others.
        case differs(servicePack: ServicePack?, hotfixes: [String])

        public var isSame: Bool {
            if case .same = self { return true }
            return false
        }
    }
}

extension Differential {
    /// The differentials of one machine: every shared symptom with at least two articles, one of
    /// them open. Ordered by the best candidate's rank.
    static func build(findings: [Finding], rules: [Rule]) -> [Differential] {
        let byID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var groups: [SymptomKey: [Finding]] = [:]
        var order: [SymptomKey] = []
        for finding in findings {
            for key in Set(keys(of: finding)) {
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(finding)
            }
        }
        return order.compactMap { key in
            guard let members = groups[key], members.count >= 2 else { return nil }
            let open = members.filter { $0.status.isOpen }
            guard !open.isEmpty else { return nil }
            let candidates = open.map { finding in
                Candidate(rule: finding.rule, title: finding.title, status: finding.status, fix: finding.fix, specificity: finding.specificity,
                          marks: byID[finding.rule].map { marks(of: $0, for: key) } ?? [], missingFacts: finding.missingFacts)
            }
            let ruledOut = members.filter { !$0.status.isOpen }.map { ($0.rule, $0.reason ?? "excluded") }
            return Differential(symptom: key.label, candidates: candidates, ruledOut: ruledOut,
                                distinguishers: distinguishers(candidates), settlingFacts: settlingFacts(candidates),
                                fix: verdict(candidates.map(\.fix)))
        }
    }

    /// The other rules that share a symptom with `rule`, grouped by symptom, with the marks that
    /// tell each apart (for `ntdiag rules show`).
    public static func peers(of rule: Rule, in rules: [Rule]) -> [(symptom: String, peers: [(rule: Rule, marks: [Mark])], own: [Mark])] {
        rule.primarySymptoms.flatMap(SymptomKey.keys(of:)).reduce(into: [SymptomKey]()) { if !$0.contains($1) { $0.append($1) } }.compactMap { key in
            let peers = rules.filter { $0.id != rule.id && $0.primarySymptoms.flatMap(SymptomKey.keys(of:)).contains { $0.overlaps(key) } }
            guard !peers.isEmpty else { return nil }
            return (key.label, peers.map { ($0, marks(of: $0, for: key)) }, marks(of: rule, for: key))
        }
    }

    /// The symptoms a finding was matched on: the STOP codes of its crashes, the source and ID
    /// of its events (primary evidence only; an absent event is nothing seen).
    static func keys(of finding: Finding) -> [SymptomKey] {
        finding.evidence.filter { !$0.supporting && $0.count > 0 }.flatMap { item -> [SymptomKey] in
            if !item.bugchecks.isEmpty { return item.bugchecks.map { .stop($0.code) } }
            guard let reference = (item.first ?? item.samples.first)?.reference else { return [] }
            return [.event(source: SourceKey(reference.source), spelling: reference.source, id: reference.id)]
        }
    }

    /// What a rule requires beyond `key` itself.
    static func marks(of rule: Rule, for key: SymptomKey) -> [Mark] {
        var marks: [Mark] = []
        for symptom in rule.primarySymptoms where SymptomKey.keys(of: symptom).contains(where: { $0.overlaps(key) }) {
            switch symptom.kind {
            case .stop(let pattern):
                if !pattern.parameterText.isEmpty { marks.append(Mark(kind: .parameters, text: pattern.parameterText)) }
                if let driver = pattern.driver { marks.append(Mark(kind: .driver, text: "the crash is in \(driver)", fact: FactName.crashDriver)) }
            case .event(let pattern):
                if let type = pattern.type { marks.append(Mark(kind: .text, text: "type \(type.name)")) }
                for condition in pattern.strings { marks.append(Mark(kind: .text, text: "string \(condition.position) \(condition.match)")) }
                for match in pattern.message { marks.append(Mark(kind: .text, text: "message \(match)")) }
            case .serviceCycles, .counter: break
            }
            if let count = symptom.count {
                marks.append(Mark(kind: .timing, text: "\(count.atLeast) or more" + (count.within.map { " within \(Duration.text($0))" } ?? "")))
            }
            if let uptime = symptom.uptime {
                if let least = uptime.atLeast { marks.append(Mark(kind: .timing, text: "uptime at least \(Duration.text(least))", fact: FactName.uptimeDays)) }
                if let most = uptime.atMost { marks.append(Mark(kind: .timing, text: "uptime at most \(Duration.text(most))", fact: FactName.uptimeDays)) }
            }
        }
        for condition in rule.conditions where !condition.implied {
            marks.append(Mark(kind: condition.fact == FactName.services ? .service : .fact, text: condition.text(fix: rule.fix), fact: condition.fact))
        }
        return marks
    }

    /// The marks not every candidate has, each with the candidates that have it.
    static func distinguishers(_ candidates: [Candidate]) -> [Mark] {
        var owners: [Mark: [String]] = [:]
        var order: [Mark] = []
        for candidate in candidates {
            for mark in Set(candidate.marks) {
                if owners[mark] == nil { order.append(mark) }
                owners[mark, default: []].append(candidate.rule)
            }
        }
        return order.compactMap { mark in
            guard let rules = owners[mark], rules.count < candidates.count else { return nil }
            var owned = mark
            owned.rules = rules
            return owned
        }.sorted { a, b in
            let kinds = Mark.Kind.allCases
            let (ka, kb) = (kinds.firstIndex(of: a.kind) ?? 0, kinds.firstIndex(of: b.kind) ?? 0)
            return ka != kb ? ka < kb : a.text < b.text
        }
    }

    /// The facts the candidates are missing, the ones that decide the most candidates first.
    static func settlingFacts(_ candidates: [Candidate]) -> [(fact: String, candidates: Int)] {
        var counts: [String: Int] = [:]
        for candidate in candidates { for fact in Set(candidate.missingFacts) { counts[fact, default: 0] += 1 } }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    static func verdict(_ fixes: [Fix]) -> FixVerdict {
        if let first = fixes.first, fixes.allSatisfy({ $0 == first }) { return .same(first) }
        let hotfixOnly = fixes.filter { $0.servicePack == nil }.compactMap(\.hotfix)
        return .differs(servicePack: fixes.compactMap(\.minimumServicePack).max(), hotfixes: Array(Set(hotfixOnly)).sorted())
    }
}

/// A symptom as seen in the logs, shared by articles: a STOP code or a source and event ID.
enum SymptomKey: Hashable, Sendable {
    case stop(StopCode)
    /// A rule that takes any STOP code.
    case anyStop
    case event(source: SourceKey?, spelling: String, id: UInt16)

    var label: String {
        switch self {
        case .stop(let code): return "STOP \(code)"
        case .anyStop: return "any STOP"
        case .event(_, let spelling, let id): return spelling.isEmpty ? "event \(id)" : "\(spelling) \(id)"
        }
    }

    /// Whether two keys can be the same thing seen (an any-code rule shares every STOP; a rule
    /// for any source shares every source of its ID).
    func overlaps(_ other: SymptomKey) -> Bool {
        switch (self, other) {
        case (.stop(let a), .stop(let b)): return a == b
        case (.anyStop, .stop), (.stop, .anyStop), (.anyStop, .anyStop): return true
        case (.event(let sa, _, let ia), .event(let sb, _, let ib)):
            guard ia == ib else { return false }
            guard let sa, let sb else { return true }
            return sa == sb || sa.resembles(sb)
        default: return false
        }
    }

    /// The keys a rule's symptom stands for.
    static func keys(of symptom: Symptom) -> [SymptomKey] {
        switch symptom.kind {
        case .stop(let pattern): return pattern.anyCode ? [.anyStop] : pattern.codes.map { .stop($0) }
        case .event(let pattern):
            guard !symptom.absent else { return [] }
            let sources: [(SourceKey?, String)] = pattern.sources.isEmpty ? [(nil, "")] : zip(pattern.sourceKeys, pattern.sources).map { ($0, $1) }
            return sources.flatMap { source in pattern.ids.map { SymptomKey.event(source: source.0, spelling: source.1, id: $0) } }
        case .serviceCycles, .counter: return []
        }
    }
}
