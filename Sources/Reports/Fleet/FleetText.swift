import Diagnosis

/// The fleet part of `ntdiag audit --format text`: what to install where, the service packs,
/// the defects spread over several machines, the files skipped and the duplicates removed.
/// The machines follow, as `DiagnosisText` renders them.
public enum FleetText {
    public static func render(_ result: DiagnosisResult, style: TextStyle = TextStyle()) -> String {
        summary(result, style: style).joined(separator: "\n") + "\n\n" + DiagnosisText.render(result, style: style)
    }

    /// The lines of the fleet summary (also what `audit` prints when it writes HTML to a file).
    public static func summary(_ result: DiagnosisResult, style: TextStyle = TextStyle()) -> [String] {
        let fleet = FleetSummary(hosts: result.hosts)
        var out = [style.bold("Fleet: \(DiagnosisText.count(fleet.hostCount, "machine")) in \(DiagnosisText.count(result.inputs.count, "file"))")]
        if fleet.hostCount > 0 { out += style.wrap(capitalised(fleet.sentence) + ".", indent: "  ") }
        for group in fleet.installs {
            out += style.wrap("Install \(group.label): " + group.hosts.sorted().joined(separator: ", "), indent: "    ", firstIndent: "  ")
        }
        for group in fleet.hotfixes {
            out += style.wrap("Hotfix \(group.label): " + group.hosts.sorted().joined(separator: ", "), indent: "    ", firstIndent: "  ")
        }
        if !fleet.servicePacks.isEmpty {
            out += style.wrap("Service packs: " + fleet.servicePacks.map { "\($0.label) × \($0.hosts.count)" }.joined(separator: ", "),
                              indent: "    ", firstIndent: "  ")
        }
        let open = fleet.defects.filter { $0.openCount > 0 }
        if !open.isEmpty { out.append("  Defects:") }
        for spread in open {
            let counts = FindingStatus.allCases.filter { $0.isOpen }.compactMap { status in
                spread.hosts[status].map { "\(status.rawValue) on \($0.count)" }
            }
            out += style.wrap("\(spread.rule)  \(spread.title) (\(counts.joined(separator: ", ")); fixed in \(spread.fix))",
                              indent: "      ", firstIndent: "    ")
        }
        if let discovery = result.discovery {
            for file in discovery.skipped { out += style.wrap("skipped \(file.path): \(file.reason)", indent: "    ", firstIndent: "  ") }
            for duplicate in discovery.duplicates {
                out += style.wrap("\(duplicate.path): \(DiagnosisText.count(duplicate.count, "event")) already read from "
                                  + duplicate.alreadyIn.joined(separator: ", ") + ", counted once", indent: "    ", firstIndent: "  ")
            }
        }
        return out
    }

    /// What a terminal gets when the HTML report went to a file: the fleet summary for an
    /// audit, one verdict line per machine otherwise.
    public static func terminalSummary(_ result: DiagnosisResult) -> [String] {
        result.discovery == nil ? result.hosts.map { $0.computer + ": " + DiagnosisText.verdict($0) } : summary(result)
    }

    private static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
