import EventLog

extension RuleParser {
    static let trendKeys = ["rising", "after_each_boot", "sooner_after_boot"]

    /// The trend requirement of an event symptom (`rising`, `after_each_boot`, `sooner_after_boot`), at most one.
    mutating func parseTrend(_ fields: [String: YAMLEntry], kind: Symptom.Kind, absent: Bool, line: Int) -> EventTrend? {
        let given = RuleParser.trendKeys.filter { fields[$0] != nil }
        guard let key = given.first, let entry = fields[key] else { return nil }
        guard given.count == 1 else {
            reader.problem(line, "a symptom has at most one of rising, after_each_boot and sooner_after_boot", hint: "split it into several symptoms")
            return nil
        }
        guard case .event(let pattern) = kind, !absent else {
            reader.problem(entry.line, "\(key) applies to an event symptom that is present", hint: "a counter says how it rises inside counter:")
            return nil
        }
        switch key {
        case "rising":
            guard let weeks = count(entry, "weeks", in: "rising", least: 3) else { return nil }
            if !pattern.strings.isEmpty || !pattern.message.isEmpty {
                reader.problem(entry.line, "rising counts events by day from their log, source, ID and type, so it cannot test their text",
                               hint: "drop strings and message from this symptom")
            }
            return .risingWeekly(weeks: weeks)
        case "after_each_boot":
            return count(entry, "boots", in: key, least: 2).map { .afterEachBoot(boots: $0) }
        default:
            return count(entry, "boots", in: key, least: 3).map { .soonerAfterBoot(boots: $0) }
        }
    }

    private mutating func count(_ entry: YAMLEntry, _ name: String, in what: String, least: Int) -> Int? {
        guard let fields = reader.map(entry.value, what, allowed: [name]) else { return nil }
        guard let value = fields[name] else {
            reader.problem(entry.line, "\(what) needs '\(name)'", hint: "e.g. \(what): { \(name): \(least + 1) }")
            return nil
        }
        return reader.integer(value.value, name, range: least...520)
    }

    mutating func parseCounterPattern(_ node: YAMLNode) -> CounterPattern? {
        guard let fields = reader.map(node, "a counter symptom", allowed: ["name", "rising", "rate", "steps"]) else { return nil }
        guard let name = reader.text(fields, "name", in: "a counter symptom", required: true, at: node.line) else { return nil }
        guard let path = CounterPath(parsing: "\\" + name), path.machine == nil else {
            reader.problem(fields["name"]?.line ?? node.line, "'\(name)' is not a counter name", hint: "write Object\\Counter as Performance Monitor names it, e.g. Memory\\Pool Paged Bytes")
            return nil
        }
        var pattern = CounterPattern(counter: path.name, over: 0)
        if let entry = fields["rising"], let rising = reader.map(entry.value, "rising", allowed: ["over"]) {
            guard let over = rising["over"].flatMap({ reader.duration($0.value, "over") }) else {
                reader.problem(entry.line, "rising needs 'over'", hint: "how long the counter must be seen rising, e.g. rising: { over: 14d }")
                return nil
            }
            pattern.over = over
        } else {
            reader.problem(node.line, "a counter symptom needs 'rising'", hint: "e.g. rising: { over: 14d }")
            return nil
        }
        if let entry = fields["rate"], let rate = reader.map(entry.value, "rate", allowed: ["about"]) {
            if let text = reader.text(rate, "about", in: "rate", required: true, at: entry.line) {
                let parts = text.split(separator: "/", maxSplits: 1).map(String.init)
                if parts.count == 2, let size = ByteSize.parse(parts[0]), let per = Duration.seconds(parts[1]), per > 0, size > 0 {
                    pattern.rate = SizeRate(bytesPerSecond: size / Double(per), text: text)
                } else {
                    reader.problem(entry.line, "'\(text)' is not a rate", hint: "a size per duration, e.g. 0.065KB/10m or 2MB/1d")
                }
            }
        }
        if let entry = fields["steps"], let steps = reader.map(entry.value, "steps", allowed: ["service", "about"]) {
            let service = reader.text(steps, "service", in: "steps", required: true, at: entry.line)
            let about = reader.text(steps, "about", in: "steps", required: true, at: entry.line)
            if let service, let about {
                if let bytes = ByteSize.parse(about), bytes > 0 {
                    pattern.steps = ServiceStep(service: service, key: ServiceName.key(service), bytes: bytes, text: about)
                } else {
                    reader.problem(entry.line, "'\(about)' is not a size", hint: "e.g. 4KB")
                }
            }
        }
        return pattern
    }
}
