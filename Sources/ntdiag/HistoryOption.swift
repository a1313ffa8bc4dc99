import ArgumentParser
import Diagnosis
import EventLog
import Foundation
import History

/// `--history DB`, shared by the commands that diagnose: remember what this run saw in a history
/// database, and judge trends over it and the new logs together.
struct HistoryOption: ParsableArguments {
    @Option(name: .customLong("history"), help: ArgumentHelp(
        "Keep what this run sees in a history database and judge trends over every run it holds. 'default' is $XDG_DATA_HOME/ntdiag/history.sqlite, or ~/.local/share/ntdiag/history.sqlite.",
        valueName: "db"))
    var history: String?

    /// The database path, when the option was given.
    func path() throws -> String? {
        guard let history else { return nil }
        guard let path = HistoryLocation.resolve(history, environment: ProcessInfo.processInfo.environment) else {
            throw ValidationError("--history default needs HOME or XDG_DATA_HOME to be set; give a path instead")
        }
        return path
    }
}

/// One run's use of the history: open the database before reading (so a broken one is known at
/// once), count every event per day while the logs stream, load what earlier runs saw before
/// the diagnosis, and record this run after it. Any failure becomes a problem of the run (exit
/// 2) and the diagnosis goes on without the history.
struct HistorySession {
    let store: HistoryStore?
    private(set) var counter = DailyEventCounter()
    private(set) var failure: String?

    init(path: String?, inputs: [String]) {
        guard let path else {
            store = nil
            return
        }
        do {
            store = try HistoryStore(path: path, inputs: inputs)
        } catch {
            store = nil
            failure = error.description
        }
    }

    var isActive: Bool { store != nil }

    mutating func add(_ event: Event, file: String) {
        if store != nil { counter.add(event, file: file) }
    }

    /// Takes the events counted elsewhere (an audit counts on its reading threads).
    mutating func add(_ counted: DailyEventCounter) {
        counter.merge(counted)
    }

    mutating func load(for session: DiagnosisSession) -> [HostKey: HostHistory] {
        guard let store else { return [:] }
        do {
            return try store.history(for: session.hostKeys, eventIDs: session.rules.weeklyTrendEventIDs)
        } catch {
            failure = error.description
            return [:]
        }
    }

    /// Records the run and says so in the result's notes, or adds to its problems what went
    /// wrong with the history (returned too, for standard error). Nothing without `--history`.
    mutating func record(_ result: inout DiagnosisResult, command: String, inputs: [String]) -> [FileProblem] {
        var problems: [FileProblem] = []
        defer { result.problems += problems }
        if let failure { problems.append(FileProblem(path: store?.path ?? "history", line: 0, failure)) }
        guard let store, failure == nil else { return problems }
        do {
            let outcome = try store.record(result, command: command, version: NTDiagVersion.current,
                                           signature: RunSignature.of(paths: inputs), dailyCounts: counter.counts())
            switch outcome {
            case .recorded(let run):
                result.notes.append("history: this run is recorded as run \(run) in \(store.path)")
            case .alreadyRecorded(let run, let date):
                result.notes.append("history: these logs were recorded before (run \(run), \(date)); nothing was added to \(store.path)")
            }
        } catch {
            problems.append(FileProblem(path: store.path, line: 0, error.description))
        }
        return problems
    }
}
