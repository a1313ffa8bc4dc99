import Testing
@testable import Diagnosis

@Suite("Service packs")
struct ServicePackTests {
    @Test func orderIsRTMThroughSixThenSixA() throws {
        let levels = try ["RTM", "SP1", "2", "Service Pack 3", "sp 4", "SP5", "6", "SP6a"].map { try #require(ServicePack(parsing: $0)) }
        #expect(levels == levels.sorted())
        #expect(levels.map(\.ordinal) == Array(0...7))
        #expect(ServicePack(parsing: "6a") == .latest)
        #expect(ServicePack(parsing: "5a") == nil)
        #expect(ServicePack(parsing: "7") == nil)
        #expect(ServicePack(parsing: "SP6a")?.description == "SP6a")
        #expect(ServicePack(parsing: "0")?.description == "RTM")
    }

    @Test func csdStringsReadAsTheirNumber() {
        #expect(ServicePackRange.fromCSD("Service Pack 3") == .exactly(ServicePack(number: 3)!))
        #expect(ServicePackRange.fromCSD("Service Pack 3, RC 1.32") == .exactly(ServicePack(number: 3)!))
        #expect(ServicePackRange.fromCSD("Service Pack 4 RC 1.2") == .exactly(ServicePack(number: 4)!))
        #expect(ServicePackRange.fromCSD("") == .exactly(.rtm))
        #expect(ServicePackRange.fromCSD("Beta 2") == nil)
    }

    @Test func servicePackSixFromTheLogsMeansSixOrSixA() throws {
        let range = try #require(ServicePackRange.fromCSD("Service Pack 6"))
        #expect(range.description == "6 or 6a")
        #expect(range.isBelow(.sp6a) == .unknown)
        #expect(range.isBelow(ServicePack(number: 6)!) == .no)
        #expect(ServicePackRange.fromCSD("Service Pack 6a") == .exactly(.sp6a))
    }

    @Test func rangesAsPeopleWriteThem() throws {
        let below4 = try #require(ServicePackRange(parsing: "below 4"))
        #expect(below4.description == "below 4")
        #expect(below4.isBelow(ServicePack(number: 4)!) == .yes)
        #expect(below4.isBelow(ServicePack(number: 3)!) == .unknown)
        #expect(ServicePackRange(parsing: "<4") == below4)
        #expect(ServicePackRange(parsing: "4 or later")?.description == "4 or later")
        #expect(ServicePackRange(parsing: ">= 4") == ServicePackRange(parsing: "4+"))
        #expect(ServicePackRange(parsing: "3-5")?.description == "3 to 5")
        #expect(ServicePackRange(parsing: "6 or 6a")?.description == "6 or 6a")
        #expect(ServicePackRange(parsing: "Service Pack 3")?.description == "3")
        #expect(ServicePackRange(parsing: "banana") == nil)
    }
}

@Suite("STOP codes")
struct StopCodeTests {
    @Test(arguments: ["0xC000021A", "c000021a", "C000021A", "Stop: c000021a", "STOP 0xc000021a"])
    func statusStopsInAnySpelling(_ text: String) {
        #expect(StopCode(parsing: text) == StopCode(0xC000_021A))
    }

    @Test(arguments: ["0x0000000a", "0A", "0xA", "0x0a", "Stop 0A", "STOP: 0x0000000A", "0X0A"])
    func shortStopsInAnySpelling(_ text: String) {
        #expect(StopCode(parsing: text) == StopCode(0x0A))
    }

    @Test func codesPrintAsTheBlueScreenDoes() {
        #expect(StopCode(0x1E).description == "0x0000001E")
        #expect(StopCode(0x0A).symbolicName == "IRQL_NOT_LESS_OR_EQUAL")
        #expect(StopCode(parsing: "0x123456789") == nil)
        #expect(StopCode(parsing: "G1") == nil)
    }

    @Test func saveDumpMessage() throws {
        let text = "The computer has rebooted from a bugcheck.  The bugcheck was: 0xc000021a (0xe17c7fc8, 0x00000001, 0x00000000, 0x00000003). Microsoft Windows NT [v15.1381]. A dump was saved in: D:\\DUMPS\\MEMORY.DMP."
        let bugcheck = try #require(BugcheckText.parse(text))
        #expect(bugcheck.code == StopCode(0xC000_021A))
        #expect(bugcheck.parameters == [0xE17C_7FC8, 1, 0, 3])
        #expect(bugcheck.description == "0xC000021A (0xE17C7FC8, 0x00000001, 0x00000000, 0x00000003)")
    }

    @Test func otherCrashTexts() throws {
        let blue = try #require(BugcheckText.parse("STOP 0x0000000A (0x00000004, 0x00000003,0x00000000,0x80012d90)"))
        #expect(blue.parameters == [4, 3, 0, 0x8001_2D90])
        let short = try #require(BugcheckText.parse("Stop 0xc000021a e17c7fc8 00000000 00000000"))
        #expect(short.code.value == 0xC000_021A)
        #expect(short.parameters == [0xE17C_7FC8, 0, 0, nil])
        let windows2000 = try #require(BugcheckText.parse("Error code 0000000a, parameter1 00000000, parameter2 00000002, parameter3 00000000, parameter4 8011a2b3."))
        #expect(windows2000.code.value == 0x0A)
        #expect(windows2000.parameters == [0, 2, 0, 0x8011_A2B3])
        let bare = try #require(BugcheckText.parse("0x0000001e (0xc0000005, 0xa00fe88d, 0x00000000, 0x00000030)"))
        #expect(bare.code.value == 0x1E)
        let noParameters = try #require(BugcheckText.parse("STOP: 0x0000000A\nIRQL_NOT_LESS_OR_EQUAL"))
        #expect(noParameters.parameters == [nil, nil, nil, nil])
        #expect(BugcheckText.parse("The Spooler service entered the stopped state.") == nil)
    }
}
