import Foundation
import Testing
@testable import EventLog

@Suite("Performance Monitor counter logs (PDH CSV)")
struct CounterLogTests {
    struct Read {
        var report: ReadReport
        var header: CounterLogHeader?
        var rows: [(time: EventTime, values: [Double], line: Int)] = []
    }

    static func read(_ path: String, options: ReadOptions = ReadOptions()) -> Read {
        var result = Read(report: ReadReport(path: path))
        result.report = CounterLogFile.read(path: path, options: options, header: { result.header = $0 }) { row in
            result.rows.append((row.time, Array(row.values), row.line))
        }
        return result
    }

    @Test func counterPaths() throws {
        let path = try #require(CounterPath(parsing: "\\\\SRV1\\Process(svchost (netsvcs)#1)\\Private Bytes"))
        #expect(path.machine == "SRV1" && path.object == "Process" && path.instance == "svchost (netsvcs)#1" && path.counter == "Private Bytes")
        #expect(path.description == "\\\\SRV1\\Process(svchost (netsvcs)#1)\\Private Bytes")
        let local = try #require(CounterPath(parsing: "\\Memory\\Pool Paged Bytes"))
        #expect(local.machine == nil && local.instance == nil && local.name == "Memory\\Pool Paged Bytes")
        #expect(CounterPath(parsing: "Pool Paged Bytes") == nil)
        #expect(CounterPath(parsing: "\\\\SRV1") == nil)
        #expect(CounterPath(parsing: "\\Memory\\") == nil)
    }

    @Test func localisedNamesBecomeEnglish() throws {
        let cases = [
            ("\\\\A\\Arbeitsspeicher\\Auslagerungsseiten (Bytes)", "Memory\\Pool Paged Bytes"),
            ("\\\\A\\Speicher\\Nicht-Auslagerungsseiten (Bytes)", "Memory\\Pool Nonpaged Bytes"),
            ("\\\\A\\System\\Max. verwendete Registrierungsgröße (%)", "System\\% Registry Quota In Use"),
            ("\\\\A\\Mémoire\\Octets de réserve paginée", "Memory\\Pool Paged Bytes"),
            ("\\\\A\\Память\\Байт в невыгружаемом пуле", "Memory\\Pool Nonpaged Bytes"),
            ("\\\\A\\MEMORY\\pool paged bytes", "Memory\\Pool Paged Bytes"),
        ]
        for (written, english) in cases {
            let path = CounterNames.canonical(try #require(CounterPath(parsing: written)))
            #expect(path.name == english, "\(written)")
            #expect(CounterNames.isKnown(path))
        }
        let process = CounterNames.canonical(try #require(CounterPath(parsing: "\\\\A\\Process(_Total)\\Pool Paged Bytes")))
        #expect(process.name == "Process(_Total)\\Pool Paged Bytes")
        let unknown = CounterNames.canonical(try #require(CounterPath(parsing: "\\\\A\\LogicalDisk(C:)\\% Free Space")))
        #expect(unknown.name == "LogicalDisk(C:)\\% Free Space" && !CounterNames.isKnown(unknown))
    }

    @Test func headerZoneBiasBlankFirstSampleAndBadCells() throws {
        let text = """
        "(PDH-CSV 4.0) (Eastern Daylight Time)(240)","\\\\SRV1\\Memory\\Pool Paged Bytes","\\\\SRV1\\Memory\\Pages/sec"\r
        "09/16/2021 07:51:58.569","31014912"," "\r
        "09/16/2021 07:52:00.564","31020000","12.5"\r
        "not a time","1","2"\r
        "09/16/2021 07:52:02.500","oops","1,5"\r
        "09/16/2021 07:52:04.500","31030000"\r

        """
        let read = Self.read(try TemporaryFiles.write(text, name: "typeperf.csv"))
        #expect(read.report.format == .pdhCSV && !read.report.failed)
        #expect(read.report.events == 4 && read.report.skipped == 1)
        let header = try #require(read.header)
        #expect(header.zoneName == "Eastern Daylight Time" && header.biasMinutes == 240)
        #expect(header.columns.map { $0?.name } == ["Memory\\Pool Paged Bytes", "Memory\\Pages/sec"])
        #expect(read.rows[0].time.iso8601 == "2021-09-16T11:51:58.569Z")
        #expect(read.rows[0].values[0] == 31_014_912 && read.rows[0].values[1].isNaN)
        #expect(read.rows[2].values[0].isNaN && read.rows[2].values[1] == 1.5)
        #expect(read.rows[3].values[1].isNaN && read.rows[3].line == 6)
        #expect(read.report.problems.contains { $0.description.hasPrefix("4: the sample time") })
        #expect(read.report.problems.contains { $0.description.hasPrefix("5: 1 value is not") })
    }

    @Test func tabSeparatedAndCutShortHeaderKeepLocalTimes() throws {
        let text = "\"(PDH-TSV 4.0) (RTZ 2 (\"\t\"\\\\HOST\\System\\% Registry Quota In Use\"\n\"01/02/1999 23:00:00.000\"\t\"31.5\"\n"
        var options = ReadOptions()
        let read = Self.read(try TemporaryFiles.write(text, name: "perflog.tsv"), options: options)
        #expect(read.header?.biasMinutes == nil && read.header?.zoneName == "RTZ 2")
        #expect(read.rows.first?.time.iso8601 == "1999-01-02T23:00:00" && read.rows.first?.values == [31.5])
        options.timeZone = FixedTimeZone(parsing: "+01:00")
        let pinned = Self.read(try TemporaryFiles.write(text, name: "perflog2.tsv"), options: options)
        #expect(pinned.rows.first?.time.iso8601 == "1999-01-02T22:00:00Z")
    }

    @Test func cyrillicAnsiIsSniffedAndForcedEncodingWins() throws {
        let header = "\"(PDH-CSV 4.0) (RTZ 2 (\",\"\\\\DESKTOP\\Память\\Байт в выгружаемом пуле\",\"\\\\DESKTOP\\Процесс(Idle)\\% загруженности процессора\"\r\n"
        let text = header + "\"09/20/2021 14:05:21.123\",\"100\",\"99\"\r\n"
        let bytes = try #require(CodePageBytes.windows1251(text))
        let path = try TemporaryFiles.write(bytes, name: "ru.csv")
        let read = Self.read(path)
        #expect(read.report.encoding == .windows1251)
        #expect(read.header?.columns.first??.name == "Memory\\Pool Paged Bytes")
        #expect(read.header?.written.last == "\\\\DESKTOP\\Процесс(Idle)\\% загруженности процессора")
        var forced = ReadOptions()
        forced.encoding = .windows1252
        #expect(Self.read(path, options: forced).report.encoding == .windows1252)
        #expect(ANSICodePageGuess.guess(Array("Ärger über Öl, déjà vu".utf8).map { $0 }) == .windows1252)
    }

    @Test func eventReadersPointToAnalyze() throws {
        let path = try TemporaryFiles.write("\"(PDH-CSV 4.0)\",\"\\\\A\\Memory\\Available Bytes\"\n\"01/01/1999 00:00:00\",\"1\"\n", name: "p.csv")
        let report = EventLogFile.read(path: path) { _ in }
        #expect(report.failed && report.problems.first?.message.contains("Performance Monitor counter log") == true)
        #expect(CounterLogFile.recognizes(path: path))
        #expect(!CounterLogFile.recognizes(path: try TemporaryFiles.write("5/14/99\t10:03:27 AM\tSrv\n", name: "e.txt")))
    }

    @Test func emptyAndHeaderlessFilesFailClearly() throws {
        let empty = Self.read(try TemporaryFiles.write("", name: "empty.csv"))
        #expect(empty.report.failed)
        var forced = ReadOptions()
        forced.format = .pdhCSV
        let notPDH = Self.read(try TemporaryFiles.write("\n\n", name: "blank.csv"), options: forced)
        #expect(notPDH.report.failed)
    }

    @Test(arguments: [("PDH_Converter_DataCollector01.csv", 26, 1104, TextEncoding.windows1251),
                      ("memeData_DataCollector01.csv", 208, 8, .utf8),
                      ("Narmadha6790-sample_DataCollector01.csv", 21, 12, .utf8)])
    func realLogs(_ name: String, rows: Int, counters: Int, encoding: TextEncoding) throws {
        guard let corpus = TemporaryFiles.sharedCorpus else { return }
        let path = corpus.appendingPathComponent("perfmon/\(name)").path
        guard FileManager.default.fileExists(atPath: path) else { return }
        let read = Self.read(path)
        #expect(!read.report.failed && read.report.skipped == 0 && read.report.problemCount == 0)
        #expect(read.rows.count == rows && read.header?.columns.count == counters && read.report.encoding == encoding)
        #expect(read.header?.columns.allSatisfy { $0?.machine != nil } == true)
    }
}

/// Windows-1251 bytes of Cyrillic test text (the letters and signs the tests use).
enum CodePageBytes {
    static func windows1251(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: bytes.append(UInt8(scalar.value))
            case 0x410...0x44F: bytes.append(UInt8(scalar.value - 0x410 + 0xC0))
            case 0x401: bytes.append(0xA8)
            case 0x451: bytes.append(0xB8)
            default: return nil
            }
        }
        return bytes
    }
}
