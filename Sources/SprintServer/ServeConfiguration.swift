import Reporting

/// How `sprintplan serve` runs: where the scenarios and records are, where it listens, who may
/// ask. Any host other than loopback needs a token.
public struct ServeConfiguration: Sendable {
    /// A scenario file or a folder of scenario files.
    public var scenarioPath: String
    /// Where decisions are recorded (`RecordStore`); nil: `records` beside the scenarios.
    public var recordFolder: String?
    public var host: String
    public var port: Int
    /// Required on every request when set (header `Authorization: Bearer T`, `X-Sprintplan-Token`,
    /// or `?token=T` to open the page).
    public var token: String?
    /// The page's language until the person switches it.
    public var language: ReportLanguage
    /// Seconds each re-plan may take.
    public var timeLimit: Double
    /// Plan only the first N quarters of the horizon (nil: all), as `--quarters` does.
    public var quarters: Int?
    /// The version written into decision records.
    public var toolVersion: String
    /// The largest request body accepted (bytes).
    public var maximumBody = 64 * 1024
    /// Plans waiting per scenario before new ones are refused (429).
    public var maximumQueued = 8

    public init(
        scenarioPath: String, recordFolder: String? = nil, host: String = "127.0.0.1", port: Int = 8080,
        token: String? = nil, language: ReportLanguage = .de, timeLimit: Double = 60, quarters: Int? = nil,
        toolVersion: String
    ) {
        self.scenarioPath = scenarioPath
        self.recordFolder = recordFolder
        self.host = host
        self.port = port
        self.token = token
        self.language = language
        self.timeLimit = timeLimit
        self.quarters = quarters
        self.toolVersion = toolVersion
    }

    /// Loopback addresses, which may serve without a token.
    public var isLoopback: Bool { ["127.0.0.1", "localhost", "::1"].contains(host) || host.hasPrefix("127.") }

    /// Why this configuration may not serve, nil when it may.
    public var problem: String? {
        if !isLoopback && (token ?? "").isEmpty {
            return "--host \(host) is reachable from other machines: give --token or SPRINTPLAN_TOKEN"
        }
        if let token, token.count < 16 { return "the token must have at least 16 characters" }
        if !(1...65535).contains(port) && port != 0 { return "--port must be between 1 and 65535" }
        return nil
    }
}
