import Diagnosis
import EventLog

/// Reads one input of a diagnosis, whatever it is: a performance counter log (recognised by
/// content) goes to the session's counters, any other file to the event log readers.
enum LogInput {
    static func read(path: String, options: ReadOptions, into session: inout DiagnosisSession, history: inout HistorySession) -> ReadReport {
        if CounterLogFile.recognizes(path: path, options: options) {
            let (report, gathered) = CounterLogGatherer.read(path: path, options: options)
            if let gathered { session.add(gathered) }
            return report
        }
        let recording = history.isActive
        return EventLogFile.read(path: path, options: options) { event in
            session.add(event, file: path)
            if recording { history.add(event, file: path) }
        }
    }
}
