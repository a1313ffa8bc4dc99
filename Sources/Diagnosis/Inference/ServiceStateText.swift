import EventLog

/// What Service Control Manager events 7035 and 7036 say: a service asked to start or stop, or a
/// service entering the running or stopped state.
///
/// NT logs the display name (`DHCP Server`, `Server`). Only the English state words are known;
/// a localised log's states are not recognised (the services are still seen from their sources).
public struct ServiceStateChange: Hashable, Sendable {
    public enum Direction: Sendable { case up, down }

    public var service: String
    public var direction: Direction

    /// 7036 `The %1 service entered the %2 state.`, 7035 `The %1 service was successfully sent a %2 control.`
    public static func parse(id: UInt16, strings: [String], message: String?) -> ServiceStateChange? {
        guard id == 7035 || id == 7036 else { return nil }
        if strings.count >= 2 {
            // The strings say it all; a state such as "paused" is neither up nor down.
            guard let direction = direction(strings[1]) else { return nil }
            return ServiceStateChange(service: strings[0].trimmingSpaces, direction: direction)
        }
        guard let message else { return nil }
        let text = message.trimmingSpaces
        guard text.hasPrefix("The "), let serviceEnd = ByteSearch.range(of: " service ", in: text) else { return nil }
        let service = String(text[text.index(text.startIndex, offsetBy: 4)..<serviceEnd.lowerBound])
        let rest = text[serviceEnd.upperBound...]
        let marker = id == 7036 ? "entered the " : "sent a "
        guard let markerRange = ByteSearch.range(of: marker, in: rest) else { return nil }
        let word = rest[markerRange.upperBound...].prefix { $0 != " " && $0 != "." }
        guard let direction = direction(String(word)) else { return nil }
        return ServiceStateChange(service: service, direction: direction)
    }

    static func direction(_ word: String) -> Direction? {
        switch word {
        case "running", "start": return .up
        case "stopped", "stop": return .down
        default: break
        }
        switch word.trimmingSpaces.lowercased() {
        case "running", "start", "continue": return .up
        case "stopped", "stop": return .down
        default: return nil
        }
    }
}
