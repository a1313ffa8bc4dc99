import Diagnosis
import EventLog
import GRDB

/// What recording a run came to.
public enum RecordOutcome: Sendable, Equatable {
    case recorded(run: Int64)
    /// The same inputs were recorded before (same signature): nothing was added.
    case alreadyRecorded(run: Int64, date: String)
}

extension HistoryStore {
    /// Records what a run saw and concluded. Idempotent: a run with the same input signature is
    /// not recorded again, and every observation is keyed so that a second sighting changes nothing.
    public func record(_ result: DiagnosisResult, command: String, version: String, signature: String,
                       dailyCounts: [String: [DailyEventCount]], date: String = HistoryStore.now()) throws(HistoryError) -> RecordOutcome {
        try access({ db in
            if let row = try Row.fetchOne(db, sql: "SELECT id, started_at FROM runs WHERE signature = ?", arguments: [signature]) {
                return .alreadyRecorded(run: row["id"], date: row["started_at"])
            }
            let inputs = result.inputs.map(\.path).joined(separator: "\n")
            try db.execute(sql: "INSERT INTO runs (started_at, command, version, signature, inputs) VALUES (?, ?, ?, ?, ?)",
                           arguments: [date, command, version, signature, inputs])
            let run = db.lastInsertedRowID
            for host in result.hosts where !host.key.value.hasPrefix("(") {
                try Self.record(host, run: run, db: db)
            }
            let day = try db.cachedStatement(sql: """
                INSERT INTO day_counts (host, day, log, source, event_id, type, count) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (host, day, log, source, event_id, type) DO UPDATE SET count = excluded.count WHERE excluded.count > day_counts.count
                """)
            for (host, counts) in dailyCounts {
                for count in counts { try day.execute(arguments: [host, count.day, count.log, count.source, Int(count.id), count.type, count.count]) }
            }
            return .recorded(run: run)
        }, writing: true)
    }

    private static func record(_ host: HostDiagnosis, run: Int64, db: Database) throws {
        let key = host.key.value
        let seen = host.observations
        try db.execute(sql: "INSERT INTO run_hosts (run_id, host, computer, first_time, last_time, is_utc, events) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       arguments: [run, key, host.computer, seen?.first ?? host.firstTime?.seconds, seen?.last ?? host.lastTime?.seconds,
                                   seen?.isUTC ?? host.firstTime?.isUTC ?? false, host.eventCount])
        for fact in host.facts.all {
            try db.execute(sql: "INSERT INTO facts (run_id, host, name, value, source) VALUES (?, ?, ?, ?, ?)",
                           arguments: [run, key, fact.name, fact.value.description, (fact.source.isGiven ? "given: " : "") + fact.source.description])
        }
        for finding in host.findings {
            try db.execute(sql: "INSERT INTO findings (run_id, host, rule, status, severity, title, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           arguments: [run, key, finding.rule, finding.status.rawValue, finding.severity.rawValue, finding.title, finding.reason])
        }
        guard let seen else { return }
        // Prepared once, run for every time: runs record tens of thousands of them.
        let boot = try db.cachedStatement(sql: "INSERT OR IGNORE INTO boots (host, time) VALUES (?, ?)")
        for time in seen.boots { try boot.execute(arguments: [key, time]) }
        let shutdown = try db.cachedStatement(sql: "INSERT OR IGNORE INTO shutdowns (host, time) VALUES (?, ?)")
        for time in seen.uncleanShutdowns { try shutdown.execute(arguments: [key, time]) }
        let match = try db.cachedStatement(sql: "INSERT OR IGNORE INTO matched_events (host, rule, symptom, time) VALUES (?, ?, ?, ?)")
        for (symptom, times) in seen.matches {
            for time in times { try match.execute(arguments: [key, symptom.rule, symptom.symptom, time]) }
        }
        let cycle = try db.cachedStatement(sql: "INSERT OR IGNORE INTO service_cycles (host, service_key, service, time) VALUES (?, ?, ?, ?)")
        for (serviceKey, cycles) in seen.serviceCycles {
            for time in cycles.times { try cycle.execute(arguments: [key, serviceKey, cycles.name, time]) }
        }
        let hour = try db.cachedStatement(sql: """
            INSERT INTO counter_hours (host, counter, hour, samples, sum, lowest, highest, is_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (host, counter, hour) DO UPDATE SET samples = excluded.samples, sum = excluded.sum, lowest = excluded.lowest,
                highest = excluded.highest WHERE excluded.samples > counter_hours.samples
            """)
        for (counter, series) in seen.counters {
            for bucket in series.ordered {
                try hour.execute(arguments: [key, counter, bucket.start, bucket.samples, bucket.sum, bucket.lowest, bucket.highest, series.isUTC])
            }
        }
    }
}
