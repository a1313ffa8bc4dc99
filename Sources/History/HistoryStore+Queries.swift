import Diagnosis
import EventLog
import GRDB

/// What `ntdiag history` asks: the machines, the runs, one machine's timeline, and pruning.
extension HistoryStore {
    public func hosts() throws(HistoryError) -> [HistoryHostSummary] {
        try access { db in
            try Row.fetchAll(db, sql: """
                SELECT rh.host, MAX(rh.computer) AS computer, COUNT(*) AS runs, MIN(rh.first_time) AS first, MAX(rh.last_time) AS last,
                       MIN(rh.is_utc) AS is_utc, MAX(r.started_at) AS last_run
                FROM run_hosts rh JOIN runs r ON r.id = rh.run_id GROUP BY rh.host ORDER BY rh.host
                """).map {
                HistoryHostSummary(host: $0["host"], computer: $0["computer"], runs: $0["runs"], first: $0["first"], last: $0["last"],
                                   isUTC: $0["is_utc"], lastRun: $0["last_run"])
            }
        }
    }

    public func runs() throws(HistoryError) -> [HistoryRunSummary] {
        try access { db in
            try Row.fetchAll(db, sql: "SELECT id, started_at, command, inputs FROM runs ORDER BY id").map { row in
                let id: Int64 = row["id"]
                let hosts = try String.fetchAll(db, sql: "SELECT host FROM run_hosts WHERE run_id = ? ORDER BY host", arguments: [id])
                let open = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM findings WHERE run_id = ? AND status IN ('confirmed', 'likely', 'exposed')",
                                            arguments: [id]) ?? 0
                let inputs: String = row["inputs"]
                return HistoryRunSummary(id: id, date: row["started_at"], command: row["command"],
                                         inputs: inputs.split(separator: "\n").map(String.init), hosts: hosts, openFindings: open)
            }
        }
    }

    /// One machine over time, or nil when the history does not know it.
    public func timeline(host name: String) throws(HistoryError) -> HistoryTimeline? {
        let host = HostKey(name).value
        return try access { db in
            let runRows = try Row.fetchAll(db, sql: """
                SELECT rh.run_id, r.started_at, rh.first_time, rh.last_time, rh.computer, rh.is_utc FROM run_hosts rh
                JOIN runs r ON r.id = rh.run_id WHERE rh.host = ? ORDER BY rh.run_id
                """, arguments: [host])
            guard let latest = runRows.last else { return nil }
            var weeks: [Int64: HistoryTimeline.Week] = [:]
            func week(_ day: Int64) -> Int64 {
                let start = WeeklyCounts.weekStart(ofDay: day)
                if weeks[start] == nil { weeks[start] = HistoryTimeline.Week(start: start) }
                return start
            }
            var covered: Set<Int64> = []
            var runs: [HistoryTimeline.RunFindings] = []
            for row in runRows {
                let first: Int64? = row["first_time"], last: Int64? = row["last_time"]
                if let first, let last, last >= first, (last - first) / 86_400 < 3_660 {
                    for day in DailyEventCount.day(of: first)...DailyEventCount.day(of: last) { covered.insert(day) }
                }
                let findings = try Row.fetchAll(db, sql: "SELECT rule, status, title FROM findings WHERE run_id = ? AND host = ? ORDER BY rowid",
                                                arguments: [row["run_id"], host]).map { (rule: $0["rule"] as String, status: $0["status"] as String, title: $0["title"] as String) }
                runs.append(HistoryTimeline.RunFindings(id: row["run_id"], date: row["started_at"], first: first, last: last, findings: findings))
            }
            for day in covered { weeks[week(day)]?.coveredDays += 1 }
            for row in try Row.fetchAll(db, sql: "SELECT day, SUM(count) AS events FROM day_counts WHERE host = ? GROUP BY day", arguments: [host]) {
                weeks[week(row["day"])]?.events += row["events"]
            }
            for time in try Int64.fetchAll(db, sql: "SELECT time FROM boots WHERE host = ?", arguments: [host]) {
                weeks[week(DailyEventCount.day(of: time))]?.boots += 1
            }
            for time in try Int64.fetchAll(db, sql: "SELECT time FROM shutdowns WHERE host = ?", arguments: [host]) {
                weeks[week(DailyEventCount.day(of: time))]?.uncleanShutdowns += 1
            }
            for row in try Row.fetchAll(db, sql: "SELECT rule, time FROM matched_events WHERE host = ? GROUP BY rule, time", arguments: [host]) {
                weeks[week(DailyEventCount.day(of: row["time"]))]?.matched[row["rule"], default: 0] += 1
            }
            var facts = FactSheet()
            for row in try Row.fetchAll(db, sql: "SELECT name, value FROM facts WHERE run_id = ? AND host = ? AND name LIKE '%_limit' AND source LIKE 'given%'",
                                        arguments: [latest["run_id"], host]) {
                facts.give(Fact(name: row["name"], value: .text(row["value"]), source: .commandLine("\(row["name"] as String)=\(row["value"] as String)")))
            }
            let boots = try Int64.fetchAll(db, sql: "SELECT time FROM boots WHERE host = ? ORDER BY time", arguments: [host])
            let counters = try Self.counters(host: host, db: db).sorted { $0.key < $1.key }.map {
                CounterTrend.analyse($0.key, series: $0.value, boots: boots, facts: facts)
            }
            return HistoryTimeline(host: host, computer: latest["computer"], isUTC: latest["is_utc"],
                                   weeks: weeks.values.sorted { $0.start < $1.start }, runs: runs, counters: counters)
        }
    }

    /// What `prune` removed.
    public struct PruneOutcome: Sendable {
        public var runs: Int
        public var observations: Int
    }

    /// Removes what is older than `before` (seconds; observations dated before it, and runs whose
    /// logs all end before it), or everything but the `keep` latest runs and the observations
    /// from the time their logs begin.
    public func prune(before: Int64? = nil, keep: Int? = nil) throws(HistoryError) -> PruneOutcome {
        try access({ db in
            var cutoff = before
            var runs = 0
            if let keep {
                let kept = try Int64.fetchAll(db, sql: "SELECT id FROM runs ORDER BY id DESC LIMIT ?", arguments: [max(0, keep)])
                if let oldestKept = kept.last {
                    try db.execute(sql: "DELETE FROM runs WHERE id < ?", arguments: [oldestKept])
                    runs += db.changesCount
                    let earliest = try Int64.fetchOne(db, sql: "SELECT MIN(first_time) FROM run_hosts")
                    cutoff = [cutoff, earliest].compactMap { $0 }.min()
                } else {
                    try db.execute(sql: "DELETE FROM runs")
                    runs += db.changesCount
                    cutoff = Int64.max
                }
            }
            var observations = 0
            if let cutoff {
                if let before {
                    try db.execute(sql: "DELETE FROM runs WHERE id NOT IN (SELECT run_id FROM run_hosts WHERE last_time IS NULL OR last_time >= ?)", arguments: [before])
                    runs += db.changesCount
                }
                for (table, column) in [("day_counts", "day * 86400"), ("boots", "time"), ("shutdowns", "time"), ("matched_events", "time"),
                                        ("service_cycles", "time"), ("counter_hours", "hour")] {
                    try db.execute(sql: "DELETE FROM \(table) WHERE \(column) < ?", arguments: [cutoff])
                    observations += db.changesCount
                }
            }
            return PruneOutcome(runs: runs, observations: observations)
        }, writing: true)
    }

    /// Every stored row as text, table by table, sorted: for comparing two databases' contents.
    public func contents() throws(HistoryError) -> [String] {
        try access { db in
            var lines: [String] = []
            for table in ["runs", "run_hosts", "facts", "findings", "day_counts", "boots", "shutdowns", "matched_events", "service_cycles", "counter_hours"] {
                lines += try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { table + ": " + $0.description }.sorted()
            }
            return lines
        }
    }
}
