import Diagnosis
import EventLog
import Foundation
import Testing
@testable import Audit
@testable import Reports

#if canImport(Glibc)
import Glibc
#endif

/// Audits of folders: logs found by content, machines grouped across files and formats, a
/// folder naming the machine of a file without computer names, failures reported, and the
/// same result for any number of threads.
@Suite("Fleet audit")
struct FleetAuditTests {
    static var sampleFleet: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SampleLogs/fleet").path
    }

    @Test func nonLogFilesAreSkippedAndListed() throws {
        let folder = try TestFolder()
        try folder.write("NTSRV01/System.xml", XMLEvent.export(XMLEvent.systemLog("NTSRV01", records: 1...5)))
        try folder.write("NTSRV01/notes.txt", "Exported by Jo on Monday.\n")
        try folder.write("NTSRV01/empty.log", "")
        try folder.write("NTSRV01/image.zip", Data([0x50, 0x4B, 0x03, 0x04, 0, 0]))
        let result = folder.audit()
        #expect(result.inputs.map(\.path) == [folder.path("NTSRV01/System.xml")])
        let skipped = result.discovery?.skipped ?? []
        #expect(skipped.map(\.path) == ["empty.log", "image.zip", "notes.txt"].map { folder.path("NTSRV01/" + $0) })
        #expect(skipped.map(\.reason) == ["an empty file", "not an event log: it looks like a ZIP archive; unpack it first",
                                          "not an event log: its first line is \"Exported by Jo on Monday.\""])
        #expect(!result.isIncomplete)
    }

    @Test func aMachinesLogsInTwoFormatsMakeOneMachine() throws {
        let folder = try TestFolder()
        let evt = try Data(contentsOf: URL(fileURLWithPath: FleetAuditTests.sampleFleet + "/site-b/dhcp01/SysEvent.Evt"))
        try folder.write("dhcp01/SysEvent.Evt", evt)
        try folder.write("dhcp01/Application.xml", XMLEvent.export([
            XMLEvent(record: 1, offset: 30 * 86_400, source: "DhcpServer", id: 1024, computer: "dhcp01.corp.example", channel: "Application"),
        ]))
        let result = folder.audit()
        #expect(result.hosts.map(\.computer) == ["DHCP01"])
        #expect(result.hosts.first?.files == [folder.path("dhcp01/Application.xml"), folder.path("dhcp01/SysEvent.Evt")])
        #expect(result.hosts.first?.eventCount == 30)
        #expect(Set(result.inputs.compactMap(\.format)) == [.evt, .eventXML])
    }

    @Test func aFileWithoutComputerNamesTakesItsFoldersName() throws {
        let folder = try TestFolder()
        try folder.write("site/WS07/System.xml", XMLEvent.export(XMLEvent.systemLog(nil, records: 1...6)))
        try folder.write("site/ws08/System.xml", XMLEvent.export(XMLEvent.systemLog(nil, records: 1...3)))
        try folder.write("site/named/System.xml", XMLEvent.export(XMLEvent.systemLog("NTSRV09", records: 1...3)
                                                                   + [XMLEvent(record: 4, offset: 99, source: "Srv", id: 2013, computer: nil)]))
        let result = folder.audit()
        #expect(result.hosts.map(\.computer) == ["NTSRV09", "WS07", "WS08"])
        #expect(result.hosts.map(\.eventCount) == [4, 6, 3])
        #expect(result.notes.contains("\(folder.path("site/WS07/System.xml")) names no computer: its events are counted as WS07, after its folder"))
    }

    @Test func overlappingExportsCountEachEventOnce() throws {
        let folder = try TestFolder()
        try folder.write("NTSRV01/System-1.xml", XMLEvent.export(XMLEvent.systemLog("NTSRV01", records: 1...30)))
        try folder.write("NTSRV01/System-2.xml", XMLEvent.export(XMLEvent.systemLog("NTSRV01", records: 21...50)))
        try folder.write("NTSRV01/System-3.xml", XMLEvent.export(XMLEvent.systemLog("ntsrv01.corp.example", records: 1...50)))
        let result = folder.audit()
        #expect(result.hosts.map(\.eventCount) == [50])
        #expect(result.inputs.map(\.events) == [30, 30, 50])
        let duplicates = result.discovery?.duplicates ?? []
        #expect(duplicates.map(\.count) == [10, 50])
        #expect(duplicates.last?.alreadyIn == [folder.path("NTSRV01/System-1.xml"), folder.path("NTSRV01/System-2.xml")])
        let srv = result.hosts.first?.findings.first { $0.rule == "Q196745" }
        #expect(srv?.evidence.first?.count == 10)
    }

    @Test func overlappingExportsWithoutRecordNumbersOrLogNamesCountOnce() throws {
        let folder = try TestFolder()
        try folder.write("a/System-1.xml", XMLEvent.export(XMLEvent.systemLog("NTSRV01", records: 1...30, channel: nil, numbered: false)))
        try folder.write("b/System-2.xml", XMLEvent.export(XMLEvent.systemLog("NTSRV01", records: 21...50, channel: nil, numbered: false)))
        let result = folder.audit()
        #expect(result.hosts.map(\.eventCount) == [50])
        #expect(result.discovery?.duplicates.map(\.count) == [10])
    }

    @Test func differentLogsOfOneMachineAreNotDuplicates() throws {
        let folder = try TestFolder()
        let system = XMLEvent.systemLog("NTSRV01", records: 1...20, channel: nil, numbered: false)
        let application = (1...20).map { XMLEvent(record: nil, offset: $0 * 3600, source: "MSSQLServer", id: 17055, computer: "NTSRV01", channel: nil) }
        try folder.write("NTSRV01/System.xml", XMLEvent.export(system))
        try folder.write("NTSRV01/Application.xml", XMLEvent.export(application))
        // Record numbers of two named logs are separate sequences too.
        try folder.write("NTSRV02/System.xml", XMLEvent.export(XMLEvent.systemLog("NTSRV02", records: 1...20)))
        try folder.write("NTSRV02/Application.xml", XMLEvent.export(XMLEvent.systemLog("NTSRV02", records: 1...20, channel: "Application")))
        let result = folder.audit()
        #expect(result.hosts.map(\.eventCount) == [40, 40])
        #expect(result.discovery?.duplicates.isEmpty == true)
    }

    @Test func unreadableAndMissingInputsAreReportedAndTheAuditGoesOn() throws {
        let folder = try TestFolder()
        try folder.write("NTSRV01/System.xml", XMLEvent.export(XMLEvent.systemLog("NTSRV01", records: 1...5)))
        let locked = try folder.write("NTSRV02/System.xml", XMLEvent.export(XMLEvent.systemLog("NTSRV02", records: 1...5)))
        chmod(locked, 0)
        defer { chmod(locked, 0o644) }
        let result = folder.audit(roots: [folder.root, folder.path("missing")])
        #expect(result.hosts.map(\.computer).contains("NTSRV01"))
        #expect(result.inputs.first { $0.path == folder.path("missing") }?.failed == true)
        if getuid() != 0 {
            let report = result.inputs.first { $0.path == locked }
            #expect(report?.failed == true && report?.problems.first?.message == "cannot open: permission denied")
        }
        #expect(result.isIncomplete)
    }

    @Test func aDamagedFileIsReadAsFarAsItGoes() throws {
        let result = FleetAudit.run(AuditRequest(roots: [FleetAuditTests.sampleFleet], jobs: 2, rules: TestFolder.rules))
        let damaged = try #require(result.inputs.first { $0.path.hasSuffix("mq01/SysEvent.Evt") })
        #expect(!damaged.failed && damaged.skipped == 1 && damaged.problems.count == 1 && damaged.events > 20)
        #expect(result.hosts.contains { $0.computer == "MQ01" })
    }

    @Test func theNumberOfJobsDoesNotChangeTheResult() throws {
        let header = ReportHeader(commandLine: "ntdiag audit", version: "0", rulesApplied: 0, generated: 0)
        var outputs: Set<String> = []
        var pages: Set<String> = []
        for jobs in [1, 4, 2] {
            let result = FleetAudit.run(AuditRequest(roots: [FleetAuditTests.sampleFleet], jobs: jobs, rules: TestFolder.rules))
            outputs.insert(DiagnosisJSON.render(result) + DiagnosisCSV.render(result) + FleetText.render(result))
            pages.insert(HTMLReport.render(result, header: header))
        }
        #expect(outputs.count == 1 && pages.count == 1)
    }

    @Test func progressCountsEveryFile() throws {
        let progress = AuditProgress()
        _ = FleetAudit.run(AuditRequest(roots: [FleetAuditTests.sampleFleet], jobs: 3, rules: TestFolder.rules), progress: progress)
        let done = progress.current
        #expect(done.filesDone == done.filesTotal && done.filesTotal == 11)
        #expect(done.bytesRead > 100_000)
    }
}

/// One file of an audit that cannot be opened (removed after the walk found it, or unreadable)
/// is a failed input with its reason, and the rest goes on.
@Suite("File reading")
struct FileReadingTests {
    @Test func aFileThatCannotBeOpenedIsAFailedInput() throws {
        let folder = try TestFolder()
        let found = FoundFile(path: folder.path("gone/System.xml"), size: 100, folderName: "gone")
        let outcome = FileReading.read(found, options: ReadOptions(), rules: TestFolder.rules)
        #expect(outcome.report.failed && outcome.notALog == nil)
        #expect(outcome.report.problems.first?.message == "cannot open: no such file")
    }
}

extension FileReadingTests {
    @Test func aVistaLogIsAFailedInputNotAFileToPassOver() throws {
        let folder = try TestFolder()
        let path = try folder.write("NTSRV01/System.evtx", Data(Array("ElfFile\u{0}".utf8) + [UInt8](repeating: 0, count: 120)))
        let outcome = FileReading.read(FoundFile(path: path, size: 128, folderName: "NTSRV01"), options: ReadOptions(), rules: TestFolder.rules)
        #expect(outcome.notALog == nil && outcome.report.failed)
        #expect(outcome.report.problems.first?.message.hasPrefix("it looks like a Vista+ binary event log (.evtx)") == true)
    }
}
