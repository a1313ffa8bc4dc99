import Diagnosis
import EventLog
import Foundation
import GRDB
import Testing
import TestSupport
@testable import History

@Suite("History store")
struct HistoryStoreTests {
    static func folder() throws -> String {
        try ScratchFolder.make("history").path
    }

    /// One week of a server's events: a boot on the first day, `srv2020` Srv 2020 errors.
    static func week(_ index: Int, srv2020: Int, boot: Bool = false) -> [Event] {
        let start: Int64 = 920_246_400 + Int64(index) * 7 * 86_400
        var events: [Event] = []
        if boot {
            var event = TestEvents.boot(computer: "FILESRV2")
            event.timeGenerated = EventTime(seconds: start + 3600, isUTC: true)
            events.append(event)
        }
        for day in 0..<7 {
            events.append(Event(source: "Print", id: 10, type: .information, timeGenerated: EventTime(seconds: start + Int64(day) * 86_400 + 36_000, isUTC: true),
                                log: "System", computer: "FILESRV2", message: "printed"))
        }
        for i in 0..<srv2020 {
            events.append(Event(source: "Srv", id: 2020, type: .error, timeGenerated: EventTime(seconds: start + 86_400 + Int64(i) * 7_200, isUTC: true),
                                log: "System", computer: "filesrv2.corp.example", message: "pool empty"))
        }
        return events
    }

    struct Run {
        var result: DiagnosisResult
        var counts: [String: [DailyEventCount]]
    }

    static func run(_ files: [(String, [Event])], store: HistoryStore?) throws -> Run {
        var session = DiagnosisSession(rules: RuleSet.builtIn())
        var counter = DailyEventCounter()
        for (file, events) in files {
            for event in events {
                session.add(event, file: file)
                counter.add(event, file: file)
            }
        }
        let history = try store?.history(for: session.hostKeys, eventIDs: session.rules.weeklyTrendEventIDs) ?? [:]
        return Run(result: session.finish(inputs: [], history: history), counts: counter.counts())
    }

    @Test func recordingTheSameRunTwiceAddsNothing() throws {
        let path = try Self.folder() + "/h.sqlite"
        let store = try HistoryStore(path: path)
        let run = try Self.run([("w1.evt", Self.week(0, srv2020: 1, boot: true))], store: store)
        let first = try store.record(run.result, command: "analyze", version: "t", signature: "A", dailyCounts: run.counts, date: "1999-03-08T00:00:00Z")
        #expect(first == .recorded(run: 1))
        let before = try store.contents()
        #expect(before.contains { $0.hasPrefix("boots: ") } && before.contains { $0.contains("event_id:2020") })
        let again = try store.record(run.result, command: "analyze", version: "t", signature: "A", dailyCounts: run.counts, date: "1999-03-09T00:00:00Z")
        #expect(again == .alreadyRecorded(run: 1, date: "1999-03-08T00:00:00Z"))
        #expect(try store.contents() == before)
    }

    @Test func overlappingExportsCountEachEventOnce() throws {
        let path = try Self.folder() + "/h.sqlite"
        let store = try HistoryStore(path: path)
        let weekOne = Self.week(0, srv2020: 3, boot: true)
        let run1 = try Self.run([("w1.evt", weekOne)], store: store)
        _ = try store.record(run1.result, command: "analyze", version: "t", signature: "1", dailyCounts: run1.counts)
        let after1 = try store.contents().filter { !$0.hasPrefix("runs:") && !$0.hasPrefix("run_hosts:") && !$0.hasPrefix("facts:") && !$0.hasPrefix("findings:") }
        // A second export that holds the whole first week again: a different run, no new observation.
        let run2 = try Self.run([("w1-again.evt", weekOne)], store: store)
        _ = try store.record(run2.result, command: "analyze", version: "t", signature: "2", dailyCounts: run2.counts)
        let after2 = try store.contents().filter { !$0.hasPrefix("runs:") && !$0.hasPrefix("run_hosts:") && !$0.hasPrefix("facts:") && !$0.hasPrefix("findings:") }
        #expect(after1 == after2)
        // Within one run, two overlapping files count once too.
        var counter = DailyEventCounter()
        for event in weekOne { counter.add(event, file: "a") }
        for event in weekOne { counter.add(event, file: "b") }
        #expect(counter.counts()["FILESRV2"]?.first { $0.id == 2020 }?.count == 3)
    }

    @Test func historyFeedsTheEngine() throws {
        let path = try Self.folder() + "/h.sqlite"
        let store = try HistoryStore(path: path)
        for (index, count) in [1, 2, 4].enumerated() {
            let run = try Self.run([("w\(index).evt", Self.week(index, srv2020: count))], store: store)
            _ = try store.record(run.result, command: "analyze", version: "t", signature: "\(index)", dailyCounts: run.counts)
        }
        let last = try Self.run([("w3.evt", Self.week(3, srv2020: 7))], store: store)
        let finding = try #require(last.result.hosts.first?.findings.first { $0.rule == "Q196745" })
        #expect(finding.evidence.contains { $0.symptom == "Srv 2020 per week" && $0.details.contains { $0.contains("weekly counts 1, 2, 4, 7") } })
        let history = try store.history(for: [HostKey("FILESRV2")], eventIDs: [2020])
        #expect(history[HostKey("FILESRV2")]?.runs.count == 3)
        #expect(last.result.hosts.first?.trends.weekly.first?.weeks.map(\.count) == [1, 2, 4, 7])
    }

    @Test func timelineHostsRunsAndPruning() throws {
        let path = try Self.folder() + "/h.sqlite"
        let store = try HistoryStore(path: path)
        for (index, count) in [1, 2].enumerated() {
            let run = try Self.run([("w\(index).evt", Self.week(index, srv2020: count, boot: index == 0))], store: store)
            _ = try store.record(run.result, command: "analyze", version: "t", signature: "\(index)", dailyCounts: run.counts, date: "1999-03-1\(index)T00:00:00Z")
        }
        #expect(try store.hosts().map(\.computer) == ["FILESRV2"])
        #expect(try store.runs().map(\.id) == [1, 2])
        let timeline = try #require(try store.timeline(host: "filesrv2"))
        #expect(timeline.weeks.map(\.boots) == [1, 0] && timeline.weeks.map(\.events) == [9, 9])
        #expect(timeline.weeks.map(\.coveredDays) == [7, 7] && timeline.runs.count == 2)
        #expect(try store.timeline(host: "other") == nil)
        let pruned = try store.prune(keep: 1)
        #expect(pruned.runs == 1 && pruned.observations > 0)
        #expect(try store.runs().map(\.id) == [2])
        _ = try store.prune(before: TimeText.parse("2000-01-01")?.seconds)
        #expect(try store.runs().isEmpty && store.contents().isEmpty)
    }

    @Test func aDatabaseFromTheFirstSchemaOpensAgain() throws {
        let path = try Self.folder() + "/h.sqlite"
        _ = try HistoryStore(path: path)
        let reopened = try HistoryStore(path: path)
        let applied = try reopened.queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied == ["v1"])
    }

    @Test func badDatabasesAreClearErrors() throws {
        let folder = try Self.folder()
        let notSQLite = folder + "/notes.txt"
        try "just text\n".write(toFile: notSQLite, atomically: true, encoding: .utf8)
        #expect(throws: HistoryError.self) { try HistoryStore(path: notSQLite) }
        #expect((try? String(contentsOfFile: notSQLite, encoding: .utf8)) == "just text\n")
        #expect(throws: HistoryError.self) { try HistoryStore(path: folder + "/missing.sqlite", create: false) }
        #expect(throws: HistoryError.self) { try HistoryStore(path: folder) }
        let log = folder + "/System.evt"
        try "x".write(toFile: log, atomically: true, encoding: .utf8)
        do {
            _ = try HistoryStore(path: log, inputs: [log])
            Issue.record("an input was accepted as the history database")
        } catch {
            #expect("\(error)".contains("one of the logs"))
        }
        // A damaged database: a valid header followed by garbage.
        let damaged = folder + "/damaged.sqlite"
        var bytes = Array("SQLite format 3\u{0}".utf8)
        bytes += [UInt8](repeating: 0xAB, count: 8192)
        try #require(FileManager.default.createFile(atPath: damaged, contents: Data(bytes)))
        #expect(throws: HistoryError.self) { try HistoryStore(path: damaged) }
    }

    @Test func aLockedDatabaseIsAnErrorNotAHang() throws {
        let path = try Self.folder() + "/h.sqlite"
        let store = try HistoryStore(path: path)
        let other = try DatabaseQueue(path: path)
        let run = try Self.run([("w.evt", Self.week(0, srv2020: 1))], store: store)
        try other.inDatabase { db in
            try db.execute(sql: "BEGIN EXCLUSIVE")
            do {
                _ = try store.record(run.result, command: "analyze", version: "t", signature: "L", dailyCounts: run.counts)
                Issue.record("recorded into a locked database")
            } catch {
                #expect("\(error)".contains("locked"))
            }
            try db.execute(sql: "ROLLBACK")
        }
    }

    @Test func defaultLocation() {
        #expect(HistoryLocation.defaultPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/a"]) == "/data/ntdiag/history.sqlite")
        #expect(HistoryLocation.defaultPath(environment: ["HOME": "/home/a"]) == "/home/a/.local/share/ntdiag/history.sqlite")
        #expect(HistoryLocation.defaultPath(environment: ["XDG_DATA_HOME": "relative"]) == nil)
        #expect(HistoryLocation.resolve("my.sqlite", environment: [:]) == "my.sqlite")
    }

    @Test func signaturesFollowContentNotOrder() throws {
        let folder = try Self.folder()
        try "one".write(toFile: folder + "/a", atomically: true, encoding: .utf8)
        try "two".write(toFile: folder + "/b", atomically: true, encoding: .utf8)
        #expect(RunSignature.of(paths: [folder + "/a", folder + "/b"]) == RunSignature.of(paths: [folder + "/b", folder + "/a"]))
        #expect(RunSignature.of(paths: [folder + "/a"]) != RunSignature.of(paths: [folder + "/b"]))
    }
}
