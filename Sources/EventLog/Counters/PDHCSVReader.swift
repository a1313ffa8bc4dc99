/// Reads Performance Monitor's counter logs in PDH's text form, as perfmon, typeperf, relog and
/// the Resource Kit's tools write them:
///
/// ```
/// "(PDH-CSV 4.0) (Eastern Daylight Time)(240)","\\SRV1\Memory\Pool Paged Bytes",...
/// "09/16/2021 07:51:58.569"," ",...
/// "09/16/2021 07:52:00.564","31014912",...
/// ```
///
/// The first cell names the format and the time zone of the samples with its bias in minutes
/// (UTC = local + bias); Windows sometimes cuts it short (`(RTZ 2 (`), and then the times stay
/// local. The other header cells are counter paths. A blank value (`" "`) means no sample:
/// averaged counters have none at the first line. Tab-separated logs (`PDH-TSV 4.0`) read the
/// same way. Streaming: one line at a time, whatever the log's size.
public enum PDHCSVReader {
    /// True when the sample starts like a PDH text log.
    public static func recognizes(_ sample: FileSample) -> Bool {
        guard let first = sample.firstLines(1).first else { return false }
        let text = first.hasPrefix("\"") ? first.dropFirst() : first
        return text.hasPrefix("(PDH-CSV ") || text.hasPrefix("(PDH-TSV ")
    }

    /// The format written in the header (`PDH-TSV` logs are tab-separated).
    static func delimiter(_ sample: FileSample) -> UInt8 {
        sample.firstLines(1).first.map { $0.contains("(PDH-TSV ") } == true ? ASCII.tab : ASCII.comma
    }

    /// Reads the log; `header` is called once, `row` for every line of samples.
    static func read(
        _ file: InputFile,
        sample: FileSample,
        encoding: TextEncoding,
        options: ReadOptions,
        report: inout ReadReport,
        header: (CounterLogHeader) throws -> Void,
        row: (CounterRow) throws -> Void
    ) throws {
        var lines = LineReader(file: file, encoding: encoding)
        var splitter = DelimitedRecordSplitter(delimiter: delimiter(sample))
        var columns = 0
        var bias: Int?
        var values: [Double] = []
        var rows = 0
        var lastTime: EventTime?
        try lines.forEachLine { line in
            try splitter.feed(line, report: &report) { record, report in
                if record.line == 1 || (columns == 0 && rows == 0) {
                    let parsed = parseHeader(record)
                    columns = parsed.columns.count
                    bias = parsed.biasMinutes
                    values = [Double](repeating: .nan, count: columns)
                    report.details["counters"] = String(columns)
                    if let zone = parsed.zoneName { report.details["time zone"] = zone + (bias.map { " (bias \($0) minutes)" } ?? " (no bias: times are local)") }
                    try header(parsed)
                    return
                }
                guard let fields = PDHTimestamp.parse(record.field(0)),
                      var time = EventTime(year: fields.year, month: fields.month, day: fields.day, hour: fields.hour, minute: fields.minute,
                                           second: fields.second, nanosecond: fields.nanosecond, isUTC: false) else {
                    report.skip(ReadProblem(.line(record.line), "the sample time '\(record.field(0).trimmed().string.prefix(40))' is not MM/DD/YYYY hh:mm:ss"))
                    return
                }
                if let bias {
                    time = EventTime(seconds: time.seconds + Int64(bias) * 60, nanoseconds: time.nanoseconds, isUTC: true)
                } else if let zone = options.timeZone {
                    time = zone.pin(time)
                }
                if record.count - 1 > columns {
                    report.add(ReadProblem(.line(record.line), "\(record.count - 1) values for \(columns) counters; the extra ones are ignored"))
                }
                var invalid = 0
                for index in 0..<columns {
                    switch CounterValue.parse(record.field(index + 1)) {
                    case .value(let value): values[index] = value
                    case .blank: values[index] = .nan
                    case .invalid:
                        values[index] = .nan
                        invalid += 1
                    }
                }
                if invalid > 0 {
                    report.add(ReadProblem(.line(record.line), "\(invalid) value\(invalid == 1 ? " is" : "s are") not numbers; read as missing"))
                }
                if let lastTime, time < lastTime {
                    report.add(ReadProblem(.line(record.line), "the samples go back in time (\(time.iso8601) after \(lastTime.iso8601))"))
                }
                lastTime = time
                rows += 1
                try values.withUnsafeBufferPointer { try row(CounterRow(time: time, values: $0, line: record.line)) }
            }
        }
        try splitter.finish(report: &report) { _, _ in }
        if columns == 0 { report.fail("the counter log has no header line") }
    }

    /// The header record: the zone cell, then one counter path per column.
    static func parseHeader(_ record: DelimitedRecord) -> CounterLogHeader {
        var written: [String] = []
        var columns: [CounterPath?] = []
        for index in 1..<max(1, record.count) {
            let text = record[index].trimmed().string
            written.append(text)
            columns.append(CounterPath(parsing: text).map(CounterNames.canonical))
        }
        let (zone, bias) = zone(record.field(0).string)
        return CounterLogHeader(columns: columns, written: written, zoneName: zone, biasMinutes: bias)
    }

    /// `(PDH-CSV 4.0) (Eastern Daylight Time)(240)` → ("Eastern Daylight Time", 240); a header
    /// cut short gives what is left of the name and no bias.
    static func zone(_ text: String) -> (String?, Int?) {
        guard let close = text.firstIndex(of: ")") else { return (nil, nil) }
        var rest = text[text.index(after: close)...].drop { $0 == " " }
        guard rest.first == "(" else { return (nil, nil) }
        rest = rest.dropFirst()
        var depth = 1
        var name = ""
        while let character = rest.first, depth > 0 {
            rest = rest.dropFirst()
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if depth > 0 { name.append(character) }
        }
        let trimmedName = name.trimmingCharacters(in: " (")
        guard depth == 0, rest.first == "(", let end = rest.firstIndex(of: ")"),
              let bias = Int(rest[rest.index(after: rest.startIndex)..<end]), abs(bias) <= 24 * 60 else {
            return (trimmedName.isEmpty ? nil : trimmedName, nil)
        }
        return (trimmedName.isEmpty ? nil : trimmedName, bias)
    }
}

extension String {
    /// Without the given characters at either end.
    func trimmingCharacters(in set: String) -> String {
        var view = Substring(self)
        while let first = view.first, set.contains(first) { view.removeFirst() }
        while let last = view.last, set.contains(last) { view.removeLast() }
        return String(view)
    }
}
