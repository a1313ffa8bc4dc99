import EventLog

/// Seconds printed in the same frame (UTC or local wall clock) as the log's own times.
enum EventTimeText {
    static func text(_ seconds: Int64, like reference: EventTime?) -> String {
        EventTime(seconds: seconds, isUTC: reference?.isUTC ?? true).iso8601
    }
}

extension Int64 {
    func iso8601(like reference: EventTime?) -> String { EventTimeText.text(self, like: reference) }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
