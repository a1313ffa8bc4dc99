/// Service names compared as people write them: the display name NT logs (`DHCP Server`,
/// `Windows Internet Name Service`), the short name (`DHCPServer`, `WINS`), in any case.
public enum ServiceName {
    /// One key per service, whatever the spelling.
    public static func key(_ name: String) -> NameKey {
        let key = NameKey(name)
        return aliases[key.value].map { NameKey($0) } ?? key
    }

    /// The display name implied by an event source (a `DhcpServer` event means the DHCP Server
    /// service runs on the machine); nil for sources that are not services.
    public static func implied(bySource source: SourceKey) -> String? { servicesBySource[source.value] }

    private static let aliases: [String: String] = [
        "wins": "windowsinternetnameservice",
        "dhcp": "dhcpserver", "microsoftdhcpserver": "dhcpserver",
        "lanmanserver": "server", "srv": "server",
        "lanmanworkstation": "workstation",
        "ras": "remoteaccessserver", "remoteaccess": "remoteaccessserver", "remoteaccessservice": "remoteaccessserver",
        "rras": "routingandremoteaccess", "router": "routingandremoteaccess",
        "dns": "dnsserver", "microsoftdnsserver": "dnsserver",
        "spooler": "printspooler",
        "lpdsvc": "tcpipprintserver",
        "clussvc": "clusterserver", "clusterservice": "clusterserver",
        "w3svc": "worldwidewebpublishingservice", "msftpsvc": "ftppublishingservice",
        "sfm": "fileserverformacintosh", "macfile": "fileserverformacintosh", "servicesformacintosh": "fileserverformacintosh",
    ]

    private static let servicesBySource: [String: String] = [
        "dhcpserver": "DHCP Server",
        "wins": "Windows Internet Name Service",
        "srv": "Server",
        "dns": "DNS Server",
        "remoteaccess": "Remote Access Server",
        "router": "Routing and Remote Access",
        "lpdsvc": "TCP/IP Print Server",
        "clussvc": "Cluster Server",
        "w3svc": "World Wide Web Publishing Service",
        "msftpsvc": "FTP Publishing Service",
        "macfile": "File Server for Macintosh",
    ]
}
