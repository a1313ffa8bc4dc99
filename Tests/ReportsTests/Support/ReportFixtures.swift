import Diagnosis
import EventLog
@testable import Reports

/// Diagnoses built in code for the report tests: a small fleet with findings of every kind,
/// and a machine whose log was written by someone hostile.
enum ReportFixtures {
    static let header = ReportHeader(commandLine: "ntdiag audit fleet --format html", version: "9.9.9", rulesApplied: 29, generated: 0)

    static func time(day: Int, hour: Int = 9) -> EventTime {
        EventTime(year: 1999, month: 3, day: day, hour: hour, isUTC: true)!
    }

    static func event(_ computer: String, _ source: String, _ id: UInt16, day: Int, hour: Int = 9, record: UInt64,
                      strings: [String] = [], message: String? = nil, type: EventType = .information) -> Event {
        Event(source: source, id: id, type: type, timeGenerated: time(day: day, hour: hour), recordNumber: record, log: "System",
              computer: computer, strings: strings, message: message)
    }

    /// FILESRV1 (Srv 2020 after nine days, likely), PRINT01 (SP5, LPR 2004, confirmed),
    /// SQL01 (SP6a, nothing), each in its own file; an audit's discovery with a skipped file.
    static func fleet(rules: RuleSet = RuleSet.builtIn(), facts: [String] = []) -> DiagnosisResult {
        var given = GivenFacts()
        for argument in facts {
            if case .success(let parsed) = FactArgument.parse(argument) {
                if let host = parsed.host { given.add([parsed.fact], host: host) } else { given.addDefaults([parsed.fact]) }
            }
        }
        var session = DiagnosisSession(rules: rules, given: given)
        let logs: [(String, [Event])] = [
            ("filesrv1/System.xml", [
                event("FILESRV1", "EventLog", 6005, day: 1, hour: 8, record: 1),
                event("FILESRV1", "Srv", 2020, day: 10, record: 2, message: "The server was unable to allocate from the system paged pool.", type: .error),
                event("FILESRV1", "Srv", 2020, day: 11, record: 3, message: "The server was unable to allocate from the system paged pool.", type: .error),
            ]),
            ("print01/System.xml", [
                event("PRINT01", "EventLog", 6005, day: 2, hour: 7, record: 1),
                event("PRINT01", "EventLog", 6009, day: 2, hour: 7, record: 2, strings: ["4.0", "1381", "Service Pack 5", "Uniprocessor Free"]),
                event("PRINT01", "LPR Print Monitor", 2004, day: 5, record: 3, message: "The job was not accepted.", type: .warning),
            ]),
            ("sql01/System.xml", [
                event("SQL01", "EventLog", 6005, day: 3, hour: 6, record: 1),
                event("SQL01", "EventLog", 6009, day: 3, hour: 6, record: 2, strings: ["4.0", "1381", "Service Pack 6", "Uniprocessor Free"]),
            ]),
        ]
        var reports: [ReadReport] = []
        for (path, events) in logs {
            for event in events { session.add(event, file: path) }
            var report = ReadReport(path: path)
            report.format = .eventXML
            report.encoding = .utf8
            report.events = events.count
            reports.append(report)
        }
        var result = session.finish(inputs: reports)
        result.discovery = FileDiscovery(roots: ["fleet"], skipped: [SkippedFile(path: "fleet/README.txt", reason: "not an event log")],
                                         duplicates: [DuplicateEvents(path: "fleet/filesrv1/System-2.xml", count: 4, alreadyIn: ["fleet/filesrv1/System.xml"])])
        return result
    }

    static let script = "<script>alert(1)</script>"
    static let image = "\"><img src=x onerror=alert(1)>"

    /// A rule that matches event 4242 from any source, so hostile sources reach the evidence.
    static let anySourceRule = RuleSet.parse([(path: "Rules/Q999999.yaml", text: """
        id: Q999999
        title: Event 4242 from anywhere
        summary: Test rule.
        remedy: Install the latest service pack.
        severity: high
        symptoms:
          - event:
              id: 4242
        fixed_in: SP4
        tests:
          - name: seen
            events:
              - { time: 1999-03-01T08:00:00, source: Anything, id: 4242 }
            expect: likely
          - name: not seen
            events:
              - { time: 1999-03-01T08:00:00, source: Anything, id: 1 }
            expect: none
        """)])

    /// A machine whose computer name, sources and messages carry markup and script.
    static func hostile() -> DiagnosisResult {
        let rules = anySourceRule
        var session = DiagnosisSession(rules: rules)
        let computer = script + image
        let events = [
            event(computer, "EventLog", 6005, day: 1, record: 1, message: script + image),
            event(computer, script + image, 4242, day: 2, record: 2, strings: [script, image], message: "Message " + script + image, type: .error),
            event(computer, "Service Control Manager", 7036, day: 3, record: 3, strings: [image + script, "running"]),
        ]
        for event in events { session.add(event, file: "logs/" + image + ".xml") }
        var report = ReadReport(path: "logs/" + image + ".xml")
        report.format = .eventXML
        report.events = events.count
        report.add(ReadProblem(.line(3), "unexpected " + script + image))
        var result = session.finish(inputs: [report])
        result.discovery = FileDiscovery(roots: ["logs"], skipped: [SkippedFile(path: "logs/" + script, reason: "not an event log: " + image)],
                                         duplicates: [])
        return result
    }
}
