/// `advance` carried a quarter forward from another scenario than the one its decision record
/// was made from, because someone said so and why (`--accept-other-scenario REASON`). Kept
/// beside the record so that `history` shows it; both scenarios are named by content hash.
public struct ScenarioAcceptance: Sendable, Hashable {
    public var quarter: Quarter
    /// The record's file name in its folder.
    public var record: String
    public var recordScenarioFile: String
    public var recordScenarioHash: String
    /// The scenario `advance` was given instead.
    public var scenarioFile: String
    public var scenarioHash: String
    public var reason: String
    /// The next quarter's scenario that was written.
    public var next: String
    public var toolVersion: String
    public var recordedAt: String

    public init(
        quarter: Quarter, record: String, recordScenarioFile: String, recordScenarioHash: String,
        scenarioFile: String, scenarioHash: String, reason: String, next: String, toolVersion: String,
        recordedAt: String
    ) {
        self.quarter = quarter
        self.record = record
        self.recordScenarioFile = recordScenarioFile
        self.recordScenarioHash = recordScenarioHash
        self.scenarioFile = scenarioFile
        self.scenarioHash = scenarioHash
        self.reason = reason
        self.next = next
        self.toolVersion = toolVersion
        self.recordedAt = recordedAt
    }
}
