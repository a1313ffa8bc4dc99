import EventLog
import Testing
@testable import Diagnosis

@Suite("Trends: Theil–Sen, Mann–Kendall, counters, weeks and boots")
struct TrendTests {
    /// A deterministic pseudo-random generator (tests must not depend on the run).
    struct Noise {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        /// Roughly normal, mean 0, standard deviation 1 (sum of twelve uniforms).
        mutating func gaussian() -> Double { (0..<12).reduce(0) { sum, _ in sum + next() } - 6 }
    }

    static let start: Int64 = 920_246_400  // 1999-03-01

    static func series(hours: Int, start: Int64 = TrendTests.start, value: (Int) -> Double) -> CounterSeries {
        var series = CounterSeries(isUTC: true)
        for hour in 0..<hours {
            for quarter in 0..<4 { series.add(seconds: start + Int64(hour * 3600 + quarter * 900), value: value(hour)) }
        }
        return series
    }

    @Test func theilSenIgnoresOutliers() throws {
        let x = (0..<20).map(Double.init)
        var y = x.map { 3 + 2 * $0 }
        y[4] = 500
        y[15] = -300
        let line = try #require(TrendStatistics.theilSen(x: x, y: y))
        #expect(abs(line.slope - 2) < 1e-9 && abs(line.value(at: 10) - 23) < 1e-9)
        #expect(line.reaching(43).map { abs($0 - 20) < 1e-9 } == true)
        #expect(TrendStatistics.theilSen(x: [1], y: [1]) == nil)
    }

    @Test func mannKendallWithTies() {
        let rising = TrendStatistics.mannKendall([1, 2, 4, 7])
        #expect(rising.s == 6 && abs(rising.pRising - 0.0448) < 0.002)
        let tied = TrendStatistics.mannKendall([1, 1, 2, 2, 3, 3])
        #expect(tied.s == 12 && abs(tied.variance - 25.333) < 0.01)
        let falling = TrendStatistics.mannKendall([5, 4, 3, 2, 1])
        #expect(falling.s == -10 && falling.pRising > 0.98)
        #expect(TrendStatistics.mannKendall([2, 2, 2, 2]).pRising == 0.5)
    }

    @Test func exhaustionWithinTenPercentOfTheTruth() throws {
        // 30 MB rising 1.5 MB a day with noise of 2 MB (standard deviation) for three weeks;
        // the limit of 192 MB is then reached 108 days after the start.
        for seed in 1...5 {
            var noise = Noise(state: UInt64(seed))
            let perHour = 1.5 * 1_048_576 / 24
            let series = Self.series(hours: 21 * 24) { 30 * 1_048_576 + Double($0) * perHour + noise.gaussian() * 2 * 1_048_576 }
            let trend = CounterTrend.analyse(CounterNames.pagedPool, series: series, boots: [], facts: FactSheet())
            #expect(trend.rising)
            let exhaustion = try #require(trend.exhaustion)
            let truth = Double(Self.start) + (192 - 30) / 1.5 * 86_400
            let elapsedTrue = truth - Double(Self.start)
            #expect(abs(Double(exhaustion) - truth) / elapsedTrue < 0.10, "seed \(seed): \(EventTime(seconds: exhaustion, isUTC: true))")
            #expect(trend.limit?.assumed == true && trend.summary.contains("Q126402"))
        }
    }

    @Test func pureNoiseIsNotARise() {
        for seed in 1...20 {
            var noise = Noise(state: UInt64(seed) * 7919)
            let series = Self.series(hours: 28 * 24) { _ in 30 * 1_048_576 + noise.gaussian() * 2 * 1_048_576 }
            let trend = CounterTrend.analyse(CounterNames.pagedPool, series: series, boots: [], facts: FactSheet())
            #expect(!trend.rising && trend.exhaustion == nil, "seed \(seed)")
        }
    }

    @Test func theStretchSinceTheLastBootIsAnalysedAndAGivenLimitWins() throws {
        let boot = Self.start + 10 * 86_400
        let series = Self.series(hours: 20 * 24) { hour in
            hour < 240 ? 40 * 1_048_576 + Double(hour) * 50_000 : 20 * 1_048_576 + Double(hour - 240) * 50_000
        }
        var facts = FactSheet()
        facts.give(Fact(name: "paged_pool_limit", value: .text("64MB"), source: .testCase))
        let trend = CounterTrend.analyse(CounterNames.pagedPool, series: series, boots: [boot], facts: facts)
        #expect(trend.since == boot && trend.rising)
        #expect(trend.limit?.assumed == false && trend.limit?.text == "64 MB")
        let line = try #require(trend.line)
        #expect(abs(line.slope * 3600 - 50_000) < 1)
        #expect(trend.analysedFrom > boot)
    }

    @Test func tooFewHoursAreNotJudged() {
        let trend = CounterTrend.analyse(CounterNames.pagedPool, series: Self.series(hours: 5) { Double($0) }, boots: [], facts: FactSheet())
        #expect(trend.line == nil && !trend.rising && trend.summary.contains("too few"))
    }

    @Test func seriesCombineByKeepingTheFullerHour() {
        var a = Self.series(hours: 3) { Double($0) }
        let b = Self.series(hours: 3) { Double($0) }
        a.merge(b)
        #expect(a.ordered == b.ordered)
        var partial = CounterSeries(isUTC: true)
        partial.add(seconds: Self.start, value: 100)
        a.merge(partial)
        #expect(a.ordered.first?.samples == 4 && a.ordered.first?.mean == 0)
        var fuller = CounterSeries(isUTC: true)
        for quarter in 0..<8 { fuller.add(seconds: Self.start + 7 * 3600 + Int64(quarter * 450), value: 9) }
        a.merge(fuller)
        #expect(a.ordered.count == 4 && a.ordered.last?.samples == 8)
    }

    @Test func weeksStartOnMondayAndNeedFourCoveredDays() {
        #expect(WeeklyCounts.weekStart(ofDay: 10_651) == 10_651)  // 1999-03-01, a Monday
        #expect(WeeklyCounts.weekStart(ofDay: 10_657) == 10_651)  // the Sunday after
        #expect(WeeklyCounts.weekStart(ofDay: 3) == -3)  // 1970-01-04 (Sunday) belongs to 1969-12-29
        let covered = Set((10_651..<10_665).map(Int64.init)).union([10_665, 10_666])
        let weeks = WeeklyCounts.weeks(counts: [10_652: 2, 10_660: 3, 10_666: 9], covered: covered)
        #expect(weeks.map(\.count) == [2, 3])
        #expect(weeks.map(\.coveredDays) == [7, 7])
    }

    @Test func bootPeriodsLeaveOutTheCurrentPeriodWhileItIsQuiet() {
        let day: Int64 = 86_400
        let boots = [0, 10 * day, 20 * day, 30 * day]
        let times = [9 * day, 17 * day, 25 * day]
        let periods = BootPeriods(boots: boots, times: times, end: 32 * day)
        #expect(periods.trailingRun.map(\.firstAfter) == [9 * day, 7 * day, 5 * day])
        #expect(BootPeriods(boots: [], times: times, end: 0).trailingRun.isEmpty)
        #expect(BootPeriods(boots: boots, times: [9 * day, 25 * day], end: 32 * day).trailingRun.count == 1)
    }

    @Test func soonerAfterEachBootAndBackAfterEachBoot() throws {
        let rule = """
        id: Q999001
        title: A test leak
        summary: A test rule.
        remedy: None.
        severity: low
        symptoms:
          - event: { source: Srv, id: 2020 }
            sooner_after_boot: { boots: 3 }
          - event: { source: Srv, id: 2019 }
            after_each_boot: { boots: 3 }
        fixed_in: SP4
        tests:
          - name: sooner each time
            facts: { service_pack: 3 }
            events:
              - { time: 1999-03-01T08:00:00, boot: yes }
              - { time: 1999-03-10T08:00:00, source: Srv, id: 2020 }
              - { time: 1999-03-11T08:00:00, boot: yes }
              - { time: 1999-03-17T08:00:00, source: Srv, id: 2020 }
              - { time: 1999-03-18T08:00:00, boot: yes }
              - { time: 1999-03-21T08:00:00, source: Srv, id: 2020 }
            expect: confirmed
          - name: later each time
            facts: { service_pack: 3 }
            events:
              - { time: 1999-03-01T08:00:00, boot: yes }
              - { time: 1999-03-02T08:00:00, source: Srv, id: 2020 }
              - { time: 1999-03-11T08:00:00, boot: yes }
              - { time: 1999-03-15T08:00:00, source: Srv, id: 2020 }
              - { time: 1999-03-18T08:00:00, boot: yes }
              - { time: 1999-03-27T08:00:00, source: Srv, id: 2020 }
            expect: ruled-out
            reason: not sooner
          - name: back after every boot
            facts: { service_pack: 3 }
            events:
              - { time: 1999-03-01T08:00:00, boot: yes }
              - { time: 1999-03-02T08:00:00, source: Srv, id: 2019 }
              - { time: 1999-03-11T08:00:00, boot: yes }
              - { time: 1999-03-12T08:00:00, source: Srv, id: 2019 }
              - { time: 1999-03-18T08:00:00, boot: yes }
              - { time: 1999-03-19T08:00:00, source: Srv, id: 2019 }
            expect: confirmed
          - name: missing after one boot
            facts: { service_pack: 3 }
            events:
              - { time: 1999-03-01T08:00:00, boot: yes }
              - { time: 1999-03-02T08:00:00, source: Srv, id: 2019 }
              - { time: 1999-03-11T08:00:00, boot: yes }
              - { time: 1999-03-18T08:00:00, boot: yes }
              - { time: 1999-03-19T08:00:00, source: Srv, id: 2019 }
              - { time: 1999-03-25T08:00:00, boot: yes }
              - { time: 1999-03-26T08:00:00, source: Srv, id: 2019 }
            expect: ruled-out
            reason: only 2 boots in a row
        """
        let rules = RuleSet.parse([(path: "Q999001.yaml", text: rule)])
        #expect(rules.problems.isEmpty, "\(rules.problems)")
        for outcome in RuleTestRunner.run(rules) { #expect(outcome.passed, "\(outcome.description)") }
    }

    @Test func trendKeysAreChecked() {
        let base = "id: Q999002\ntitle: t\nsummary: s\nremedy: r\nseverity: low\nfixed_in: SP4\ntests: []\nsymptoms:\n"
        let cases = [
            ("  - stop: 0A\n    rising: { weeks: 4 }\n", "applies to an event symptom"),
            ("  - event: { source: Srv, id: 2020, message: { contains: pool } }\n    rising: { weeks: 4 }\n", "cannot test their text"),
            ("  - event: { source: Srv, id: 2020 }\n    rising: { weeks: 2 }\n", "weeks"),
            ("  - event: { source: Srv, id: 2020 }\n    rising: { weeks: 4 }\n    after_each_boot: { boots: 3 }\n", "at most one"),
            ("  - counter: { name: Memory\\Pool Paged Bytes }\n", "needs 'rising'"),
            ("  - counter: { name: Pool Paged Bytes, rising: { over: 7d } }\n", "not a counter name"),
            ("  - counter: { name: Memory\\Pool Paged Bytes, rising: { over: 7d }, rate: { about: fast } }\n", "not a rate"),
            ("  - counter: { name: Memory\\Pool Paged Bytes, rising: { over: 7d } }\n    count: { at_least: 2 }\n", "do not apply to a counter"),
        ]
        for (symptoms, message) in cases {
            let rules = RuleSet.parse([(path: "Q999002.yaml", text: base + symptoms)])
            #expect(rules.problems.contains { $0.description.contains(message) }, "\(message): \(rules.problems.map(\.description))")
        }
    }

    @Test func sizesAndRates() {
        #expect(ByteSize.parse("192MB") == 201_326_592 && ByteSize.parse("0.065 KB") == 66.56 && ByteSize.parse("8388608") == 8_388_608)
        #expect(ByteSize.parse("lots") == nil && ByteSize.parse("-4KB") == nil)
        #expect(ByteSize.text(201_326_592) == "192 MB" && ByteSize.text(9_584.64) == "9.4 KB" && ByteSize.text(312) == "312 bytes")
    }
}
