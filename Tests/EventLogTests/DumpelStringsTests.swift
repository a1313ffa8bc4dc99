import Testing
@testable import EventLog

/// The insertion strings of dumpel records written without `-t` (separated by single spaces).
@Suite("Dumpel strings split by the event's known shape")
struct DumpelStringsTests {
    @Test func serviceEventsSplitBeforeTheLastWord() {
        #expect(DumpelStrings.split("DHCP Server running", source: "Service Control Manager", id: 7036) == ["DHCP Server", "running"])
        #expect(DumpelStrings.split("Spooler", source: "service control manager", id: 7035) == ["Spooler"])
        #expect(DumpelStrings.split("DHCP Server running", source: "Srv", id: 7036) == ["DHCP Server running"])
    }

    @Test func systemVersionKeepsItsFourParts() {
        #expect(DumpelStrings.split("4.0 1381 Service Pack 6 Uniprocessor Free", source: "EventLog", id: 6009)
                == ["4.0", "1381", "Service Pack 6", "Uniprocessor Free"])
        #expect(DumpelStrings.split("4.0 1381  Multiprocessor Free", source: "EVENTLOG", id: 6009) == ["4.0", "1381", "", "Multiprocessor Free"])
        #expect(DumpelStrings.split("4.0 1381 Uniprocessor Free", source: "EventLog", id: 6009) == ["4.0", "1381", "", "Uniprocessor Free"])
        #expect(DumpelStrings.split("4.0 1381", source: "EventLog", id: 6009) == ["4.0 1381"])
    }

    @Test func saveDumpSeparatesCodeBuildAndDumpFile() {
        let text = "0x0000000a (0x00000010, 0x00000002, 0x00000000, 0x8011a2b3) Microsoft Windows NT [v15.1381] C:\\WINNT\\MEMORY.DMP"
        #expect(DumpelStrings.split(text, source: "Save Dump", id: 1001)
                == ["0x0000000a (0x00000010, 0x00000002, 0x00000000, 0x8011a2b3)", "Microsoft Windows NT [v15.1381]", "C:\\WINNT\\MEMORY.DMP"])
        #expect(DumpelStrings.split("0x0000000a (1, 2, 3, 4) Microsoft Windows NT [v15.1381]", source: "Save Dump", id: 1001)
                == ["0x0000000a (1, 2, 3, 4)", "Microsoft Windows NT [v15.1381]"])
        #expect(DumpelStrings.split("no parenthesis here", source: "Save Dump", id: 1001) == ["no parenthesis here"])
        #expect(DumpelStrings.split("", source: "Save Dump", id: 1001) == [])
    }
}
