import Testing
@testable import Diagnosis

@Test func diagnosisModuleLoads() {
    #expect(!DiagnosisInfo.version.isEmpty)
}
