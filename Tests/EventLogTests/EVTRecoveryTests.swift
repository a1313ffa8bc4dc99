import Testing
@testable import EventLog

/// Records carved from slack space: recovered, de-duplicated against live ones, in number order.
@Suite("EVT reader: recovery from slack space")
struct EVTRecoveryTests {
    @Test func oldRecordsInSlackAreRecoveredInOrderWithoutDuplicates() throws {
        let length = EVTRingTests.length
        let size = 0x30 + 20 * length
        let begin = 0x30 + 10 * length
        var builder = EVTBuilder(size: size, begin: begin)
        // The previous lap: old records 7 and 8, a stale copy of live record 12, a copy of 11
        // written at another time (a different event: the log was cleared since), and record 9,
        // whose tail the live record 10 overwrote.
        var offset = 0x30 + 2 * length
        for number: UInt32 in [7, 8, 12] {
            let bytes = EVTRingTests.record(number).bytes
            builder.place(bytes, at: offset)
            offset += bytes.count
        }
        var other = EVTRingTests.record(11)
        other.timeWritten = 1_000_000_500
        builder.place(other.bytes, at: offset)
        // Record 9 keeps its names and first string; its second string is cut after "stop".
        builder.place(EVTRingTests.record(9).bytes, at: begin - (EVTRingTests.stringsOffset + 20 + 8))
        for number: UInt32 in 10...14 { builder.append(EVTRingTests.record(number)) }
        builder.finish(flags: 0x1)

        let (events, report) = try readEVT(builder.file)
        #expect(events.map(\.recordNumber) == [7, 8, 9, 10, 11, 11, 12, 13, 14])
        #expect(events.map(\.isRecovered) == [true, true, true, false, false, true, false, false, false])
        #expect(report.recovered == 4 && report.events == 9)
        #expect(report.details["recovered"] == "4 records carved from slack space, 1 more were stale copies of live records")
        let cut = events[2]
        #expect(cut.source == "Service Control Manager" && cut.strings == ["Service 9", "stop"])
        #expect(cut.origin.offset == Int64(begin - (EVTRingTests.stringsOffset + 20 + 8)))
        #expect(events[5].timeWritten == EventTime(seconds: 1_000_000_500, isUTC: true))
        EVTRingTests.expectRecords(events.filter { $0.recordNumber != 9 }, [7, 8, 10, 11, 11, 12, 13, 14], builder: builder)
    }

    @Test func slackAcrossTheEndOfTheFileIsCarvedWithWrap() throws {
        let length = EVTRingTests.length
        let size = 0x30 + 10 * length + 40
        var builder = EVTBuilder(size: size, begin: 0x30 + 3 * length)
        // An old record split across the end of the file, in the slack after the EOF record.
        let old = EVTRingTests.record(2).bytes
        builder.place(old, at: size - length / 2 & ~3)
        for number: UInt32 in 3...6 { builder.append(EVTRingTests.record(number)) }
        builder.finish(flags: 0x3)
        let (events, report) = try readEVT(builder.file)
        #expect(events.map(\.recordNumber) == [2, 3, 4, 5, 6])
        #expect(events.first?.isRecovered == true && events.first?.strings == ["Service 2", "running"])
        #expect(report.recovered == 1)
    }

    @Test func strayLfLeInSlackIsNotARecord() throws {
        var builder = EVTBuilder(size: 0x30 + 2048)
        builder.append(EVTRingTests.record(1))
        builder.finish()
        builder.place([0x40, 0, 0, 0] + Array("LfLe".utf8) + [UInt8](repeating: 0xFF, count: 80), at: 0x30 + 1024)
        let (events, report) = try readEVT(builder.file)
        #expect(events.count == 1 && report.recovered == 0)
    }
}
