/// Reads event XML: Event Viewer's "Save as XML" (`<Events>` root), wevtutil and Get-WinEvent
/// output (bare `<Event>` elements, no root, no declaration), and python-evtx renderings.
///
/// The text is transcoded to UTF-8 first (so UTF-16 exports work), then streamed through
/// libxml2's SAX2 parser; see `XMLRecordStream` for how damage is survived and
/// `EventXMLBuilder` for how fields are mapped.
public enum EventXMLReader: EventLogReader {
    public static let format = LogFormat.eventXML
    static let namespace: StaticString = "http://schemas.microsoft.com/win/2004/08/events/event"

    /// An `<Event>` in the event namespace, or an `<Events>`/`<Event>` document with a `<System>`.
    public static func recognizes(_ sample: FileSample) -> Bool {
        if sample.textContains("<Event ") || sample.textContains("<Event>"), sample.textContains(namespace) { return true }
        switch XMLProlog.firstElementName(of: sample.text) {
        case "Events": return true
        case "Event": return sample.textContains("<System>") || sample.textContains("<System ")
        default: return false
        }
    }

    public static func read(
        _ file: InputFile,
        sample: FileSample,
        options: ReadOptions,
        report: inout ReadReport,
        emit: (Event) throws -> Void
    ) throws {
        try XMLRecordStream(session: EventXMLBuilder(options: options), options: options).read(file, encoding: sample.encoding, report: &report, emit: emit)
    }
}
