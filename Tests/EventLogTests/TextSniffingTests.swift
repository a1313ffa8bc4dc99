import Foundation
import Testing
@testable import EventLog

@Suite("Recognising text exports")
struct TextSniffingTests {

    static func sample(_ url: URL) throws -> FileSample {
        let data = try Data(contentsOf: url)
        return FileSample(bytes: Array(data.prefix(FileSample.size)), isWholeFile: data.count <= FileSample.size)
    }

    static func samples(in folder: String) -> [URL] {
        let base = TemporaryFiles.sampleLogs.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted().map { base.appendingPathComponent($0) }
    }

    static let textFormats: [LogFormat] = [
        .eventViewerText, .eventViewerCSV, .dumpel, .vistaText, .vistaCSV, .wevtutilText, .powerShellCSV, .logParserCSV,
    ]

    @Test(arguments: textFormats)
    func everySampleIsRecognisedAsItsFormatOnly(format: LogFormat) throws {
        let files = TextSniffingTests.samples(in: "formats/" + format.rawValue)
        #expect(!files.isEmpty, "no sample for \(format.rawValue)")
        for file in files {
            let sample = try TextSniffingTests.sample(file)
            let recognising = EventLogReaders.all.filter { $0.recognizes(sample) }.map { $0.format }
            #expect(recognising == [format], "\(file.lastPathComponent) is recognised as \(recognising)")
            #expect(EventLogReaders.sniff(sample)?.format == format)
        }
    }

    @Test func binaryAndXMLSamplesAreNotTakenForText() throws {
        for file in TextSniffingTests.samples(in: "evt") + TextSniffingTests.samples(in: "formats/xml") {
            let sample = try TextSniffingTests.sample(file)
            let claimed = EventLogReaders.all.filter { $0.recognizes(sample) }.map { $0.format }
                .filter { TextSniffingTests.textFormats.contains($0) }
            #expect(claimed.isEmpty, "\(file.lastPathComponent) is claimed by \(claimed)")
        }
    }

    @Test func otherCSVAndTextIsNotAnEventLog() throws {
        let texts = [
            "\"(PDH-CSV 4.0) (Eastern Daylight Time)(240)\",\"\\\\PC\\Memory\\Pool Paged Bytes\"\n\"09/16/2021 07:51:58.123\",\"1234\"\n",
            "name,age\nalice,30\n",
            "Hello, world.\nThis is a letter.\n",
            "2024-07-03 10:00:00 INFO service started\n",
        ]
        for text in texts {
            let sample = FileSample(bytes: Array(text.utf8), isWholeFile: true)
            #expect(EventLogReaders.sniff(sample) == nil, "\(text.prefix(30)) was taken for an event log")
        }
    }

    @Test func emptyAndBlankFilesFailWithAReason() throws {
        let empty = try TextExportTesting.read("")
        #expect(empty.report.failed && empty.events.isEmpty)
        #expect(empty.problems == ["the file is empty"])
        let blank = try TextExportTesting.read("\r\n\n   \n")
        #expect(blank.report.failed && blank.events.isEmpty)
        let forced = try TextExportTesting.read("\n\n", options: ReadOptions(format: .vistaCSV))
        #expect(forced.report.failed)
        #expect(forced.problems.first?.hasPrefix("no Event Viewer header") == true)
    }
}
