import EventLog

/// Gathers one counter log as it streams: each column's samples go to the machine its path
/// names (`\\SRV1\...`), into a series for the counters ntdiag knows and a summary for the
/// others. A column without a machine belongs to the machine the file is about, when its other
/// columns name exactly one. Handed to `DiagnosisSession.add(_:)` once the file is read.
public struct CounterLogGatherer: Sendable {
    struct Column: Sendable {
        var host: String?
        var name: String
        var known: Bool
    }

    public let file: String
    private var columns: [Column?] = []
    private var series: [Int: CounterSeries] = [:]
    private var summaries: [Int: CounterSummary] = [:]
    private var isUTC = false

    public init(header: CounterLogHeader, file: String) {
        self.file = file
        let named = Set(header.columns.compactMap { $0?.machine?.uppercased() })
        let fallback = named.count == 1 ? header.columns.lazy.compactMap { $0?.machine }.first : nil
        columns = header.columns.enumerated().map { index, path in
            guard let path else { return nil }
            let written = header.written.indices.contains(index) ? header.written[index] : path.description
            let known = CounterNames.isKnown(path)
            let name = known ? path.name : (CounterPath(parsing: written)?.name ?? written)
            return Column(host: path.machine ?? fallback, name: name, known: known)
        }
        isUTC = header.biasMinutes != nil
    }

    public mutating func add(_ row: CounterRow) {
        let seconds = row.time.seconds
        isUTC = row.time.isUTC
        for index in 0..<min(columns.count, row.values.count) {
            let value = row.values[index]
            guard value.isFinite, let column = columns[index] else { continue }
            if column.known {
                series[index, default: CounterSeries(isUTC: isUTC)].add(seconds: seconds, value: value)
            } else {
                summaries[index, default: CounterSummary()].add(seconds: seconds, value: value)
            }
        }
    }

    /// The counters per machine (nil key: columns that name no machine, in a file that names none).
    var byMachine: [String?: CounterSet] {
        var result: [String?: CounterSet] = [:]
        for (index, column) in columns.enumerated() {
            guard let column else { continue }
            if let gathered = series[index] {
                result[column.host, default: CounterSet()].merge(series: gathered, name: column.name)
            } else if let gathered = summaries[index] {
                result[column.host, default: CounterSet()].merge(summary: gathered, name: column.name)
            }
        }
        return result
    }
}

extension CounterLogGatherer {
    /// Reads the counter log at `path` whole: its read report, and what it gathered (nil when
    /// not even its header could be read).
    public static func read(path: String, options: ReadOptions) -> (report: ReadReport, gathered: CounterLogGatherer?) {
        var gatherer: CounterLogGatherer?
        let report = CounterLogFile.read(path: path, options: options, header: { gatherer = CounterLogGatherer(header: $0, file: path) },
                                         row: { gatherer?.add($0) })
        return (report, gatherer)
    }
}
