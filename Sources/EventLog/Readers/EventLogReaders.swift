/// The registry of format readers, in the order sniffing tries them.
///
/// Order matters where formats resemble each other: the more specific test comes first (Log
/// Parser's XML before generic event XML, Vista+ headers before headerless NT exports).
public enum EventLogReaders {
    public static let all: [any EventLogReader.Type] = [
        EVTReader.self,
        LogParserXMLReader.self,
        EventXMLReader.self,
        // Text exports: headed formats first, then the headerless ones recognised by their rows.
        LogParserCSVReader.self, VistaTextReader.self, VistaCSVReader.self, PowerShellCSVReader.self,
        WevtutilTextReader.self, DumpelReader.self, EventViewerTextReader.self, EventViewerCSVReader.self,
    ]

    /// The reader for a format, if ntdiag has one.
    public static func reader(for format: LogFormat) -> (any EventLogReader.Type)? {
        all.first { $0.format == format }
    }

    /// The first reader that recognises the sample.
    public static func sniff(_ sample: FileSample) -> (any EventLogReader.Type)? {
        all.first { $0.recognizes(sample) }
    }
}
