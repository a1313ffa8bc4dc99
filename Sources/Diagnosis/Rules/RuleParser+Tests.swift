import EventLog

extension RuleParser {
    static let testKeys = ["name", "computer", "events", "facts", "expect", "reason", "missing"]
    static let testEventKeys = [
        "time", "source", "id", "type", "log", "computer", "strings", "message", "record", "repeat", "every",
        "boot", "shutdown", "system", "bugcheck", "service", "state", "counter", "value", "rise", "wobble",
    ]

    mutating func parseTests(_ node: YAMLNode) -> [RuleTestCase] {
        guard case .list(let items, _) = node else {
            reader.problem(node.line, "tests must be a list, not \(node.kindName)", hint: "start each with '- name: …'")
            return []
        }
        let cases = items.compactMap { parseTest($0) }
        if cases.count == items.count {
            if !cases.contains(where: { $0.expectation.isPositive }) {
                reader.problem(node.line, "the tests have no positive case", hint: "add a case that expects confirmed, likely or exposed")
            }
            if !cases.contains(where: { !$0.expectation.isPositive }) {
                reader.problem(node.line, "the tests have no negative case", hint: "add a case that expects ruled-out or none")
            }
        }
        return cases
    }

    mutating func parseTest(_ node: YAMLNode) -> RuleTestCase? {
        guard let fields = reader.map(node, "a test case", allowed: RuleParser.testKeys) else { return nil }
        let name = reader.text(fields, "name", in: "a test case", required: true, at: node.line) ?? "line \(node.line)"
        let computer = reader.text(fields, "computer", in: "a test case", at: node.line) ?? "TESTHOST"
        var expectation = RuleTestCase.Expectation.nothing
        if let text = reader.text(fields, "expect", in: "a test case", required: true, at: node.line) {
            if let status = FindingStatus(rawValue: text.lowercased()) { expectation = .status(status) } else if text.lowercased() == "none" {
                expectation = .nothing
            } else {
                reader.problem(fields["expect"]?.line ?? node.line, "unknown status '\(text)'", hint: "confirmed, likely, exposed, ruled-out or none")
            }
        }
        var events: [Event] = []
        var counters: [String: CounterSeries] = [:]
        if let entry = fields["events"] {
            if case .list(let items, _) = entry.value {
                for item in items {
                    if case .map(let entries, _) = item, entries.contains(where: { $0.key == "counter" }) {
                        if let (name, series) = parseTestCounter(item) { counters[name, default: CounterSeries(isUTC: series.isUTC)].merge(series) }
                        continue
                    }
                    events += parseTestEvents(item, computer: computer, nextRecord: UInt64(events.count + 1))
                }
            } else if !entry.value.isNull {
                reader.problem(entry.line, "events must be a list")
            }
        }
        let facts = fields["facts"].map { FactsFileParser.facts($0.value, "the facts of a test case", reader: &reader) { _ in .testCase } } ?? []
        let missing = fields["missing"].map { reader.texts($0.value, "missing") }
        return RuleTestCase(name: name, computer: computer, events: events, counters: counters, facts: facts, expectation: expectation,
                            reasonContains: reader.text(fields, "reason", in: "a test case", at: node.line), missingFacts: missing, line: node.line)
    }

    /// `{ time: …, counter: Memory\Pool Paged Bytes, value: 40MB, repeat: 500, every: 1h, rise: 12KB, wobble: 300KB }`:
    /// samples starting at `value`, each `rise` higher than the one before, with a fixed
    /// pseudo-random wobble of up to `wobble` either way.
    private mutating func parseTestCounter(_ node: YAMLNode) -> (String, CounterSeries)? {
        guard let fields = reader.map(node, "a test counter", allowed: RuleParser.testEventKeys) else { return nil }
        let line = node.line
        guard let name = reader.text(fields, "counter", in: "a test counter", required: true, at: line),
              let path = CounterPath(parsing: "\\" + name) else { return nil }
        guard let text = reader.text(fields, "time", in: "a test counter", required: true, at: line), let time = TimeText.parse(text) else {
            reader.problem(line, "a test counter needs a time", hint: "write 1999-03-01T08:00:00 (add Z for UTC)")
            return nil
        }
        func size(_ key: String) -> Double? {
            guard let text = reader.text(fields, key, in: "a test counter", at: line) else { return nil }
            guard let value = ByteSize.parse(text) else {
                reader.problem(fields[key]?.line ?? line, "'\(text)' is not a number or a size", hint: "e.g. 40MB, 12KB or 0.5")
                return nil
            }
            return value
        }
        let start = size("value") ?? 0, rise = size("rise") ?? 0, wobble = size("wobble") ?? 0
        let repeats = fields["repeat"].flatMap { reader.integer($0.value, "repeat", range: 1...100_000) } ?? 1
        let every = fields["every"].flatMap { reader.duration($0.value, "every") } ?? 3600
        var series = CounterSeries(isUTC: time.isUTC)
        for index in 0..<repeats {
            let noise = Double((index * 7919) % 23 - 11) / 11 * wobble
            series.add(seconds: time.seconds + Int64(index) * every, value: start + Double(index) * rise + noise)
        }
        return (CounterNames.canonical(path).name, series)
    }

    private mutating func parseTestEvents(_ node: YAMLNode, computer: String, nextRecord: UInt64) -> [Event] {
        guard let fields = reader.map(node, "a test event", allowed: RuleParser.testEventKeys) else { return [] }
        let line = node.line
        var time: EventTime?
        if let text = reader.text(fields, "time", in: "a test event", at: line) {
            time = TimeText.parse(text)
            if time == nil { reader.problem(fields["time"]?.line ?? line, "cannot read the time '\(text)'", hint: "write 1999-03-01T08:00:00 (add Z for UTC)") }
        }
        var event = Event(computer: computer)
        if fields["boot"] != nil {
            event = TestEvents.boot(computer: computer)
        } else if let text = reader.text(fields, "shutdown", in: "a test event", at: line) {
            guard let shutdown = TestEvents.shutdown(text, computer: computer) else {
                reader.problem(fields["shutdown"]?.line ?? line, "shutdown must be clean or unexpected")
                return []
            }
            event = shutdown
        } else if let text = reader.text(fields, "system", in: "a test event", at: line) {
            event = TestEvents.systemVersion(text, computer: computer)
        } else if let text = reader.text(fields, "bugcheck", in: "a test event", at: line) {
            guard BugcheckText.parse(text) != nil else {
                reader.problem(fields["bugcheck"]?.line ?? line, "cannot read the bugcheck '\(text)'", hint: "write 0xc000021a (0xe17c7fc8, 0x00000001, 0x00000000, 0x00000000)")
                return []
            }
            event = TestEvents.saveDump(text, computer: computer)
        } else if let service = reader.text(fields, "service", in: "a test event", at: line) {
            let state = reader.text(fields, "state", in: "a test event", required: true, at: line) ?? "running"
            event = TestEvents.serviceState(service, state: state, computer: computer)
        } else {
            guard let source = reader.text(fields, "source", in: "a test event", required: true, at: line),
                  let idEntry = fields["id"], let id = reader.integer(idEntry.value, "id", range: 0...65535) else {
                if fields["id"] == nil { reader.problem(line, "a test event needs 'id' (or boot, shutdown, system, bugcheck, service)") }
                return []
            }
            event.source = source
            event.id = UInt16(id)
        }
        if let text = reader.text(fields, "type", in: "a test event", at: line) {
            if let type = EventType(name: text) { event.type = type } else { reader.problem(fields["type"]?.line ?? line, "unknown event type '\(text)'") }
        }
        if let log = reader.text(fields, "log", in: "a test event", at: line) { event.log = log }
        if let name = reader.text(fields, "computer", in: "a test event", at: line) { event.computer = name }
        if let entry = fields["strings"] { event.strings = reader.texts(entry.value, "strings") }
        if let message = reader.text(fields, "message", in: "a test event", at: line) { event.message = message }
        event.timeGenerated = time
        event.origin = EventOrigin(line: line)
        var record = nextRecord
        if let entry = fields["record"], let value = reader.integer(entry.value, "record", range: 0...Int(Int32.max)) { record = UInt64(value) }
        let repeats = fields["repeat"].flatMap { reader.integer($0.value, "repeat", range: 1...100_000) } ?? 1
        let every = fields["every"].flatMap { reader.duration($0.value, "every") } ?? 0
        if repeats > 1 && fields["every"] == nil { reader.problem(line, "repeat needs every", hint: "e.g. repeat: 12, every: 4s") }
        return (0..<repeats).map { index in
            var copy = event
            copy.recordNumber = record + UInt64(index)
            copy.timeGenerated = time?.adding(seconds: Int64(index) * every)
            return copy
        }
    }
}

