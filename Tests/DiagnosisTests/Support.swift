import EventLog
@testable import Diagnosis

/// Small helpers shared by the Diagnosis tests: times, events and one-machine diagnoses.
enum Fixture {
    static let host = "NTSRV01"

    /// A local wall-clock time on a day of 1999 (`day` counts from 1 March).
    static func time(day: Int, hour: Int = 9, minute: Int = 0) -> EventTime {
        EventTime(seconds: 920_246_400 + Int64(day - 1) * 86_400 + Int64(hour * 3600 + minute * 60), isUTC: false)
    }

    static func event(_ source: String, _ id: UInt16, day: Int, hour: Int = 9, minute: Int = 0, strings: [String] = [],
                      message: String? = nil, type: EventType = .information, record: UInt64? = nil) -> Event {
        Event(source: source, id: id, type: type, timeGenerated: time(day: day, hour: hour, minute: minute), recordNumber: record,
              log: "System", computer: host, strings: strings, message: message)
    }

    static func boot(day: Int, hour: Int = 8) -> Event {
        var event = TestEvents.boot(computer: host)
        event.timeGenerated = time(day: day, hour: hour)
        return event
    }

    static func version(_ text: String, day: Int) -> Event {
        var event = TestEvents.systemVersion(text, computer: host)
        event.timeGenerated = time(day: day, hour: 8, minute: 1)
        return event
    }

    static func crash(_ bugcheck: String, day: Int) -> Event {
        var event = TestEvents.saveDump(bugcheck, computer: host)
        event.timeGenerated = time(day: day, hour: 8, minute: 2)
        return event
    }

    static func service(_ name: String, _ state: String, day: Int, hour: Int = 12, minute: Int = 0) -> Event {
        var event = TestEvents.serviceState(name, state: state, computer: host)
        event.timeGenerated = time(day: day, hour: hour, minute: minute)
        return event
    }

    /// Rules parsed from YAML texts (each must load cleanly).
    static func rules(_ texts: String...) -> RuleSet {
        RuleSet.parse(texts.enumerated().map { (path: "test\($0.offset).yaml", text: $0.element) })
    }

    /// The diagnosis of one machine from events and `name=value` facts.
    static func diagnose(_ events: [Event], rules: RuleSet, facts: [String] = []) -> HostDiagnosis? {
        var given = GivenFacts()
        for argument in facts {
            if case .success(let parsed) = FactArgument.parse(argument) { given.addDefaults([parsed.fact]) }
        }
        var session = DiagnosisSession(rules: rules, given: given)
        for event in events { session.add(event, file: "System.xml") }
        return session.finish(inputs: []).hosts.first
    }

    /// A minimal valid rule with the given symptoms and conditions (YAML fragments).
    static func rule(id: String = "Q100001", symptoms: String, conditions: String = "", fixedIn: String = "SP4", extra: String = "") -> String {
        """
        id: \(id)
        title: test rule
        summary: a rule for tests
        remedy: install the fix
        severity: high
        symptoms:
        \(symptoms)
        \(conditions.isEmpty ? "" : "conditions:\n" + conditions)
        fixed_in: \(fixedIn)
        \(extra)
        tests:
          - name: positive
            facts: { service_pack: 3 }
            events: []
            expect: exposed
          - name: negative
            expect: none
        """
    }
}
