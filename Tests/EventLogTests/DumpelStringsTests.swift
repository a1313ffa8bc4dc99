import Testing
@testable import EventLog

/// The insertion strings of dumpel records written without `-t` (separated by single spaces).
@Suite("Dumpel strings split by the event's known shape")
struct DumpelStringsTests {
    /// The reader's call, on the bytes of `text` and `source`.
    private func split(_ text: String, source: String, id: UInt16) -> [String] {
        var text = text, source = source
        return text.withUTF8 { text in source.withUTF8 { DumpelStrings.split(text, source: $0, id: id) } }
    }

    @Test func serviceEventsSplitBeforeTheLastWord() {
        #expect(split("DHCP Server running", source: "Service Control Manager", id: 7036) == ["DHCP Server", "running"])
        #expect(split("Spooler", source: "service control manager", id: 7035) == ["Spooler"])
        #expect(split("DHCP Server running", source: "Srv", id: 7036) == ["DHCP Server running"])
    }

    @Test func systemVersionKeepsItsFourParts() {
        #expect(split("4.0 1381 Service Pack 6 Uniprocessor Free", source: "EventLog", id: 6009)
                == ["4.0", "1381", "Service Pack 6", "Uniprocessor Free"])
        #expect(split("4.0 1381  Multiprocessor Free", source: "EVENTLOG", id: 6009) == ["4.0", "1381", "", "Multiprocessor Free"])
        #expect(split("4.0 1381 Uniprocessor Free", source: "EventLog", id: 6009) == ["4.0", "1381", "", "Uniprocessor Free"])
        #expect(split("4.0 1381", source: "EventLog", id: 6009) == ["4.0 1381"])
        #expect(split("4.0 1381 Free", source: "EventLog", id: 6009) == ["4.0 1381 Free"])
        #expect(split("4.0  1381 Uniprocessor Free", source: "EventLog", id: 6009) == ["4.0", "", "1381", "Uniprocessor Free"])
    }

    @Test func saveDumpSeparatesCodeBuildAndDumpFile() {
        let text = "0x0000000a (0x00000010, 0x00000002, 0x00000000, 0x8011a2b3) Microsoft Windows NT [v15.1381] C:\\WINNT\\MEMORY.DMP"
        #expect(split(text, source: "Save Dump", id: 1001)
                == ["0x0000000a (0x00000010, 0x00000002, 0x00000000, 0x8011a2b3)", "Microsoft Windows NT [v15.1381]", "C:\\WINNT\\MEMORY.DMP"])
        #expect(split("0x0000000a (1, 2, 3, 4) Microsoft Windows NT [v15.1381]", source: "Save Dump", id: 1001)
                == ["0x0000000a (1, 2, 3, 4)", "Microsoft Windows NT [v15.1381]"])
        #expect(split("no parenthesis here", source: "Save Dump", id: 1001) == ["no parenthesis here"])
        #expect(split("", source: "Save Dump", id: 1001) == [])
    }
}
