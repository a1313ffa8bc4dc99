import Diagnosis
import EventLog

/// The geometry of a machine's timeline, for the template's inline SVG: one track per kind of
/// event (boots, unclean and clean shutdowns, services restarted without a reboot, each
/// finding's events), a mark per time bucket,
/// and dated ticks. Positions are in track units, 0…1000 across the period the logs cover.
struct TimelineView {
    static let width = 1000.0
    static let findingLimit = 8

    let start: String
    let end: String
    let frame: String
    let ticks: [Tick]
    let tracks: [Track]

    struct Tick {
        /// Position in track units, and as a percentage for the HTML label.
        let x: String
        let percent: String
        let label: String
    }

    struct Track {
        let label: String
        let tone: String
        let count: String
        let marks: [Mark]
    }

    struct Mark {
        let x: String
        let title: String
    }

    /// Nil when the machine's events carry no times.
    init?(_ host: HostDiagnosis) {
        guard let firstTime = host.firstTime, let lastTime = host.lastTime else { return nil }
        let timeline = host.timeline
        let isUTC = firstTime.isUTC
        let first = firstTime.seconds, last = max(lastTime.seconds, firstTime.seconds)
        func position(_ seconds: Int64) -> Double {
            last == first ? TimelineView.width / 2 : Double(seconds - first) / Double(last - first) * TimelineView.width
        }
        func track(_ label: String, _ tone: String, _ times: TimeBuckets) -> Track? {
            guard !times.isEmpty else { return nil }
            let marks = times.buckets.map { bucket -> Mark in
                let end = bucket.start + times.width - 1
                let middle = min(max(bucket.start + (times.width - 1) / 2, first), last)
                let when = times.width == 1 ? TimelineView.text(bucket.start, isUTC)
                    : "from " + TimelineView.text(bucket.start, isUTC) + " to " + TimelineView.text(end, isUTC)
                return Mark(x: ReadReportText.fixed(position(middle), 1),
                            title: "\(label): \(DiagnosisText.count(bucket.count, "event")) " + (times.width == 1 ? "at " : "") + when)
            }
            return Track(label: label, tone: tone, count: ReadReportText.grouped(times.total), marks: marks)
        }
        var tracks = [
            track("Boots", "boot", timeline.boots),
            track("Unclean shutdowns", "unclean", timeline.uncleanShutdowns),
            track("Clean shutdowns", "clean", timeline.cleanShutdowns),
        ].compactMap { $0 }
        for restart in timeline.restarts.prefix(3) {
            if let row = track("\(restart.service) restarts", "restart", restart.times) { tracks.append(row) }
        }
        for finding in host.findings.prefix(TimelineView.findingLimit) {
            if let times = timeline.findings[finding.rule], let row = track(finding.rule, finding.status.rawValue, times) { tracks.append(row) }
        }
        guard !tracks.isEmpty else { return nil }
        self.tracks = tracks
        start = firstTime.iso8601
        end = lastTime.iso8601
        frame = isUTC ? "UTC" : "local time of the machine"
        ticks = TimelineView.ticks(from: first, to: last, isUTC: isUTC).map { tick in
            let x = position(tick.seconds)
            return Tick(x: ReadReportText.fixed(x, 1), percent: ReadReportText.fixed(x / 10, 2), label: tick.label)
        }
    }

    static func text(_ seconds: Int64, _ isUTC: Bool) -> String { EventTime(seconds: seconds, isUTC: isUTC).iso8601 }

    /// Up to about eight round dates inside the period: hours, days, weeks (from a Monday),
    /// months or years.
    static func ticks(from first: Int64, to last: Int64, isUTC: Bool) -> [(seconds: Int64, label: String)] {
        let span = last - first
        guard span > 0 else { return [] }
        let hour: Int64 = 3600, day: Int64 = 86_400
        for step in [hour, 3 * hour, 6 * hour, 12 * hour, day, 2 * day, 7 * day, 14 * day] where span / step <= 8 {
            var seconds = (first / step + 1) * step
            if step >= 7 * day { // weeks start on Mondays (1970-01-01 was a Thursday)
                var days = first / day + 1
                while (days + 3) % 7 != 0 { days += 1 }
                seconds = days * day
            }
            var ticks: [(Int64, String)] = []
            while seconds <= last {
                if seconds >= first {
                    let text = EventTime(seconds: seconds, isUTC: isUTC).iso8601
                    ticks.append((seconds, step < day ? String(text.dropFirst(5).prefix(11)).replacingOccurrences(of: "T", with: " ") : String(text.prefix(10))))
                }
                seconds += step
            }
            return ticks
        }
        for months in [1, 2, 3, 6, 12, 24, 60, 120] where span / (day * 30 * Int64(months)) <= 8 {
            let c = EventTime(seconds: first, isUTC: isUTC).components
            var index = c.year * 12 + (c.month - 1)
            index = (index / months + 1) * months
            var ticks: [(Int64, String)] = []
            while let time = EventTime(year: index / 12, month: index % 12 + 1, day: 1, isUTC: isUTC), time.seconds <= last {
                let text = time.iso8601
                ticks.append((time.seconds, months % 12 == 0 ? String(text.prefix(4)) : String(text.prefix(7))))
                index += months
            }
            return ticks
        }
        return []
    }
}
