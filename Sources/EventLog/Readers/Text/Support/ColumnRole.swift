/// What a column of a headed export (PowerShell, Log Parser, Vista+ Event Viewer) holds, in the
/// terms of the `Event` model. Each reader maps its header names to these; one builder then turns
/// any such row into an event.
enum ColumnRole: Hashable, Sendable {
    /// A local date and time in one field (`TimeCreated`, `TimeGenerated`, `Date and Time`).
    case timeGenerated
    case timeWritten
    /// The event ID as shown (a value above 65535 is taken as the full 32-bit ID).
    case eventID
    /// The full 32-bit ID (`InstanceId` of `Get-EventLog`).
    case instanceID
    /// The top 16 bits of the full ID (`Qualifiers`).
    case qualifiers
    /// NT's numeric event type (Log Parser's `EventType`).
    case classicType
    /// A Vista+ level number (`Level`).
    case levelNumber
    /// A type or level name, maybe localised (`LevelDisplayName`, `EntryType`, `Level`, `Keywords`).
    case typeName
    /// Vista+ keywords as a signed decimal (PowerShell); the audit bits give the audit types.
    case keywords
    case source
    case log
    case computer
    /// A SID (`S-1-5-18`) or an account name (`NT AUTHORITY\SYSTEM`); `N/A` is none.
    case user
    case recordNumber
    case message
    /// A category or task name; `(n)` is read as the number n.
    case categoryName
    case categoryNumber
    /// Insertion strings separated by `|` (Log Parser's `Strings`).
    case strings
    /// Binary data written as hexadecimal digits.
    case hexData
    case ignored
}
