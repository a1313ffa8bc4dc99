import GRDB

/// The history database's tables, created and upgraded by GRDB's migrator: every schema change
/// is a new named migration appended here, so any older database opens and is brought up to date.
///
/// What is kept, per machine (`host` is the computer name as `HostKey` folds it):
/// - `runs`, `run_hosts`, `facts`, `findings`: one row per run (an `analyze` or `audit`) and what
///   it concluded. A run is keyed by a signature of its inputs, so importing the same exports
///   again does not add a run.
/// - `day_counts`: events per day and kind (log, source, ID, type). The count kept for a day is
///   the largest any one export showed (an upsert that keeps the maximum), so exports that
///   overlap, or the same export read twice, add nothing twice.
/// - `boots`, `shutdowns`, `matched_events`, `service_cycles`: times, keyed by the times
///   themselves, so a second sighting is ignored.
/// - `counter_hours`: hourly buckets of the counters ntdiag follows; for an hour two logs both
///   hold, the bucket with more samples is kept.
enum HistorySchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE runs (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    started_at TEXT NOT NULL,
                    command TEXT NOT NULL,
                    version TEXT NOT NULL,
                    signature TEXT NOT NULL UNIQUE,
                    inputs TEXT NOT NULL
                );
                CREATE TABLE run_hosts (
                    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                    host TEXT NOT NULL,
                    computer TEXT NOT NULL,
                    first_time INTEGER,
                    last_time INTEGER,
                    is_utc INTEGER NOT NULL,
                    events INTEGER NOT NULL,
                    PRIMARY KEY (run_id, host)
                );
                CREATE TABLE facts (
                    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                    host TEXT NOT NULL,
                    name TEXT NOT NULL,
                    value TEXT NOT NULL,
                    source TEXT NOT NULL,
                    PRIMARY KEY (run_id, host, name)
                );
                CREATE TABLE findings (
                    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                    host TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    status TEXT NOT NULL,
                    severity TEXT NOT NULL,
                    title TEXT NOT NULL,
                    reason TEXT,
                    PRIMARY KEY (run_id, host, rule)
                );
                CREATE TABLE day_counts (
                    host TEXT NOT NULL,
                    day INTEGER NOT NULL,
                    log TEXT NOT NULL,
                    source TEXT NOT NULL,
                    event_id INTEGER NOT NULL,
                    type TEXT NOT NULL,
                    count INTEGER NOT NULL,
                    PRIMARY KEY (host, day, log, source, event_id, type)
                ) WITHOUT ROWID;
                CREATE TABLE boots (
                    host TEXT NOT NULL,
                    time INTEGER NOT NULL,
                    PRIMARY KEY (host, time)
                ) WITHOUT ROWID;
                CREATE TABLE shutdowns (
                    host TEXT NOT NULL,
                    time INTEGER NOT NULL,
                    PRIMARY KEY (host, time)
                ) WITHOUT ROWID;
                CREATE TABLE matched_events (
                    host TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    symptom TEXT NOT NULL,
                    time INTEGER NOT NULL,
                    PRIMARY KEY (host, rule, symptom, time)
                ) WITHOUT ROWID;
                CREATE TABLE service_cycles (
                    host TEXT NOT NULL,
                    service_key TEXT NOT NULL,
                    service TEXT NOT NULL,
                    time INTEGER NOT NULL,
                    PRIMARY KEY (host, service_key, time)
                ) WITHOUT ROWID;
                CREATE TABLE counter_hours (
                    host TEXT NOT NULL,
                    counter TEXT NOT NULL,
                    hour INTEGER NOT NULL,
                    samples INTEGER NOT NULL,
                    sum REAL NOT NULL,
                    lowest REAL NOT NULL,
                    highest REAL NOT NULL,
                    is_utc INTEGER NOT NULL,
                    PRIMARY KEY (host, counter, hour)
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }
}
