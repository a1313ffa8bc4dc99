import EventLog

/// Seconds printed in the same frame (UTC or local wall clock) as the log's own times.
enum EventTimeText {
    static func text(_ seconds: Int64, like reference: EventTime?) -> String {
        EventTime(seconds: seconds, isUTC: reference?.isUTC ?? true).iso8601
    }
}
