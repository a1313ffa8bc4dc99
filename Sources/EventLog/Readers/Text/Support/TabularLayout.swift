/// The columns of one headed export file: its delimiter, what each column holds, and where the
/// data starts.
struct TabularLayout {
    var delimiter: UInt8
    var roles: [ColumnRole]
    /// The line holding the column names (data starts after it); 0 when the file has no header.
    var headerLine: Int
    /// Rows may leave out the columns from here on (Vista+ rows without a description).
    var minimumFields: Int
    /// The free-text column that takes any surplus fields: a description holding the delimiter
    /// unquoted (Log Parser without quoting, older exporters).
    var absorbingColumn: Int?
    /// Lines a tool adds around the data (Log Parser's statistics), skipped between rows.
    var isChatter: (@Sendable (TextBytes) -> Bool)?

    init(delimiter: UInt8, roles: [ColumnRole], headerLine: Int, minimumFields: Int? = nil) {
        self.delimiter = delimiter
        self.roles = roles
        self.headerLine = headerLine
        self.minimumFields = minimumFields ?? roles.count
        absorbingColumn = roles.firstIndex(of: .message) ?? roles.firstIndex(of: .strings)
    }

    func column(_ role: ColumnRole) -> Int? { roles.firstIndex(of: role) }

    /// True when a line looks like the first line of a row: it holds, quoted or not, a readable
    /// time and a numeric event ID in their columns. Lets the splitter end a runaway quoted field.
    func looksLikeRecordStart(_ line: TextBytes) -> Bool {
        guard let timeColumn = column(.timeGenerated), let idColumn = column(.eventID) ?? column(.instanceID) else { return false }
        var fields = LineFields(line, delimiter: delimiter)
        var index = 0
        var timeOK = false, idOK = false
        while index <= max(timeColumn, idColumn), let field = fields.next() {
            // A quote in an unquoted field: this is the last line of a quoted field, not a new row.
            if fields.isBroken || (!fields.lastWasQuoted && field.index(of: ASCII.quote) != nil) { return false }
            if index == timeColumn { timeOK = TimestampScanner.scanDateTime(field) != nil }
            if index == idColumn { idOK = field.unsignedValue != nil }
            index += 1
        }
        return timeOK && idOK
    }

    /// A header name reduced to what identifies it: lowercase letters and digits only, so that
    /// `Event ID`, `EventID`, `"Ereignis-ID"` and `ID de l’événement` compare simply.
    static func key(_ name: String) -> String {
        String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
    }

    /// The delimiter of a header line: tab, semicolon or comma, whichever splits it most.
    static func delimiter(ofHeader line: TextBytes) -> UInt8 {
        var tabs = 0, semicolons = 0, commas = 0
        var inQuotes = false
        for byte in line {
            switch byte {
            case ASCII.quote: inQuotes.toggle()
            case ASCII.tab where !inQuotes: tabs += 1
            case ASCII.semicolon where !inQuotes: semicolons += 1
            case ASCII.comma where !inQuotes: commas += 1
            default: break
            }
        }
        if tabs > 0 && tabs >= commas && tabs >= semicolons { return ASCII.tab }
        return semicolons > commas ? ASCII.semicolon : ASCII.comma
    }
}
