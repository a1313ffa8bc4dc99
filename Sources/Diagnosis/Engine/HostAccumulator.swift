import EventLog

/// Everything the diagnosis needs from one machine's events, gathered in one pass: counts,
/// boots and shutdowns, system versions, crashes, services, and the evidence for each rule's
/// symptoms. Never the events themselves: memory stays bounded whatever the log's size.
///
/// Cheap per event: an event that no rule and no fact cares about costs a counter, a time
/// comparison and one dictionary lookup by event ID. Accumulators of the same machine built from
/// different files (in parallel) combine with `merge`.
public struct HostAccumulator: Sendable {
    static let crashLimit = 1_000
    /// The IDs of the events whose text (strings, message) `add` reads beyond the rules' own:
    /// system versions (6009), service changes (7035, 7036) and crash reports (1000, 1001, 1003).
    /// Keep in step with `add`: readers may skip the text of every other event (`textIDs`).
    static let factTextIDs: [UInt16] = [6009, 7035, 7036, 1000, 1001, 1003]

    /// The events whose text the diagnosis reads, with `index`'s rules: what `ReadOptions.textOnlyFor` should be.
    public static func textIDs(_ index: RuleIndex) -> EventIDSet {
        EventIDSet(factTextIDs + index.byEventID.keys)
    }
    static let versionLimit = 16

    public let key: HostKey
    /// The computer name as the logs spell it (the most common spelling wins).
    public var computer: String {
        var counts = spellings
        if let lastSpelling { counts[lastSpelling, default: 0] += lastSpellingRun }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? key.value
    }
    public private(set) var eventCount = 0
    public private(set) var firstTime: EventTime?
    public private(set) var lastTime: EventTime?
    public private(set) var files: Set<String> = []
    public internal(set) var boots = BootHistory()
    public private(set) var services = ServiceHistory()
    /// Boots, shutdowns and symptom matches in time, for the reports' timelines.
    public private(set) var timeline = HostTimeline()
    /// Distinct 6009 readings, with where each was first and last seen and how often.
    public private(set) var versions: [SystemVersion: Sighting] = [:]
    /// Crashes (STOP codes with parameters, and the driver the report names), up to `crashLimit`;
    /// `crashCount` counts them all.
    public private(set) var crashes: [(bugcheck: Bugcheck, driver: String?, event: EventReference)] = []
    public private(set) var crashCount = 0
    /// The build a Save Dump record names (`[v15.1381]`), when no 6009 does.
    public private(set) var crashBuild: (build: Int, event: EventReference)?
    /// Evidence by flat symptom number (see `RuleIndex`).
    public private(set) var evidence: [SymptomEvidence?]
    /// Performance counters from counter logs (Performance Monitor), by name.
    public internal(set) var counters = CounterSet()
    let index: RuleIndex
    private var spellings: [String: Int] = [:]
    /// Caches for the per-event path: the last file and spelling seen (events come in runs),
    /// service keys and 6009 readings by their raw text.
    private var lastFile: String?
    private var lastSpelling: String?
    private var lastSpellingRun = 0
    private var serviceKeys: [String: NameKey] = [:]
    private var versionReadings: [[String]: SystemVersion] = [:]
    /// The last service a source implied that was already known (sources come in runs).
    private var lastImpliedService: String?

    /// Where a 6009 reading was seen.
    public struct Sighting: Sendable {
        public var count: Int
        public var first: EventReference
        public var last: EventReference
    }

    public init(key: HostKey, index: RuleIndex) {
        self.key = key
        self.index = index
        evidence = Array(repeating: nil, count: index.symptomCount)
    }

    /// Takes one event of this machine from `file`.
    public mutating func add(_ event: Event, profile: SourceProfile, file: String) {
        eventCount += 1
        let time = event.timeGenerated ?? event.timeWritten
        if let time {
            if firstTime.map({ time < $0 }) ?? true { firstTime = time }
            if lastTime.map({ time > $0 }) ?? true { lastTime = time }
        }
        if file != lastFile {
            files.insert(file)
            lastFile = file
        }
        if let computer = event.computer { countSpelling(computer) }
        switch profile.role {
        case .eventLog: addEventLogEvent(event, file: file)
        case .serviceControlManager:
            if let change = ServiceStateChange.parse(id: event.id, strings: event.strings, message: event.message) {
                services.record(change, key: serviceKey(change.service), time: time?.seconds, reference: EventReference(event, file: file))
            }
        case .crashReport: addCrashReport(event, file: file)
        case .other: break
        }
        if let service = profile.impliedService, service != lastImpliedService {
            if services.contains(serviceKey(service)) {
                lastImpliedService = service
            } else {
                services.recordPresence(service, reference: EventReference(event, file: file))
            }
        }
        guard let bucket = index.byEventID[event.id] else { return }
        var timed = RulesOnTimeline()
        var recovered: [String]?
        var evidenceEvent: EvidenceEvent?
        for entry in bucket.entries(for: profile.key) {
            guard entry.pattern.accepts(event, recovered: &recovered) else { continue }
            let keepTime = index.keepsTimes[entry.symptom]
            let matched = evidenceEvent ?? EvidenceEvent(event, file: file)
            evidenceEvent = matched
            recordEvidence(entry.symptom) { $0.record(matched, keepTime: keepTime) }
            recordOnTimeline(entry.symptom, time?.seconds, once: &timed)
        }
    }

    /// Puts one event on its rule's timeline once, however many of the rule's symptoms it
    /// matches (`timed`: the rules this event is already on).
    private mutating func recordOnTimeline(_ symptom: Int, _ seconds: Int64?, once timed: inout RulesOnTimeline) {
        let rule = index.owners[symptom].rule
        guard timed.insert(rule) else { return }
        timeline.recordMatch(rule: rule, seconds)
    }

    /// The rules one event is on the timeline of already: nearly always one, which needs no array.
    private struct RulesOnTimeline {
        private var first: Int?
        private var more: [Int] = []

        /// False when `rule` was in already.
        mutating func insert(_ rule: Int) -> Bool {
            guard let first else {
                first = rule
                return true
            }
            guard rule != first, !more.contains(rule) else { return false }
            more.append(rule)
            return true
        }
    }

    private mutating func countSpelling(_ computer: String) {
        if computer == lastSpelling {
            lastSpellingRun += 1
            return
        }
        if let previous = lastSpelling, spellings.count < 8 || spellings[previous] != nil { spellings[previous, default: 0] += lastSpellingRun }
        lastSpelling = computer
        lastSpellingRun = 1
    }

    private mutating func serviceKey(_ name: String) -> NameKey {
        if let key = serviceKeys[name] { return key }
        let key = ServiceName.key(name)
        if serviceKeys.count < 1_000 { serviceKeys[name] = key }
        return key
    }

    /// 6009 readings repeat at every boot: each distinct text is parsed once.
    private mutating func systemVersion(_ event: Event) -> SystemVersion? {
        // Keyed by what the parse reads: the strings, or the message when there are none.
        let text = event.strings.isEmpty ? [event.message ?? ""] : event.strings
        if let known = versionReadings[text] { return known }
        guard let version = SystemVersion.parse(strings: event.strings, message: event.message) else { return nil }
        if versionReadings.count < HostAccumulator.versionLimit { versionReadings[text] = version }
        return version
    }

    private mutating func addEventLogEvent(_ event: Event, file: String) {
        switch event.id {
        case 6005:
            let seconds = (event.timeGenerated ?? event.timeWritten)?.seconds
            boots.recordBoot(at: seconds, reference: EventReference(event, file: file))
            timeline.recordBoot(seconds)
        case 6006, 6008:
            boots.recordShutdown(clean: event.id == 6006, reference: EventReference(event, file: file))
            timeline.recordShutdown(clean: event.id == 6006, (event.timeGenerated ?? event.timeWritten)?.seconds)
        case 6009:
            guard let version = systemVersion(event) else { return }
            let reference = EventReference(event, file: file)
            if let known = versions.index(forKey: version) {
                // Changed in place: one lookup, no copy of the sighting.
                versions.values[known].count += 1
                if isEarlier(reference, than: versions.values[known].first) { versions.values[known].first = reference }
                if isEarlier(versions.values[known].last, than: reference) { versions.values[known].last = reference }
            } else if versions.count < HostAccumulator.versionLimit {
                versions[version] = Sighting(count: 1, first: reference, last: reference)
            }
        default: break
        }
    }

    private mutating func addCrashReport(_ event: Event, file: String) {
        guard [1000, 1001, 1003].contains(event.id) else { return }
        guard let bugcheck = event.strings.first.flatMap(BugcheckText.parse) ?? event.message.flatMap(BugcheckText.parse) else { return }
        let reference = EventReference(event, file: file)
        let driver = CrashDriverText.driver(in: event.message ?? event.strings.joined(separator: " "))
        crashCount += 1
        if crashes.count < HostAccumulator.crashLimit { crashes.append((bugcheck, driver, reference)) }
        if crashBuild == nil || isEarlier(reference, than: crashBuild?.event),
           let build = CrashVersionText.build(in: event.strings.dropFirst().first ?? event.message ?? "") {
            crashBuild = (build, reference)
        }
        var timed = RulesOnTimeline()
        let evidenceEvent = EvidenceEvent(event, file: file)
        for entry in index.stopEntries(for: bugcheck.code.value) {
            switch entry.pattern.match(bugcheck, driver: driver) {
            case .fits(let named):
                let keepTime = index.keepsTimes[entry.symptom]
                recordEvidence(entry.symptom) { $0.record(evidenceEvent, keepTime: keepTime, bugcheck: bugcheck, driverNamed: named) }
                recordOnTimeline(entry.symptom, reference.time?.seconds, once: &timed)
            case .parametersDiffer, .driverDiffers:
                recordEvidence(entry.symptom) { $0.recordNearMiss(bugcheck, driver: driver, event: evidenceEvent) }
            }
        }
    }

    /// Adds the counters a counter log holds for this machine.
    mutating func addCounters(_ set: CounterSet, file: String) {
        counters.merge(set)
        files.insert(file)
    }

    /// Adds what another accumulator of the same machine gathered (another file of it).
    public mutating func merge(_ other: HostAccumulator) {
        eventCount += other.eventCount
        if let time = other.firstTime, firstTime.map({ time < $0 }) ?? true { firstTime = time }
        if let time = other.lastTime, lastTime.map({ time > $0 }) ?? true { lastTime = time }
        files.formUnion(other.files)
        var theirSpellings = other.spellings
        if let spelling = other.lastSpelling { theirSpellings[spelling, default: 0] += other.lastSpellingRun }
        for (spelling, count) in theirSpellings where spellings.count < 8 || spellings[spelling] != nil { spellings[spelling, default: 0] += count }
        boots.merge(other.boots)
        timeline.merge(other.timeline)
        services.merge(other.services)
        for (version, theirs) in other.versions {
            if var mine = versions[version] {
                mine.count += theirs.count
                if isEarlier(theirs.first, than: mine.first) { mine.first = theirs.first }
                if isEarlier(mine.last, than: theirs.last) { mine.last = theirs.last }
                versions[version] = mine
            } else if versions.count < HostAccumulator.versionLimit {
                versions[version] = theirs
            }
        }
        counters.merge(other.counters)
        crashCount += other.crashCount
        crashes += other.crashes.prefix(max(0, HostAccumulator.crashLimit - crashes.count))
        if let build = other.crashBuild, crashBuild == nil || isEarlier(build.event, than: crashBuild?.event) { crashBuild = build }
        for (number, theirs) in other.evidence.enumerated() {
            guard let theirs else { continue }
            recordEvidence(number) { $0.merge(theirs) }
        }
    }

    /// Changes a symptom's evidence in place (a copy would copy its times at every event).
    private mutating func recordEvidence(_ number: Int, _ change: (inout SymptomEvidence) -> Void) {
        guard evidence.indices.contains(number) else { return }
        if evidence[number] == nil { evidence[number] = SymptomEvidence() }
        // Optional chaining mutates the element in place (no copy of the evidence per match).
        evidence[number]?.apply(change)
    }
}
