import Diagnosis
import EventLog

/// `ntdiag analyze --format json`: the diagnosis as DESIGN.md's contract describes it (`inputs`,
/// `hosts` with `computer`, `facts`, `fact_sources`, `findings`, `recommendation`), plus a few
/// fields of our own; an audit adds the fleet roll-up (`FleetJSON`). Keys come in a fixed order
/// and every array is sorted, so two runs diff clean.
public enum DiagnosisJSON {
    public static func render(_ result: DiagnosisResult) -> String {
        JSONValue.object([
            ("inputs", .array(result.inputs.map(input))),
            ("hosts", .array(result.hosts.map(host))),
            ("problems", .array(result.problems.map { .string($0.description) })),
            ("notes", .array(result.notes.map(JSONValue.string))),
            ("rules_applied", .integer(Int64(result.rulesApplied))),
            ("facts_only", .bool(result.factsOnly)),
        ] + (result.discovery.map { FleetJSON.fields(result, discovery: $0) } ?? [])).rendered() + "\n"
    }

    static func input(_ report: ReadReport) -> JSONValue {
        .object([
            ("path", .string(report.path)),
            ("format", .optional(report.format?.rawValue)),
            ("encoding", .optional(report.encoding?.rawValue)),
            ("events", .integer(Int64(report.events))),
            ("recovered", .integer(Int64(report.recovered))),
            ("skipped", .integer(Int64(report.skipped))),
            ("failed", .bool(report.failed)),
            ("problems", .array(report.problems.map { .string($0.description) })),
            ("problem_count", .integer(Int64(report.problemCount))),
        ])
    }

    static func host(_ host: HostDiagnosis) -> JSONValue {
        let facts = host.facts.all.sorted { $0.name < $1.name }
        return .object([
            ("computer", .string(host.computer)),
            ("files", .array(host.files.map(JSONValue.string))),
            ("events", .integer(Int64(host.eventCount))),
            ("first_event", .optional(host.firstTime?.iso8601)),
            ("last_event", .optional(host.lastTime?.iso8601)),
            ("facts", .object(facts.map { ($0.name, value($0.value)) })),
            ("fact_sources", .object(facts.map { ($0.name, .string(($0.source.isGiven ? "given: " : "") + $0.source.description)) })),
            ("fact_conflicts", .array(host.facts.conflicts.map { .string($0.description) })),
            ("notes", .array(host.facts.notes.map(JSONValue.string))),
            ("findings", .array(host.findings.map(finding))),
            ("recommendation", recommendation(host.recommendation)),
            ("differentials", .array(host.differentials.map(differential))),
            ("trends", TrendsJSON.render(host.trends)),
        ])
    }

    static func differential(_ differential: Differential) -> JSONValue {
        var fix: [(String, JSONValue)]
        switch differential.fix {
        case .same(let same):
            fix = [("depends_on_candidate", .bool(false)), ("fixed_in", .string(same.description))]
        case .differs(let servicePack, let hotfixes):
            fix = [("depends_on_candidate", .bool(true)), ("service_pack", .optional(servicePack?.description)),
                   ("hotfixes", .array(hotfixes.map(JSONValue.string)))]
        }
        return .object([
            ("symptom", .string(differential.symptom)),
            ("candidates", .array(differential.candidates.enumerated().map { rank, candidate in
                .object([
                    ("rank", .integer(Int64(rank + 1))),
                    ("rule", .string(candidate.rule)),
                    ("title", .string(candidate.title)),
                    ("status", .string(candidate.status.rawValue)),
                    ("fixed_in", .string(candidate.fix.description)),
                    ("specificity", .integer(Int64(candidate.specificity))),
                    ("requires", .array(candidate.marks.map { .string($0.text) })),
                    ("missing_facts", .array(candidate.missingFacts.map(JSONValue.string))),
                ])
            })),
            ("ruled_out", .array(differential.ruledOut.map { .object([("rule", .string($0.rule)), ("reason", .string($0.reason))]) })),
            ("distinguishers", .array(differential.distinguishers.map { mark in
                .object([("kind", .string(mark.kind.rawValue)), ("requirement", .string(mark.text)), ("fact", .optional(mark.fact)),
                         ("rules", .array(mark.rules.map(JSONValue.string)))])
            })),
            ("settling_facts", .array(differential.settlingFacts.map { .object([("fact", .string($0.fact)), ("candidates", .integer(Int64($0.candidates)))]) })),
            ("fix", .object(fix)),
        ])
    }

    static func value(_ value: FactValue) -> JSONValue {
        switch value {
        case .text(let text): return .string(text)
        case .number(let number): return .number(number)
        case .flag(let flag): return .bool(flag)
        case .servicePack(let range):
            if range.isExact, !range.lowest.isRevised { return .integer(Int64(range.lowest.number)) }
            return .string(range.description)
        case .list(let items, _): return .array(items.map(JSONValue.string))
        }
    }

    static func finding(_ finding: Finding) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("rule", .string(finding.rule)),
            ("kb", .string(finding.kb)),
            ("title", .string(finding.title)),
            ("severity", .string(finding.severity.rawValue)),
            ("status", .string(finding.status.rawValue)),
            ("fixed_in", .string(fixedIn(finding.fix))),
        ]
        if let hotfix = finding.fix.hotfix { fields.append(("hotfix", .string(hotfix))) }
        if let requires = finding.fix.requires { fields.append(("requires", .string(requires.description))) }
        fields += [
            ("evidence", .array(finding.evidence.map(evidence))),
            ("missing_facts", .array(finding.missingFacts.map(JSONValue.string))),
            ("reason", .optional(finding.reason)),
            ("checks", .array(finding.checks.map(check))),
            ("score", .number((finding.score * 100).rounded() / 100)),
            ("summary", .string(finding.summary)),
            ("remedy", .string(finding.remedy)),
            ("references", .array(finding.references.map(JSONValue.string))),
        ]
        if let note = finding.fix.note { fields.append(("fix_note", .string(note))) }
        return .object(fields)
    }

    /// `SP4`, `SP6a`, or the hotfix id when no service pack fixes it.
    static func fixedIn(_ fix: Fix) -> String {
        fix.servicePack?.description ?? fix.hotfix ?? "none"
    }

    static func evidence(_ item: EvidenceItem) -> JSONValue {
        .object([
            ("symptom", .string(item.symptom)),
            ("supporting", .bool(item.supporting)),
            ("count", .integer(Int64(item.count))),
            ("first", item.first.map(event) ?? .null),
            ("last", item.last.map(event) ?? .null),
            ("events", .array(item.samples.map(event))),
            ("bugchecks", .array(item.bugchecks.map { .string($0.description) })),
            ("details", .array(item.details.map(JSONValue.string))),
        ])
    }

    static func event(_ event: EvidenceEvent) -> JSONValue {
        let reference = event.reference
        return .object([
            ("file", .string(reference.file)),
            ("record", reference.record.map { .integer(Int64(clamping: $0)) } ?? .null),
            ("line", reference.line.map { .integer(Int64($0)) } ?? .null),
            ("time", .optional(reference.time?.iso8601)),
            ("source", .string(reference.source)),
            ("id", .integer(Int64(reference.id))),
            ("type", .string(event.type.name)),
            ("message", .optional(event.excerpt)),
        ])
    }

    static func check(_ check: Check) -> JSONValue {
        .object([
            ("check", .string(check.text)),
            ("result", .string(TruthText.word(check.truth))),
            ("detail", .optional(check.detail)),
            ("source", .optional(check.source)),
        ])
    }

    static func recommendation(_ recommendation: Recommendation) -> JSONValue {
        .object([
            ("install", .optional(recommendation.install?.description)),
            ("minimum", .optional(recommendation.minimum?.description)),
            ("hotfixes", .array(recommendation.hotfixes.map { advice in
                .object([
                    ("hotfix", .string(advice.hotfix)),
                    ("requires", .optional(advice.requires?.description)),
                    ("rules", .array(advice.rules.map(JSONValue.string))),
                ])
            })),
            ("resolves", .array(recommendation.resolves.map { resolution in
                .object([
                    ("rule", .string(resolution.rule)),
                    ("title", .string(resolution.title)),
                    ("status", .string(resolution.status.rawValue)),
                    ("by", .string(resolution.by)),
                ])
            })),
        ])
    }
}

/// Truth values as words in reports.
enum TruthText {
    static func word(_ truth: Truth) -> String {
        switch truth {
        case .yes: return "yes"
        case .no: return "no"
        case .unknown: return "unknown"
        }
    }
}
