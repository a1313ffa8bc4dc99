import Testing
@testable import EventLog

@Suite("Vista+ Event Viewer text (tab-delimited)")
struct VistaTextReaderTests {
    typealias NT4 = TextExportTesting.NT4

    @Test func win7SampleInUTF16EveryField() {
        let result = TextExportTesting.readSample("vista-text/nt4-system-opened-on-win7.txt")
        #expect(result.report.format == .vistaText)
        #expect(result.report.encoding == .utf16LE)
        #expect(result.report.details["date order"] == "month-first (from dates with a second number above 12)")
        #expect(result.report.problemCount == 0)
        let popupMessage = NT4.popup.replacingOccurrences(of: "Error : ", with: "Error :\t")
        let popupStrings = NT4.popupStrings.replacingOccurrences(of: "⏎⏎", with: " ")
        #expect(result.rows == [
            "1999-05-14T10:03:27 | Service Control Manager | 7036 | - | information | None | - | - | - | - | - | DHCP Server¦running | The DHCP Server service entered the running state. | 2",
            "1999-05-14T10:03:25 | Service Control Manager | 7035 | - | information | None | - | - | - | - | - | DHCP Server¦start | The DHCP Server service was successfully sent a start control. | 3",
            "1999-05-14T10:02:54 | Save Dump | 1001 | - | information | None | - | - | - | - | - | \(NT4.saveDumpStrings) | \(NT4.saveDump) | 4",
            "1999-05-14T10:02:11 | EventLog | 6009 | - | information | None | - | - | - | - | - | 4.0¦1381¦Service Pack 3¦Uniprocessor Free | Microsoft (R) Windows (R) 4.0 1381 Service Pack 3 Uniprocessor Free. | 5",
            "1999-05-14T10:02:11 | EventLog | 6005 | - | information | None | - | - | - | - | - |  | The Event log service was started. | 6",
            "1999-05-14T09:58:40 | Application Popup | 26 | - | information | None | - | - | - | - | - | \(popupStrings) | \(popupMessage) | 7",
            "1999-05-13T23:47:05 | Srv | 2020 | - | error | None | - | - | - | - | - |  | \(NT4.srv2020) | 10",
            "1999-05-13T18:15:33 | Print | 10 | - | information | 1 | - | - | - | - | - |  | \(NT4.print10) | 11",
            "1999-05-13T00:00:02 | EventLog | 6006 | - | information | None | - | - | - | - | - |  | The Event log service was stopped. | 12",
        ])
        #expect(result.events[7].categoryNumber == 1 && result.events[7].categoryName == nil)
    }

    @Test func securityExportsNameTheFirstColumnKeywords() throws {
        let text = "Keywords\tDate and Time\tSource\tEvent ID\tTask Category\n"
            + "Audit Success\t4/16/2020 3:47:36 PM\tMicrosoft-Windows-Security-Auditing\t4624\tLogon\t\"An account was successfully logged on.\"\n"
            + "Audit Failure\t4/16/2020 3:48:01 PM\tMicrosoft-Windows-Security-Auditing\t4625\tLogon\t\"An account failed to log on.\"\n"
        let result = try TextExportTesting.read(text)
        #expect(result.report.format == .vistaText)
        #expect(result.events.map(\.type) == [.successAudit, .failureAudit])
        #expect(result.events.map(\.categoryName) == ["Logon", "Logon"])
    }

    @Test func aHeaderInAnUnknownLanguageIsAcceptedByTheShapeOfTheRows() throws {
        let text = "Taso\tPäivämäärä ja aika\tLähde\tTapahtuman tunnus\tTehtäväluokka\n"
            + "Tiedot\t14.5.1999 10.02.11\tEventLog\t6005\tEi mitään\t\"Tapahtumalokipalvelu käynnistettiin.\"\n"
        let result = try TextExportTesting.read(text)
        #expect(result.report.format == .vistaText)
        #expect(result.rows == ["1999-05-14T10:02:11 | EventLog | 6005 | - | information | Ei mitään | - | - | - | - | - |  | Tapahtumalokipalvelu käynnistettiin. | 2"])
    }

    @Test func headerOnlyIsNoFailure() throws {
        let result = try TextExportTesting.read("Level\tDate and Time\tSource\tEvent ID\tTask Category\r\n")
        #expect(result.report.format == .vistaText)
        #expect(result.events.isEmpty)
        #expect(!result.report.failed)
        #expect(result.report.problemCount == 0)
    }
}
