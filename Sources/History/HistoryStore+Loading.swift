import Diagnosis
import EventLog
import GRDB

extension HistoryStore {
    /// What earlier runs saw of these machines. Day counts are loaded only for the event IDs
    /// some rule judges week by week (`eventIDs`), which keeps the load small.
    public func history(for hosts: [HostKey], eventIDs: Set<UInt16>) throws(HistoryError) -> [HostKey: HostHistory] {
        try access { db in
            var result: [HostKey: HostHistory] = [:]
            for key in hosts {
                let host = key.value
                var history = HostHistory()
                history.runs = try Row.fetchAll(db, sql: """
                    SELECT rh.run_id, r.started_at, rh.first_time, rh.last_time FROM run_hosts rh JOIN runs r ON r.id = rh.run_id
                    WHERE rh.host = ? ORDER BY rh.run_id
                    """, arguments: [host]).map { HostHistory.PastRun(id: $0["run_id"], date: $0["started_at"], first: $0["first_time"], last: $0["last_time"]) }
                guard !history.runs.isEmpty else { continue }
                history.boots = try Int64.fetchAll(db, sql: "SELECT time FROM boots WHERE host = ? ORDER BY time", arguments: [host])
                history.uncleanShutdowns = try Int64.fetchAll(db, sql: "SELECT time FROM shutdowns WHERE host = ? ORDER BY time", arguments: [host])
                if !eventIDs.isEmpty {
                    let list = eventIDs.sorted().map(String.init).joined(separator: ",")
                    history.dailyCounts = try Row.fetchAll(db, sql: "SELECT day, log, source, event_id, type, count FROM day_counts WHERE host = ? AND event_id IN (\(list))",
                                                           arguments: [host]).map {
                        DailyEventCount(day: $0["day"], log: $0["log"], source: $0["source"], id: UInt16(clamping: $0["event_id"] as Int), type: $0["type"], count: $0["count"])
                    }
                }
                for row in try Row.fetchAll(db, sql: "SELECT rule, symptom, time FROM matched_events WHERE host = ? ORDER BY time", arguments: [host]) {
                    history.matches[MatchKey(rule: row["rule"], symptom: row["symptom"]), default: []].append(row["time"])
                }
                for row in try Row.fetchAll(db, sql: "SELECT service_key, time FROM service_cycles WHERE host = ? ORDER BY time", arguments: [host]) {
                    history.serviceCycles[row["service_key"], default: []].append(row["time"])
                }
                history.counters = try Self.counters(host: host, db: db)
                result[key] = history
            }
            return result
        }
    }

    static func counters(host: String, db: Database) throws -> [String: CounterSeries] {
        var counters: [String: CounterSeries] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT counter, hour, samples, sum, lowest, highest, is_utc FROM counter_hours WHERE host = ? ORDER BY hour",
                                    arguments: [host]) {
            let name: String = row["counter"]
            counters[name, default: CounterSeries(isUTC: row["is_utc"])].add(
                CounterSeries.Bucket(start: row["hour"], samples: row["samples"], sum: row["sum"], lowest: row["lowest"], highest: row["highest"]))
        }
        return counters
    }
}
