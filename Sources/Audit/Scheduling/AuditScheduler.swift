import Diagnosis
import EventLog
import Foundation

/// Reads the files of an audit on several threads and merges what they give in path order, so
/// the result is the same whatever the number of threads.
///
/// Each file is read once, recording what it covers. In path order, as soon as the files before
/// it are read, a file's coverage is compared with theirs: a file that repeats none of their
/// events is merged at once; one that does (an overlapping export) is read a second time, first
/// in the queue, leaving those events out. Only the sessions waiting for their turn to be merged
/// are held, so memory follows the machines, not the number of files.
final class AuditScheduler: @unchecked Sendable {
    private let files: [FoundFile]
    private let options: ReadOptions
    private let rules: RuleSet
    private let progress: AuditProgress
    private let countDays: Bool
    private let condition = NSCondition()

    // Guarded by `condition`.
    private var nextFirstReading = 0
    private var secondReadings: [(position: Int, rules: DuplicateRules, format: LogFormat?)] = []
    private var firstOutcomes: [FileOutcome?]
    private var finalOutcomes: [FileOutcome?]
    private var planned = 0
    private var merged = 0
    private var planner = DuplicatePlanner()
    private var duplicateSources: [Int: [Int]] = [:]

    // Written only while merging, under `condition`; read after `run` returns.
    private(set) var session: DiagnosisSession
    private(set) var reports: [ReadReport] = []
    private(set) var notLogs: [SkippedFile] = []
    private(set) var duplicates: [DuplicateEvents] = []
    /// Every event kept, per machine and day (only when `countDays`).
    private(set) var days = DailyEventCounter()

    init(files: [FoundFile], options: ReadOptions, rules: RuleSet, given: GivenFacts, progress: AuditProgress, countDays: Bool = false) {
        self.files = files
        self.countDays = countDays
        self.options = options
        self.rules = rules
        self.progress = progress
        session = DiagnosisSession(rules: rules, given: given)
        firstOutcomes = Array(repeating: nil, count: files.count)
        finalOutcomes = Array(repeating: nil, count: files.count)
    }

    func run(jobs: Int) {
        progress.start(files: files.count)
        WorkerThreads.run(count: max(1, min(jobs, files.count))) { [self] in work() }
    }

    private enum Job {
        case first(Int)
        case second(Int, DuplicateRules, LogFormat?)
    }

    private func work() {
        while let job = nextJob() {
            switch job {
            case .first(let position):
                let outcome = FileReading.read(files[position], options: options, rules: rules, countDays: countDays)
                progress.read(bytes: outcome.notALog == nil ? files[position].size : 0, fileDone: true)
                finish { firstOutcomes[position] = outcome }
            case .second(let position, let duplicateRules, let format):
                let outcome = FileReading.read(files[position], options: options, rules: rules, duplicates: duplicateRules, format: format,
                                               countDays: countDays)
                progress.read(bytes: files[position].size, fileDone: false)
                finish { finalOutcomes[position] = outcome }
            }
        }
    }

    /// The next job: second readings first (they hold up the merge), then the next file; nil
    /// when everything is merged. Waits while the remaining work is in other threads' hands.
    private func nextJob() -> Job? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if merged == files.count { return nil }
            if !secondReadings.isEmpty {
                let next = secondReadings.removeFirst()
                return .second(next.position, next.rules, next.format)
            }
            if nextFirstReading < files.count {
                nextFirstReading += 1
                return .first(nextFirstReading - 1)
            }
            condition.wait()
        }
    }

    /// Records a finished reading, then plans and merges whatever is now ready, in path order.
    private func finish(_ store: () -> Void) {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        store()
        while planned < files.count, let outcome = firstOutcomes[planned] {
            firstOutcomes[planned] = nil
            let rules = planner.plan(planned, coverage: outcome.coverage, unnamedOwner: outcome.unnamedOwner)
            if rules.isEmpty {
                finalOutcomes[planned] = outcome
            } else {
                duplicateSources[planned] = rules.sources
                secondReadings.append((planned, rules, outcome.report.format))
            }
            planned += 1
        }
        while merged < files.count, let outcome = finalOutcomes[merged] {
            finalOutcomes[merged] = nil
            merge(outcome, position: merged)
            merged += 1
        }
    }

    private func merge(_ outcome: FileOutcome, position: Int) {
        if let reason = outcome.notALog {
            notLogs.append(SkippedFile(path: outcome.report.path, reason: reason))
            return
        }
        session.merge(outcome.session)
        if let outcomeDays = outcome.days { days.merge(outcomeDays) }
        reports.append(outcome.report)
        if outcome.duplicates > 0 {
            duplicates.append(DuplicateEvents(path: outcome.report.path, count: outcome.duplicates,
                                              alreadyIn: (duplicateSources[position] ?? []).map { files[$0].path }))
        }
    }
}
