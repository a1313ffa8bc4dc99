import Diagnosis
import Testing
@testable import Audit

/// The compact structures that find duplicates: record runs and fingerprint samples stay
/// bounded and answer exactly where they can.
@Suite("Duplicate detection")
struct DuplicateTests {
    @Test func consecutiveRecordsMakeOneRun() {
        var runs = RecordRuns()
        for number in UInt64(1)...100_000 { runs.record(number, seconds: Int64(number)) }
        #expect(runs.runs == [RecordRuns.Run(first: 1, last: 100_000, firstTime: 1, lastTime: 100_000)])
        #expect(runs.contains(500, seconds: 500) && !runs.contains(500, seconds: 200_000) && !runs.contains(100_001, seconds: 5))
    }

    @Test func aClearedLogStartsANewRun() {
        var runs = RecordRuns()
        for number in UInt64(1)...10 { runs.record(number, seconds: Int64(number)) }
        for number in UInt64(1)...10 { runs.record(number, seconds: 1_000 + Int64(number)) }
        let compacted = runs.compacted()
        #expect(compacted.contains(5, seconds: 5) && compacted.contains(5, seconds: 1_005))
        var other = RecordRuns()
        other.record(5, seconds: 500)
        #expect(!runs.overlaps(other))
        other.record(6, seconds: 1_006)
        #expect(runs.overlaps(other))
    }

    @Test func runsStayBoundedOnScatteredRecords() {
        var runs = RecordRuns()
        for number in stride(from: UInt64(0), to: 40_000, by: 2) { runs.record(number, seconds: Int64(number)) }
        #expect(runs.runs.count <= RecordRuns.limit)
        #expect(runs.compacted().contains(20_000, seconds: 20_000))
    }

    @Test func samplesAreBoundedAndChosenByContent() {
        var a = FingerprintSample(), b = FingerprintSample()
        for second in Int64(0)..<50_000 {
            let print = EventFingerprint.of(seconds: second, isUTC: true, source: "Srv", id: 2020)
            a.record(print, seconds: second)
            if second >= 25_000 { b.record(print, seconds: second) }
        }
        #expect(a.prints.count <= FingerprintSample.limit && a.level > 0)
        let level = max(a.level, b.level)
        let theirs = b.prints(atLevel: level, from: 25_000, to: 49_999)
        #expect(!theirs.isEmpty && theirs.allSatisfy(a.contains))
    }

    @Test func fingerprintsIgnoreCaseOfTheSourceButNotTheTimeFrame() {
        let utc = EventFingerprint.of(seconds: 10, isUTC: true, source: "Srv", id: 2020)
        #expect(utc == EventFingerprint.of(seconds: 10, isUTC: true, source: "SRV", id: 2020))
        #expect(utc != EventFingerprint.of(seconds: 10, isUTC: false, source: "Srv", id: 2020))
        #expect(utc != EventFingerprint.of(seconds: 11, isUTC: true, source: "Srv", id: 2020))
    }
}
