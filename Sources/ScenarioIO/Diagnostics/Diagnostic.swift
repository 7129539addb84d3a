/// One problem found in a scenario file: where it is (file, line, column and JSON path),
/// what is wrong, and a stable code that tools and tests can rely on.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case error, warning
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    public var severity: Severity
    public var code: DiagnosticCode
    /// What is wrong, phrased for the person who edits the file.
    public var message: String
    /// JSON path of the offending value in the resolved scenario, e.g. `measures[3].effort`;
    /// empty for problems of the file as a whole.
    public var path: String
    /// Where the offending value stands; nil only when no file position exists.
    public var location: SourceLocation?

    public init(_ severity: Severity, code: DiagnosticCode, message: String, path: String, location: SourceLocation?) {
        self.severity = severity
        self.code = code
        self.message = message
        self.path = path
        self.location = location
    }

    /// `file:line:column: error[code]: path: message`, the format compilers use, so editors
    /// and terminals can jump to the position.
    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue)[\(code.rawValue)]: "
        if !path.isEmpty { text += "\(path): " }
        return text + message
    }

    /// Orders by file position, then severity, then path and message, so output is stable.
    public static func ordered(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        let left = lhs.location ?? SourceLocation(file: "", line: 0, column: 0)
        let right = rhs.location ?? SourceLocation(file: "", line: 0, column: 0)
        if left != right { return left < right }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        return lhs.message < rhs.message
    }
}

/// Stable identifiers of every problem class the loader reports. The raw values appear in
/// messages and JSON output and are part of the tool's interface.
public enum DiagnosticCode: String, Hashable, Sendable, CaseIterable {
    // File and syntax
    case fileNotFound = "file-not-found"
    case fileUnreadable = "file-unreadable"
    case fileTooLarge = "file-too-large"
    case syntax = "syntax"
    case duplicateKey = "duplicate-key"
    // Structure
    case unsupportedFormat = "unsupported-format"
    case missingField = "missing-field"
    case unknownKey = "unknown-key"
    case typeMismatch = "type-mismatch"
    case invalidValue = "invalid-value"
    case outOfRange = "out-of-range"
    case invalidQuarter = "invalid-quarter"
    case invalidDate = "invalid-date"
    case invalidMoney = "invalid-money"
    // extends
    case baseNotFound = "base-not-found"
    case extendsCycle = "extends-cycle"
    case extendsTooDeep = "extends-too-deep"
    case removeUnknown = "remove-unknown"
    // Semantics
    case duplicateID = "duplicate-id"
    case unknownReference = "unknown-reference"
    case dependencyCycle = "dependency-cycle"
    case nonPositiveEffort = "non-positive-effort"
    case effortPrecision = "effort-precision"
    case scenarioTooLarge = "scenario-too-large"
    case progressExceedsEffort = "progress-exceeds-effort"
    case deadlineBeforeStart = "deadline-before-start"
    case deadlineAfterProgrammeEnd = "deadline-after-programme-end"
    case bundleMixesZielbilder = "bundle-mixes-zielbilder"
    case bundleMembership = "bundle-membership"
    case negativeWeight = "negative-weight"
    case allZeroWeights = "all-zero-weights"
    case runningWithoutTeam = "running-without-team"
    case currentMeasureClosed = "current-measure-closed"
    case missingRating = "missing-rating"
    case ratingOutOfScale = "rating-out-of-scale"
    case invalidScale = "invalid-scale"
    case invalidGate = "invalid-gate"
    case lockConflict = "lock-conflict"
    case quarterOutsideHorizon = "quarter-outside-horizon"
    case horizonAfterProgrammeEnd = "horizon-after-programme-end"
    case skillUnavailable = "skill-unavailable"
    case emptyBundle = "empty-bundle"
    case bundleDuplicateMember = "bundle-duplicate-member"
    /// An indicator whose target equals its baseline (no way to measure progress).
    case indicatorTargetIsBaseline = "indicator-target-is-baseline"
    /// An indicator's stated direction contradicts its baseline and target.
    case indicatorDirection = "indicator-direction"
    /// A realised value given in another unit than the indicator's.
    case indicatorUnitMismatch = "indicator-unit-mismatch"
    /// A target date or realised value after the programme's last quarter.
    case indicatorOutsideProgramme = "indicator-outside-programme"
    /// A decision record used with another scenario than the one it was made from.
    case scenarioMismatch = "scenario-mismatch"
}
