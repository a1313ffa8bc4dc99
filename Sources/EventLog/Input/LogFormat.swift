/// Every export format ntdiag reads. The raw value is the name users pass to `--input-format`
/// and the name reports print.
public enum LogFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// NT's binary event log (`SysEvent.Evt`, Event Viewer "Save As .evt").
    case evt
    /// Event XML: Event Viewer "Save as XML" (`<Events>`), wevtutil / Get-WinEvent (bare `<Event>`).
    case eventXML = "event-xml"
    /// Log Parser 2.2's XML output of its EVT input format.
    case logParserXML = "logparser-xml"
    /// Log Parser 2.2's CSV output of its EVT input format.
    case logParserCSV = "logparser-csv"
    /// NT 4.0 / 2000 / XP / 2003 Event Viewer "Save As" text, tab-delimited, no header.
    case eventViewerText = "eventviewer-text"
    /// NT 4.0 / 2000 / XP / 2003 Event Viewer "Save As" comma-delimited text, no header.
    case eventViewerCSV = "eventviewer-csv"
    /// Resource Kit `dumpel` output.
    case dumpel
    /// Vista+ Event Viewer "Save As" text (tab-delimited, header of five names).
    case vistaText = "vista-text"
    /// Vista+ Event Viewer "Save As" CSV (header of five names).
    case vistaCSV = "vista-csv"
    /// `wevtutil qe /f:text` blocks.
    case wevtutilText = "wevtutil-text"
    /// PowerShell `Get-WinEvent | Export-Csv` (all 27 columns, or a `Select-Object` subset).
    case powerShellCSV = "powershell-csv"
    /// Performance Monitor counter logs in PDH's text form (perfmon, typeperf, relog): samples,
    /// not events; `analyze` reads them beside the event logs.
    case pdhCSV = "pdh-csv"

    /// A short description for summaries and errors.
    public var displayName: String {
        switch self {
        case .evt: return "NT binary event log (.evt)"
        case .eventXML: return "event XML"
        case .logParserXML: return "Log Parser XML"
        case .logParserCSV: return "Log Parser CSV"
        case .eventViewerText: return "Event Viewer text (tab-delimited)"
        case .eventViewerCSV: return "Event Viewer comma-delimited text"
        case .dumpel: return "dumpel output"
        case .vistaText: return "Event Viewer (Vista+) text"
        case .vistaCSV: return "Event Viewer (Vista+) CSV"
        case .wevtutilText: return "wevtutil text"
        case .powerShellCSV: return "PowerShell Export-Csv"
        case .pdhCSV: return "Performance Monitor counter log (PDH CSV)"
        }
    }
}
