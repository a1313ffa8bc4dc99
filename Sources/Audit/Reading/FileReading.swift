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
}

/// Reads one file of an audit: recognises it by content, streams its events into a diagnosis
/// session of its own, and either records what it covers (first reading) or leaves out the
/// events that earlier files already held (second reading, only for overlapping exports).
enum FileReading {
    static func read(_ found: FoundFile, options: ReadOptions, rules: RuleSet, duplicates: DuplicateRules? = nil) -> FileOutcome {
        var outcome = FileOutcome(report: ReadReport(path: found.path), session: DiagnosisSession(rules: rules),
                                  unnamedOwner: HostKey(found.folderName))
        let file: InputFile
        do {
            file = try InputFile(path: found.path)
        } catch {
            outcome.report.fail("cannot open: \(error.description)")
            return outcome
        }
        if options.format == nil, let reason = notALog(file, options: options, report: &outcome.report) {
            outcome.notALog = reason
            return outcome
        }
        guard !outcome.report.failed else { return outcome }
        var session = outcome.session
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
        }
        session.nameUnnamedEvents(of: found.path, after: found.folderName)
        outcome.unnamedOwner = session.ownerOfUnnamedEvents(in: found.path)
        if duplicates == nil { outcome.coverage = builder.finish(unnamedOwner: outcome.unnamedOwner) }
        outcome.session = session
        outcome.duplicates = dropped
        return outcome
    }

    /// Why the file is not an event log (empty, or no reader recognises its beginning), or nil.
    private static func notALog(_ file: InputFile, options: ReadOptions, report: inout ReadReport) -> String? {
        let bytes: [UInt8]
        do {
            bytes = try file.bytes(at: 0, count: FileSample.size)
        } catch {
            report.fail(error.description)
            return nil
        }
        if bytes.isEmpty { return "an empty file" }
        let sample = FileSample(bytes: bytes, isWholeFile: Int64(bytes.count) >= file.size, encoding: options.encoding)
        guard EventLogReaders.sniff(sample) == nil else { return nil }
        // A log ntdiag cannot read is a failure, not a file to pass over: the audit is incomplete.
        if sample.starts(with: FileReading.evtxSignature) {
            report.fail(sample.firstBytesDescription)
            return nil
        }
        return "not an event log: " + sample.firstBytesDescription
    }

    static let evtxSignature = Array("ElfFile\u{0}".utf8)
}
