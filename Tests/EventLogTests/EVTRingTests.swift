import Testing
@testable import EventLog

/// The ring: wrapping, padding, stale and unwritten headers, and where the end-of-file record is.
@Suite("EVT reader: the ring")
struct EVTRingTests {
    static func record(_ number: UInt32) -> EVTBuilder.Record {
        EVTBuilder.Record(number: number, strings: ["Service \(number)", number % 2 == 0 ? "running" : "stopped"])
    }

    static let length = record(1).bytes.count
    /// Where the strings start: after the fixed part, "Service Control Manager", "NTSERVER" and 2 bytes to align.
    static let stringsOffset = 0x38 + 48 + 18 + 2

    /// A log of `count` records starting `begin` bytes into a file of `size` bytes.
    static func log(size: Int, begin: Int, count: UInt32, first: UInt32 = 1, flags: UInt32 = 0) -> EVTBuilder {
        var builder = EVTBuilder(size: size, begin: begin)
        for number in first..<(first + count) { builder.append(record(number)) }
        builder.finish(flags: flags)
        return builder
    }

    static func expectRecords(_ events: [Event], _ numbers: [UInt64], builder: EVTBuilder) {
        #expect(events.map(\.recordNumber) == numbers)
        for event in events {
            let number = UInt32(event.recordNumber ?? 0)
            #expect(event.strings == ["Service \(number)", number % 2 == 0 ? "running" : "stopped"])
            #expect(event.message == "The Service \(number) service entered the \(number % 2 == 0 ? "running" : "stopped") state.")
            if !event.isRecovered { #expect(event.origin.offset == builder.offsets[number].map(Int64.init)) }
        }
    }

    @Test func recordSplitAcrossTheEndOfTheFile() throws {
        let size = 0x30 + 1000
        let room = (EVTRingTests.length / 2) & ~3
        let builder = EVTRingTests.log(size: size, begin: size - 2 * EVTRingTests.length - room, count: 5, flags: 0x2)
        let split = try #require(builder.offsets[3])
        try #require(size - split >= 0x38 && size - split < EVTRingTests.length)
        let (events, report) = try readEVT(builder.file)
        EVTRingTests.expectRecords(events, [1, 2, 3, 4, 5], builder: builder)
        #expect(report.problemCount == 0 && report.details["header"] == "clean, wrapped")
    }

    @Test func paddingWhenTheFixedPartDoesNotFit() throws {
        let size = 0x30 + 1000
        let builder = EVTRingTests.log(size: size, begin: size - 2 * EVTRingTests.length - 20, count: 4, flags: 0x2)
        #expect(builder.offsets[3] == 0x30)
        #expect(Array(builder.file[(size - 20)...]) == Array(repeating: EVTBuilder.le(0x27), count: 5).flatMap { $0 })
        let (events, report) = try readEVT(builder.file)
        EVTRingTests.expectRecords(events, [1, 2, 3, 4], builder: builder)
        #expect(report.problemCount == 0)
    }

    @Test func endOfFileRecordSplitAcrossTheEnd() throws {
        let size = 0x30 + 1000
        var builder = EVTBuilder(size: size, begin: size - 2 * EVTRingTests.length - 20)
        builder.append(EVTRingTests.record(1))
        builder.append(EVTRingTests.record(2))
        builder.finish(flags: 0x2)
        #expect(builder.position == size - 20)
        let (events, report) = try readEVT(builder.file)
        EVTRingTests.expectRecords(events, [1, 2], builder: builder)
        #expect(report.details["end-of-file record"] == "at " + EVTFormat.hex(size - 20))
        // The same with a stale header: found by scanning, across the wrap.
        var stale = builder
        stale.writeHeader(start: 0x30, end: 0x30, current: 1, oldest: 0, flags: 0x3)
        let (again, staleReport) = try readEVT(stale.file)
        EVTRingTests.expectRecords(again, [1, 2], builder: builder)
        #expect(staleReport.details["end-of-file record"]?.hasPrefix("at " + EVTFormat.hex(size - 20) + ", found by scanning") == true)
    }

    @Test func dirtyLogWithStaleHeaderIsReadFromTheEndOfFileRecord() throws {
        let size = 0x30 + 2000
        var builder = EVTRingTests.log(size: size, begin: 0x30 + 700, count: 10, first: 41, flags: 0x3)
        // The header was last flushed when record 45 was the newest and 41 the oldest.
        builder.writeHeader(start: 0x30 + 700, end: builder.offsets[46] ?? 0, current: 46, oldest: 41, flags: 0x3)
        let (events, report) = try readEVT(builder.file)
        EVTRingTests.expectRecords(events, Array(41...50), builder: builder)
        #expect(report.details["header"] == "dirty, wrapped")
        let note = try #require(report.details["end-of-file record"])
        #expect(note.contains("found by scanning") && note.contains("the header is stale"))
    }

    @Test func headerNeverFlushed() throws {
        var builder = EVTRingTests.log(size: 0x30 + 4096, begin: 0x30, count: 5)
        builder.writeHeader(start: 0x30, end: 0x30, current: 1, oldest: 0, flags: 0x1)
        let (events, report) = try readEVT(builder.file)
        EVTRingTests.expectRecords(events, [1, 2, 3, 4, 5], builder: builder)
        #expect(report.recovered == 0 && report.skipped == 0)
    }

    @Test func recordWithZeroFilledTailIsReadAsTruncated() throws {
        var builder = EVTRingTests.log(size: 0x30 + 2048, begin: 0x30, count: 3)
        let start = try #require(builder.offsets[2])
        let cut = start + EVTRingTests.stringsOffset + 20 // past the first string, "Service 2" and its NUL
        for index in cut..<(start + EVTRingTests.length) { builder.file[index] = 0 }
        let (events, report) = try readEVT(builder.file)
        #expect(events.map(\.recordNumber) == [1, 2, 3])
        #expect(events[1].strings.first == "Service 2" && events[1].source == "Service Control Manager")
        #expect(report.skipped == 0 && report.problems.contains { $0.location == .offset(Int64(start)) && $0.message.contains("truncated") })
    }

    @Test func fileCopiedShortKeepsTheReadablePartOfTheLastRecord() throws {
        let builder = EVTRingTests.log(size: 0x30 + 2048, begin: 0x30, count: 3)
        let start = try #require(builder.offsets[3])
        let bytes = Array(builder.file[..<(start + EVTRingTests.stringsOffset + 20 + 6)])
        let (events, report) = try readEVT(bytes)
        #expect(events.map(\.recordNumber) == [1, 2, 3])
        #expect(events[2].strings == ["Service 3", "sto"] && !events[2].isRecovered)
        #expect(report.problems.contains { $0.message.contains("no end-of-file record") })
    }

    @Test func lengthsPointingOutsideTheFileAreSkipped() throws {
        for bad: UInt32 in [0, 0x10, 0x3E, 0x7FFF_FFF0, 0xFFFF_FFFC, UInt32(EVTRingTests.length + 8)] {
            var builder = EVTRingTests.log(size: 0x30 + 2048, begin: 0x30, count: 4)
            let start = try #require(builder.offsets[2])
            builder.place(EVTBuilder.le(bad), at: start)
            let (events, report) = try readEVT(builder.file)
            #expect(events.map(\.recordNumber) == [1, 3, 4], "length \(bad)")
            #expect(report.skipped == 1 && report.problems.first?.location == .offset(Int64(start)), "length \(bad)")
        }
    }

    @Test func offsetsInsideARecordPointingOutsideItAreIgnored() throws {
        var builder = EVTBuilder(size: 0x30 + 1024)
        var record = EVTBuilder.Record(number: 1, strings: ["a", "b"], data: [1, 2, 3, 4])
        record.sid = EVTBuilder.sid(authority: 5, [18])
        builder.append(record)
        builder.append(EVTRingTests.record(2))
        builder.finish()
        let start = builder.offsets[1] ?? 0
        builder.place(EVTBuilder.le(0xFFFF_FF00), at: start + 0x24) // strings
        builder.place(EVTBuilder.le(0x7000_0000), at: start + 0x2C) // SID
        builder.place(EVTBuilder.le(0xFFFF_FFF0), at: start + 0x30) // data length
        let (events, report) = try readEVT(builder.file)
        #expect(events.count == 2 && report.skipped == 0)
        #expect(events[0].strings.isEmpty && events[0].userSID == nil && events[0].data.isEmpty)
        #expect(events[0].message == "The  service entered the  state." || events[0].message?.hasPrefix("The %1") == true)
    }

    @Test func lengthsThatGoRoundTheRingDoNotLoop() throws {
        // Records fill the ring exactly and there is no end-of-file record: walking by lengths
        // comes back to the start for ever unless the walk stops after one lap.
        let size = 0x30 + 4 * EVTRingTests.length
        var builder = EVTBuilder(size: size)
        for number: UInt32 in 1...4 { builder.append(EVTRingTests.record(number)) }
        builder.writeHeader(start: 0x30, end: 0x30, current: 1, oldest: 0, flags: 0x1)
        let (events, report) = try readEVT(builder.file)
        EVTRingTests.expectRecords(events, [1, 2, 3, 4], builder: builder)
        #expect(report.problems.contains { $0.message.contains("went round the whole log") })
        // A record that claims the whole ring, its copy in the DWORD before it.
        var whole = EVTBuilder(size: 0x30 + 512)
        whole.append(EVTRingTests.record(1))
        whole.finish()
        whole.place(EVTBuilder.le(512), at: 0x30)
        whole.place(EVTBuilder.le(512), at: 0x30 + 508)
        let (none, wholeReport) = try readEVT(whole.file)
        #expect(none.count <= 1 && wholeReport.skipped <= 1)
    }

    @Test func damageWithNoEndOfFileRecordLeavesTheRestToCarving() throws {
        var builder = EVTRingTests.log(size: 0x30 + 4096, begin: 0x30, count: 4)
        builder.place([UInt8](repeating: 0, count: 40), at: builder.position) // no EOF record
        builder.place(EVTBuilder.le(0), at: builder.offsets[2] ?? 0)
        builder.writeHeader(start: 0x30, end: 0x30, current: 1, oldest: 0, flags: 0x1)
        let (events, report) = try readEVT(builder.file)
        #expect(events.map(\.recordNumber) == [1, 3, 4])
        #expect(events.map(\.isRecovered) == [false, true, true])
        #expect(report.recovered == 2 && report.details["end-of-file record"] == "not found")
    }
}
