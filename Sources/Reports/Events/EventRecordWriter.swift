import EventLog

/// Renders normalised events for `ntdiag events`: one JSON object per line, CSV rows, or a
/// table for people. The field names and order are a contract (see DESIGN.md): scripts parse
/// them.
public enum EventRecordWriter {
    /// The CSV header matching `csvRow`.
    public static let csvHeader = CSVText.row([
        "file", "format", "record", "time", "source", "id", "full_id", "type", "category", "log",
        "computer", "user", "strings", "message", "recovered", "line", "offset",
    ])

    /// One line of `--format jsonl`.
    public static func jsonLine(_ event: Event, file: String, format: LogFormat?) -> String {
        var bytes: [UInt8] = []
        appendJSONLine(event, file: file, format: format, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one line of `--format jsonl` (without the newline) to `out`: the fast path for
    /// printing millions of events.
    public static func appendJSONLine(_ event: Event, file: String, format: LogFormat?, to out: inout [UInt8]) {
        var json = JSONObjectWriter()
        json.string("file", file)
        json.string("format", format?.rawValue)
        json.number("record", event.recordNumber)
        if let time = event.timeGenerated { json.asciiString("time") { ISO8601Bytes.append(time, to: &$0) } }
        if let time = event.timeWritten { json.asciiString("time_written") { ISO8601Bytes.append(time, to: &$0) } }
        json.string("source", event.source)
        json.number("id", event.id)
        if let fullID = event.fullID { json.asciiString("full_id") { appendHex(fullID, to: &$0) } }
        json.string("type", event.type.name)
        json.string("category", event.category)
        json.string("log", event.log)
        json.string("computer", event.computer)
        json.string("user", event.user)
        json.string("sid", event.userSID)
        json.strings("strings", event.strings)
        json.string("message", event.message)
        if !event.data.isEmpty { json.asciiString("data") { appendHexBytes(event.data, to: &$0) } }
        json.bool("recovered", event.isRecovered)
        json.number("line", event.origin.line)
        json.number("offset", event.origin.offset)
        out.append(contentsOf: json.finishBytes())
    }

    /// One row of `--format csv` (insertion strings joined with `|`, as Log Parser does).
    public static func csvRow(_ event: Event, file: String, format: LogFormat?) -> String {
        CSVText.row([
            file, format?.rawValue ?? "", event.recordNumber.map(String.init) ?? "",
            event.timeGenerated?.iso8601 ?? "", event.source, String(event.id), event.fullID.map(hex) ?? "",
            event.type.name, event.category ?? "", event.log ?? "", event.computer ?? "", event.user ?? "",
            event.strings.joined(separator: "|"), event.message ?? "", event.isRecovered ? "true" : "false",
            event.origin.line.map(String.init) ?? "", event.origin.offset.map(String.init) ?? "",
        ])
    }

    /// The header of `--format table`.
    public static let tableHeader = pad("TIME", 24) + pad("COMPUTER", 16) + pad("SOURCE", 26) + pad("ID", 7) + pad("TYPE", 14) + "MESSAGE"

    /// One row of `--format table`: the message (or the insertion strings) on one line, cut short.
    public static func tableRow(_ event: Event) -> String {
        let text = event.message ?? event.strings.joined(separator: "; ")
        let oneLine = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters() }.joined(separator: " ")
        return pad(event.timeGenerated?.iso8601 ?? "-", 24) + pad(event.computer ?? "-", 16)
            + pad(event.source, 26) + pad(String(event.id), 7) + pad(event.type.displayName, 14)
            + String(oneLine.prefix(100)) + (event.isRecovered ? " [recovered]" : "")
    }

    static func hex(_ value: UInt32) -> String {
        var bytes: [UInt8] = []
        appendHex(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// `0x` and eight upper-case hex digits.
    static func appendHex(_ value: UInt32, to out: inout [UInt8]) {
        out.append(0x30)
        out.append(0x78)
        for shift in stride(from: 28, through: 0, by: -4) { out.append(hexDigits[Int(value >> UInt32(shift) & 0xF)]) }
    }

    static func appendHexBytes(_ bytes: [UInt8], to out: inout [UInt8]) {
        out.reserveCapacity(out.count + bytes.count * 2)
        for byte in bytes {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0xF)])
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        let cut = text.count >= width ? String(text.prefix(width - 1)) : text
        return cut + String(repeating: " ", count: width - cut.count)
    }
}

extension Substring {
    func trimmingCharacters() -> Substring {
        var view = self
        while view.first?.isWhitespace == true { view.removeFirst() }
        while view.last?.isWhitespace == true { view.removeLast() }
        return view
    }
}
