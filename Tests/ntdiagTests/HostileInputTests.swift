import Foundation
import Testing

#if canImport(Glibc)
import Glibc
import TestSupport
#endif

/// Every kind of hostile or broken input, through the real binary, in one place: each must end
/// with a clear problem naming the file, without a crash, a hang or unbounded memory, and the
/// other files of the same run are still read and diagnosed.
///
/// The readers' own tests cover the details (`XMLSecurityTests`, `XMLDamageTests`,
/// `EVTReaderTests`, `LineReaderTests`, `RuleParserTests`); here each case runs both
/// `events --summary` and `analyze` with a good log after the bad one.
@Suite("Hostile inputs through the binary", .serialized)
struct HostileInputTests {
    /// Far above what ntdiag needs (about 20 MiB for these inputs, debug build), far below what
    /// expanding a bomb or keeping a 50 MB line would take.
    static let memoryLimitMiB = 160.0
    static let good = NTDiagBinary.projectRoot.appendingPathComponent("SampleLogs/scenarios/d-sp4-server/System.xml").path
    static let event = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='EventLog'/>"
        + "<EventID Qualifiers='32768'>6005</EventID><Level>4</Level><TimeCreated SystemTime='1999-05-14T10:02:11.000Z'/>"
        + "<Computer>NTSRV09</Computer></System></Event>"

    /// A fresh folder for one test's files.
    static func folder() throws -> URL {
        try ScratchFolder.make("hostile")
    }

    static func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        try write(Array(text.utf8), name, in: folder)
    }

    /// Runs `events --summary` and `analyze` on `bad` followed by the good log, and checks that
    /// both end cleanly within bounds, say `problem` about the bad file, and read the good one.
    @discardableResult
    static func survives(_ bad: String, problem: String, status: Int32 = 2, sourceLocation: SourceLocation = #_sourceLocation) throws -> [BoundedRun.Result] {
        let summary = try BoundedRun.ntdiag(["events", "--summary", bad, good])
        let analysis = try BoundedRun.ntdiag(["analyze", "--format", "json", bad, good])
        for result in [summary, analysis] {
            #expect(result.endedCleanly, "status \(String(describing: result.status)), signal \(String(describing: result.signal)), timed out \(result.timedOut): \(result.stderr.prefix(500))", sourceLocation: sourceLocation)
            #expect(result.peakMiB < memoryLimitMiB, "peak memory \(result.peakMiB) MiB", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(bad), "the problem names the file: \(result.stderr.prefix(500))", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(problem), "expected '\(problem)' in: \(result.stderr.prefix(1000))", sourceLocation: sourceLocation)
        }
        #expect(summary.status == status, sourceLocation: sourceLocation)
        #expect(summary.stderr.contains(good + ": event XML, utf-8, 7 events, 0 skipped"), "the good file is still read: \(summary.stderr.suffix(400))", sourceLocation: sourceLocation)
        #expect(analysis.stdout.contains("\"SP4SRV1\""), "the good file's machine is still diagnosed", sourceLocation: sourceLocation)
        return [summary, analysis]
    }

    // MARK: XML

    @Test func billionLaughs() throws {
        var declarations = "<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 { declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n" }
        let bad = try Self.write("<?xml version=\"1.0\"?>\n<!DOCTYPE Events [\n\(declarations)]>\n<Events>\(Self.event)<Data>&lol9;</Data></Events>\n", "bomb.xml", in: Self.folder())
        try Self.survives(bad, problem: "entity declarations are refused (billion laughs / XXE protection)")
    }

    @Test func externalEntityAgainstALocalFile() throws {
        let folder = try Self.folder()
        let secret = "SECRET-\(UUID().uuidString)"
        let secretPath = try Self.write(secret + "\n", "secret.txt", in: folder)
        let bad = try Self.write("<!DOCTYPE Events [ <!ENTITY xxe SYSTEM \"file://\(secretPath)\"> ]>\n<Events>\(Self.event.replacingOccurrences(of: "NTSRV09", with: "&xxe;"))</Events>", "xxe.xml", in: folder)
        let bare = try Self.write("<!DOCTYPE Events SYSTEM \"file://\(secretPath)\">\n<Events>\(Self.event)</Events>", "external-subset.xml", in: folder)
        for result in try Self.survives(bad, problem: "entity declarations are refused") {
            #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret))
        }
        let subset = try BoundedRun.ntdiag(["analyze", "--format", "json", bare])
        #expect(subset.endedCleanly && !subset.stdout.contains(secret) && !subset.stderr.contains(secret))
    }

    @Test func deeplyNestedXML() throws {
        let deep = String(repeating: "<a>", count: 200_000) + String(repeating: "</a>", count: 200_000)
        let bad = try Self.write("<Events>\(Self.event)<Event><System><EventID>1</EventID></System><UserData>\(deep)</UserData></Event>\(Self.event)</Events>", "deep.xml", in: Self.folder())
        let results = try Self.survives(bad, problem: "nested deeper than 256 levels", status: 0)
        #expect(results[0].stderr.contains(bad + ": event XML, utf-8, 2 events, 1 skipped"))
    }

    // MARK: Text

    @Test func fiftyMegabyteLineWithoutANewline() throws {
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("long-line.txt").path
        let record = "5/14/99\t10:02:11 AM\tEventLog\tInformation\tNone\t6005\tN/A\tNTSRV09\tThe Event log service was started.\r\n"
        try Data((record + record).utf8).write(to: URL(fileURLWithPath: path))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("5/14/99\t10:02:12 AM\tEventLog\tInformation\tNone\t6005\tN/A\tNTSRV09\t".utf8))
        let block = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<50 { handle.write(block) }
        try handle.close()
        let results = try Self.survives(path, problem: "the line is longer than", status: 0)
        #expect(results[0].stderr.contains(path + ": Event Viewer text (tab-delimited), utf-8, 3 events, 0 skipped, 1 problem"))
    }

    @Test func invalidUTF8AndLoneSurrogates() throws {
        let folder = try Self.folder()
        // UTF-8 XML with bytes that are not UTF-8 (a lone continuation byte, an overlong form,
        // 0xFF) after the sniffing sample (in it, they would make the file Windows-1252).
        var xml = Array("<?xml version=\"1.0\" encoding=\"utf-8\"?><Events>".utf8)
        for _ in 0..<400 { xml += Array(Self.event.utf8) }
        xml += Array(Self.event.replacingOccurrences(of: "NTSRV09", with: "NT").utf8)
        let computer = try #require(xml.lastIndex(of: UInt8(ascii: "T")))
        xml.insert(contentsOf: [0x80, 0xC0, 0xAF, 0xFF], at: computer + 1)
        xml += Array("</Events>".utf8)
        let results = try Self.survives(try Self.write(xml, "invalid-utf8.xml", in: folder), problem: "invalid utf-8 sequence(s) replaced by U+FFFD", status: 0)
        #expect(results[0].stderr.contains("event XML, utf-8, 401 events"))

        // UTF-16LE Event Viewer text with an unpaired high and an unpaired low surrogate.
        let line = "5/14/99\t10:02:11 AM\tEventLog\tInformation\tNone\t6005\tN/A\tNTSRV09\tStarted \u{1}.\r\n"
        var units = Array(line.utf16)
        let mark = try #require(units.firstIndex(of: 1))
        units.replaceSubrange(mark...mark, with: [0xD800, 0x41, 0xDC00])
        let text: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try Self.survives(try Self.write(text, "surrogates.txt", in: folder), problem: "2 byte sequences are not valid utf-16le and became U+FFFD", status: 0)

        // An .evt whose computer name holds a lone high surrogate: the record is kept.
        var evt = try Self.sampleEVT()
        let name = Array("FILESRV01".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let at = try #require(Self.firstRange(of: name, in: evt))
        evt[at] = 0x00
        evt[at + 1] = 0xD8
        let surrogate = try Self.write(evt, "surrogate.evt", in: folder)
        let result = try BoundedRun.ntdiag(["events", "--format", "jsonl", surrogate])
        #expect(result.endedCleanly && result.status == 0)
        #expect(result.stdout.contains("\"computer\":\"\u{FFFD}ILESRV01\""))
    }

    // MARK: .evt

    static func sampleEVT() throws -> [UInt8] {
        Array(try Data(contentsOf: NTDiagBinary.projectRoot.appendingPathComponent("SampleLogs/evt/nt4-system-clean.evt")))
    }

    static func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        return (0...(haystack.count - needle.count)).first { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }

    static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

    /// An `.evt` of a header and records of the given lengths (each a minimal record whose last
    /// DWORD repeats its length), with no end-of-file record.
    static func evt(recordLengths: [UInt32], start: UInt32 = 0x30, end: UInt32 = 0x30) -> [UInt8] {
        let ring = recordLengths.reduce(0) { $0 + Int($1) }
        var bytes = [0x30, 0x4C664C65, 1, 1, start, end, UInt32(recordLengths.count + 1), 1, UInt32(0x30 + ring), 0x1, 0, 0x30]
            .flatMap { (value: UInt32) in le32(value) }
        bytes.replaceSubrange(4..<8, with: Array("LfLe".utf8))
        for (number, length) in recordLengths.enumerated() {
            var record = le32(length) + Array("LfLe".utf8) + le32(UInt32(number + 1)) + le32(926_676_131) + le32(926_676_131)
            record += le32(6005) + [4, 0, 0, 0, 0, 0, 0, 0] + le32(0x38) + le32(0) + le32(0) + le32(0) + le32(0x38)
            record += Array(repeating: 0, count: Int(length) - record.count - 4) + le32(length)
            bytes += record
        }
        return bytes
    }

    @Test func evtLengthsOutsideTheFile() throws {
        let folder = try Self.folder()
        var huge = try Self.sampleEVT()
        huge.replaceSubrange(0x30..<0x34, with: Self.le32(0x7FFF_FFF0))
        try Self.survives(try Self.write(huge, "huge-length.evt", in: folder), problem: "record", status: 0)

        var offsets = try Self.sampleEVT()
        offsets.replaceSubrange(16..<24, with: Self.le32(0xFFFF_FFF0) + Self.le32(0x7FFF_FFFF))
        let result = try BoundedRun.ntdiag(["events", "--summary", try Self.write(offsets, "header-offsets.evt", in: folder), Self.good])
        #expect(result.endedCleanly && result.peakMiB < Self.memoryLimitMiB)
    }

    @Test func evtLengthsThatMakeALoop() throws {
        // Records that fill the ring exactly, and no end-of-file record: following the lengths
        // leads back to the first record, for ever unless the walk is bounded.
        let folder = try Self.folder()
        let loop = try Self.write(Self.evt(recordLengths: [0x80, 0x100, 0x80]), "loop.evt", in: folder)
        try Self.survives(loop, problem: "no end-of-file record found", status: 0)
        // One record as long as the whole ring: it follows itself.
        let selfLoop = try Self.write(Self.evt(recordLengths: [0x200]), "self-loop.evt", in: folder)
        try Self.survives(selfLoop, problem: "no end-of-file record found", status: 0)
    }

    // MARK: Files that are not logs

    @Test func aDirectoryAFIFOAndAMissingFile() throws {
        let folder = try Self.folder()
        try Self.survives(folder.path, problem: "cannot read: cannot open: is a directory")
        let fifo = folder.appendingPathComponent("fifo").path
        try #require(mkfifo(fifo, 0o600) == 0)
        try Self.survives(fifo, problem: "is not a regular file")
        // A file that vanished between being listed and being read.
        try Self.survives(folder.appendingPathComponent("gone.evt").path, problem: "cannot open: no such file")
    }

    @Test(.enabled(if: geteuid() != 0, "root reads a file whatever its mode, so chmod 000 cannot make it unreadable"))
    func anUnreadableFile() throws {
        let path = try Self.write(Self.event, "unreadable.xml", in: Self.folder())
        try #require(chmod(path, 0) == 0)
        defer { chmod(path, 0o600) }
        try Self.survives(path, problem: "cannot open: permission denied")
    }

    /// The same as root (as CI runs): the binary runs as `nobody` through setpriv, for which
    /// mode 000 does shut the file; in an audit too, where the rest of the folder is still read.
    @Test(.enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func anUnreadableFileAsAnotherUser() throws {
        let asNobody = ["--reuid=65534", "--regid=65534", "--clear-groups", NTDiagBinary.url.path]
        let probe = try BoundedRun.run("/usr/bin/setpriv", asNobody + ["--version"], timeout: 60)
        guard probe.status == 0 else { return }  // nobody cannot reach the binary here: nothing to test
        let folder = try Self.folder()
        try #require(chmod(folder.path, 0o755) == 0)
        let good = folder.appendingPathComponent("good.xml").path
        try FileManager.default.copyItem(atPath: Self.good, toPath: good)
        try #require(chmod(good, 0o644) == 0)
        let path = try Self.write(Self.event, "unreadable.xml", in: folder)
        try #require(chmod(path, 0) == 0)
        let analysis = try BoundedRun.run("/usr/bin/setpriv", asNobody + ["analyze", "--format", "json", path, good], timeout: 120)
        #expect(analysis.endedCleanly && analysis.status == 2)
        #expect(analysis.stderr.contains(path) && analysis.stderr.contains("cannot open: permission denied"), "\(analysis.stderr.prefix(500))")
        #expect(analysis.stdout.contains("\"SP4SRV1\""))
        let audit = try BoundedRun.run("/usr/bin/setpriv", asNobody + ["audit", "--quiet", "--format", "json", folder.path], timeout: 120)
        #expect(audit.endedCleanly && audit.status == 2)
        #expect(audit.stdout.contains("permission denied") && audit.stdout.contains("\"SP4SRV1\""), "\(audit.stderr.prefix(500))")
    }

    @Test func aSymlinkLoop() throws {
        let folder = try Self.folder()
        let loop = folder.appendingPathComponent("loop.evt").path
        try #require(symlink(loop, loop) == 0)
        let other = folder.appendingPathComponent("a").path, back = folder.appendingPathComponent("b").path
        try #require(symlink(back, other) == 0 && symlink(other, back) == 0)
        try Self.survives(loop, problem: "too many levels of symbolic links")
        try Self.survives(other, problem: "too many levels of symbolic links")
    }

    // MARK: Rules

    @Test func aRuleFileWithAYAMLAliasBomb() throws {
        let folder = try Self.folder()
        var bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for (name, previous) in zip("bcdefghi", "abcdefgh") { bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n" }
        _ = try Self.write(bomb, "Q999999.yaml", in: folder)
        let result = try BoundedRun.ntdiag(["analyze", "--format", "json", "--rules", folder.path, Self.good])
        #expect(result.endedCleanly && result.status == 2)
        #expect(result.peakMiB < Self.memoryLimitMiB)
        #expect(result.stderr.contains("Q999999.yaml:1: YAML anchors and aliases (&name, *name) are not allowed"))
        #expect(result.stdout.contains("\"SP4SRV1\""), "the built-in rules still diagnose the log")
    }

    // MARK: Reports

    /// Text from a log reaches reports: markup, quotes, backslashes and control characters
    /// (terminal escapes) must come out as data, never as markup or commands.
    @Test func markupAndControlCharactersInEveryField() throws {
        let hostile = "<script>alert(1)</script>&amp;\"'\\\u{1B}[31mred\u{7}"
        let escaped = hostile.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\u{1B}", with: "&#x1B;").replacingOccurrences(of: "\u{7}", with: "&#x7;")
        let event = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Service Control Manager'/>"
            + "<EventID Qualifiers='49152'>7000</EventID><Level>2</Level><TimeCreated SystemTime='1999-05-14T10:02:11.000Z'/>"
            + "<Computer>\(escaped)</Computer></System><EventData><Data>\(escaped)</Data><Data>%%1053</Data></EventData>"
            + "<RenderingInfo Culture='en-US'><Message>The \(escaped) service failed to start: timely fashion.</Message></RenderingInfo></Event>"
        let path = try Self.write("<Events>\(event)</Events>", "markup.xml", in: Self.folder())
        let json = try BoundedRun.ntdiag(["analyze", "--format", "json", path])
        #expect(json.endedCleanly)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(parsed != nil, "the JSON report stays valid JSON")
        #expect(json.stdout.contains("<script>") == false || json.stdout.contains("\\u001b") || !json.stdout.contains("\u{1B}"))
        #expect(!json.stdout.contains("\u{1B}") && !json.stdout.contains("\u{7}"), "control characters are escaped in JSON")
        let text = try BoundedRun.ntdiag(["analyze", path])
        #expect(text.endedCleanly)
        #expect(!text.stdout.contains("\u{1B}") && !text.stdout.contains("\u{7}"), "no terminal escapes from a log reach the terminal")
        let events = try BoundedRun.ntdiag(["events", path])
        #expect(!events.stdout.contains("\u{1B}") && !events.stdout.contains("\u{7}"), "no terminal escapes in the event table")
    }
}
