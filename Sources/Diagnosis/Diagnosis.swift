import EventLog

/// Namespace for the diagnosis module's version and shared constants.
public enum DiagnosisInfo {
    public static let version = "0.1.0"
}
