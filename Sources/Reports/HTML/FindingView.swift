import Diagnosis
import EventLog

/// One finding as the page shows it: the status and fix, what the logs show (events with time,
/// source, ID and message), what is unknown and how to settle it, why it is ruled out, and
/// every check the engine made.
struct FindingView {
    let anchor: String
    let rule: String
    let kb: String
    let title: String
    let severity: String
    let status: String
    let isOpen: Bool
    let fix: String
    let fixNote: String?
    let summary: String
    let remedy: String
    let reason: String?
    let reasonLabel: String
    let missing: [MissingFact]
    let hasMissing: Bool
    let evidence: [EvidenceView]
    let checks: [CheckView]
    let references: String?

    struct MissingFact {
        let name: String
        let argument: String
    }

    struct CheckView {
        let text: String
        let result: String
        let detail: String?
        let source: String?
    }

    /// `shown` maps evidence already on the page (symptom and first event) to where it is, so
    /// that a crash cited by several findings is shown once and pointed to after.
    init(_ finding: Finding, anchor: String, factPrefix: String, shown: inout [String: EvidenceView.SameAs]) {
        self.anchor = anchor
        rule = finding.rule
        kb = finding.kb
        title = finding.title
        severity = finding.severity.rawValue
        status = finding.status.rawValue
        isOpen = finding.status.isOpen
        fix = finding.fix.description
        fixNote = finding.fix.note
        summary = finding.summary
        remedy = finding.remedy
        reason = finding.reason
        reasonLabel = finding.status == .ruledOut ? "Ruled out because" : "Not confirmed because"
        missing = finding.missingFacts.map { MissingFact(name: $0, argument: "--fact \(factPrefix)\($0)=…") }
        hasMissing = !missing.isEmpty
        evidence = finding.evidence.map { item in
            let key = item.symptom + "|" + (item.first.map { $0.reference.description } ?? "")
            let view = EvidenceView(item, sameAs: shown[key])
            if shown[key] == nil { shown[key] = EvidenceView.SameAs(rule: finding.rule, anchor: anchor) }
            return view
        }
        checks = finding.checks.map { CheckView(text: $0.text, result: TruthText.word($0.truth), detail: $0.detail, source: $0.source) }
        references = finding.references.isEmpty ? nil : finding.references.joined(separator: ", ")
    }
}

/// The evidence for one symptom: the count, what the requirements made of it, the crashes, and
/// the events cited (first, samples, last), each with time, source, ID, place and message.
struct EvidenceView {
    let symptom: String
    let count: String
    let supporting: Bool
    let details: [String]
    let bugchecks: [String]
    let events: [EventView]
    let hasEvents: Bool
    let more: String?
    /// Where the same evidence is shown in full, when it is not here.
    let sameAs: SameAs?

    struct SameAs {
        let rule: String
        let anchor: String
    }

    struct EventView {
        let time: String
        let source: String
        let id: Int
        let type: String
        let place: String
        let excerpt: String?
    }

    init(_ item: EvidenceItem, sameAs: SameAs?) {
        self.sameAs = sameAs
        symptom = item.symptom
        count = ReadReportText.grouped(item.count)
        supporting = item.supporting
        details = item.details
        bugchecks = item.bugchecks.map { bugcheck in
            let name = bugcheck.code.value < 0x1000 ? bugcheck.code.symbolicName.map { " " + $0 } ?? "" : ""
            return "STOP \(bugcheck)\(name)"
        }
        var cited: [EvidenceEvent] = []
        for event in [item.first].compactMap({ $0 }) + item.samples + [item.last].compactMap({ $0 })
        where !cited.contains(where: { $0.reference == event.reference }) {
            cited.append(event)
        }
        events = cited.map { event in
            let reference = event.reference
            var place = DiagnosisText.fileName(reference.file)
            if let record = reference.record { place += " record \(record)" } else if let line = reference.line { place += " line \(line)" }
            return EventView(time: reference.time?.iso8601 ?? "no time", source: reference.source, id: Int(reference.id),
                             type: event.type.name, place: place, excerpt: event.excerpt)
        }
        hasEvents = !events.isEmpty
        more = !cited.isEmpty && item.count > cited.count ? "and \(ReadReportText.grouped(item.count - cited.count)) more" : nil
    }
}
