/// The kind of an event: the classic `EventType` of NT (error, warning, information, audits) and
/// the Vista+ levels (critical, verbose), in one vocabulary.
///
/// Exports name these in many ways (numbers, English, localised words); `EventType(name:)` and
/// `EventType(classic:)` map them all here so rules can say `type: error` once.
public enum EventType: Sendable, Hashable, Comparable {
    case critical
    case error
    case warning
    case information
    case verbose
    case successAudit
    case failureAudit
    /// EVENTLOG_SUCCESS (0): NT's "success" type, shown as Information by most tools.
    case success
    /// A value no known vocabulary names; the raw number is kept.
    case other(Int)

    /// The stable machine name used in JSON and CSV output.
    public var name: String {
        switch self {
        case .critical: return "critical"
        case .error: return "error"
        case .warning: return "warning"
        case .information: return "information"
        case .verbose: return "verbose"
        case .successAudit: return "success_audit"
        case .failureAudit: return "failure_audit"
        case .success: return "success"
        case .other(let value): return "type_\(value)"
        }
    }

    /// The name Event Viewer shows.
    public var displayName: String {
        switch self {
        case .critical: return "Critical"
        case .error: return "Error"
        case .warning: return "Warning"
        case .information: return "Information"
        case .verbose: return "Verbose"
        case .successAudit: return "Success Audit"
        case .failureAudit: return "Failure Audit"
        case .success: return "Success"
        case .other(let value): return "Type \(value)"
        }
    }

    /// Maps NT's numeric `EventType` (the `.evt` field, dumpel's and Log Parser's numbers).
    public init(classic value: Int) {
        switch value {
        case 0: self = .success
        case 1: self = .error
        case 2: self = .warning
        case 4: self = .information
        case 8: self = .successAudit
        case 16: self = .failureAudit
        default: self = .other(value)
        }
    }

    /// Maps a Vista+ `Level` number. Level 0 ("LogAlways") is shown as Information.
    public init(level value: Int) {
        switch value {
        case 0, 4: self = .information
        case 1: self = .critical
        case 2: self = .error
        case 3: self = .warning
        case 5: self = .verbose
        default: self = .other(value)
        }
    }

    /// Maps a type or level name in English or a common localisation; nil when unknown.
    public init?(name: String) {
        let key = EventType.normalisedKey(name)
        guard !key.isEmpty, let type = EventType.namesByKey[key] else { return nil }
        self = type
    }

    static func normalisedKey(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic })
    }

    private static let namesByKey: [String: EventType] = {
        var table: [String: EventType] = [:]
        let names: [(EventType, [String])] = [
            (.critical, ["critical", "kritisch", "critique", "crítico", "critico", "krytyczny", "критический", "kritiek", "kritická"]),
            (.error, ["error", "fehler", "erreur", "errore", "erro", "fout", "błąd", "ошибка", "chyba", "hiba", "fel", "fejl", "virhe", "errortype"]),
            (.warning, ["warning", "warnung", "avertissement", "advertencia", "avviso", "aviso", "waarschuwing", "ostrzeżenie", "предупреждение", "upozornění", "figyelmeztetés", "varning", "advarsel", "varoitus", "warningtype"]),
            (.information, ["information", "informationen", "informations", "información", "informazioni", "informação", "informações", "informatie", "informacje", "сведения", "informace", "információ", "informasjon", "tiedot", "info", "informational", "informationtype", "loginformation"]),
            (.verbose, ["verbose", "ausführlich", "détaillé", "detallado", "dettagliato", "detalhado", "uitgebreid", "szczegółowe", "подробности"]),
            (.successAudit, ["successaudit", "auditsuccess", "überwachungerfolgreich", "succèsdelaudit", "auditoríacorrecta", "controlloriuscito", "auditoriabemsucedida", "controlegeslaagd", "inspekcjasukces", "аудитуспеха", "auditsuccesstype"]),
            (.failureAudit, ["failureaudit", "auditfailure", "überwachunggescheitert", "échecdelaudit", "auditoríaconerrores", "controllononriuscito", "falhadeauditoria", "controlemislukt", "inspekcjaniepowodzenie", "аудитотказа", "auditfailuretype"]),
            (.success, ["success", "erfolg", "succès", "éxito", "successo", "sucesso", "geslaagd"]),
        ]
        for (type, words) in names {
            for word in words { table[normalisedKey(word)] = type }
        }
        return table
    }()
}
