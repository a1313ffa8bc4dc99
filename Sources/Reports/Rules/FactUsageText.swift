import Diagnosis

/// `ntdiag rules facts`: the facts the rules use, how many rules each decides, and a commented
/// facts file to start from (`--write-template`).
public enum FactUsageText {
    public static func list(_ usage: [FactUsage]) -> String {
        let width = (usage.map(\.fact.count).max() ?? 0) + 2
        var out = [RuleText.pad("FACT", width) + RuleText.pad("RULES", 7) + "HOW THE RULES TEST IT"]
        for entry in usage {
            let tests = entry.tests.prefix(3).joined(separator: "; ") + (entry.tests.count > 3 ? "; …" : "")
            out.append(RuleText.pad(entry.fact, width) + RuleText.pad(String(entry.rules.count), 7) + tests)
        }
        out.append("")
        out.append("Give facts with --fact NAME=VALUE or a facts file (--facts FILE); `ntdiag rules facts --write-template FILE` writes one to fill in.")
        return out.joined(separator: "\n") + "\n"
    }

    /// A facts file with every fact the rules use commented out, the most decisive first, each
    /// explained, and an example host section.
    public static func template(_ usage: [FactUsage], ruleCount: Int) -> String {
        var out: [String] = [
            "# ntdiag facts file: what you know about your machines that their logs may not say.",
            "# Written by `ntdiag rules facts --write-template` from the \(ruleCount) rules; the facts that decide",
            "# the most rules come first. Uncomment the lines you know and set their values; leave the rest:",
            "# an unknown fact only keeps a finding `likely` instead of `confirmed`.",
            "#",
            "# Use it with logs:        ntdiag analyze --facts inventory.yaml System.evt",
            "# or alone, as a scanner:  ntdiag analyze --facts inventory.yaml",
            "# (without logs, ntdiag reports each host's `exposed` findings: defects its facts put it at risk of).",
            "#",
            "# `defaults:` apply to every machine; a section under `hosts:` (by computer name) wins over them.",
            "",
            "defaults:",
        ]
        for entry in usage {
            out.append("")
            var header = "  # \(entry.fact): decides \(entry.rules.count) rule\(entry.rules.count == 1 ? "" : "s")"
            if entry.rules.count <= 6 { header += " (\(entry.rules.joined(separator: ", ")))" }
            out.append(header)
            if let explanation = entry.explanation { out += wrap(explanation, prefix: "  #   ") }
            out += wrap("tested as: " + entry.tests.prefix(4).joined(separator: "; ") + (entry.tests.count > 4 ? "; …" : ""), prefix: "  #   ")
            out.append("  # \(entry.fact): \(entry.example)")
        }
        let canonicalUnused = FactName.ordered.filter { name in !usage.contains { $0.fact == name } }
        if !canonicalUnused.isEmpty {
            out.append("")
            out.append("  # Read from the logs, and no rule tests them directly (give them to correct the logs):")
            for name in canonicalUnused {
                out += wrap("\(name): " + (FactName.explanations[name] ?? ""), prefix: "  #   ")
            }
        }
        out += [
            "",
            "# One section per machine, by computer name (case and DNS domain ignored):",
            "# hosts:",
            "#   NTSRV01:",
            "#     service_pack: 3",
            "#     architecture: x86",
            "#     processors: multiprocessor",
            "#     services: [Server, WINS, DHCP Server]",
            "#     users: 450",
            "#   ALPHA2:",
            "#     architecture: alpha",
            "#     service_pack: 6a",
            "#     hotfixes: [Q246009]",
        ]
        return out.joined(separator: "\n") + "\n"
    }

    static func wrap(_ text: String, prefix: String, width: Int = 100) -> [String] {
        var lines: [String] = []
        var line = prefix
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > width && line != prefix {
                lines.append(line)
                line = prefix
            }
            line += (line == prefix ? "" : " ") + word
        }
        if line != prefix { lines.append(line) }
        return lines
    }
}
