@testable import EventLog

/// Reading helpers and event XML building blocks shared by the XML reader tests.
enum XMLTestInputs {
    static let namespace = "http://schemas.microsoft.com/win/2004/08/events/event"

    /// Reads a file through the front door, collecting every event.
    static func read(_ path: String, options: ReadOptions = ReadOptions()) -> (events: [Event], report: ReadReport) {
        var events: [Event] = []
        let report = EventLogFile.read(path: path, options: options) { events.append($0) }
        return (events, report)
    }

    /// Writes `text` (UTF-8) to a temporary file and reads it.
    static func read(text: String, options: ReadOptions = ReadOptions()) throws -> (events: [Event], report: ReadReport) {
        read(try TemporaryFiles.write(text), options: options)
    }

    /// A small classic System event as wevtutil prints it (one line).
    static func event(id: Int = 6005, record: Int = 1, computer: String = "NTSRV01", body: String = "") -> String {
        "<Event xmlns='\(namespace)'><System><Provider Name='EventLog'/><EventID Qualifiers='32768'>\(id)</EventID><Level>4</Level>"
            + "<Task>0</Task><Keywords>0x80000000000000</Keywords><TimeCreated SystemTime='1999-05-14T10:02:11.000000000Z'/>"
            + "<EventRecordID>\(record)</EventRecordID><Channel>System</Channel><Computer>\(computer)</Computer><Security/></System>"
            + body + "</Event>"
    }

    /// One event with the given `<System>` children (for field-by-field tests).
    static func event(system: String, body: String = "") -> String {
        "<Event xmlns='\(namespace)'><System>\(system)</System>\(body)</Event>"
    }

    static func problemLocations(_ report: ReadReport) -> [String] {
        report.problems.map { $0.locationSuffix }
    }
}
