import Foundation
import Testing
import TestSupport

/// The XML readers seen from the command line: libxml2 never prints on its own (every message
/// is a problem line under the file's summary), and hostile files make the exit status 2.
@Suite("ntdiag events on damaged and hostile XML")
struct XMLCommandLineTests {
    static let event = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='EventLog'/>"
        + "<EventID Qualifiers='32768'>6005</EventID><Level>4</Level><Computer>NTSRV01</Computer></System></Event>"

    static func write(_ text: String, _ name: String) throws -> String {
        let url = try ScratchFolder.make("xml").appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func libxml2MessagesOnlyAppearAsProblemLines() throws {
        let damaged = try Self.write(Self.event + "\n<<oops>> &bad; \u{1}\n" + Self.event + "\n<Event><System></Sys></Event>\n" + Self.event + "\n<Event xmlns:='x'>", "damaged.xml")
        let result = try NTDiagBinary.run(["events", "--format", "jsonl", damaged])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 3)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.first?.hasPrefix(damaged + ": event XML, utf-8, 3 events, 2 skipped") == true)
        for line in lines.dropFirst() { #expect(line.hasPrefix("  " + damaged + ":"), "stray output: \(line)") }
    }

    @Test func billionLaughsExitsTwo() throws {
        let bomb = try Self.write("<!DOCTYPE Events [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<Events>" + Self.event + "&b;</Events>", "bomb.xml")
        let result = try NTDiagBinary.run(["events", bomb])
        #expect(result.status == 2)
        #expect(result.stderr == bomb + ": cannot read: entity declarations are refused (billion laughs / XXE protection): <!ENTITY a …>; the file is not read further\n")
    }
}
