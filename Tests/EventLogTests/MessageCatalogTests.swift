import Testing
@testable import EventLog

@Suite("Message catalog")
struct MessageCatalogTests {
    /// Events, their insertion strings and the message NT shows: checked in both directions.
    static let examples: [(String, UInt16, [String], String)] = [
        ("EventLog", 6005, [], "The Event log service was started."),
        ("EventLog", 6006, [], "The Event log service was stopped."),
        ("EventLog", 6008, ["07:51", "15/02/99"], "The previous system shutdown at 07:51 on 15/02/99 was unexpected."),
        ("EventLog", 6009, ["4.0", "1381", "Service Pack 3", "Uniprocessor Free"], "Microsoft (R) Windows NT (R) 4.0 1381 Service Pack 3 Uniprocessor Free."),
        ("EventLog", 6009, ["4.0", "1381", "", "Multiprocessor Free"], "Microsoft (R) Windows NT (R) 4.0 1381  Multiprocessor Free."),
        ("EventLog", 6009, ["5.01.", "2600", "Service Pack 3", "Uniprocessor Free"], "Microsoft (R) Windows (R) 5.01. 2600 Service Pack 3 Uniprocessor Free."),
        ("Save Dump", 1001, ["0x0000000a (0x00000000, 0x00000002, 0x00000000, 0x8011a2b3)", "Microsoft Windows NT [v15.1381]", "C:\\WINNT\\MEMORY.DMP"],
         "The computer has rebooted from a bugcheck.  The bugcheck was: 0x0000000a (0x00000000, 0x00000002, 0x00000000, 0x8011a2b3). Microsoft Windows NT [v15.1381]. A dump was saved in: C:\\WINNT\\MEMORY.DMP."),
        ("Srv", 2021, ["", "1", "60"], "Srv could not get a work item (1 failures within 60 seconds)."),
        ("Service Control Manager", 7036, ["DHCP Server", "running"], "The DHCP Server service entered the running state."),
        ("Service Control Manager", 7035, ["DHCP Server", "start"], "The DHCP Server service was successfully sent a start control."),
        ("Service Control Manager", 7031, ["McAfee McShield", "1", "5000", "1", "Restart the service"],
         "The McAfee McShield service terminated unexpectedly.  It has done this 1 time(s).  The following corrective action will be taken in 5000 milliseconds: Restart the service."),
        ("Application Popup", 26, ["Service Control Manager", "At least one service or driver failed during system startup."],
         "Application popup: Service Control Manager : At least one service or driver failed during system startup."),
    ]

    @Test(arguments: 0..<examples.count)
    func rendersAndRecoversStrings(_ index: Int) {
        let (source, id, strings, message) = MessageCatalogTests.examples[index]
        #expect(MessageCatalog.message(source: source, id: id, strings: strings) == message)
        let recovered = MessageCatalog.insertionStrings(source: source, id: id, message: message)
        // 7031 does not use %4, which comes back empty.
        let expected = id == 7031 ? ["McAfee McShield", "1", "5000", "", "Restart the service"] : strings
        #expect(recovered == expected)
    }

    @Test func sourceNamesAreNormalised() {
        #expect(MessageCatalog.template(source: "Event Log", id: 6005)?.text == "The Event log service was started.")
        #expect(MessageCatalog.template(source: "SERVICE CONTROL MANAGER", id: 7036) != nil)
        #expect(MessageCatalog.template(source: "SaveDump", id: 1001) != nil)
        #expect(MessageCatalog.template(source: "Applications Popup", id: 26) != nil)
        #expect(MessageCatalog.template(source: "Srv", id: 9999) == nil)
    }

    @Test func unknownEventsRenderAsEventViewerDoesWithoutTheMessageFile() {
        let message = MessageCatalog.message(source: "X", id: 7036, strings: ["a", "b"])
        #expect(message == "The description for Event ID ( 7036 ) in Source ( X ) could not be found. It contains the following insertion string(s): a, b.")
        #expect(MessageCatalog.insertionStrings(source: "X", id: 7036, message: message) == ["a", "b"])
        #expect(MessageCatalog.insertionStrings(source: "X", id: 1, message: MessageCatalog.message(source: "X", id: 1, strings: [])) == [])
        let xp = "The description for Event ID ( 1 ) in Source ( TestApp ) cannot be found. The local computer may not have the necessary registry information or message DLL files to display messages from a remote computer. The following information is part of the event: Test log entry, error."
        #expect(MessageCatalog.insertionStrings(source: "TestApp", id: 1, message: xp) == ["Test log entry", "error"])
    }

    @Test func parameterReferencesOfTheServiceControlManager() {
        #expect(MessageCatalog.message(source: "Service Control Manager", id: 7000, strings: ["Spooler", "%%1053"])
            == "The Spooler service failed to start due to the following error: The service gave no answer to the start or control request in time.")
        #expect(MessageCatalog.message(source: "Service Control Manager", id: 7023, strings: ["DNS", "%%1201"])
            == "The DNS service terminated with the following error: %%1201")
        #expect(MessageCatalog.insertionStrings(source: "Service Control Manager", id: 7023, message: "The DNS service terminated with the following error: %%1201") == ["DNS", "%%1201"])
    }

    @Test func matchingToleratesRewrappedWhiteSpaceAndRefusesOtherText() {
        let wrapped = "The computer has rebooted from a bugcheck.\r\nThe bugcheck was: 0xc000021a (0xe1270188, 0x00000001, 0x00000000, 0x00000000). Microsoft\r\nWindows NT [v15.1381]. A dump was saved in: C:\\Winnt\\Memory.dmp."
        #expect(MessageCatalog.insertionStrings(source: "Save Dump", id: 1001, message: wrapped)
            == ["0xc000021a (0xe1270188, 0x00000001, 0x00000000, 0x00000000)", "Microsoft Windows NT [v15.1381]", "C:\\Winnt\\Memory.dmp"])
        #expect(MessageCatalog.insertionStrings(source: "Service Control Manager", id: 7036, message: "Something else entirely.") == nil)
        // A missing string stays `%n`, as Event Viewer shows it.
        #expect(MessageCatalog.message(source: "Service Control Manager", id: 7036, strings: ["Spooler"]) == "The Spooler service entered the %2 state.")
    }

    @Test func matchingCannotBeMadeToRunLong() {
        let message = String(repeating: "The The service entered the ", count: 2000)
        #expect(MessageCatalog.insertionStrings(source: "Service Control Manager", id: 7036, message: message) == nil)
    }

    @Test func sourceKeysAndParameterReferencesFromBytes() {
        #expect(MessageCatalog.normalisedSource("Service Control Manager") == "servicecontrolmanager")
        #expect(MessageCatalog.normalisedSource("Applications Popup") == "applicationpopup")
        #expect(MessageCatalog.normalisedSource("Dhcp-Srv 2.0!") == "dhcpsrv20")
        #expect(MessageCatalog.normalisedSource("Zürich Backup") == "zürichbackup")
        #expect(MessageCatalog.normalisedSource("@[`{") == "")
        for (text, expected) in [("%%1053", true), ("a %% b", true), ("%", false), ("%1 %2", false), ("", false), ("50%", false), ("x%%", true), ("%x%", false)] {
            #expect(MessageCatalog.hasParameterReference(text) == expected, "\(text)")
        }
    }

    @Test func whiteSpaceCollapsesOnBytesAsOnText() {
        #expect(MessageTemplate.collapsingWhiteSpace("  Jürgen \r\n printed\t\t2 ", trim: true) == "Jürgen printed 2")
        #expect(MessageTemplate.collapsingWhiteSpace("  Jürgen \r\n printed\t\t2 ", trim: false) == " Jürgen printed 2 ")
        #expect(MessageTemplate.collapsingWhiteSpace("", trim: true).isEmpty)
        #expect(MessageTemplate.collapsingWhiteSpace(" \n ", trim: false) == " ")
        // One message tried against several templates of an event: the collapsed form is made once and reused.
        var message = MatchableMessage("The  DHCP Server\r\nservice entered the running state.")
        #expect(MessageTemplate("The %1 service was successfully sent a %2 control.").match(&message) == nil)
        #expect(MessageTemplate("The %1 service entered the %2 state.").match(&message) == ["DHCP Server", "running"])
    }

    @Test func renderingKeepsPlaceholdersWithoutStrings() {
        #expect(MessageTemplate("Jürgen: %1 of %12, %%1053 %2").render(["ü"]) == "Jürgen: ü of %12, %%1053 %2")
        #expect(MessageTemplate("").render(["x"]).isEmpty)
    }
}
