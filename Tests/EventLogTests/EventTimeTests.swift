import Testing
@testable import EventLog

@Suite("Event times")
struct EventTimeTests {
    @Test func roundTripsCalendarFields() throws {
        let time = try #require(EventTime(year: 1999, month: 5, day: 14, hour: 10, minute: 2, second: 11, isUTC: true))
        #expect(time.seconds == 926_676_131)
        #expect(time.iso8601 == "1999-05-14T10:02:11Z")
        let leap = try #require(EventTime(year: 2000, month: 2, day: 29, isUTC: false))
        #expect(leap.iso8601 == "2000-02-29T00:00:00")
        #expect(EventTime(year: 1999, month: 2, day: 29, isUTC: true) == nil)
    }

    @Test func fractionsAndOldDates() throws {
        let time = try #require(EventTime(year: 1601, month: 1, day: 1, nanosecond: 165_775_000, isUTC: true))
        #expect(time.iso8601 == "1601-01-01T00:00:00.165775Z")
    }

    @Test func timeZonePinning() throws {
        let zone = try #require(FixedTimeZone(parsing: "+01:00"))
        let local = try #require(EventTime(year: 1999, month: 5, day: 14, hour: 10, isUTC: false))
        #expect(zone.pin(local).iso8601 == "1999-05-14T09:00:00Z")
        #expect(FixedTimeZone(parsing: "UTC")?.offsetSeconds == 0)
        #expect(FixedTimeZone(parsing: "-0530")?.offsetSeconds == -19_800)
        #expect(FixedTimeZone(parsing: "banana") == nil)
    }

    @Test func typeNames() {
        #expect(EventType(name: "Avertissement") == .warning)
        #expect(EventType(name: "Success Audit") == .successAudit)
        #expect(EventType(name: "Audit Failure") == .failureAudit)
        #expect(EventType(name: "Informationen") == .information)
        #expect(EventType(classic: 16) == .failureAudit)
        #expect(EventType(level: 1) == .critical)
        #expect(EventType(name: "") == nil)
    }
}
