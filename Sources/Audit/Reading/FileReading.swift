import Diagnosis
import EventLog

/// What reading one file of an audit gave: its read report, or why it is not a log; the
/// machines its events describe; how much of each log it covers; and how many of its events
/// earlier files already held.
struct FileOutcome: Sendable {
    var report: ReadReport
    /// Set when the file is not an event log (skipped and listed, not a failure).
    var notALog: String?
    var session: DiagnosisSession
    var coverage = ExportCoverage()
    var unnamedOwner: HostKey
    var duplicates = 0
    /// Every event counted per machine and day, when the audit keeps a history.
    var days: DailyEventCounter?
}

/// Reads one file of an audit: recognises it by content, streams its events into a diagnosis
/// session of its own, and either records what it covers (first reading) or leaves out the
/// events that earlier files already held (second reading, only for overlapping exports). A
/// performance counter log goes to the session's counters.
enum FileReading {
    /// `format`: what a first reading recognised, so that a second one need not sniff again;
    /// `countDays`: count every event kept per machine and day (for the history).
    static func read(_ found: FoundFile, options: ReadOptions, rules: RuleSet, duplicates: DuplicateRules? = nil,
                     format known: LogFormat? = nil, countDays: Bool = false) -> FileOutcome {
        var outcome = FileOutcome(report: ReadReport(path: found.path), session: DiagnosisSession(rules: rules),
                                  unnamedOwner: HostKey(found.folderName))
        let file: InputFile
        do {
            file = try InputFile(path: found.path)
        } catch {
            outcome.report.fail("cannot open: \(error.description)")
            return outcome
        }
        // Sniff once, then read as the format found (sniffing costs as much as reading a small file).
        var options = options
        if options.format == nil {
            switch known.map(Recognition.log) ?? recognise(file, options: options, report: &outcome.report) {
            case .log(let format): options.format = format
            case .notALog(let reason):
                outcome.notALog = reason
                return outcome
            case .failed: return outcome
            }
        }
        if options.format == .pdhCSV {
            let (report, gathered) = CounterLogGatherer.read(path: found.path, options: options)
            outcome.report = report
            if let gathered { outcome.session.add(gathered) }
            return outcome
        }
        var session = outcome.session
        var days = countDays ? DailyEventCounter() : nil
        var builder = ExportCoverage.Builder()
        var filter = duplicates.map(DuplicateRules.Filter.init)
        var dropped = 0
        EventLogFile.read(file, options: options, report: &outcome.report) { event in
            if filter != nil {
                if filter?.isDuplicate(event) == true {
                    dropped += 1
                    return
                }
            } else {
                builder.record(event)
            }
            session.add(event, file: found.path)
            days?.add(event, file: found.path)
        }
        session.nameUnnamedEvents(of: found.path, after: found.folderName)
        outcome.unnamedOwner = session.ownerOfUnnamedEvents(in: found.path)
        if duplicates == nil { outcome.coverage = builder.finish(unnamedOwner: outcome.unnamedOwner) }
        outcome.session = session
        outcome.duplicates = dropped
        outcome.days = days
        return outcome
    }

    /// What a file's beginning says it is.
    enum Recognition {
        case log(LogFormat)
        /// Skipped and listed, with the reason: empty, or not a log.
        case notALog(String)
        /// A log ntdiag cannot read, or a file that cannot be read (the report says why).
        case failed
    }

    private static func recognise(_ file: InputFile, options: ReadOptions, report: inout ReadReport) -> Recognition {
        let bytes: [UInt8]
        do {
            bytes = try file.bytes(at: 0, count: FileSample.size)
        } catch {
            report.fail(error.description)
            return .failed
        }
        if bytes.isEmpty { return .notALog("an empty file") }
        let sample = FileSample(bytes: bytes, isWholeFile: Int64(bytes.count) >= file.size, encoding: options.encoding)
        if let reader = EventLogReaders.sniff(sample) { return .log(reader.format) }
        if PDHCSVReader.recognizes(sample) { return .log(.pdhCSV) }
        // A log ntdiag cannot read is a failure, not a file to pass over: the audit is incomplete.
        if sample.starts(with: FileReading.evtxSignature) {
            report.fail(sample.firstBytesDescription)
            return .failed
        }
        return .notALog("not an event log: " + sample.firstBytesDescription)
    }

    static let evtxSignature = Array("ElfFile\u{0}".utf8)
}
