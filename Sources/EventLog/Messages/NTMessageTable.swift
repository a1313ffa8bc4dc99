/// The message texts of the NT events ntdiag's rules and fact inference use (FORMATS.md §5 and
/// the events named in the KB index). The messages are NT's own output, reproduced because rules
/// match on them; where NT's wording is unknown the entry is marked `.paraphrase` and says in
/// plain words what the event means.
enum NTMessageTable {
    static let entries: [MessageEntry] = eventLog + saveDump + server + serviceControlManager + dhcp + wins + other

    static let eventLog: [MessageEntry] = [
        MessageEntry("EventLog", 6005, "The Event log service was started."),
        MessageEntry("EventLog", 6006, "The Event log service was stopped."),
        MessageEntry("EventLog", 6008, "The previous system shutdown at %1 on %2 was unexpected."),
        // NT 3.51/4.0 name the product "Windows NT"; XP and later "Windows", with the version
        // string ending in a dot ("5.01."). Windows 2000's wording is not known; it gets XP's.
        MessageEntry("EventLog", 6009, "Microsoft (R) Windows NT (R) %1 %2 %3 %4.", when: .firstStringStarts(["3.", "4."]), .inferred, choices: kernels),
        MessageEntry("EventLog", 6009, "Microsoft (R) Windows (R) %1 %2 %3 %4.", choices: kernels),
        MessageEntry("EventLog", 6013, "The system uptime is %5 seconds.", .inferred),
    ]

    /// The kernel builds 6009's `%4` names.
    static let kernels = [4: ["Uniprocessor Free", "Multiprocessor Free", "Uniprocessor Checked", "Multiprocessor Checked"]]

    static let saveDump: [MessageEntry] = [
        // %2 is "Microsoft Windows NT [v15.1381]"; logged messages read "…]. A dump was saved in: …".
        MessageEntry("Save Dump", 1000, "The computer has rebooted from a bugcheck.  The bugcheck was: %1. %2. A full dump was not saved.", .inferred),
        MessageEntry("Save Dump", 1001, "The computer has rebooted from a bugcheck.  The bugcheck was: %1. %2. A dump was saved in: %3."),
    ]

    /// Srv's are driver events: %1 is the device name the I/O manager supplies, the driver's own
    /// strings start at %2.
    static let server: [MessageEntry] = [
        MessageEntry("Srv", 2000, "The server's call to a system service failed unexpectedly.", .inferred),
        MessageEntry("Srv", 2019, "The server was unable to allocate from the system nonpaged pool because the pool was empty."),
        MessageEntry("Srv", 2020, "The server was unable to allocate from the system paged pool because the pool was empty."),
        MessageEntry("Srv", 2021, "The server was unable to allocate a work item %2 times in the last %3 seconds."),
        MessageEntry("Srv", 2022, "The server was unable to find a free connection %2 times in the last %3 seconds."),
    ]

    static let serviceControlManager: [MessageEntry] = [
        MessageEntry("Service Control Manager", 7000, "The %1 service failed to start due to the following error: %2"),
        MessageEntry("Service Control Manager", 7009, "Timeout (%1 milliseconds) waiting for the %2 service to connect.", when: .atLeast(2)),
        MessageEntry("Service Control Manager", 7009, "Timeout (%1 milliseconds) waiting for service to connect."),
        MessageEntry("Service Control Manager", 7023, "The %1 service terminated with the following error: %2"),
        MessageEntry("Service Control Manager", 7024, "The %1 service terminated with service-specific error %2."),
        MessageEntry("Service Control Manager", 7031, "The %1 service terminated unexpectedly.  It has done this %2 time(s).  The following corrective action will be taken in %3 milliseconds: %5.", when: .atLeast(5)),
        MessageEntry("Service Control Manager", 7031, "The %1 service terminated unexpectedly.", .inferred),
        MessageEntry("Service Control Manager", 7034, "The %1 service terminated unexpectedly.  It has done this %2 time(s)."),
        MessageEntry("Service Control Manager", 7035, "The %1 service was successfully sent a %2 control."),
        MessageEntry("Service Control Manager", 7036, "The %1 service entered the %2 state."),
    ]

    static let dhcp: [MessageEntry] = [
        MessageEntry("DHCP", 1003, "DHCP failed to obtain a lease for the card with network address %1.", .inferred),
        MessageEntry("DHCP", 1007, "DHCP failed to obtain a lease for the card with network address %1.", .inferred),
        MessageEntry("DhcpServer", 1003, "The DHCP server could not start or serve leases because of an error (ntdiag's summary; the error is in the strings or data): %1", .paraphrase),
        MessageEntry("DhcpServer", 1007, "The DHCP server reported a failure while serving leases (ntdiag's summary; the error is in the strings or data): %1", .paraphrase),
        MessageEntry("DhcpServer", 1008, "The DHCP server is shutting down due to the following error: %1", .inferred),
        MessageEntry("DhcpServer", 1011, "The DHCP server issued a NACK to the client %1 for the address %2 request.", .inferred),
        MessageEntry("DhcpServer", 1014, "The JET Database call returned the following error: %1.", .inferred),
        MessageEntry("DhcpServer", 1016, "The DHCP Server encountered the following error when backing up the user database: %1", .inferred),
    ]

    static let wins: [MessageEntry] = [
        MessageEntry("WINS", 4119, "WINS got a packet that has the wrong format (for example, a label may be more than 63 octets)."),
        MessageEntry("WINS", 4165, "WINS could not read its configuration from the registry (ntdiag's summary; for example too many PersonaNonGrata addresses).", .paraphrase),
        MessageEntry("WINS", 4224, "WINS encountered a database error. This may or may not be a serious error. WINS will try to recover from it. If you continue to see a large number of these errors consistently over time (a span of few hours), you may want to restore the database from a backup. The error number is in the second DWORD of the data section below."),
        MessageEntry("WINS", 4261, "WINS got an exception while trying to register a group's replica with name %1. The replica is owned by WINS with address given below.", .inferred),
        MessageEntry("WINS", 4262, "WINS got an error while trying to register a unique replica with name %1. The replica is owned by WINS with address given below.", .inferred),
    ]

    static let other: [MessageEntry] = [
        MessageEntry("NetBT", 4320, "Another machine has sent a name release message to this machine probably because a duplicate name has been detected on the TCP network. The IP address of the node that sent the message is in the data. Use nbtstat -n in a command window to see which name is in the Conflict state."),
        MessageEntry("Application Popup", 26, "Application popup: %1 : %2"),
        MessageEntry("TCP/IP", 4199, "The system detected an address conflict for IP address %2 with the system having network hardware address %3. Network operations on this system may be disrupted as a result.", .inferred),
    ]

    /// Win32 error texts (kernel32's messages), the parameter messages Service Control Manager's
    /// `%%nnn` strings refer to: only the few its start and stop failures name most.
    static let win32Errors: [Int: String] = [
        2: "The system cannot find the file specified.",
        3: "The system cannot find the path specified.",
        5: "Access is denied.",
        1053: "The service did not respond to the start or control request in a timely fashion.",
        1067: "The process terminated unexpectedly.",
        1068: "The dependency service or group failed to start.",
        1069: "The service did not start due to a logon failure.",
        1722: "The RPC server is unavailable.",
    ]
}
