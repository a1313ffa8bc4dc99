import EventLog

extension RuleParser {
    static let symptomKeys = ["event", "stop", "service_cycles", "counter", "count", "uptime", "supporting", "absent"] + trendKeys

    mutating func parseSymptoms(_ node: YAMLNode) -> [Symptom] {
        guard case .list(let items, _) = node, !items.isEmpty else {
            reader.problem(node.line, "symptoms must be a list with at least one entry, not \(node.kindName)",
                           hint: "start each symptom with '- event:', '- stop:' or '- service_cycles:'")
            return []
        }
        return items.compactMap { parseSymptom($0) }
    }

    mutating func parseSymptom(_ node: YAMLNode) -> Symptom? {
        guard let fields = reader.map(node, "a symptom", allowed: RuleParser.symptomKeys) else { return nil }
        let kinds = ["event", "stop", "service_cycles", "counter"].filter { fields[$0] != nil }
        guard kinds.count == 1, let kindEntry = fields[kinds[0]] else {
            reader.problem(node.line, kinds.isEmpty ? "a symptom needs one of event, stop, service_cycles or counter"
                                                    : "a symptom has only one of event, stop, service_cycles or counter (found \(kinds.joined(separator: ", ")))",
                           hint: "split it into several symptoms")
            return nil
        }
        let kind: Symptom.Kind
        let label: String
        switch kinds[0] {
        case "event":
            guard let pattern = parseEventPattern(kindEntry.value) else { return nil }
            kind = .event(pattern)
            let sources = pattern.sources.isEmpty ? "any source" : pattern.sources.joined(separator: "/")
            label = sources + " " + pattern.ids.map(String.init).joined(separator: "/")
        case "stop":
            guard let pattern = parseStopPattern(kindEntry.value) else { return nil }
            kind = .stop(pattern)
            label = pattern.codeText + (pattern.driver.map { " in " + $0 } ?? "")
        case "counter":
            guard let pattern = parseCounterPattern(kindEntry.value) else { return nil }
            kind = .counter(pattern)
            label = pattern.counter + " rising"
        default:
            guard let pattern = parseServiceCycles(kindEntry.value) else { return nil }
            kind = .serviceCycles(pattern)
            label = "\(pattern.service) stopped and started again"
        }
        var symptom = Symptom(kind: kind, count: nil, uptime: nil, supporting: false, line: node.line, label: label)
        if let entry = fields["count"] { symptom.count = parseCount(entry.value) }
        if let entry = fields["uptime"] { symptom.uptime = parseUptime(entry.value) }
        if let entry = fields["supporting"] {
            switch entry.value.text?.lowercased() {
            case "true", "yes": symptom.supporting = true
            case "false", "no": symptom.supporting = false
            default: reader.problem(entry.line, "supporting must be true or false")
            }
        }
        if let entry = fields["absent"] {
            switch entry.value.text?.lowercased() {
            case "true", "yes": symptom.absent = true
            case "false", "no": symptom.absent = false
            default: reader.problem(entry.line, "absent must be true or false")
            }
            if symptom.absent {
                if case .event = kind {} else { reader.problem(entry.line, "only an event symptom can be absent", hint: "absent: true means none of these events is in the logs") }
                if symptom.count != nil || symptom.uptime != nil { reader.problem(entry.line, "an absent symptom has no count or uptime") }
                symptom.label = "no " + symptom.label
            }
        }
        if case .serviceCycles = kind, symptom.count != nil || symptom.uptime != nil {
            reader.problem(node.line, "count and uptime do not apply to service_cycles", hint: "use at_least and within inside service_cycles")
        }
        if case .counter = kind, symptom.count != nil || symptom.uptime != nil || symptom.absent {
            reader.problem(node.line, "count, uptime and absent do not apply to a counter", hint: "a counter symptom says how it rises: rising, rate, steps")
        }
        symptom.trend = parseTrend(fields, kind: kind, absent: symptom.absent, line: node.line)
        if let trend = symptom.trend { symptom.label += trend.labelSuffix }
        return symptom
    }

    mutating func parseEventPattern(_ node: YAMLNode) -> EventPattern? {
        let allowed = ["source", "loose_source", "id", "type", "log", "strings", "message"]
        guard let fields = reader.map(node, "an event symptom", allowed: allowed) else { return nil }
        var pattern = EventPattern(sources: [], sourceKeys: [], looseSource: false, ids: [], type: nil, log: nil, strings: [], message: [])
        if let entry = fields["source"] {
            pattern.sources = reader.texts(entry.value, "source")
            pattern.sourceKeys = pattern.sources.map { SourceKey($0) }
        }
        if let entry = fields["loose_source"] {
            pattern.looseSource = entry.value.text?.lowercased() == "true"
            if pattern.sources.isEmpty { reader.problem(entry.line, "loose_source needs a source to resemble") }
        }
        guard let idEntry = fields["id"] else {
            reader.problem(node.line, "an event symptom needs 'id'", hint: "the event ID as Event Viewer shows it, e.g. 2020")
            return nil
        }
        for text in reader.texts(idEntry.value, "id") {
            if let id = UInt16(text) { pattern.ids.append(id) } else {
                reader.problem(idEntry.line, "event id '\(text)' is not a number from 0 to 65535")
            }
        }
        if let text = reader.text(fields, "type", in: "an event symptom", at: node.line) {
            if let type = EventType(name: text) { pattern.type = type } else {
                reader.problem(fields["type"]?.line ?? node.line, "unknown event type '\(text)'", hint: "error, warning, information, success_audit or failure_audit")
            }
        }
        pattern.log = reader.text(fields, "log", in: "an event symptom", at: node.line)
        if let entry = fields["strings"] {
            if case .map(let positions, _) = entry.value {
                for position in positions {
                    guard let index = Int(position.key), (1...99).contains(index) else {
                        reader.problem(position.line, "'\(position.key)' is not an insertion string position", hint: "use 1 for %1, 2 for %2 …")
                        continue
                    }
                    for match in parseTextMatches(position.value, "string \(index)") {
                        pattern.strings.append(StringCondition(position: index, match: match))
                    }
                }
            } else {
                reader.problem(entry.line, "strings must be a map from position to condition", hint: "e.g. strings: { 1: { equals: Messenger } }")
            }
        }
        if let entry = fields["message"] { pattern.message = parseTextMatches(entry.value, "message") }
        return pattern.ids.isEmpty ? nil : pattern
    }

    mutating func parseTextMatches(_ node: YAMLNode, _ what: String) -> [TextMatch] {
        guard let fields = reader.map(node, "the \(what) condition", allowed: ["equals", "contains", "regex"]) else { return [] }
        var matches: [TextMatch] = []
        for kind in [TextMatch.Kind.equals, .contains, .regex] {
            guard let text = reader.text(fields, kind.rawValue, in: what, at: node.line) else { continue }
            if kind == .regex {
                do {
                    matches.append(TextMatch(kind: .regex, text: text, pattern: try CompiledPattern(text)))
                } catch {
                    reader.problem(fields["regex"]?.line ?? node.line, "the regex '\(text)' does not compile: \(error.localizedDescription)",
                                   hint: "escape special characters with a backslash, or use contains")
                }
            } else {
                matches.append(TextMatch(kind: kind, text: text))
            }
        }
        if fields.isEmpty { reader.problem(node.line, "the \(what) condition is empty", hint: "use equals, contains or regex") }
        return matches
    }

    mutating func parseStopPattern(_ node: YAMLNode) -> StopPattern? {
        var pattern = StopPattern(codes: [], parameters: [nil, nil, nil, nil])
        var codeNode = node
        var parametersNode: YAMLNode?
        if case .map = node {
            guard let fields = reader.map(node, "a stop symptom", allowed: ["code", "parameters", "driver"]) else { return nil }
            guard let code = fields["code"] else {
                reader.problem(node.line, "a stop symptom needs 'code'", hint: "e.g. code: 0xC000021A")
                return nil
            }
            codeNode = code.value
            parametersNode = fields["parameters"]?.value
            if let driver = reader.text(fields, "driver", in: "a stop symptom", at: node.line) {
                if CrashDriverText.driver(in: driver) == driver.lowercased() { pattern.driver = driver.lowercased() } else {
                    reader.problem(fields["driver"]?.line ?? node.line, "'\(driver)' is not a driver file name", hint: "write the module the blue screen names, e.g. srv.sys or hal.dll")
                }
            }
        }
        let codeTexts = reader.texts(codeNode, "the STOP code")
        if codeTexts.count == 1, codeTexts[0].lowercased() == "any" {
            pattern.anyCode = true
            return pattern
        }
        for text in codeTexts {
            if let code = StopCode(parsing: text) { pattern.codes.append(code) } else {
                reader.problem(codeNode.line, "'\(text)' is not a STOP code", hint: "write it in hex, e.g. 0xC000021A, 0x0000000A or 0A")
            }
        }
        if let parametersNode {
            guard case .list(let items, _) = parametersNode, (1...4).contains(items.count) else {
                reader.problem(parametersNode.line, "parameters must be a list of up to four entries",
                               hint: "e.g. [0xBAD0B0E4, 2, 1, any]; use any for a parameter that varies")
                return nil
            }
            for (index, item) in items.enumerated() {
                pattern.parameters[index] = parseParameter(item, index: index)
            }
        }
        return pattern.codes.isEmpty ? nil : pattern
    }

    mutating func parseParameter(_ node: YAMLNode, index: Int) -> ParameterPattern? {
        if node.isNull { return nil }
        let values = reader.texts(node, "parameter \(index + 1)")
        if values.count == 1 {
            let text = values[0].lowercased()
            if text == "any" || text == "*" { return nil }
            if text.hasPrefix("same as p"), let other = Int(text.dropFirst(9)), (1...4).contains(other), other != index + 1 {
                return .sameAs(other)
            }
        }
        var numbers: [UInt32] = []
        for text in values {
            if let value = StopCode.hex(Substring(text.trimmingSpaces)) { numbers.append(value) } else {
                reader.problem(node.line, "parameter \(index + 1) '\(text)' is not a hex number, 'any' or 'same as pN'",
                               hint: "parameters are hexadecimal like the code: 0xBAD0B0E4, 2, [0, 1]")
            }
        }
        return numbers.isEmpty ? nil : .oneOf(numbers)
    }

    mutating func parseServiceCycles(_ node: YAMLNode) -> ServiceCyclePattern? {
        guard let fields = reader.map(node, "a service_cycles symptom", allowed: ["service", "at_least", "within"]) else { return nil }
        guard let service = reader.text(fields, "service", in: "a service_cycles symptom", required: true, at: node.line) else { return nil }
        let atLeast = fields["at_least"].flatMap { reader.integer($0.value, "at_least", range: 1...1_000_000) } ?? 1
        let within = fields["within"].flatMap { reader.duration($0.value, "within") }
        return ServiceCyclePattern(service: service, key: ServiceName.key(service), atLeast: atLeast, within: within)
    }

    mutating func parseCount(_ node: YAMLNode) -> CountRequirement? {
        guard let fields = reader.map(node, "count", allowed: ["at_least", "within"]) else { return nil }
        guard let entry = fields["at_least"], let atLeast = reader.integer(entry.value, "at_least", range: 1...1_000_000) else {
            if fields["at_least"] == nil { reader.problem(node.line, "count needs 'at_least'", hint: "e.g. count: { at_least: 10, within: 1h }") }
            return nil
        }
        return CountRequirement(atLeast: atLeast, within: fields["within"].flatMap { reader.duration($0.value, "within") })
    }

    mutating func parseUptime(_ node: YAMLNode) -> UptimeRequirement? {
        guard let fields = reader.map(node, "uptime", allowed: ["at_least", "at_most"]) else { return nil }
        let requirement = UptimeRequirement(atLeast: fields["at_least"].flatMap { reader.duration($0.value, "at_least") },
                                            atMost: fields["at_most"].flatMap { reader.duration($0.value, "at_most") })
        if fields.isEmpty { reader.problem(node.line, "uptime needs at_least or at_most", hint: "e.g. uptime: { at_least: 7d }") }
        return requirement
    }
}
