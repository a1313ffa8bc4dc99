/// The front door for performance counter logs: open a file read-only, recognise it by content,
/// and read its samples as a stream. Like `EventLogFile`, it never throws for a bad input: the
/// report says what went wrong and where.
public enum CounterLogFile {
    /// True when the file is a counter log ntdiag reads (PDH text logs). Reads only the file's
    /// first 64 KiB; false for anything that cannot be opened (the event log front door reports it).
    public static func recognizes(path: String, options: ReadOptions = ReadOptions()) -> Bool {
        if let format = options.format, format != .pdhCSV { return false }
        guard let file = try? InputFile(path: path) else { return false }
        var report = ReadReport(path: path)
        guard let sample = EventLogFile.sample(of: file, options: options, report: &report) else { return false }
        return options.format == .pdhCSV || PDHCSVReader.recognizes(sample)
    }

    /// Reads every sample of the log at `path`.
    public static func read(
        path: String,
        options: ReadOptions = ReadOptions(),
        header: (CounterLogHeader) -> Void,
        row: (CounterRow) -> Void
    ) -> ReadReport {
        var report = ReadReport(path: path)
        guard let file = EventLogFile.open(path, report: &report) else { return report }
        report.bytesRead = file.size
        guard let sample = EventLogFile.sample(of: file, options: options, report: &report) else { return report }
        guard options.format == .pdhCSV || PDHCSVReader.recognizes(sample) else {
            report.fail("not a performance counter log: \(sample.firstBytesDescription)")
            return report
        }
        var encoding = sample.encoding
        if options.encoding == nil, encoding == .windows1252 { encoding = ANSICodePageGuess.guess(sample.bytes) }
        report.format = .pdhCSV
        report.encoding = encoding
        var rows = 0
        do {
            try PDHCSVReader.read(file, sample: sample, encoding: encoding, options: options, report: &report, header: header) { line in
                rows += 1
                row(line)
            }
        } catch let error as InputFile.OpenError {
            report.fail(error.description)
        } catch {
            report.fail("\(error)")
        }
        report.events = rows
        return report
    }
}
