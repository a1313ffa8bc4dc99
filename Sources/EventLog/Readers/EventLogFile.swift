/// The front door of the EventLog module: read one file, whatever its format, as events.
///
/// It opens the file read-only, sniffs format and encoding from the content (unless the options
/// force them), runs the matching reader and returns what happened in a `ReadReport`. It never
/// throws for a bad input: a missing, unreadable or unrecognised file comes back as a failed
/// report with a one-line reason. Only an error thrown by `emit` propagates.
public enum EventLogFile {
    /// - Parameters:
    ///   - start: called once the format and encoding are known, before the first event.
    ///   - emit: called for every event, in file order.
    public static func read<Failure: Error>(
        path: String,
        options: ReadOptions = ReadOptions(),
        start: (ReadReport) -> Void = { _ in },
        emit: (Event) throws(Failure) -> Void
    ) throws(Failure) -> ReadReport {
        var report = ReadReport(path: path)
        guard let file = open(path, report: &report) else { return report }
        try read(file, options: options, report: &report, start: start, emit: emit)
        return report
    }

    /// Opens an input read-only; nil (with the report failed) when it cannot.
    static func open(_ path: String, report: inout ReadReport) -> InputFile? {
        do {
            return try InputFile(path: path)
        } catch {
            report.fail("cannot open: \(error.description)")
            return nil
        }
    }

    /// Reads an already opened file (the audit opens files itself to check them first).
    public static func read<Failure: Error>(
        _ file: InputFile,
        options: ReadOptions,
        report: inout ReadReport,
        start: (ReadReport) -> Void = { _ in },
        emit: (Event) throws(Failure) -> Void
    ) throws(Failure) {
        guard let (reader, sample) = choose(file, options: options, report: &report) else { return }
        start(report)
        var emitFailure: Failure?
        var delivered = 0, recovered = 0
        defer {
            report.events += delivered
            report.recovered += recovered
        }
        do {
            try reader.read(file, sample: sample, options: options, report: &report) { event in
                delivered += 1
                if event.isRecovered { recovered += 1 }
                do throws(Failure) {
                    // Copy the event only to pin its times: copying costs as much as reading it.
                    if let zone = options.timeZone {
                        var pinned = event
                        pinned.timeGenerated = event.timeGenerated.map(zone.pin)
                        pinned.timeWritten = event.timeWritten.map(zone.pin)
                        try emit(pinned)
                    } else {
                        try emit(event)
                    }
                } catch {
                    emitFailure = error
                    throw StopReading()
                }
            }
        } catch is StopReading {
        } catch let error as InputFile.OpenError {
            report.fail(error.description)
        } catch {
            report.fail("\(error)")
        }
        if let emitFailure { throw emitFailure }
    }

    /// Counts the events of a file without handing them out (`events --summary`): the same
    /// report as `read`, events and recovered counted, often much faster (see `EventLogReader.count`).
    public static func count(path: String, options: ReadOptions = ReadOptions()) -> ReadReport {
        var report = ReadReport(path: path)
        do {
            let file = try InputFile(path: path)
            guard let (reader, sample) = choose(file, options: options, report: &report) else { return report }
            let count = try reader.count(file, sample: sample, options: options, report: &report)
            report.events += count.events
            report.recovered += count.recovered
        } catch let error as InputFile.OpenError {
            report.fail(report.format == nil ? "cannot open: \(error.description)" : error.description)
        } catch {
            report.fail("\(error)")
        }
        return report
    }

    /// The reader for a file (forced or sniffed) and its sample, with the report's format and
    /// encoding set; nil, with the report failed, when there is none.
    private static func choose(_ file: InputFile, options: ReadOptions, report: inout ReadReport) -> ((any EventLogReader.Type), FileSample)? {
        report.bytesRead = file.size
        guard let sample = sample(of: file, options: options, report: &report) else { return nil }
        let chosen: (any EventLogReader.Type)?
        if let forced = options.format {
            chosen = EventLogReaders.reader(for: forced)
            if chosen == nil {
                report.fail("no reader for the format \(forced.rawValue)")
                return nil
            }
        } else {
            chosen = EventLogReaders.sniff(sample)
        }
        guard let reader = chosen else {
            if PDHCSVReader.recognizes(sample) {
                report.fail("a Performance Monitor counter log, not an event log: `ntdiag analyze` reads it beside the event logs")
            } else {
                report.fail("not an event log export: \(sample.firstBytesDescription)")
            }
            return nil
        }
        report.format = reader.format
        report.encoding = sample.encoding
        return (reader, sample)
    }

    /// Reads the first bytes of a file for sniffing; nil (with the report failed) when it cannot.
    static func sample(of file: InputFile, options: ReadOptions, report: inout ReadReport) -> FileSample? {
        do {
            let bytes = try file.bytes(at: 0, count: FileSample.size)
            if bytes.isEmpty {
                report.fail("the file is empty")
                return nil
            }
            return FileSample(bytes: bytes, isWholeFile: Int64(bytes.count) >= file.size, encoding: options.encoding)
        } catch {
            report.fail(error.description)
            return nil
        }
    }

    /// Thrown through a reader to stop it when the caller's `emit` failed.
    private struct StopReading: Error {}
}
