/// One event as ntdiag understands it, whatever file format it came from.
///
/// Every reader produces this shape, so that fact inference, rules and reports never need to know
/// whether an event was read from an `.evt` file, an XML export or a text export. Fields a format
/// does not carry stay `nil` (or empty), never guessed.
public struct Event: Sendable, Hashable {
    /// The event source as Event Viewer shows it (`EventLog`, `Srv`, `Service Control Manager`).
    /// For XML this is `EventSourceName` when present, else the provider name.
    public var source: String
    /// The event ID as Event Viewer shows it: the low 16 bits of the full ID.
    public var id: UInt16
    /// The full 32-bit ID (severity, facility and code) when the format carries it:
    /// `.evt` records, XML with `Qualifiers`, Log Parser's `EventID`.
    public var fullID: UInt32?
    /// Error, warning, information, audits, critical, verbose.
    public var type: EventType
    /// Category number (classic events) or task number (manifest events), when known.
    public var categoryNumber: UInt16?
    /// The rendered category or task name (`None`, `Logon/Logoff`), when the export carries it.
    public var categoryName: String?
    /// When the event happened: a UTC instant where the format has one, else local wall-clock time.
    public var timeGenerated: EventTime?
    /// When the event log service wrote it (`.evt` and Log Parser only).
    public var timeWritten: EventTime?
    /// The record number in its log (`EventRecordID`, `RecordNumber`), when known.
    public var recordNumber: UInt64?
    /// The log or channel (`System`, `Application`, `Security`).
    public var log: String?
    /// The computer that logged the event.
    public var computer: String?
    /// The user's SID (`S-1-5-18`), when known.
    public var userSID: String?
    /// The user as `DOMAIN\name`, when known.
    public var userName: String?
    /// The insertion strings, in order (`%1` first). Empty strings are kept: positions matter.
    public var strings: [String]
    /// The rendered message when the export carries one (or a built-in template rendered it).
    public var message: String?
    /// The binary data attached to the record.
    public var data: [UInt8]
    /// Where the event was found in its file.
    public var origin: EventOrigin
    /// True for a record carved from slack space rather than read from the live part of a log.
    public var isRecovered: Bool

    public init(
        source: String = "",
        id: UInt16 = 0,
        fullID: UInt32? = nil,
        type: EventType = .information,
        categoryNumber: UInt16? = nil,
        categoryName: String? = nil,
        timeGenerated: EventTime? = nil,
        timeWritten: EventTime? = nil,
        recordNumber: UInt64? = nil,
        log: String? = nil,
        computer: String? = nil,
        userSID: String? = nil,
        userName: String? = nil,
        strings: [String] = [],
        message: String? = nil,
        data: [UInt8] = [],
        origin: EventOrigin = EventOrigin(),
        isRecovered: Bool = false
    ) {
        self.source = source
        self.id = id
        self.fullID = fullID
        self.type = type
        self.categoryNumber = categoryNumber
        self.categoryName = categoryName
        self.timeGenerated = timeGenerated
        self.timeWritten = timeWritten
        self.recordNumber = recordNumber
        self.log = log
        self.computer = computer
        self.userSID = userSID
        self.userName = userName
        self.strings = strings
        self.message = message
        self.data = data
        self.origin = origin
        self.isRecovered = isRecovered
    }

    /// The category as a person reads it: the name when known, else the number.
    public var category: String? {
        if let categoryName { return categoryName }
        return categoryNumber.map(String.init)
    }

    /// The user as a person reads it: `DOMAIN\name` when known, else the SID.
    public var user: String? { userName ?? userSID }
}

/// Where an event was found in its file: a line for text formats, a byte offset for binary ones.
public struct EventOrigin: Sendable, Hashable {
    /// 1-based line on which the event starts (text and XML formats).
    public var line: Int?
    /// Byte offset at which the record starts (binary formats; also XML when known).
    public var offset: Int64?

    public init(line: Int? = nil, offset: Int64? = nil) {
        self.line = line
        self.offset = offset
    }
}
