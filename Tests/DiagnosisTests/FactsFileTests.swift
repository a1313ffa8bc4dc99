import Testing
@testable import Diagnosis

@Suite("Facts files and --fact")
struct FactsFileTests {
    @Test func defaultsAndHostSections() {
        let text = """
        defaults:
          architecture: Alpha
        hosts:
          ntsrv01:
            users: 1,200
            groups_per_user: 14
            services: [DHCP Server, WINS]
            service_pack: SP3
          OTHER:
            architecture: x86
        """
        let (given, problems) = FactsFileParser.parse(text, path: "inv.yaml")
        #expect(problems.isEmpty)
        let facts = given.facts(for: HostKey("NTSRV01.corp.example"))
        #expect(facts.map(\.name) == ["architecture", "users", "groups_per_user", "services", "service_pack"])
        #expect(facts.first?.value == .text("alpha"))
        #expect(facts[1].value == .number(1200))
        #expect(facts[1].source.description == "inv.yaml:5")
        #expect(facts[3].value == .list(["DHCP Server", "WINS"], complete: true))
        #expect(given.facts(for: HostKey("OTHER")).last?.value == .text("x86"))
        #expect(given.hostsNamed(except: [HostKey("NTSRV01")]) == ["OTHER"])
    }

    @Test func problemsCarryLinesAndHints() {
        let text = """
        defaults:
          architecure: x86
          processors: lots
        host:
          A: {}
        """
        let (_, problems) = FactsFileParser.parse(text, path: "bad.yaml")
        let lines = problems.map(\.description)
        #expect(lines.contains("bad.yaml:4: unknown key 'host' in a facts file (did you mean 'hosts'?)"))
        #expect(lines.contains { $0.hasPrefix("bad.yaml:3: 'lots' is not a value of processors") })
        #expect(problems.count == 2, "a misspelt free-form fact name is allowed: \(lines)")
    }

    @Test func factArguments() throws {
        let plain = try FactArgument.parse("users=450").get()
        #expect(plain.host == nil && plain.fact.value == .number(450))
        #expect(plain.fact.source.description == "command line (--fact users=450)")
        let scoped = try FactArgument.parse("NTSRV01:service_pack=6a").get()
        #expect(scoped.host == "NTSRV01" && scoped.fact.value.description == "6a")
        #expect((try? FactArgument.parse("users").get()) == nil)
        #expect((try? FactArgument.parse("Users=3").get()) == nil)
        #expect((try? FactArgument.parse("architecture=sparc").get()) == nil)
        #expect((try? FactArgument.parse(":users=3").get()) == nil)
    }

    @Test func commandLineBeatsTheFactsFile() {
        var given = FactsFileParser.parse("hosts:\n  A:\n    users: 10\n", path: "f.yaml").facts
        given.addDefaults([Fact(name: "users", value: .number(20), source: .commandLine("users=20"))])
        var sheet = FactSheet()
        for fact in given.facts(for: HostKey("a")) { sheet.give(fact) }
        #expect(sheet["users"]?.value == .number(20))
    }

    @Test func hostKeys() {
        #expect(HostKey("ntsrv01") == HostKey("NTSRV01.example.com"))
        #expect(HostKey("10.0.0.5").value == "10.0.0.5")
    }
}
