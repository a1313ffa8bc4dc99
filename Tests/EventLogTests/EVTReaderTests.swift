import Testing
@testable import EventLog

/// Reads built `.evt` bytes through the front door, as a user's file is read.
func readEVT(_ bytes: [UInt8], detail: ReadDetail = .full) throws -> ([Event], ReadReport) {
    let path = try TemporaryFiles.write(bytes, name: "test.evt")
    var events: [Event] = []
    let report = EventLogFile.read(path: path, options: ReadOptions(detail: detail)) { events.append($0) }
    return (events, report)
}

@Suite("EVT reader: records and fields")
struct EVTReaderTests {
    @Test func cleanLogEveryField() throws {
        var builder = EVTBuilder(size: 0x30 + 4096)
        var first = EVTBuilder.Record(number: 1, source: "EventLog", eventID: 0x8000_1779, strings: ["4.0", "1381", "Service Pack 3", "Uniprocessor Free"])
        first.timeGenerated = 925_000_000
        first.timeWritten = 925_000_002
        first.computer = "FILESRV01"
        builder.append(first)
        var second = EVTBuilder.Record(number: 2, source: "Srv", eventID: 0xC000_07E4, strings: [""], data: [0, 0, 0, 0, 3, 0, 0x48, 0, 0xE4, 0x07, 0, 0xC0])
        second.type = 1
        second.category = 7
        second.sid = EVTBuilder.sid(authority: 5, [21, 1_004_336_348, 1_177_238_915, 682_003_330, 500])
        builder.append(second)
        builder.finish()

        let (events, report) = try readEVT(builder.file)
        #expect(report.format == .evt)
        #expect(report.events == 2 && report.recovered == 0 && report.skipped == 0 && report.problemCount == 0)
        #expect(report.details["header"] == "clean")
        #expect(report.details["end-of-file record"] == "at " + EVTFormat.hex(builder.position))
        try #require(events.count == 2)
        let a = events[0], b = events[1]
        #expect(a.source == "EventLog" && a.id == 6009 && a.fullID == 0x8000_1779)
        #expect(a.type == .information && a.categoryNumber == 0)
        #expect(a.timeGenerated == EventTime(seconds: 925_000_000, isUTC: true))
        #expect(a.timeWritten == EventTime(seconds: 925_000_002, isUTC: true))
        #expect(a.recordNumber == 1 && a.computer == "FILESRV01" && a.userSID == nil && a.log == nil)
        #expect(a.strings == ["4.0", "1381", "Service Pack 3", "Uniprocessor Free"])
        #expect(a.message == "Microsoft (R) Windows NT (R) 4.0 1381 Service Pack 3 Uniprocessor Free.")
        #expect(a.data.isEmpty && a.origin.offset == 0x30 && !a.isRecovered)
        #expect(b.source == "Srv" && b.id == 2020 && b.fullID == 0xC000_07E4 && b.type == .error && b.categoryNumber == 7)
        #expect(b.userSID == "S-1-5-21-1004336348-1177238915-682003330-500")
        #expect(b.strings == [""])
        #expect(b.data == [0, 0, 0, 0, 3, 0, 0x48, 0, 0xE4, 0x07, 0, 0xC0])
        #expect(b.message == "The server was unable to allocate from the system paged pool because the pool was empty.")
        #expect(b.origin.offset == Int64(builder.offsets[2] ?? 0))
    }

    @Test func loneSurrogateBecomesReplacementAndRecordIsKept() throws {
        var builder = EVTBuilder(size: 0x30 + 1024)
        var record = EVTBuilder.Record(number: 1, source: "TestApp", eventID: 1)
        record.strings = [[0x41, 0xD800, 0x42], [0xDC00], Array("ok 𝄞".utf16)]
        builder.append(record)
        builder.append(EVTBuilder.Record(number: 2, source: "TestApp", eventID: 2, strings: ["next"]))
        builder.finish()
        let (events, report) = try readEVT(builder.file)
        #expect(report.skipped == 0)
        #expect(events.map(\.strings) == [["A\u{FFFD}B", "\u{FFFD}", "ok 𝄞"], ["next"]])
    }

    @Test func sidRendering() {
        let cases: [([UInt8], String?)] = [
            (EVTBuilder.sid(authority: 5, [18]), "S-1-5-18"),
            (EVTBuilder.sid(authority: 5, [32, 544]), "S-1-5-32-544"),
            (EVTBuilder.sid(authority: 1, [0]), "S-1-1-0"),
            (EVTBuilder.sid(authority: 0x1_0000_0000, [1]), "S-1-0x000100000000-1"),
            ([1, 2, 0, 0, 0, 0, 0, 5, 18, 0, 0, 0], nil), // claims two sub-authorities, has one
            ([2, 1, 0, 0, 0, 0, 0, 5, 18, 0, 0, 0], nil), // revision 2
        ]
        for (bytes, expected) in cases {
            #expect(bytes.withUnsafeBytes { EVTSID.string($0) } == expected)
        }
    }

    @Test func summaryDetailKeepsCountsAndSkipsText() throws {
        var builder = EVTBuilder(size: 0x30 + 1024)
        builder.append(EVTBuilder.Record(number: 1, strings: ["Spooler", "running"]))
        builder.finish()
        let (full, fullReport) = try readEVT(builder.file)
        let (summary, summaryReport) = try readEVT(builder.file, detail: .summary)
        #expect(fullReport.events == summaryReport.events && fullReport.problemCount == summaryReport.problemCount)
        #expect(full[0].message == "The Spooler service entered the running state.")
        #expect(summary[0].strings.isEmpty && summary[0].message == nil && summary[0].source.isEmpty)
        #expect(summary[0].recordNumber == full[0].recordNumber && summary[0].fullID == full[0].fullID && summary[0].timeWritten == full[0].timeWritten)
    }

    @Test func recognisedBySignatureNotName() throws {
        var builder = EVTBuilder(size: 0x30 + 256)
        builder.finish()
        let (events, report) = try readEVT(builder.file)
        #expect(report.format == .evt && !report.failed && events.isEmpty)
        #expect(EventLogReaders.all.first.map { $0 == EVTReader.self } == true)
    }
}
