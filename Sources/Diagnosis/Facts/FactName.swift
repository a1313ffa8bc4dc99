/// The canonical fact names of DESIGN.md, and the kind of value each takes.
///
/// Rules and facts files may use other names too (`network_adapters`, `crash_on_audit_fail`):
/// those are free-form, typed by the value given. Only the canonical ones are inferred from logs
/// and checked strictly.
public enum FactName {
    public static let osVersion = "os_version"
    public static let build = "build"
    public static let servicePack = "service_pack"
    public static let architecture = "architecture"
    public static let processors = "processors"
    public static let users = "users"
    public static let groupsPerUser = "groups_per_user"
    public static let services = "services"
    public static let uptimeDays = "uptime_days"
    /// Hotfixes known to be installed (`Q246009`).
    public static let hotfixes = "hotfixes"
    /// server, workstation, enterprise or terminal-server.
    public static let edition = "edition"
    /// Inferred from the logs: boots (6005), clean (6006) and unclean (6008) shutdowns.
    public static let boots = "boots"
    public static let cleanShutdowns = "clean_shutdowns"
    public static let uncleanShutdowns = "unclean_shutdowns"
    /// Inferred from the logs: every distinct STOP code with its parameters.
    public static let bugchecks = "bugchecks"
    /// Inferred from the logs: services stopped and started again without a reboot, with how often.
    public static let serviceRestarts = "service_restarts"
    /// The drivers the blue screens named (`srv.sys`): read from crash reports that name one, or
    /// given by whoever saw the screen. Tells apart the articles that share a STOP code.
    public static let crashDriver = "crash_driver"

    /// How the value of a named fact is read.
    public enum Kind: Sendable {
        case text, number, servicePack, architecture, processors, edition, list, free
    }

    public static func kind(of name: String) -> Kind {
        switch name {
        case osVersion: return .text
        case build, users, groupsPerUser, uptimeDays, boots, cleanShutdowns, uncleanShutdowns: return .number
        case servicePack: return .servicePack
        case architecture: return .architecture
        case processors: return .processors
        case edition: return .edition
        case services, hotfixes, bugchecks, serviceRestarts, crashDriver: return .list
        default: return .free
        }
    }

    /// The canonical names, in the order reports list them.
    public static let ordered: [String] = [
        osVersion, build, servicePack, architecture, processors, edition, users, groupsPerUser,
        services, serviceRestarts, hotfixes, uptimeDays, boots, cleanShutdowns, uncleanShutdowns, bugchecks, crashDriver,
    ]

    /// What each canonical fact means and how to write it, for help texts and the facts template.
    public static let explanations: [String: String] = [
        osVersion: "the Windows version: \"4.0\" for NT 4.0 (read from event 6009); a machine known to run another version is ruled out",
        build: "the build number: 1381 for every NT 4.0 service pack (6009, or a crash report's [v15.1381])",
        servicePack: "the installed service pack: 0 to 6 or 6a, or a range (\"below 4\", \"6 or 6a\"); event 6009 says it from SP4 on, but cannot tell 6 from 6a",
        architecture: "the hardware: x86, alpha, mips or ppc; the logs never say it",
        processors: "uniprocessor or multiprocessor (or a processor count); read from 6009's kernel type when there is one",
        edition: "server, workstation, enterprise or terminal-server",
        users: "how many user accounts the machine serves",
        groupsPerUser: "how many groups a typical user belongs to",
        services: "the services the machine runs, as a list of display names (DHCP Server, WINS); the logs show only those that logged something, a list given here is taken as complete",
        serviceRestarts: "services stopped and started again without a reboot (read from the logs)",
        hotfixes: "the hotfixes installed, as KB ids ([Q246009, Q269239]); hotfix-only fixes stay likely until this is given",
        uptimeDays: "days since the last boot at the last event; settles uptime requirements when the logs hold no boot",
        boots: "how many boots (6005) the logs hold (read from the logs)",
        cleanShutdowns: "clean shutdowns (6006) in the logs (read from the logs)",
        uncleanShutdowns: "unexpected shutdowns (6008) in the logs (read from the logs)",
        bugchecks: "the crashes in the logs, with their STOP codes and parameters (read from the logs)",
        crashDriver: "the driver a blue screen named (\"Address … has base at … - srv.sys\"), as a list: crash reports rarely say it, and it is what tells many articles with one STOP code apart",
    ]

    /// True for a name a rule or facts file may use: lower-case letters, digits and `_`,
    /// starting with a letter.
    public static func isWellFormed(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// The accepted spellings of the architectures, mapped to the canonical names.
    static let architectures: [String: String] = [
        "x86": "x86", "i386": "x86", "intel": "x86", "ia32": "x86", "i486": "x86", "i586": "x86", "i686": "x86",
        "alpha": "alpha", "axp": "alpha", "decalpha": "alpha", "alphaaxp": "alpha",
        "mips": "mips", "r4000": "mips",
        "ppc": "ppc", "powerpc": "ppc",
    ]

    static let editions: [String: String] = [
        "server": "server", "ntserver": "server", "srv": "server",
        "workstation": "workstation", "wks": "workstation", "ntworkstation": "workstation",
        "enterprise": "enterprise", "enterpriseedition": "enterprise", "ee": "enterprise",
        "terminalserver": "terminal-server", "terminalserveredition": "terminal-server", "tse": "terminal-server",
    ]
}
