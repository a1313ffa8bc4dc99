import Testing
import EventLog
@testable import Reports

@Suite("Event output")
struct EventRecordWriterTests {
    @Test func jsonLineEscapesAndOrdersFields() throws {
        let time = try #require(EventTime(year: 1999, month: 5, day: 14, hour: 10, minute: 2, second: 11, isUTC: true))
        let event = Event(source: "Srv", id: 2020, fullID: 0xC000_07E4, type: .error, timeGenerated: time,
                          recordNumber: 7, log: "System", computer: "NTSRV01", strings: ["a\"b", "c\nd"])
        let line = EventRecordWriter.jsonLine(event, file: "x.xml", format: .eventXML)
        #expect(line == #"{"file":"x.xml","format":"event-xml","record":7,"time":"1999-05-14T10:02:11Z","source":"Srv","id":2020,"full_id":"0xC00007E4","type":"error","log":"System","computer":"NTSRV01","strings":["a\"b","c\nd"],"recovered":false}"#)
    }

    @Test func csvQuotesOnlyWhenNeeded() {
        #expect(CSVText.row(["a", "b,c", "d\"e", "f\ng"]) == "a,\"b,c\",\"d\"\"e\",\"f\ng\"")
    }
}
