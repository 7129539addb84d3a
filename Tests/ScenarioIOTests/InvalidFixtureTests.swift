import Foundation
import Testing

@testable import ScenarioIO

/// One fixture per class of invalid input: each must give exactly the asserted error, at the
/// asserted JSON path, file, line and column, and no scenario.
@Suite("Invalid-input corpus")
struct InvalidFixtureTests {
    struct Expectation: CustomTestStringConvertible, Sendable {
        var fixture: String
        var code: DiagnosticCode
        var path: String
        var file: String
        var line: Int
        var column: Int
        var testDescription: String { fixture }

        init(_ fixture: String, _ code: DiagnosticCode, _ path: String, _ file: String, _ line: Int, _ column: Int) {
            self.fixture = fixture
            self.code = code
            self.path = path
            self.file = file
            self.line = line
            self.column = column
        }

        init(_ fixture: String, _ code: DiagnosticCode, _ path: String, _ line: Int, _ column: Int) {
            self.init(fixture, code, path, fixture, line, column)
        }
    }

    static let expectations: [Expectation] = [
        // File and syntax
        .init("syntax-missing-comma.json", .syntax, "", 3, 3),
        .init("syntax-trailing-comma.json", .syntax, "", 4, 1),
        .init("syntax-unterminated-string.json", .syntax, "", 3, 13),
        .init("syntax-nan.json", .syntax, "", 4, 32),
        .init("syntax-bad-escape.json", .syntax, "", 3, 13),
        .init("syntax-leading-zero.json", .syntax, "", 4, 32),
        .init("syntax-trailing-garbage.json", .syntax, "", 5, 1),
        .init("syntax-empty-file.json", .syntax, "", 1, 1),
        .init("syntax-nesting-too-deep.json", .syntax, "", 1, 292),
        .init("invalid-utf8.json", .syntax, "", 3, 16),
        .init("duplicate-key.json", .duplicateKey, "", 4, 35),
        .init("not-an-object.json", .typeMismatch, "", 1, 1),
        // Structure
        .init("missing-format.json", .missingField, "format", 1, 1),
        .init("unsupported-format.json", .unsupportedFormat, "format", 2, 13),
        .init("missing-field.json", .missingField, "measures[4].effort", 5, 5),
        .init("unknown-key.json", .unknownKey, "measures[1].efort", 5, 19),
        .init("type-mismatch.json", .typeMismatch, "measures[1].effort", 5, 29),
        .init("integer-expected.json", .typeMismatch, "measures[3].maxTeams", 5, 31),
        .init("number-too-large.json", .outOfRange, "measures[1].effort", 5, 29),
        .init("money-fraction-of-cent.json", .invalidMoney, "measures[2].costPerTeamQuarter", 5, 41),
        .init("money-negative.json", .invalidMoney, "budget.total", 4, 24),
        .init("invalid-quarter.json", .invalidQuarter, "horizon.start", 4, 25),
        .init("invalid-date.json", .invalidDate, "programme.endDate", 4, 29),
        .init("funding-rate-out-of-range.json", .outOfRange, "programme.fundingRate", 4, 33),
        .init("horizon-too-long.json", .outOfRange, "horizon.quarters", 4, 28),
        .init("invalid-enum.json", .invalidValue, "measures[1].status", 5, 29),
        .init("invalid-id.json", .invalidValue, "measures[4].id", 5, 13),
        .init("rating-out-of-scale.json", .ratingOutOfScale, "measures[2].ratings.reach", 5, 41),
        .init("rating-wrong-type.json", .typeMismatch, "measures[2].ratings.oss", 5, 39),
        .init("rating-unknown-criterion.json", .unknownReference, "measures[2].ratings.reech", 5, 41),
        .init("invalid-scale.json", .invalidScale, "criteria[0].scale", 5, 31),
        .init("invalid-gate.json", .invalidGate, "criteria[2].gate", 6, 56),
        // extends
        .init("base-not-found.json", .baseNotFound, "extends", 3, 14),
        .init("extends-cycle-a.json", .extendsCycle, "extends", "extends-cycle-b.json", 3, 14),
        .init("extends-self.json", .extendsCycle, "extends", 3, 14),
        .init("extends-directory.json", .fileUnreadable, "extends", 3, 14),
        .init("remove-unknown.json", .removeUnknown, "remove.measures[0]", 4, 28),
        // Semantics
        .init("duplicate-id.json", .duplicateID, "measures[1].id", 6, 13),
        .init("unknown-zielbild.json", .unknownReference, "measures[2].zielbild", 5, 31),
        .init("unknown-team-zielbild.json", .unknownReference, "sprintteams[2].zielbild", 5, 31),
        .init("unknown-prerequisite.json", .unknownReference, "measures[1].prerequisites[0]", 5, 37),
        .init("unknown-solution.json", .unknownReference, "measures[1].solution", 5, 31),
        .init("dependency-cycle.json", .dependencyCycle, "measures[1].prerequisites[0]", "small.json", 23, 25),
        .init("non-positive-effort.json", .nonPositiveEffort, "measures[1].effort", 5, 29),
        .init("progress-exceeds-effort.json", .progressExceedsEffort, "measures[0].progress", 5, 31),
        .init("deadline-before-start.json", .deadlineBeforeStart, "measures[2].deadline", 5, 59),
        .init("deadline-after-programme-end.json", .deadlineAfterProgrammeEnd, "measures[2].deadline", 5, 31),
        .init("negative-weight.json", .negativeWeight, "criteria[1].weight", 5, 30),
        .init("all-zero-weights.json", .allZeroWeights, "criteria", 4, 15),
        .init("zielbild-weights-unknown-criterion.json", .unknownReference, "zielbilder[1].weights.ress", 5, 40),
        .init("running-without-team.json", .runningWithoutTeam, "measures[3].status", 5, 29),
        .init("current-measure-closed.json", .currentMeasureClosed, "sprintteams[2].currentMeasure", 5, 37),
        .init("missing-rating.json", .missingRating, "measures[4].ratings", 5, 108),
        .init("bundle-membership.json", .bundleMembership, "measures[2].solution", 5, 31),
        .init("bundle-shared-measure.json", .bundleMembership, "solutions[1].measures[0]", 5, 75),
        .init("empty-bundle.json", .emptyBundle, "solutions[0].measures", 5, 31),
        .init("bundle-duplicate-member.json", .bundleDuplicateMember, "solutions[1].measures[1]", 5, 73),
        .init("bundle-solution-twice.json", .bundleDuplicateMember, "measures[0].solution[1]", 5, 38),
        .init("dependency-cycle-shared.json", .dependencyCycle, "measures[1].prerequisites[0]", "small.json", 23, 25),
        .init("pin-team-unavailable.json", .lockConflict, "locks.pins[0]", 4, 24),
        .init("pin-outside-horizon.json", .quarterOutsideHorizon, "locks.pins[0].quarter", 4, 51),
        .init("pin-unknown-team.json", .unknownReference, "locks.pins[0].team", 4, 34),
        .init("pin-twice-same-quarter.json", .lockConflict, "locks.pins[1]", 4, 81),
        .init("pin-forbidden.json", .lockConflict, "locks.pins[0]", 4, 24),
        .init("running-without-any-team.json", .runningWithoutTeam, "measures[0].status", "small.json", 21, 46),
        // Indicators (KPIs) and realised impact
        .init(
            "indicator-target-is-baseline.json", .indicatorTargetIsBaseline, "solutions[0].indicators[0].target", 5, 103
        ),
        .init("indicator-direction.json", .indicatorDirection, "solutions[0].indicators[0].direction", 5, 145),
        .init(
            "indicator-outside-programme.json", .indicatorOutsideProgramme, "solutions[0].indicators[0].targetDate", 5,
            121),
        .init(
            "indicator-actual-outside-programme.json", .indicatorOutsideProgramme,
            "solutions[0].indicators[0].actuals[\"2028-Q1\"]", 5, 156),
        .init(
            "indicator-actual-quarter.json", .invalidQuarter, "solutions[0].indicators[0].actuals[\"2027-Q5\"]", 5, 156),
        .init(
            "indicator-actual-twice.json", .duplicateKey, "solutions[0].indicators[0].actuals[\"Q1/2027\"]", 5, 159),
        .init("indicator-duplicate-id.json", .duplicateID, "measures[2].indicators[0].id", 5, 53),
        .init(
            "indicator-value-not-a-number.json", .typeMismatch, "solutions[0].indicators[0].actuals[\"2027-Q1\"]", 5,
            156),
        .init("realised-impact-unknown-criterion.json", .unknownReference, "policy.realisedImpact.criteria[0]", 4, 62),
        // Documented limits (README "Limits", ScenarioLimits): nothing beyond them reaches arithmetic
        .init("weight-too-large.json", .outOfRange, "criteria[0].weight", 5, 32),
        .init("zielbild-weight-too-large.json", .outOfRange, "zielbilder[0].weights.reach", 5, 41),
        .init("effort-too-fine.json", .effortPrecision, "measures[1].effort", 5, 29),
        .init("effort-subnormal.json", .effortPrecision, "measures[1].effort", 5, 29),
        .init("progress-too-fine.json", .effortPrecision, "measures[0].progress", 5, 31),
        .init("money-too-large.json", .invalidMoney, "measures[1].costPerTeamQuarter", 5, 41),
        .init("scale-too-wide.json", .outOfRange, "criteria[0].scale.min", 5, 57),
        .init("points-too-large.json", .outOfRange, "policy.valueScale", 4, 29),
        .init("extends-with-nul.json", .invalidValue, "extends", 3, 14),
    ]

    @Test("gives exactly the asserted error and location", arguments: expectations)
    func fixture(_ expected: Expectation) throws {
        let result = ScenarioLoader.load(file: FixturePaths.invalid(expected.fixture))
        #expect(result.scenario == nil)
        #expect(result.errors.count == 1, "errors: \(result.errors.map(\.description))")
        let error = try #require(result.errors.first)
        #expect(error.code == expected.code)
        #expect(error.path == expected.path)
        let location = try #require(error.location)
        #expect(URL(fileURLWithPath: location.file).lastPathComponent == expected.file)
        #expect(location.line == expected.line)
        #expect(location.column == expected.column)
        #expect(!error.message.isEmpty)
    }

    /// A cycle through a measure that Lösungen share says which Lösungen it blocks.
    @Test func aCycleThroughASharedMeasureNamesTheLösungenItBlocks() throws {
        let result = ScenarioLoader.load(file: FixturePaths.invalid("dependency-cycle-shared.json"))
        let error = try #require(result.errors.first)
        #expect(error.message.contains("Lösungen \"L1\", \"L2\" can never complete (shared: M2)"), "\(error.message)")
    }

    @Test func everyFixtureIsCovered() throws {
        let folder = FixturePaths.fixtures.appendingPathComponent("invalid")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        let covered = Set(Self.expectations.map(\.fixture) + ["extends-cycle-b.json", "many-problems.json"])
        #expect(Set(files) == covered)
        #expect(Self.expectations.count >= 40)
    }

    @Test func reportsAllProblemsOfAFileAtOnceSortedByPosition() throws {
        let result = ScenarioLoader.load(file: FixturePaths.invalid("many-problems.json"))
        #expect(result.scenario == nil)
        #expect(result.errors.map(\.code) == [.nonPositiveEffort, .typeMismatch, .unknownReference, .unknownKey])
        #expect(
            result.errors.map(\.path) == [
                "measures[0].effort", "measures[1].costPerTeamQuarter",
                "measures[2].prerequisites[0]", "sprintteams[0].skils",
            ])
        let lines = result.errors.compactMap { $0.location?.line }
        #expect(lines == lines.sorted())
        #expect(result.errors.last!.message.contains("did you mean \"skills\"?"))
    }

    @Test func missingTopLevelFileIsMissingInput() {
        let result = ScenarioLoader.load(file: FixturePaths.invalid("does-not-exist.json"))
        #expect(result.isMissingInput)
        #expect(result.errors.map(\.code) == [.fileNotFound])
    }

    @Test func missingBaseIsInvalidDataNotMissingInput() {
        let result = ScenarioLoader.load(file: FixturePaths.invalid("base-not-found.json"))
        #expect(!result.isMissingInput)
    }

    @Test func diagnosticTextNamesFileLineColumnCodeAndPath() throws {
        let result = ScenarioLoader.load(file: FixturePaths.invalid("unknown-prerequisite.json"))
        let text = try #require(result.errors.first).description
        #expect(
            text.hasSuffix(
                "unknown-prerequisite.json:5:37: error[unknown-reference]: measures[1].prerequisites[0]: unknown measure \"M22\"; did you mean \"M2\"?"
            ))
    }
}
