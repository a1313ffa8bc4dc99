import Diagnosis
import EventLog

/// `ntdiag history` for people: the machines and runs the history holds, and one machine's
/// timeline week by week.
public enum HistoryText {
    public static func hosts(_ hosts: [HistoryHostSummary]) -> String {
        guard !hosts.isEmpty else { return "The history holds no machine yet.\n" }
        var out = [pad("HOST", 18) + pad("RUNS", 6) + pad("LOGS FROM", 22) + pad("LOGS TO", 22) + "LAST RUN"]
        for host in hosts {
            out.append(pad(host.computer, 18) + pad(String(host.runs), 6) + pad(time(host.first, host.isUTC), 22) + pad(time(host.last, host.isUTC), 22) + host.lastRun)
        }
        return out.joined(separator: "\n") + "\n"
    }

    public static func runs(_ runs: [HistoryRunSummary]) -> String {
        guard !runs.isEmpty else { return "The history holds no run yet.\n" }
        var out = [pad("RUN", 6) + pad("DATE", 22) + pad("COMMAND", 9) + pad("OPEN", 6) + "MACHINES AND INPUTS"]
        for run in runs {
            out.append(pad(String(run.id), 6) + pad(run.date, 22) + pad(run.command, 9) + pad(String(run.openFindings), 6)
                       + run.hosts.joined(separator: ", ") + " (\(run.inputs.count) input\(run.inputs.count == 1 ? "" : "s"))")
        }
        return out.joined(separator: "\n") + "\n"
    }

    public static func timeline(_ timeline: HistoryTimeline, style: TextStyle = TextStyle()) -> String {
        var out = [style.bold("\(timeline.computer): \(timeline.runs.count) run\(timeline.runs.count == 1 ? "" : "s") in the history")]
        let rules = Array(Set(timeline.weeks.flatMap { $0.matched.keys })).sorted()
        out.append("")
        out.append(style.bold("Week by week") + style.dim(" (weeks start on Monday; '-' marks a week no log covers)"))
        out.append("  " + pad("WEEK", 12) + pad("DAYS", 6) + pad("EVENTS", 9) + pad("BOOTS", 7) + pad("UNCLEAN", 9) + rules.map { pad($0, 9) }.joined())
        for week in timeline.weeks {
            let covered = week.coveredDays > 0
            var line = "  " + pad(WeeklyCounts.dayText(week.start), 12) + pad(covered ? String(week.coveredDays) : "-", 6)
            line += pad(covered || week.events > 0 ? String(week.events) : "-", 9) + pad(String(week.boots), 7) + pad(String(week.uncleanShutdowns), 9)
            line += rules.map { pad(String(week.matched[$0] ?? 0), 9) }.joined()
            out.append(line)
        }
        out.append("")
        out.append(style.bold("Findings over time"))
        for run in timeline.runs {
            let span = [run.first, run.last].compactMap { $0 }.map { time($0, timeline.isUTC).prefix(10) }.joined(separator: " to ")
            let open = run.findings.filter { ["confirmed", "likely", "exposed"].contains($0.status) }
            let text = open.isEmpty ? "no open finding" : open.map { "\($0.rule) \($0.status)" }.joined(separator: ", ")
            let logs = span.isEmpty ? "no event log" : "logs " + span
            out += style.wrap(text, indent: "      ", firstIndent: "  run \(run.id) (\(run.date.prefix(10)); \(logs)): ")
        }
        if !timeline.counters.isEmpty {
            out.append("")
            out.append(style.bold("Counters"))
            for trend in timeline.counters {
                out.append("  " + trend.counter + "  " + Sparkline.render(trend.points.map(\.mean)))
                out += style.wrap(trend.summary, indent: "    ")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func time(_ seconds: Int64?, _ isUTC: Bool) -> String {
        seconds.map { EventTime(seconds: $0, isUTC: isUTC).iso8601 } ?? "-"
    }

    static func pad(_ text: String, _ width: Int) -> String { DiagnosisText.pad(text, width) }
}

/// `ntdiag history --format json`.
public enum HistoryJSON {
    public static func hosts(_ hosts: [HistoryHostSummary]) -> String {
        JSONValue.array(hosts.map { host in
            .object([("host", .string(host.host)), ("computer", .string(host.computer)), ("runs", .integer(Int64(host.runs))),
                     ("logs_from", .optional(host.first.map { HistoryText.time($0, host.isUTC) })),
                     ("logs_to", .optional(host.last.map { HistoryText.time($0, host.isUTC) })), ("last_run", .string(host.lastRun))])
        }).rendered() + "\n"
    }

    public static func runs(_ runs: [HistoryRunSummary]) -> String {
        JSONValue.array(runs.map { run in
            .object([("run", .integer(run.id)), ("date", .string(run.date)), ("command", .string(run.command)),
                     ("hosts", .array(run.hosts.map(JSONValue.string))), ("inputs", .array(run.inputs.map(JSONValue.string))),
                     ("open_findings", .integer(Int64(run.openFindings)))])
        }).rendered() + "\n"
    }

    public static func timeline(_ timeline: HistoryTimeline) -> String {
        JSONValue.object([
            ("host", .string(timeline.host)),
            ("computer", .string(timeline.computer)),
            ("weeks", .array(timeline.weeks.map { week in
                .object([("week", .string(WeeklyCounts.dayText(week.start))), ("covered_days", .integer(Int64(week.coveredDays))),
                         ("events", .integer(Int64(week.events))), ("boots", .integer(Int64(week.boots))),
                         ("unclean_shutdowns", .integer(Int64(week.uncleanShutdowns))),
                         ("matched", .object(week.matched.sorted { $0.key < $1.key }.map { ($0.key, .integer(Int64($0.value))) }))])
            })),
            ("runs", .array(timeline.runs.map { run in
                .object([("run", .integer(run.id)), ("date", .string(run.date)),
                         ("logs_from", .optional(run.first.map { HistoryText.time($0, timeline.isUTC) })),
                         ("logs_to", .optional(run.last.map { HistoryText.time($0, timeline.isUTC) })),
                         ("findings", .array(run.findings.map { .object([("rule", .string($0.rule)), ("status", .string($0.status)), ("title", .string($0.title))]) }))])
            })),
            ("counters", .array(timeline.counters.map(TrendsJSON.counter))),
        ]).rendered() + "\n"
    }
}
