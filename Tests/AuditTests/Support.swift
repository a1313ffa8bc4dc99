import Audit
import Diagnosis
import EventLog
import Foundation
import TestSupport

/// Folders of small exports for the audit tests, written into a fresh temporary directory.
struct TestFolder {
    let root: String

    init() throws {
        root = try ScratchFolder.make("audit").path
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, Data(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, _ data: Data) throws -> String {
        let full = path(relative)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: full))
        return full
    }

    func link(_ relative: String, to target: String) throws {
        let full = path(relative)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: full, withDestinationPath: target)
    }

    func audit(jobs: Int = 2, facts: GivenFacts = GivenFacts(), roots: [String]? = nil) -> DiagnosisResult {
        FleetAudit.run(AuditRequest(roots: roots ?? [root], jobs: jobs, rules: TestFolder.rules, given: facts))
    }

    static let rules = RuleSet.builtIn()
}

/// An event of an event XML export (Event Viewer "Save as XML").
struct XMLEvent {
    var record: Int?
    /// Seconds after 1999-03-01T00:00:00Z.
    var offset: Int
    var source: String
    var id: Int
    var computer: String?
    var channel: String? = "System"
    var message = ""

    static let start = 920_246_400

    var xml: String {
        let time = EventTime(seconds: Int64(XMLEvent.start + offset), isUTC: true).iso8601
        var system = "<Provider Name='\(source)'/><EventID Qualifiers='16384'>\(id)</EventID><Level>4</Level><TimeCreated SystemTime='\(time)'/>"
        if let record { system += "<EventRecordID>\(record)</EventRecordID>" }
        if let channel { system += "<Channel>\(channel)</Channel>" }
        if let computer { system += "<Computer>\(computer)</Computer>" }
        return "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>\(system)</System><EventData/>"
            + "<RenderingInfo Culture='en-US'><Message>\(message)</Message></RenderingInfo></Event>"
    }

    static func export(_ events: [XMLEvent]) -> String {
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Events>" + events.map(\.xml).joined(separator: "\n") + "</Events>\n"
    }

    /// A System log of `computer`: a boot, then Srv 2020 and service changes, records `records`,
    /// one event an hour.
    static func systemLog(_ computer: String?, records: ClosedRange<Int>, channel: String? = "System", numbered: Bool = true) -> [XMLEvent] {
        records.map { number in
            let (source, id): (String, Int) = number == 1 ? ("EventLog", 6005) : (number % 5 == 0 ? ("Srv", 2020) : ("Service Control Manager", 7036))
            return XMLEvent(record: numbered ? number : nil, offset: number * 3600, source: source, id: id, computer: computer, channel: channel,
                            message: "event \(number)")
        }
    }
}
