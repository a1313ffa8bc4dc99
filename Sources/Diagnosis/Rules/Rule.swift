import EventLog

/// One known defect, as described by one Knowledge Base article: what the logs show when a
/// machine has it (symptoms), what must be true of the machine (conditions), what fixes it, and
/// the test cases that prove the rule does what it says.
///
/// Rules are data (`Rules/Q196745.yaml`); this is their loaded, checked form. See
/// `Rules/README.md` for the language.
public struct Rule: Sendable {
    public var id: String
    public var kb: String
    public var title: String
    public var summary: String
    public var remedy: String
    public var severity: Severity
    public var product: ProductScope
    public var symptoms: [Symptom]
    /// Whether one primary symptom is enough (`any`, the default) or all are needed (`all`).
    public var symptomsMatch: SymptomMatch
    public var conditions: [Condition]
    public var fix: Fix
    public var references: [String]
    /// Remarks on the article itself (e.g. where its fix list disagrees with its text).
    public var note: String?
    public var tests: [RuleTestCase]
    /// The file the rule was read from (`Rules/Q196745.yaml`, or `built-in:Q196745.yaml`).
    public var path: String

    /// Symptoms that establish the defect (not the supporting ones).
    public var primarySymptoms: [Symptom] { symptoms.filter { !$0.supporting } }
}

/// How bad a defect is when it strikes, for ordering findings of equal certainty.
public enum Severity: String, Sendable, CaseIterable, Comparable {
    case low, medium, high, critical

    var rank: Int { Severity.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

public enum SymptomMatch: String, Sendable {
    case any, all
}

/// The products an article concerns. A machine known to run another Windows version is ruled
/// out; an unknown version is not held against a rule (ntdiag is made for NT 4.0 logs).
public struct ProductScope: Sendable {
    public var osVersion: String
    /// server, workstation, enterprise, terminal-server; empty = all.
    public var editions: [String]

    public init(osVersion: String = "4.0", editions: [String] = []) {
        self.osVersion = osVersion
        self.editions = editions
    }
}

/// What fixes a defect: a service pack, a hotfix, or both.
public struct Fix: Sendable, Hashable, CustomStringConvertible {
    /// The first service pack that contains the fix.
    public var servicePack: ServicePack?
    /// A hotfix (by KB id) for defects no service pack fixes, or to fix before the next one.
    public var hotfix: String?
    /// The service pack a hotfix must be installed on (post-SP6a hotfixes need SP6a).
    public var requires: ServicePack?
    public var note: String?

    public init(servicePack: ServicePack? = nil, hotfix: String? = nil, requires: ServicePack? = nil, note: String? = nil) {
        self.servicePack = servicePack
        self.hotfix = hotfix
        self.requires = requires
        self.note = note
    }

    /// The service pack level a machine needs for this fix: the fixing SP, or the one the
    /// hotfix requires.
    public var minimumServicePack: ServicePack? { servicePack ?? requires }

    /// `SP4`, `SP6a`, `hotfix Q293841 (on SP6a)`, `SP4 or hotfix Q…`.
    public var description: String {
        var parts: [String] = []
        if let servicePack { parts.append(servicePack.description) }
        if let hotfix { parts.append("hotfix " + hotfix + (requires.map { " (on \($0))" } ?? "")) }
        return parts.isEmpty ? "no fix known" : parts.joined(separator: " or ")
    }
}

/// One thing the logs show when a machine has the defect.
public struct Symptom: Sendable {
    public enum Kind: Sendable {
        /// Events by source and ID, with conditions on their text.
        case event(EventPattern)
        /// A crash with this STOP code (and parameters).
        case stop(StopPattern)
        /// A service stopped and started again, at least N times.
        case serviceCycles(ServiceCyclePattern)
    }

    public var kind: Kind
    /// At least N matching events (within a time window).
    public var count: CountRequirement?
    /// How long the machine had been up when the event came.
    public var uptime: UptimeRequirement?
    /// A supporting symptom adds evidence and confidence but does not establish the defect alone.
    public var supporting: Bool
    public var line: Int
    /// `Srv 2020`, `STOP 0xC000021A`, `DHCP Server stopped and started 3 times`.
    public var label: String
}

public struct EventPattern: Sendable {
    /// The source names as the rule writes them; empty = any source.
    public var sources: [String]
    public var sourceKeys: [SourceKey]
    /// The article does not name the source: names that merely resemble these match too.
    public var looseSource: Bool
    public var ids: [UInt16]
    public var type: EventType?
    public var log: String?
    public var strings: [StringCondition]
    public var message: [TextMatch]

    /// True when the event's source is one this pattern accepts.
    func accepts(source: SourceKey) -> Bool {
        if sourceKeys.isEmpty { return true }
        return sourceKeys.contains { $0 == source || (looseSource && $0.resembles(source)) }
    }

    /// True when the event's type, log and text satisfy the pattern (source and ID already match).
    ///
    /// A text export carries only the rendered message: its insertion strings are recovered
    /// with the built-in message catalog, and failing that a string condition is looked for in
    /// the message itself.
    func accepts(_ event: Event) -> Bool {
        if let type, event.type != type && !(type == .information && event.type == .success) { return false }
        if let log, let eventLog = event.log, NameKey(eventLog) != NameKey(log) { return false }
        if !strings.isEmpty {
            var available = event.strings
            if available.isEmpty, let message = event.message {
                available = MessageCatalog.insertionStrings(source: event.source, id: event.id, message: message) ?? []
            }
            for condition in strings {
                if condition.position <= available.count {
                    if !condition.match.matches(available[condition.position - 1]) { return false }
                } else if available.isEmpty, let message = event.message {
                    if !condition.match.matchesInside(message) { return false }
                } else {
                    return false
                }
            }
        }
        for match in message {
            guard let text = event.message ?? (event.strings.isEmpty ? nil : event.strings.joined(separator: " ")),
                  match.matches(text) else { return false }
        }
        return true
    }
}

/// A condition on the n-th insertion string (`%1` is position 1).
public struct StringCondition: Sendable {
    public var position: Int
    public var match: TextMatch
}

/// equals / contains / regex on a piece of event text; equals and contains ignore case.
public struct TextMatch: Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable { case equals, contains, regex }
    public var kind: Kind
    public var text: String
    let pattern: CompiledPattern?

    init(kind: Kind, text: String, pattern: CompiledPattern? = nil) {
        self.kind = kind
        self.text = text
        self.pattern = pattern
    }

    func matches(_ value: String) -> Bool {
        switch kind {
        case .equals: return value.trimmingSpaces.lowercased() == text.lowercased()
        case .contains: return value.lowercased().contains(text.lowercased())
        case .regex: return pattern?.matches(value) ?? false
        }
    }

    /// Whether the text occurs inside a longer text (an `equals` on an insertion string, checked
    /// against a whole rendered message).
    func matchesInside(_ message: String) -> Bool {
        kind == .equals ? message.lowercased().contains(text.lowercased()) : matches(message)
    }

    public var description: String { "\(kind.rawValue) '\(text)'" }
}

/// A compiled regular expression. Swift's `Regex` is not `Sendable`, but rules are shared
/// read-only across threads and matching does not mutate the regex, so this wrapper is safe.
final class CompiledPattern: @unchecked Sendable {
    private let regex: Regex<AnyRegexOutput>

    init(_ source: String) throws { regex = try Regex(source).ignoresCase() }

    func matches(_ value: String) -> Bool { (try? regex.firstMatch(in: value)) != nil }
}

public struct StopPattern: Sendable {
    public var codes: [StopCode]
    /// Four entries; nil = any value.
    public var parameters: [ParameterPattern?]

    /// True when the crash's parameters fit. A parameter the source did not state does not match
    /// a required value.
    func accepts(_ bugcheck: Bugcheck) -> Bool {
        for (index, pattern) in parameters.enumerated() {
            guard let pattern else { continue }
            guard let value = bugcheck.parameters[index] else { return false }
            switch pattern {
            case .oneOf(let values): if !values.contains(value) { return false }
            case .sameAs(let other):
                guard let otherValue = bugcheck.parameters[other - 1], otherValue == value else { return false }
            }
        }
        return true
    }

    /// `p1 = 0xBAD0B0E4, p3 = p1`: the parameter requirements, for evidence and reasons.
    public var parameterText: String {
        parameters.enumerated().compactMap { index, pattern in
            guard let pattern else { return nil }
            switch pattern {
            case .oneOf(let values): return "p\(index + 1) = " + values.map(StopCode.hex32).joined(separator: " or ")
            case .sameAs(let other): return "p\(index + 1) = p\(other)"
            }
        }.joined(separator: ", ")
    }
}

public enum ParameterPattern: Sendable {
    case oneOf([UInt32])
    /// Equal to another parameter (1-based).
    case sameAs(Int)
}

public struct ServiceCyclePattern: Sendable {
    /// The service's display name as the rule writes it.
    public var service: String
    public var key: NameKey
    public var atLeast: Int
    /// Count only cycles within a window of this length (seconds).
    public var within: Int64?
}

public struct CountRequirement: Sendable {
    public var atLeast: Int
    /// Seconds; nil = in the whole log.
    public var within: Int64?
}

public struct UptimeRequirement: Sendable {
    /// Seconds since the last boot, at least / at most.
    public var atLeast: Int64?
    public var atMost: Int64?
}

/// A condition on a fact about the machine.
public struct Condition: Sendable {
    public enum Test: Sendable {
        case oneOf([String])
        case noneOf([String])
        case flag(Bool)
        case above(Double)
        case below(Double)
        case atLeast(Double)
        case atMost(Double)
        case includes(String)
        case excludes(String)
        case servicePackBelow(ServicePack)
        case servicePackAtLeast(ServicePack)
    }

    public var fact: String
    public var test: Test
    public var line: Int
    /// True for the conditions every rule gets from its product and fix (version, service pack
    /// below the fix, hotfix not installed), as opposed to the ones the article states.
    public var implied: Bool = false

    /// `users above 100`, `architecture is alpha`, `SP4 not yet installed`.
    public func text(fix: Fix) -> String { ConditionEvaluator.text(self, fix: fix) }
}
