/// The English names of the counters ntdiag reasons about, from the names localised Windows
/// writes in its logs: a German machine logs `\Arbeitsspeicher\Auslagerungsseiten (Bytes)` for
/// `\Memory\Pool Paged Bytes`. Unknown counters keep their names as written.
///
/// Each pair is (object, counter) as Windows writes it; objects are matched as a pair with the
/// counter, because the same counter name means different things under different objects
/// (`Process\Pool Paged Bytes` is one process's share, `Memory\Pool Paged Bytes` the whole pool).
/// The localised names come from the counter name tables of those Windows versions; where a
/// translation could not be checked it is not listed (see `Rules/README.md`).
public enum CounterNames {
    public static let memory = "Memory"
    public static let system = "System"
    public static let poolPagedBytes = "Pool Paged Bytes"
    public static let poolNonpagedBytes = "Pool Nonpaged Bytes"
    public static let registryQuotaInUse = "% Registry Quota In Use"

    /// The canonical names a rule can use, `Object\Counter`.
    public static let pagedPool = memory + "\\" + poolPagedBytes
    public static let nonpagedPool = memory + "\\" + poolNonpagedBytes
    public static let registryQuota = system + "\\" + registryQuotaInUse

    /// Localised object names → English.
    static let objects: [String: String] = [
        "memory": memory, "arbeitsspeicher": memory, "speicher": memory, "mémoire": memory, "память": memory,
        "memoria": memory,
        "system": system, "système": system, "система": system, "sistema": system,
        "process": "Process", "prozess": "Process", "processus": "Process", "процесс": "Process", "proceso": "Process",
    ]

    /// Localised counter names → English, by English object.
    static let counters: [String: [String: String]] = [
        memory: [
            "pool paged bytes": poolPagedBytes,
            "pool nonpaged bytes": poolNonpagedBytes,
            "auslagerungsseiten (bytes)": poolPagedBytes,
            "nicht-auslagerungsseiten (bytes)": poolNonpagedBytes,
            "octets de réserve paginée": poolPagedBytes,
            "octets de réserve non paginée": poolNonpagedBytes,
            "байт в выгружаемом пуле": poolPagedBytes,
            "байт в невыгружаемом пуле": poolNonpagedBytes,
            "committed bytes": "Committed Bytes",
            "available bytes": "Available Bytes",
        ],
        system: [
            "% registry quota in use": registryQuotaInUse,
            "max. verwendete registrierungsgröße (%)": registryQuotaInUse,
        ],
        "Process": [
            "private bytes": "Private Bytes",
            "virtual bytes": "Virtual Bytes",
            "handle count": "Handle Count",
            "pool paged bytes": poolPagedBytes,
            "pool nonpaged bytes": poolNonpagedBytes,
        ],
    ]

    /// The path with its object and counter in English when they are known, else as written.
    public static func canonical(_ path: CounterPath) -> CounterPath {
        guard let object = objects[path.object.lowercased()] else { return path }
        var result = path
        result.object = object
        if let counter = counters[object]?[path.counter.lowercased()] { result.counter = counter }
        return result
    }

    /// True for a counter whose English name is known: these are followed over time (a series
    /// per counter), the others only summarised.
    public static func isKnown(_ path: CounterPath) -> Bool {
        counters[path.object]?.values.contains(path.counter) ?? false
    }
}
