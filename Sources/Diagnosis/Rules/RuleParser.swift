/// Turns one rule file's YAML into a `Rule`, collecting every mistake with its line and a hint.
///
/// The parser is strict about shape (unknown keys, wrong types and impossible values are
/// errors, so typos never silently weaken a rule) and says how to fix each problem.
struct RuleParser {
    var reader: YAMLReader

    static let ruleKeys = [
        "id", "kb", "title", "summary", "remedy", "severity", "product", "symptoms", "symptoms_match",
        "conditions", "fixed_in", "references", "note", "tests",
    ]

    /// Whether the rule's test cases are read (they are still required to be there).
    let withTests: Bool

    init(path: String, withTests: Bool = true) {
        reader = YAMLReader(path: path)
        self.withTests = withTests
    }

    /// The rule of a parsed document (or the problem that kept it from parsing), or nil when a
    /// problem makes it unusable; `reader.problems` lists them all.
    mutating func parse(document: Result<YAMLNode, FileProblem>) -> Rule? {
        let root: YAMLNode
        switch document {
        case .success(let node): root = node
        case .failure(let problem):
            reader.problems.append(problem)
            return nil
        }
        guard let fields = reader.map(root, "a rule", allowed: RuleParser.ruleKeys) else { return nil }
        let line = root.line
        let id = reader.text(fields, "id", in: "a rule", required: true, at: line) ?? ""
        if !id.isEmpty && !RuleParser.isKBIdentifier(id) {
            reader.problem(fields["id"]?.line ?? line, "the id '\(id)' is not a KB article id", hint: "write it as Q followed by digits, e.g. Q196745")
        }
        let kb = reader.text(fields, "kb", in: "a rule", at: line) ?? id
        let title = reader.text(fields, "title", in: "a rule", required: true, at: line) ?? ""
        let summary = reader.text(fields, "summary", in: "a rule", required: true, at: line) ?? ""
        let remedy = reader.text(fields, "remedy", in: "a rule", required: true, at: line) ?? ""
        var severity = Severity.medium
        if let text = reader.text(fields, "severity", in: "a rule", required: true, at: line) {
            if let value = Severity(rawValue: text.lowercased()) { severity = value } else {
                reader.problem(fields["severity"]?.line ?? line, "unknown severity '\(text)'", hint: "use low, medium, high or critical")
            }
        }
        let product = fields["product"].map { parseProduct($0.value) } ?? ProductScope()
        var symptomsMatch = SymptomMatch.any
        if let text = reader.text(fields, "symptoms_match", in: "a rule", at: line) {
            if let value = SymptomMatch(rawValue: text) { symptomsMatch = value } else {
                reader.problem(fields["symptoms_match"]?.line ?? line, "symptoms_match must be 'any' or 'all'")
            }
        }
        let symptoms = fields["symptoms"].map { parseSymptoms($0.value) } ?? []
        if fields["symptoms"] == nil { reader.problem(line, "a rule needs 'symptoms'", hint: "what the logs show: an event, a STOP code or service cycles") }
        if fields["symptoms"] != nil && !symptoms.isEmpty && symptoms.allSatisfy(\.supporting) {
            reader.problem(fields["symptoms"]?.line ?? line, "every symptom is marked supporting", hint: "at least one symptom must establish the defect on its own")
        }
        if symptoms.contains(where: \.absent) {
            if symptomsMatch != .all || !symptoms.contains(where: { !$0.absent && !$0.supporting }) {
                reader.problem(fields["symptoms"]?.line ?? line, "an absent symptom needs symptoms_match: all and a symptom that is present",
                               hint: "a missing event means something only beside an event that is there (e.g. 6008 without a Save Dump record)")
            }
        }
        let conditions = fields["conditions"].map { parseConditions($0.value) } ?? []
        var fix = Fix()
        if let entry = fields["fixed_in"] { fix = parseFix(entry.value) } else {
            reader.problem(line, "a rule needs 'fixed_in'", hint: "the service pack (SP4, SP6a) or hotfix that fixes the defect")
        }
        let references = fields["references"].map { reader.texts($0.value, "references") } ?? []
        let note = reader.text(fields, "note", in: "a rule", at: line)
        let tests = withTests ? fields["tests"].map { parseTests($0.value) } ?? [] : []
        if fields["tests"] == nil {
            reader.problem(line, "a rule needs 'tests'", hint: "at least one positive and one negative case")
        }
        guard reader.problems.isEmpty else { return nil }
        let implied = RuleParser.impliedConditions(product: product, fix: fix)
        return Rule(id: id, kb: kb, title: title, summary: summary, remedy: remedy, severity: severity, product: product,
                    symptoms: symptoms, symptomsMatch: symptomsMatch, conditions: implied + conditions, fix: fix,
                    references: references, note: note, tests: tests, path: reader.path)
    }

    static func isKBIdentifier(_ text: String) -> Bool {
        text.count >= 4 && text.hasPrefix("Q") && text.dropFirst().allSatisfy(\.isASCIIDigitCharacter)
    }

    /// Every rule concerns its product's Windows version, its fix not yet installed.
    static func impliedConditions(product: ProductScope, fix: Fix) -> [Condition] {
        var conditions = [Condition(fact: FactName.osVersion, test: .oneOf([product.osVersion]), line: 0, implied: true)]
        if !product.editions.isEmpty {
            conditions.append(Condition(fact: FactName.edition, test: .oneOf(product.editions), line: 0, implied: true))
        }
        if let servicePack = fix.servicePack {
            conditions.append(Condition(fact: FactName.servicePack, test: .servicePackBelow(servicePack), line: 0, implied: true))
        }
        if let hotfix = fix.hotfix {
            conditions.append(Condition(fact: FactName.hotfixes, test: .excludes(hotfix), line: 0, implied: true))
        }
        return conditions
    }

    mutating func parseProduct(_ node: YAMLNode) -> ProductScope {
        guard let fields = reader.map(node, "product", allowed: ["os_version", "editions"]) else { return ProductScope() }
        var scope = ProductScope()
        if let version = reader.text(fields, "os_version", in: "product", at: node.line) {
            scope.osVersion = FactParser.normalisedVersion(version)
        }
        if let entry = fields["editions"] {
            for name in reader.texts(entry.value, "editions") {
                if let edition = FactName.editions[NameKey(name).value] { scope.editions.append(edition) } else {
                    reader.problem(entry.line, "unknown edition '\(name)'", hint: "use server, workstation, enterprise or terminal-server")
                }
            }
        }
        return scope
    }

    mutating func parseFix(_ node: YAMLNode) -> Fix {
        if let text = node.text {
            if let servicePack = ServicePack(parsing: text), servicePack != .rtm { return Fix(servicePack: servicePack) }
            reader.problem(node.line, "fixed_in '\(text)' is not a service pack",
                           hint: "write SP1 … SP6 or SP6a, or a map with service_pack, hotfix, requires and note")
            return Fix()
        }
        guard let fields = reader.map(node, "fixed_in", allowed: ["service_pack", "hotfix", "requires", "note"]) else { return Fix() }
        var fix = Fix()
        if let text = reader.text(fields, "service_pack", in: "fixed_in", at: node.line) {
            fix.servicePack = servicePack(text, line: fields["service_pack"]?.line ?? node.line)
        }
        if let text = reader.text(fields, "hotfix", in: "fixed_in", at: node.line) {
            if RuleParser.isKBIdentifier(text) { fix.hotfix = text } else {
                reader.problem(fields["hotfix"]?.line ?? node.line, "hotfix '\(text)' is not a KB article id", hint: "e.g. Q293841")
            }
        }
        if let text = reader.text(fields, "requires", in: "fixed_in", at: node.line) {
            fix.requires = servicePack(text, line: fields["requires"]?.line ?? node.line)
        }
        fix.note = reader.text(fields, "note", in: "fixed_in", at: node.line)
        if fix.servicePack == nil && fix.hotfix == nil {
            reader.problem(node.line, "fixed_in names neither a service pack nor a hotfix")
        }
        return fix
    }

    mutating func servicePack(_ text: String, line: Int) -> ServicePack? {
        guard let value = ServicePack(parsing: text) else {
            reader.problem(line, "'\(text)' is not a service pack", hint: "write SP1 … SP6 or SP6a")
            return nil
        }
        return value
    }
}
