import Foundation
import Hummingbird
import MILP
import Planner
import Reporting
import ScenarioIO
import Scoring
import SprintModel

/// The server behind `sprintplan serve`: the meeting page and its JSON API over the scenarios
/// of one folder. The solver is given by the caller (the CLI gives GLPK), as for every command.
public struct MeetingServer: Sendable {
    public let configuration: ServeConfiguration
    let solver: any MILPSolver
    let folder: ScenarioFolder
    let jobs: PlanningJobs
    /// The value state-changing requests must carry (`X-Sprintplan-CSRF`); new for every start.
    let csrf: String
    let boundPort: BoundPort

    public init(configuration: ServeConfiguration, solver: any MILPSolver) {
        self.configuration = configuration
        self.solver = solver
        self.folder = ScenarioFolder(path: configuration.scenarioPath)
        self.jobs = PlanningJobs(maximumQueued: configuration.maximumQueued)
        var random = SystemRandomNumberGenerator()
        self.csrf = (0..<4).map { _ in String(random.next() as UInt64, radix: 16) }.joined()
        self.boundPort = BoundPort(configuration.port)
    }

    /// Every route of the page and the API, behind the request guard.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(
            middleware: RequestGuard<BasicRequestContext>(
                configuration: configuration, csrf: csrf, boundPort: boundPort))
        addPageRoutes(router)
        addPlanRoutes(router)
        addScoreRoutes(router)
        addRecordRoutes(router)
        return router
    }

    /// Listens until SIGINT or SIGTERM; `running` gets the page's address once it listens.
    public func run(running: @escaping @Sendable (String) -> Void) async throws {
        let configuration = configuration, boundPort = boundPort
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                boundPort.set(port)
                let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
                let query = configuration.token == nil ? "" : "/?token=…"
                running("http://\(host):\(port)\(query)")
            })
        try await app.runService()
    }

    // MARK: - Shared steps of the routes

    /// The language a request asks for (`?lang=`), else the server's.
    func language(_ request: Request) throws(APIError) -> ReportLanguage {
        guard let text = request.uri.queryParameters.get("lang") else { return configuration.language }
        guard let language = ReportLanguage(rawValue: text) else {
            throw APIError(
                .badRequest, code: "invalid-value", "lang: expected de or en, found \"\(text)\"", path: "lang")
        }
        return language
    }

    /// The scenario of the route's `:name`.
    func scenarioName(_ context: BasicRequestContext) throws(APIError) -> String {
        guard let name = context.parameters.get("name") else { throw .notFound("no scenario named") }
        return name
    }

    /// The planner for `scenario`, valued with the weighted sum as `plan` does by default.
    func planner(for scenario: Scenario) -> Planner {
        Planner(
            scenario: scenario, scores: Scorer(scenario: scenario, method: .weightedSum).scoreSheet(), solver: solver)
    }

    func options(stop: StopRequest, progress: SolveProgress) -> PlanningOptions {
        var options = PlanningOptions(quarters: configuration.quarters, timeLimit: configuration.timeLimit)
        options.stop = stop
        options.progress = progress
        return options
    }

    /// Loads `name`, applies `whatIf` (its problems as 422 with the CLI's codes) and queues its
    /// plan; `decision` also makes the first quarter's decision with its alternatives.
    func submitPlan(
        _ name: String, whatIf: WhatIf, decision quarter: Quarter? = nil
    ) async throws(APIError)
        -> PlanningJobs.Job
    {
        let (base, path) = try folder.load(name)
        let scenario = try Self.apply(whatIf, to: base)
        let planner = planner(for: scenario)
        let key = Self.planKey(name, whatIf) + (quarter.map { "|decision|\($0)" } ?? "")
        let server = self
        return try await jobs.submit(scenario: name, key: key) { stop, progress in
            let options = server.options(stop: stop, progress: progress)
            let run = PlanRun(
                name: name, path: path, scenario: scenario, whatIf: whatIf, planner: planner,
                outcome: planner.plan(options))
            if let plan = run.plan, !plan.report.isValid {
                return .failure(
                    APIError(
                        .internalServerError, code: "software-bug",
                        "the plan breaks a rule (a bug): \(plan.report.violations.map(\.description).joined(separator: "; "))"
                    ))
            }
            guard let quarter, let plan = run.plan, !stop.isRequested else { return .plan(run) }
            guard plan.quarters.contains(quarter) else {
                return .failure(
                    APIError(
                        .badRequest, code: "quarter-outside-plan",
                        "\(quarter) is not in the planned quarters \(plan.quarters.map(\.description).joined(separator: ", "))",
                        path: "quarter"))
            }
            var decision = SprintDecision(plan: plan, quarter: quarter, scenario: scenario, scores: planner.scores)
            var alternatives = options
            alternatives.searchNodes = Self.decisionAlternativeNodes
            decision.addAlternatives(PlanExplainer(planner: planner, options: alternatives))
            return .decision(run, decision)
        }
    }

    /// Branch-and-bound nodes for each alternative's re-solve, as `decide` and `explain` search
    /// by default (so the answers are the CLI's, on any machine and under any load).
    static let decisionAlternativeNodes = 300
    static let explanationAlternativeNodes = 1_000

    /// The key of the plan of scenario `name` under `whatIf` among the finished jobs.
    static func planKey(_ name: String, _ whatIf: WhatIf) -> String { "\(name)|\(whatIf.changes)|plan" }

    /// The what-if applied, or every problem with the CLI's `error[code]` and words.
    static func apply(_ whatIf: WhatIf, to scenario: Scenario) throws(APIError) -> Scenario {
        do throws(WhatIfProblems) {
            return try whatIf.apply(to: scenario)
        } catch {
            let first = scenario.plannedQuarters.first
            throw APIError(
                .unprocessableContent,
                error.problems.map {
                    APIError.Problem(code: $0.code, message: WhatIfText.text($0, first: first), path: "changes")
                })
        }
    }
}
