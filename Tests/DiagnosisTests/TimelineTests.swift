import EventLog
import Testing
@testable import Diagnosis

/// Timelines: times kept exactly while few, in widening buckets after, the same whatever the
/// order; boots, shutdowns and each finding's events gathered.
@Suite("Timeline")
struct TimelineTests {
    @Test func fewTimesAreExact() {
        var buckets = TimeBuckets()
        for seconds in [30, 10, 20, 10] as [Int64] { buckets.record(seconds) }
        #expect(buckets.width == 1 && buckets.total == 4)
        #expect(buckets.buckets.map(\.start) == [10, 20, 30] && buckets.buckets.map(\.count) == [2, 1, 1])
    }

    @Test func manyTimesWidenTheBucketsButStayBounded() {
        var buckets = TimeBuckets()
        for seconds in Int64(0)..<100_000 { buckets.record(seconds * 7) }
        #expect(buckets.buckets.count <= TimeBuckets.limit)
        #expect(buckets.total == 100_000 && buckets.buckets.reduce(0) { $0 + $1.count } == 100_000)
        #expect(buckets.width > 1 && buckets.width & (buckets.width - 1) == 0)
    }

    @Test func theOrderOfTimesAndMergesDoesNotMatter() {
        let times = (0..<5_000).map { Int64(($0 * 7_919) % 100_003) * 31 }
        var forward = TimeBuckets(), backward = TimeBuckets(), left = TimeBuckets(), right = TimeBuckets()
        for time in times { forward.record(time) }
        for time in times.reversed() { backward.record(time) }
        for time in times.prefix(1_000) { left.record(time) }
        for time in times.dropFirst(1_000) { right.record(time) }
        right.merge(left)
        #expect(forward == backward && forward == right)
    }

    @Test func aDiagnosisCarriesBootsShutdownsAndEachFindingsEvents() throws {
        let host = try #require(Fixture.diagnose([
            Fixture.boot(day: 1), Fixture.event("EventLog", 6008, day: 5, type: .error), Fixture.boot(day: 5),
            Fixture.event("Srv", 2020, day: 14, type: .error), Fixture.event("Srv", 2020, day: 15, type: .error),
        ], rules: RuleSet.builtIn()))
        #expect(host.timeline.boots.total == 2)
        #expect(host.timeline.uncleanShutdowns.total == 1 && host.timeline.cleanShutdowns.isEmpty)
        #expect(host.timeline.findings["Q196745"]?.total == 2)
        #expect(host.timeline.findings["Q196745"]?.buckets.first?.start == Fixture.time(day: 14).seconds)
    }

    @Test func servicesRestartedWithoutARebootAreOnTheTimeline() throws {
        let host = try #require(Fixture.diagnose([
            Fixture.boot(day: 1),
            Fixture.service("Spooler", "stopped", day: 2), Fixture.service("Spooler", "running", day: 2, minute: 5),
            Fixture.service("Spooler", "stopped", day: 3), Fixture.boot(day: 3, hour: 9), Fixture.service("Spooler", "running", day: 3, hour: 10),
        ], rules: RuleSet.builtIn()))
        #expect(host.timeline.restarts.map(\.service) == ["Spooler"])
        #expect(host.timeline.restarts.first?.times.buckets.map(\.start) == [Fixture.time(day: 2, hour: 12, minute: 5).seconds])
    }
}
