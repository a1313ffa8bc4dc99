import Diagnosis
import EventLog
import Foundation
import Testing
import Reports

/// `ReadOptions.textOnlyFor` lets readers skip the text of events the diagnosis never reads:
/// the diagnosis of every sample log must come out exactly the same as from a full read.
@Suite("Reading only the text the diagnosis needs")
struct TextOnlyForTests {
    static var sampleLogs: [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("SampleLogs")
        let walker = FileManager.default.enumerator(atPath: root.path)
        var paths: [String] = []
        while let relative = walker?.nextObject() as? String {
            if relative.hasSuffix(".md") || relative.hasSuffix(".yaml") { continue }
            var isDirectory: ObjCBool = false
            let path = root.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue { paths.append(path) }
        }
        return paths.sorted()
    }

    static func diagnosis(_ paths: [String], textOnlyFor: Bool) -> String {
        var session = DiagnosisSession(rules: RuleSet.builtIn())
        let options = ReadOptions(textOnlyFor: textOnlyFor ? session.eventsNeedingText : nil)
        let reports = paths.map { path in EventLogFile.read(path: path, options: options) { session.add($0, file: path) } }
        return DiagnosisJSON.render(session.finish(inputs: reports))
    }

    @Test func everySampleIsDiagnosedTheSame() throws {
        let paths = Self.sampleLogs
        try #require(paths.count >= 20)
        for path in paths {
            #expect(Self.diagnosis([path], textOnlyFor: true) == Self.diagnosis([path], textOnlyFor: false), "\(path)")
        }
        #expect(Self.diagnosis(paths, textOnlyFor: true) == Self.diagnosis(paths, textOnlyFor: false))
    }

    @Test func theSetHoldsTheRulesAndFactsEvents() {
        let needed = DiagnosisSession(rules: RuleSet.builtIn()).eventsNeedingText
        for id: UInt16 in [6009, 7035, 7036, 1001, 2020, 7000] { #expect(needed.contains(id), "\(id)") }
        for id: UInt16 in [12345, 54321, 65535] { #expect(!needed.contains(id), "\(id)") }
    }
}
