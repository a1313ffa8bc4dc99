import Diagnosis
import EventLog

/// `ntdiag analyze` for people: for each machine, what is known about it and from where, what
/// was found and how sure that is, the evidence, which fact would settle a `likely`, and what to
/// install — the diagnosis a colleague would write.
public enum DiagnosisText {
    public static func render(_ result: DiagnosisResult, style: TextStyle = TextStyle()) -> String {
        var out: [String] = []
        let files = result.inputs.count
        let machines = result.hosts.count
        if result.factsOnly {
            out.append(style.bold("ntdiag: \(count(machines, "machine")) checked from their facts alone (no logs read), \(count(result.rulesApplied, "rule")) applied"))
            out += style.wrap("Without logs no symptom can be seen: a defect is reported as exposed when every condition of its rule is known to hold, including one about the machine itself.", indent: "  ")
        } else {
            out.append(style.bold("ntdiag: \(count(machines, "machine")) in \(count(files, "file")), \(count(result.rulesApplied, "rule")) applied"))
        }
        for input in result.inputs { out.append("  " + ReadReportText.summaryLine(input)) }
        for problem in result.problems { out.append("  " + style.red("problem: ") + problem.description) }
        for note in result.notes { out.append("  note: " + note) }
        for host in result.hosts {
            out.append("")
            out += render(host, style: style, manyHosts: machines > 1, rulesApplied: result.rulesApplied)
        }
        if result.hosts.isEmpty {
            out.append("")
            out.append("No events were read, so there is nothing to diagnose.")
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func render(_ host: HostDiagnosis, style: TextStyle, manyHosts: Bool, rulesApplied: Int) -> [String] {
        var out: [String] = []
        var heading = host.files.isEmpty ? "\(host.computer): facts only"
            : "\(host.computer): \(ReadReportText.grouped(host.eventCount)) event\(host.eventCount == 1 ? "" : "s")"
        let counters = host.trends.counters.count + host.trends.otherCounters.count
        if counters > 0 { heading += " and \(ReadReportText.grouped(counters)) counter\(counters == 1 ? "" : "s")" }
        if let first = host.firstTime, let last = host.lastTime { heading += " from \(first.iso8601) to \(last.iso8601)" }
        out.append(style.bold(heading))
        out.append(style.dim(String(repeating: "=", count: min(heading.count, style.width))))
        out += style.wrap(verdict(host), indent: "  ", firstIndent: "")
        out.append("")
        out += facts(host, style: style)
        out.append("")
        out += findings(host, style: style, manyHosts: manyHosts, rulesApplied: rulesApplied)
        out.append("")
        if !host.differentials.isEmpty {
            out += DifferentialText.render(host.differentials, host: host, style: style, manyHosts: manyHosts)
            out.append("")
        }
        if !host.trends.isEmpty {
            out += TrendsText.render(host.trends, style: style)
            out.append("")
        }
        out += recommendation(host, style: style)
        return out
    }

    /// One sentence: what was found and what to do.
    static func verdict(_ host: HostDiagnosis) -> String {
        var counts: [String] = []
        for status in [FindingStatus.confirmed, .likely, .exposed] {
            let ids = host.findings.filter { $0.status == status }.map(\.rule)
            guard !ids.isEmpty else { continue }
            let plural = ids.count == 1 ? "" : "s"
            let noun = status == .exposed ? "defect\(plural) it is exposed to" : "\(status.rawValue) defect\(plural)"
            counts.append("\(ids.count) \(noun) (\(ids.joined(separator: ", ")))")
        }
        let ruledOut = host.findings.filter { $0.status == .ruledOut }.count
        var text = "In short: " + (counts.isEmpty ? "no known defect found" : counts.joined(separator: ", "))
        if ruledOut > 0 { text += "; \(ruledOut) ruled out" }
        let recommendation = host.recommendation
        if let install = recommendation.install {
            text += ". Install \(install.longName)"
            if let minimum = recommendation.minimum, minimum != install { text += " (\(minimum.longName) at least)" }
        } else if recommendation.isEmpty {
            text += ". Nothing to install"
        }
        if !recommendation.hotfixes.isEmpty {
            text += (recommendation.install == nil ? ". Apply " : ", then ") + "hotfix " + recommendation.hotfixes.map(\.hotfix).joined(separator: ", ")
        }
        return text + "."
    }

    // MARK: Facts

    static let factNameWidth = 18
    static let factValueWidth = 12

    static func facts(_ host: HostDiagnosis, style: TextStyle) -> [String] {
        var out = [style.bold("What the logs and the given facts say")]
        var facts = host.facts.all
        if facts.isEmpty { out.append("  Nothing: the logs hold no version, boot, crash or service events, and no facts were given.") }
        if host.facts[FactName.servicePack] == nil {
            facts.insert(Fact(name: FactName.servicePack, value: .text("unknown"),
                              source: .inferred("no 6009 and no boots in the logs; give it with --fact service_pack=N", nil)), at: 0)
        }
        let sourceIndent = String(repeating: " ", count: 2 + factNameWidth + factValueWidth)
        for fact in facts {
            let source = (fact.source.isGiven ? "given in " : "") + fact.source.description
            let value = fact.value.description
            if value.count < factValueWidth {
                out += style.wrap(source, indent: sourceIndent, firstIndent: "  " + pad(fact.name, factNameWidth) + pad(value, factValueWidth))
            } else {
                out += style.wrap(value, indent: "  " + String(repeating: " ", count: factNameWidth), firstIndent: "  " + pad(fact.name, factNameWidth))
                out += style.wrap(source, indent: sourceIndent)
            }
        }
        for note in host.facts.notes { out += style.wrap("Note: " + note, indent: "    ", firstIndent: "  ") }
        for conflict in host.facts.conflicts { out += style.wrap("Conflict: " + conflict.description, indent: "    ", firstIndent: "  ").map { style.yellow($0) } }
        return out
    }

    // MARK: Findings

    static func findings(_ host: HostDiagnosis, style: TextStyle, manyHosts: Bool, rulesApplied: Int) -> [String] {
        let open = host.findings.filter { $0.status.isOpen }
        let ruledOut = host.findings.filter { !$0.status.isOpen }
        var out = [style.bold("Findings")]
        if host.findings.isEmpty {
            out.append(host.files.isEmpty ? "  None: no known fact puts the machine at risk of the \(rulesApplied) known defects."
                       : "  None: nothing in these logs matches the \(rulesApplied) known defects, and no known fact puts the machine at risk.")
            return out
        }
        var shown: Set<String> = []
        if open.isEmpty { out.append("  None open.") }
        for finding in open { out += render(finding, host: host, style: style, manyHosts: manyHosts, shown: &shown) }
        if !ruledOut.isEmpty {
            out.append("")
            out.append(style.bold("Considered and ruled out"))
            for finding in ruledOut { out += render(finding, host: host, style: style, manyHosts: manyHosts, shown: &shown) }
        }
        return out
    }

    static let labelWidth = 12
    static let fieldWidth = 11

    static func render(_ finding: Finding, host: HostDiagnosis, style: TextStyle, manyHosts: Bool, shown: inout Set<String>) -> [String] {
        let indent = String(repeating: " ", count: 2 + labelWidth)
        let continued = indent + pad("", fieldWidth)
        func field(_ label: String, _ text: String) -> [String] { style.wrap(text, indent: continued, firstIndent: indent + pad(label, fieldWidth)) }
        var out = [""]
        out.append("  " + statusLabel(finding.status, style: style) + style.bold(finding.rule + "  " + finding.title))
        var fixText = "fixed in \(finding.fix)"
        if let note = finding.fix.note { fixText += " (\(note))" }
        out += style.wrap("severity \(finding.severity.rawValue) · \(fixText)", indent: indent).map { style.dim($0) }
        if finding.status != .ruledOut { out += style.wrap(finding.summary, indent: indent) }
        for item in finding.evidence {
            let key = item.symptom + "|" + (item.first.map { $0.reference.description } ?? "")
            if shown.contains(key) {
                out += field("Seen", item.symptom + (item.countsEvents ? " × \(item.count)" : "") + ", as above")
            } else {
                shown.insert(key)
                out += evidence(item, indent: indent, style: style)
            }
        }
        if let reason = finding.reason { out += field(finding.status == .ruledOut ? "Because" : "But", reason) }
        if finding.status != .ruledOut {
            let conditions = finding.checks.filter { $0.fact != nil && $0.fact != FactName.osVersion && $0.fact != FactName.edition }
            for check in conditions where check.truth == .yes {
                let value = check.detail.map { " (\(check.fact ?? "it") is \($0))" } ?? ""
                let redundant = check.detail.map { check.text.contains($0) } ?? true
                    || check.fact == FactName.services || check.fact == FactName.hotfixes
                out += field("Holds", check.text + (redundant ? "" : value))
            }
            let unknown = conditions.filter { $0.truth == .unknown && finding.missingFacts.contains($0.fact ?? "") }
            if !unknown.isEmpty { out += field("Unknown", unknown.map { $0.text + "?" }.joined(separator: " ")) }
            if !finding.missingFacts.isEmpty {
                let prefix = manyHosts ? host.key.value + ":" : ""
                let ordered = unknown.compactMap(\.fact) + finding.missingFacts.filter { name in !unknown.contains { $0.fact == name } }
                out += field("Settle it", ordered.map { "--fact \(prefix)\($0)=…" }.joined(separator: " ") + ", or a facts file (--facts FILE)")
            }
            out += field("Remedy", finding.remedy)
        }
        return out
    }

    static func statusLabel(_ status: FindingStatus, style: TextStyle) -> String {
        let text = pad(status.rawValue.uppercased(), labelWidth)
        switch status {
        case .confirmed: return style.red(text)
        case .likely: return style.yellow(text)
        case .exposed: return style.magenta(text)
        case .ruledOut: return style.green(text)
        }
    }

    static func evidence(_ item: EvidenceItem, indent: String, style: TextStyle) -> [String] {
        let continued = indent + pad("", fieldWidth)
        var text = item.symptom + (item.countsEvents ? " × \(item.count)" : "")
        if item.supporting { text += " (supporting)" }
        if let first = item.first {
            text += item.count > 1 || item.last?.reference != first.reference ? ": first " + where_(first) : ": " + where_(first)
            if let last = item.last, last.reference != first.reference { text += ", last " + where_(last) }
        }
        var out = style.wrap(text, indent: continued, firstIndent: indent + pad("Seen", fieldWidth))
        for bugcheck in item.bugchecks {
            let name = bugcheck.code.value < 0x1000 ? bugcheck.code.symbolicName.map { " " + $0 } ?? "" : ""
            out += style.wrap("STOP \(bugcheck)\(name)", indent: continued)
        }
        for detail in item.details { out += style.wrap(detail, indent: continued) }
        if item.bugchecks.isEmpty, let excerpt = (item.first ?? item.samples.first)?.excerpt {
            out += style.wrap("“" + excerpt + "”", indent: continued + " ", firstIndent: continued).map { style.dim($0) }
        }
        return out
    }

    /// `1999-03-10T09:12:00Z (record 402, System.xml)`.
    static func where_(_ event: EvidenceEvent) -> String {
        let reference = event.reference
        var parts: [String] = []
        if let record = reference.record { parts.append("record \(record)") } else if let line = reference.line { parts.append("line \(line)") }
        parts.append(fileName(reference.file))
        return (reference.time?.iso8601 ?? "no time") + " (" + parts.joined(separator: ", ") + ")"
    }

    // MARK: Recommendation

    static func recommendation(_ host: HostDiagnosis, style: TextStyle) -> [String] {
        let recommendation = host.recommendation
        var out = [style.bold("What to install")]
        if recommendation.isEmpty {
            let anyFinding = !host.findings.isEmpty
            out.append("  Nothing" + (anyFinding ? ": every finding is ruled out or already fixed." : "."))
            return out
        }
        if let install = recommendation.install {
            var line = "\(install.longName), the latest service pack for Windows NT 4.0."
            if let minimum = recommendation.minimum, minimum != install {
                line += " \(minimum.longName) is the minimum that fixes what was found; service packs are cumulative, so the latest fixes it too."
            }
            if let current = recommendation.current, current.contains(.latest), !current.isExact {
                line += " (If \(ServicePack.latest.longName) is already installed, skip it: event 6009 cannot tell 6 from 6a.)"
            }
            out += style.wrap(line, indent: "  ")
        } else if let minimum = recommendation.minimum {
            out += style.wrap("\(minimum.longName) is already installed.", indent: "  ")
        }
        for hotfix in recommendation.hotfixes {
            var line = "Then apply hotfix \(hotfix.hotfix)"
            if let requires = hotfix.requires { line += " (it needs \(requires.longName))" }
            line += ", for " + hotfix.rules.joined(separator: ", ") + "."
            out += style.wrap(line, indent: "  ")
        }
        out.append("  It resolves:")
        let ruleWidth = (recommendation.resolves.map(\.rule.count).max() ?? 0) + 2
        let byWidth = (recommendation.resolves.map(\.by.count).max() ?? 0) + 2
        for resolution in recommendation.resolves {
            out.append("    " + pad(resolution.rule, ruleWidth) + pad(resolution.status.rawValue, 11) + pad(resolution.by, byWidth) + resolution.title)
        }
        return out
    }

    // MARK: Helpers

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    static func count(_ value: Int, _ noun: String) -> String {
        "\(ReadReportText.grouped(value)) \(noun)\(value == 1 ? "" : "s")"
    }

    static func fileName(_ path: String) -> String {
        guard let slash = path.lastIndex(where: { $0 == "/" || $0 == "\\" }) else { return path }
        return String(path[path.index(after: slash)...])
    }
}
