import EventLog

/// One diagnosis run: events from any number of files stream in, are grouped by machine and
/// gathered; `finish` diagnoses every machine.
///
/// Events are grouped by computer name (case-insensitive, DNS domain ignored). An event without
/// a computer name belongs to the machine its file is about when the file names exactly one;
/// otherwise to the machine named by `nameUnnamedEvents` (an audit uses the file's folder), or
/// else it is diagnosed as a machine of its own, called `(no computer name: FILE)`.
public struct DiagnosisSession: Sendable {
    public let rules: RuleSet
    public let given: GivenFacts
    /// The machines, in the order first seen, and where each is by key and by spelling.
    private var accumulators: [HostAccumulator] = []
    private var positionByKey: [HostKey: Int] = [:]
    private var positionByName: [String: Int] = [:]
    /// Events come in runs from one computer: the last one is remembered.
    private var lastComputer: String?
    private var lastPosition = 0
    /// Events without a computer name, per file.
    private var unnamed: [String: HostAccumulator] = [:]
    /// The machine each file's unnamed events belong to when the file names no single one.
    private var fallbackNames: [String: String] = [:]
    private var profiles = SourceProfiles()

    public init(rules: RuleSet, given: GivenFacts = GivenFacts()) {
        self.rules = rules
        self.given = given
    }

    /// The IDs of the events whose strings and message the diagnosis reads: readers may leave
    /// the text of the others out (`ReadOptions.textOnlyFor`).
    public var eventsNeedingText: EventIDSet { HostAccumulator.textIDs(rules.index) }

    public mutating func add(_ event: Event, file: String) {
        let profile = profiles.profile(for: event.source)
        // The blank-name test looks at Characters: done only when the name differs from the last one.
        guard let computer = event.computer, computer == lastComputer || computer.contains(where: { !$0.isWhitespace }) else {
            unnamed[file, default: HostAccumulator(key: HostKey(unnamedIn: file), index: rules.index)].add(event, profile: profile, file: file)
            return
        }
        if computer != lastComputer {
            lastPosition = position(of: computer)
            lastComputer = computer
        }
        accumulators[lastPosition].add(event, profile: profile, file: file)
    }

    private mutating func position(of computer: String) -> Int {
        if let known = positionByName[computer] { return known }
        let key = HostKey(computer)
        let position: Int
        if let known = positionByKey[key] {
            position = known
        } else {
            position = accumulators.count
            accumulators.append(HostAccumulator(key: key, index: rules.index))
            positionByKey[key] = position
        }
        if positionByName.count < 100_000 { positionByName[computer] = position }
        return position
    }

    /// Adds the counters of a counter log, each to the machine its column names; columns that
    /// name no machine go to the machine the file is about (as events without a computer name do).
    public mutating func add(_ counters: CounterLogGatherer) {
        for (machine, set) in counters.byMachine {
            if let machine, machine.contains(where: { !$0.isWhitespace }) {
                accumulators[position(of: machine)].addCounters(set, file: counters.file)
            } else {
                unnamed[counters.file, default: HostAccumulator(key: HostKey(unnamedIn: counters.file), index: rules.index)].addCounters(set, file: counters.file)
            }
        }
    }

    /// The machines gathered so far (for loading their history before `finish`).
    public var hostKeys: [HostKey] { accumulators.map(\.key) }

    /// Adds a machine gathered elsewhere (another file read in parallel).
    public mutating func merge(_ accumulator: HostAccumulator) {
        if let position = positionByKey[accumulator.key] {
            accumulators[position].merge(accumulator)
        } else {
            positionByKey[accumulator.key] = accumulators.count
            accumulators.append(accumulator)
        }
    }

    /// Gives the events of `file` that carry no computer name to the machine `name` when the file
    /// names no single computer (an audit names them after the file's folder).
    public mutating func nameUnnamedEvents(of file: String, after name: String) {
        fallbackNames[file] = name
    }

    /// Adds everything another session gathered (another file, read in parallel). Merging in a
    /// fixed order gives the same result whatever order the files were read in.
    public mutating func merge(_ other: DiagnosisSession) {
        for accumulator in other.accumulators { merge(accumulator) }
        for (file, accumulator) in other.unnamed {
            if unnamed[file] == nil { unnamed[file] = accumulator } else { unnamed[file]?.merge(accumulator) }
        }
        fallbackNames.merge(other.fallbackNames) { mine, _ in mine }
    }

    /// The machine the events of `file` without a computer name belong to.
    public func ownerOfUnnamedEvents(in file: String) -> HostKey { owner(ofUnnamedIn: file).key }

    private func owner(ofUnnamedIn file: String) -> (key: HostKey, byFolder: Bool) {
        let owners = accumulators.filter { $0.files.contains(file) }
        if owners.count == 1, let owner = owners.first { return (owner.key, false) }
        if let name = fallbackNames[file], !HostKey(name).value.isEmpty { return (HostKey(name), true) }
        return (HostKey(unnamedIn: file), false)
    }

    /// A facts-only check, like a patch scanner: no logs, every machine the given facts name (or
    /// one machine when they name none) diagnosed from its facts alone. Only `exposed` findings
    /// can come of it, since no symptom can be seen.
    public func finishWithoutLogs(problems: [FileProblem] = []) -> DiagnosisResult {
        var names = given.hostsNamed(except: [])
        if names.isEmpty { names = [HostKey.givenFactsOnly.value] }
        let diagnoses = names.map { name in
            let key = name == HostKey.givenFactsOnly.value ? HostKey.givenFactsOnly : HostKey(name)
            return Diagnoser.diagnose(HostAccumulator(key: key, index: rules.index), rules: rules, given: given)
        }.sorted { $0.key < $1.key }
        return DiagnosisResult(inputs: [], hosts: diagnoses, problems: rules.problems + problems, rulesApplied: rules.rules.count, factsOnly: true)
    }

    /// Diagnoses every machine; `inputs` are the read reports, `problems` those of rule and facts
    /// files, `history` what earlier runs saw of each machine (trends are judged over both).
    public func finish(inputs: [ReadReport], problems: [FileProblem] = [], history: [HostKey: HostHistory] = [:]) -> DiagnosisResult {
        var all: [HostKey: HostAccumulator] = [:]
        for accumulator in accumulators { all[accumulator.key] = accumulator }
        var notes: [String] = []
        for (file, accumulator) in unnamed.sorted(by: { $0.key < $1.key }) {
            let (key, byFolder) = owner(ofUnnamedIn: file)
            if key == accumulator.key {
                all[key] = accumulator
                continue
            }
            var owner = all[key] ?? HostAccumulator(key: key, index: rules.index)
            owner.merge(accumulator)
            all[key] = owner
            if byFolder {
                notes.append("\(file) names no computer: its events are counted as \(owner.computer), after its folder")
            }
        }
        let diagnoses = all.values.sorted { $0.key < $1.key }.map { Diagnoser.diagnose($0, rules: rules, given: given, history: history[$0.key]) }
        for name in given.hostsNamed(except: Set(all.keys)) {
            notes.append("the facts given for \(name) were not used: no events from a computer of that name were read")
        }
        return DiagnosisResult(inputs: inputs, hosts: diagnoses, problems: rules.problems + problems, notes: notes,
                               rulesApplied: rules.rules.count)
    }
}

extension HostKey {
    /// The machine of a file's events that carry no computer name.
    init(unnamedIn file: String) { self.init(rawValue: "(no computer name: \(file.lastPathComponent))") }

    /// The one machine of a facts-only check whose facts name no host (`--fact` alone).
    static let givenFactsOnly = HostKey(rawValue: "(every machine)")
}
