/// The message texts of the NT events ntdiag's rules and fact inference use (FORMATS.md §5 and
/// the events named in the KB index). The messages FORMATS.md gives are NT's own output,
/// reproduced because fact inference and the text readers parse them (6009's version, Save Dump's
/// STOP code, the service control events). The others are ntdiag's own words (`.paraphrase`),
/// saying plainly what the event means: `.evt` files carry no message text, and for these events
/// the rules decide on the source, ID and insertion strings, never on the wording.
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
        MessageEntry("Srv", 2021, "Srv could not get a work item (%2 failures within %3 seconds).", .paraphrase),
        MessageEntry("Srv", 2022, "Srv ran out of free connections (%2 failures within %3 seconds).", .paraphrase),
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
        MessageEntry("DHCP", 1003, "The DHCP client got no lease for the adapter with address %1.", .paraphrase),
        MessageEntry("DHCP", 1007, "The DHCP client got no lease for the adapter with address %1.", .paraphrase),
        MessageEntry("DhcpServer", 1003, "The DHCP server could not start or serve leases because of an error (ntdiag's summary; the error is in the strings or data): %1", .paraphrase),
        MessageEntry("DhcpServer", 1007, "The DHCP server reported a failure while serving leases (ntdiag's summary; the error is in the strings or data): %1", .paraphrase),
        MessageEntry("DhcpServer", 1008, "The DHCP server is shutting down due to the following error: %1", .inferred),
        MessageEntry("DhcpServer", 1011, "The DHCP server issued a NACK to the client %1 for the address %2 request.", .inferred),
        MessageEntry("DhcpServer", 1014, "The JET Database call returned the following error: %1.", .inferred),
        MessageEntry("DhcpServer", 1016, "Backing up the DHCP database failed: %1", .paraphrase),
    ]

    static let wins: [MessageEntry] = [
        MessageEntry("WINS", 4119, "WINS received a malformed packet (such as a name label over 63 bytes).", .paraphrase),
        MessageEntry("WINS", 4165, "WINS could not read its configuration from the registry (ntdiag's summary; for example too many PersonaNonGrata addresses).", .paraphrase),
        MessageEntry("WINS", 4224, "WINS hit a database error and tries to recover; if such errors keep coming for hours, restore its database from a backup. The error number is the second DWORD of the data.", .paraphrase),
        MessageEntry("WINS", 4261, "WINS failed to register the replica of group %1 (its owner's address is in the data).", .paraphrase),
        MessageEntry("WINS", 4262, "WINS failed to register the replica of unique name %1 (its owner's address is in the data).", .paraphrase),
    ]

    static let other: [MessageEntry] = [
        MessageEntry("NetBT", 4320, "Another computer told this one to release a NetBIOS name, most likely a duplicate on the network; the sender's IP address is in the data, and nbtstat -n shows the name in conflict.", .paraphrase),
        MessageEntry("Application Popup", 26, "Application popup: %1 : %2"),
        MessageEntry("TCP/IP", 4199, "IP address %2 is also in use by the machine with hardware address %3; networking here may fail.", .paraphrase),
    ]

    /// Win32 error texts, the parameter messages Service Control Manager's `%%nnn` strings refer
    /// to: only the few its start and stop failures name most (the longer ones in our words).
    static let win32Errors: [Int: String] = [
        2: "The system cannot find the file specified.",
        3: "The system cannot find the path specified.",
        5: "Access is denied.",
        1053: "The service gave no answer to the start or control request in time.",
        1067: "The process terminated unexpectedly.",
        1068: "The dependency service or group failed to start.",
        1069: "The service did not start due to a logon failure.",
        1722: "The RPC server is unavailable.",
    ]
}
