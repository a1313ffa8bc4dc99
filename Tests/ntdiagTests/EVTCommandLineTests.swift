import Testing

@Suite("ntdiag events on .evt files")
struct EVTCommandLineTests {
    @Test func summaryPrintsTheHeaderStateAndRecoveredRecords() throws {
        let result = try NTDiagBinary.run(["events", "--summary", "SampleLogs/evt/nt4-system-dirty-wrapped.evt"])
        #expect(result.status == 0 && result.stdout.isEmpty)
        #expect(result.stderr.contains("NT binary event log (.evt), 25 events (3 recovered), 0 skipped"))
        #expect(result.stderr.contains("header: dirty, wrapped"))
        #expect(result.stderr.contains("end-of-file record: at 0x140, found by scanning"))
    }
}
