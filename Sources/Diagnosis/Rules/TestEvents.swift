import EventLog

/// Realistic NT 4.0 events for rule test cases and unit tests, built the way an export would
/// carry them: source, ID, type, insertion strings and the rendered message.
public enum TestEvents {
    /// EventLog 6005: the event log service started (a boot).
    public static func boot(computer: String) -> Event {
        Event(source: "EventLog", id: 6005, fullID: 0x8000_1775, type: .information, log: "System",
              computer: computer, message: "The Event log service was started.")
    }

    /// EventLog 6006 (`clean`) or 6008 (`unexpected`); nil for any other word.
    public static func shutdown(_ kind: String, computer: String) -> Event? {
        switch kind.lowercased() {
        case "clean":
            return Event(source: "EventLog", id: 6006, fullID: 0x8000_1776, type: .information, log: "System",
                         computer: computer, message: "The Event log service was stopped.")
        case "unexpected", "dirty", "unclean":
            return Event(source: "EventLog", id: 6008, fullID: 0x8000_1778, type: .error, log: "System",
                         computer: computer, message: "The previous system shutdown was unexpected.")
        default: return nil
        }
    }

    /// EventLog 6009 from `4.0 1381 Service Pack 3 Uniprocessor Free`.
    public static func systemVersion(_ text: String, computer: String) -> Event {
        let tokens = text.split(separator: " ").map(String.init)
        let kernelIndex = tokens.firstIndex { SystemVersion.processorKind($0) != nil } ?? tokens.count
        let version = tokens.first ?? "4.0"
        let build = tokens.count > 1 ? tokens[1] : "1381"
        let csd = tokens.count > 2 ? tokens[2..<max(2, kernelIndex)].joined(separator: " ") : ""
        let kernel = tokens[min(kernelIndex, tokens.count)...].joined(separator: " ")
        return Event(source: "EventLog", id: 6009, fullID: 0x8000_1779, type: .information, log: "System", computer: computer,
                     strings: [version, build, csd, kernel],
                     message: "Microsoft (R) Windows NT (R) \(version) \(build) \(csd) \(kernel).")
    }

    /// Save Dump 1001 for a bugcheck written as `0xc000021a (0xe17c7fc8, 0x00000001, 0x00000000, 0x00000000)`.
    public static func saveDump(_ bugcheck: String, computer: String) -> Event {
        let version = "Microsoft Windows NT [v15.1381]"
        let dump = "C:\\WINNT\\MEMORY.DMP"
        return Event(source: "Save Dump", id: 1001, type: .information, log: "System", computer: computer,
                     strings: [bugcheck, version, dump],
                     message: "The computer has rebooted from a bugcheck.  The bugcheck was: \(bugcheck). \(version). A dump was saved in: \(dump).")
    }

    /// Service Control Manager 7036: `service` entered `state` (running, stopped).
    public static func serviceState(_ service: String, state: String, computer: String) -> Event {
        Event(source: "Service Control Manager", id: 7036, fullID: 0x4000_1B7C, type: .information, log: "System", computer: computer,
              strings: [service, state], message: "The \(service) service entered the \(state) state.")
    }
}
