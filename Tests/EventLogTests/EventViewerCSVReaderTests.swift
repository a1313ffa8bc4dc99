import Testing
@testable import EventLog

@Suite("NT 4.0 / 2000 / XP Event Viewer comma-delimited text")
struct EventViewerCSVReaderTests {
    typealias NT4 = TextExportTesting.NT4

    @Test func nt4UKSampleEveryField() {
        let result = TextExportTesting.readSample("eventviewer-csv/nt4-sp6a-system-en-gb.csv")
        #expect(result.report.format == .eventViewerCSV)
        #expect(result.report.encoding == .windows1252)
        #expect(result.report.details["date order"] == "day-first (from dates with a first number above 12)")
        #expect(result.report.problemCount == 0)
        let popup = "Microsoft Word : The document \"Angebot, Müller.doc\" could not be saved, the disk is full.⏎⏎Free some space and try again."
        #expect(result.rows == [
            "1999-05-15T08:01:14 | Service Control Manager | 7036 | - | information | None | - | NTSRV02 | - | - | - | DHCP Server¦running | The DHCP Server service entered the running state. | 1",
            "1999-05-15T08:01:12 | Service Control Manager | 7035 | - | information | None | - | NTSRV02 | NTSRV02\\Administrator | - | - | DHCP Server¦start | The DHCP Server service was successfully sent a start control. | 2",
            "1999-05-15T08:00:40 | Save Dump | 1001 | - | information | None | - | NTSRV02 | - | - | - | \(NT4.saveDumpStrings) | \(NT4.saveDump) | 3",
            "1999-05-15T07:59:58 | EventLog | 6008 | - | error | None | - | NTSRV02 | - | - | - | 22:14:02¦14/05/99 | The previous system shutdown at 22:14:02 on 14/05/99 was unexpected. | 4",
            "1999-05-15T07:59:58 | EventLog | 6009 | - | information | None | - | NTSRV02 | - | - | - | 4.0¦1381¦Service Pack 6¦Uniprocessor Free | Microsoft (R) Windows NT (R) 4.0 1381 Service Pack 6 Uniprocessor Free. | 5",
            "1999-05-15T07:59:58 | EventLog | 6005 | - | information | None | - | NTSRV02 | - | - | - |  | The Event log service was started. | 6",
            "1999-05-14T22:13:51 | Application Popup | 26 | - | information | None | - | NTSRV02 | - | - | - | \(popup.replacingOccurrences(of: " : ", with: "¦")) | Application popup: \(popup) | 7",
            "1999-05-14T22:10:07 | Srv | 2020 | - | error | None | - | NTSRV02 | - | - | - |  | \(NT4.srv2020) | 10",
            "1999-05-14T09:30:00 | EventLog | 6006 | - | information | None | - | NTSRV02 | - | - | - |  | The Event log service was stopped. | 11",
        ])
    }

    @Test func quotedFieldsAndDescriptions() throws {
        let text = """
            "3/2/2005","2:15:07 PM","Service Control Manager","Information","None","7036","N/A","XPBOX","The Print Spooler service entered the running state."
            3/2/2005,2:14:55 PM,Security,Failure Audit,Logon/Logoff,529,NT AUTHORITY\\SYSTEM,XPBOX,Logon Failure:  \tReason:\t\tUnknown user name or bad password, again
            3/2/2005,2:14:50 PM,Application Popup,Information,None,26,N/A,XPBOX,"He said ""stop"", twice"
            3/2/2005,2:14:40 PM,Application Popup,Information,None,26,N/A,XPBOX,"Only the start is quoted, then a "" inside
            """
        let result = try TextExportTesting.read(text + "\n")
        #expect(result.report.format == .eventViewerCSV)
        #expect(result.events.map(\.message) == [
            "The Print Spooler service entered the running state.",
            "Logon Failure:  \tReason:\t\tUnknown user name or bad password, again",
            "He said \"stop\", twice",
            "\"Only the start is quoted, then a \"\" inside",
        ])
        #expect(result.events.map(\.type) == [.information, .failureAudit, .information, .information])
        #expect(result.events[0].timeGenerated?.iso8601 == "2005-03-02T14:15:07")
        #expect(result.events[1].userName == "NT AUTHORITY\\SYSTEM")
    }

    @Test func descriptionsDescribingMissingMessagesGiveTheirStrings() throws {
        let nt4 = "5/14/99,10:03:27 AM,Fancy Service,Information,None,42,N/A,PC,The description for Event ID ( 42 ) in Source ( Fancy Service ) could not be found. It contains the following insertion string(s): alpha, beta.\n"
        #expect(try TextExportTesting.read(nt4).events.first?.strings == ["alpha", "beta"])
        let xp = "5/14/2003,10:03:27 AM,Fancy Service,Information,None,42,N/A,PC,The description for Event ID ( 42 ) in Source ( Fancy Service ) cannot be found. The local computer may not have the necessary registry information or message DLL files to display messages from a remote computer. The following information is part of the event: alpha, beta.\n"
        #expect(try TextExportTesting.read(xp).events.first?.strings == ["alpha", "beta"])
    }

    @Test func tooFewFieldsAndATruncatedLastLine() throws {
        let text = "5/14/99,10:00:00 AM,EventLog,Information,None,6005,N/A,PC,ok\n5/14/99,10:01:00 AM,EventLog,Informa"
        let result = try TextExportTesting.read(text)
        #expect(result.events.count == 1)
        #expect(result.problems == ["2: the record has 4 of the 8 fields before the description"])
    }
}
