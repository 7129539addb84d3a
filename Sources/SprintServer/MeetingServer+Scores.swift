import Foundation
import Hummingbird
import Reporting
import ScenarioIO
import Scoring
import SprintModel

/// Scores and inputs, as the CLI's `score`, `score --sensitivity` and `validate` print them with
/// `--format json`, and the input differences between two scenarios of the folder.
extension MeetingServer {
    func addScoreRoutes(_ router: Router<BasicRequestContext>) {
        router.get("/api/scenarios/:name/scores") { request, context -> Response in
            let scenario = try self.folder.load(try self.scenarioName(context)).scenario
            return .json(ScoreFormats.json(Scorer(scenario: scenario, method: try self.method(request)).scoreSheet()))
        }
        router.get("/api/scenarios/:name/sensitivity") { request, context -> Response in
            let scenario = try self.folder.load(try self.scenarioName(context)).scenario
            let method = try self.method(request)
            let sheet = Scorer(scenario: scenario, method: method).scoreSheet()
            let options = RankAcceptability.Options()
            let intervals = sheet.zielbilder.map {
                (zielbild: $0.zielbild.id, intervals: $0.stabilityIntervals(top: options.top, method: method))
            }
            let acceptability = await SolveThread.run { RankAcceptability.analyse(sheet, options: options) }
            return .json(ScoreFormats.sensitivityJSON(intervals, acceptability: acceptability))
        }
        router.get("/api/scenarios/:name/validate") { _, context -> Response in
            let name = try self.scenarioName(context)
            guard let path = self.folder.path(of: name) else { throw APIError.notFound("no scenario \"\(name)\"") }
            let result = ScenarioLoader.load(file: path)
            let entry: OutputJSON = .object([
                ("file", .string(name)),
                ("valid", .bool(result.scenario != nil)),
                ("errors", .array(result.errors.map(\.json))),
                ("warnings", .array(result.warnings.map(\.json))),
                ("summary", result.scenario.map { ScenarioSummary($0).json } ?? .null),
            ])
            return .json(.object([("files", .array([entry]))]))
        }
        router.get("/api/scenarios/:name/compare") { request, context -> Response in
            let name = try self.scenarioName(context)
            guard let other = request.uri.queryParameters.get("with") else {
                throw APIError(
                    .badRequest, code: "missing-field", "give ?with=OTHER (a scenario of the folder)", path: "with")
            }
            let base = try self.folder.load(name).scenario, compared = try self.folder.load(other).scenario
            let changes: [OutputJSON] = ScenarioDiff.changes(from: base, to: compared).map { change in
                .object([
                    ("path", .string(change.path)), ("before", .optional(change.before)),
                    ("after", .optional(change.after)),
                ])
            }
            return .json(.object([("base", .string(name)), ("other", .string(other)), ("inputs", .array(changes))]))
        }
    }

    func method(_ request: Request) throws(APIError) -> ScoringMethod {
        guard let text = request.uri.queryParameters.get("method") else { return .weightedSum }
        guard let method = ScoringMethod(rawValue: text) else {
            throw APIError(
                .badRequest, code: "invalid-value", "method: expected weighted-sum or topsis, found \"\(text)\"",
                path: "method")
        }
        return method
    }
}
