import ArgumentParser
import EventLog

/// The options that control how input files are read, shared by every command that reads logs.
struct ReadingOptions: ParsableArguments {
    @Option(name: .customLong("input-format"), help: ArgumentHelp(
        "Read every input as this format instead of recognising it from its content.",
        discussion: "One of: \(LogFormat.allCases.map(\.rawValue).joined(separator: ", "))."))
    var inputFormat: String?

    @Option(help: "Text encoding of the inputs (utf-8, utf-16le, utf-16be, windows-1252, windows-1251, windows-1250, cp437, cp850) instead of sniffing it.")
    var encoding: String?

    @Option(name: .customLong("date-order"), help: "Order of numeric dates in text exports: mdy (5/14/99), dmy (14/5/99) or ymd. Default: decided per file from its dates.")
    var dateOrder: String?

    @Option(help: "Pin local times from text exports to this UTC offset (e.g. +01:00, -05:00, UTC), making them comparable with UTC times.")
    var timezone: String?

    func validate() throws {
        _ = try readOptions()
    }

    /// The options as the EventLog module takes them.
    func readOptions() throws -> ReadOptions {
        var options = ReadOptions()
        if let inputFormat {
            guard let format = LogFormat(rawValue: inputFormat.lowercased()) else {
                throw ValidationError("unknown --input-format '\(inputFormat)'; use one of: \(LogFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            options.format = format
        }
        if let encoding {
            guard let value = TextEncoding(userName: encoding) else {
                throw ValidationError("unknown --encoding '\(encoding)'; use utf-8, utf-16le, utf-16be, windows-1252, windows-1251, windows-1250, cp437 or cp850")
            }
            options.encoding = value
        }
        if let dateOrder {
            guard let value = DateOrder(rawValue: dateOrder.lowercased()) else {
                throw ValidationError("unknown --date-order '\(dateOrder)'; use mdy, dmy or ymd")
            }
            options.dateOrder = value
        }
        if let timezone {
            guard let zone = FixedTimeZone(parsing: timezone) else {
                throw ValidationError("cannot read --timezone '\(timezone)'; give an offset such as +01:00, -05:00 or UTC")
            }
            options.timeZone = zone
        }
        return options
    }
}
