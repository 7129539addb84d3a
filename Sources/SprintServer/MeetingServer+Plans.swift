import Hummingbird
import Planner
import Reporting
import ScenarioIO
import SprintModel

/// Plans and explanations: queued jobs for the page (submit, poll, cancel) and the CLI's JSON
/// for scripts (`plan`, `decide`, `explain` with `--format json`), which wait for their job.
extension MeetingServer {
    func addPlanRoutes(_ router: Router<BasicRequestContext>) {
        router.post("/api/scenarios/:name/plans") { request, context -> Response in
            let body = try await RequestBody.read(request, limit: self.configuration.maximumBody)
            let job = try await self.submitPlan(try self.scenarioName(context), whatIf: try body.whatIf())
            return .json(try await self.jobJSON(job, language: try self.language(request)), status: .accepted)
        }
        router.get("/api/jobs/:id") { request, context -> Response in
            guard let id = context.parameters.get("id"), let job = await self.jobs.job(id) else {
                throw APIError.notFound("no such job (finished jobs are kept for a while only)")
            }
            return .json(try await self.jobJSON(job, language: try self.language(request)))
        }
        router.delete("/api/jobs/:id") { request, context -> Response in
            guard let id = context.parameters.get("id"), let job = await self.jobs.cancel(id) else {
                throw APIError.notFound("no such job")
            }
            return .json(try await self.jobJSON(job, language: try self.language(request)))
        }
        router.post("/api/scenarios/:name/explanations") { request, context -> Response in
            let body = try await RequestBody.read(request, limit: self.configuration.maximumBody)
            let job = try await self.submitExplanation(
                try self.scenarioName(context), whatIf: try body.whatIf(), team: try body.string("team"),
                quarter: try body.string("quarter"), measure: try body.string("measure"))
            return .json(try await self.jobJSON(job, language: try self.language(request)), status: .accepted)
        }
        // The CLI's JSON, for scripts: each waits for its solve.
        router.get("/api/scenarios/:name/plan") { request, context -> Response in
            let job = try await self.submitPlan(try self.scenarioName(context), whatIf: WhatIf(query: request))
            let run = try await self.finishedRun(job)
            switch run.outcome {
            case .plan(let plan):
                return .json(PlanJSON.render(plan, excluded: run.planner.excludedMeasures()))
            case .infeasible(let infeasibility):
                return .json(PlanJSON.infeasible(infeasibility), status: .unprocessableContent)
            case .noPlanFound:
                throw APIError(.serviceUnavailable, code: "no-plan-in-time", "no plan found within the time limit")
            }
        }
        router.get("/api/scenarios/:name/decision") { request, context -> Response in
            let name = try self.scenarioName(context)
            let quarter = try self.quarter(request, scenario: name)
            let job = try await self.submitPlan(name, whatIf: WhatIf(query: request), decision: quarter)
            guard case .decision(_, let decision)? = try await self.finished(job) else { throw self.noPlan() }
            return .json(DecisionFormats.json(decision))
        }
        router.get("/api/scenarios/:name/explain") { request, context -> Response in
            let query = request.uri.queryParameters
            let job = try await self.submitExplanation(
                try self.scenarioName(context), whatIf: WhatIf(query: request), team: query.get("team"),
                quarter: query.get("quarter"), measure: query.get("measure"))
            switch try await self.finished(job) {
            case .assignment(let explanation)?: return .json(ExplainFormats.json(explanation))
            case .measure(let explanation)?: return .json(ExplainFormats.json(explanation))
            default: throw self.noPlan()
            }
        }
    }

    /// The quarter asked for (`?quarter=`), else the scenario's first planned quarter.
    func quarter(_ request: Request, scenario name: String) throws(APIError) -> Quarter {
        if let text = request.uri.queryParameters.get("quarter") {
            guard let quarter = Quarter(text) else {
                throw APIError(
                    .badRequest, code: "invalid-quarter", "expected a quarter like 2027-Q1, found \"\(text)\"",
                    path: "quarter")
            }
            return quarter
        }
        let scenario = try folder.load(name).scenario
        guard let first = scenario.plannedQuarters.first else { throw noPlan() }
        return first
    }

    /// The job's result once it has ended; its problems when it failed.
    func finished(_ job: PlanningJobs.Job) async throws(APIError) -> JobResult? {
        guard let ended = await jobs.finishedJob(job.id) else { throw APIError.notFound("the job was forgotten") }
        if case .failure(let error)? = ended.result { throw error }
        if ended.state == .cancelled { throw APIError(.conflict, code: "cancelled", "the solve was cancelled") }
        return ended.result
    }

    func finishedRun(_ job: PlanningJobs.Job) async throws(APIError) -> PlanRun {
        switch try await finished(job) {
        case .plan(let run)?, .decision(let run, _)?: return run
        default: throw noPlan()
        }
    }

    func noPlan() -> APIError {
        APIError(
            .unprocessableContent, code: "no-plan",
            "no plan keeps every rule; GET /api/scenarios/NAME/plan shows the diagnosis")
    }

    /// Queues an explanation: why a team does what it does in a quarter, or why a measure is
    /// (not) planned. Solves the plan first (or takes the one already made).
    func submitExplanation(
        _ name: String, whatIf: WhatIf, team: String?, quarter: String?, measure: String?
    ) async throws(APIError) -> PlanningJobs.Job {
        let (base, _) = try folder.load(name)
        let scenario = try Self.apply(whatIf, to: base)
        if let team, let text = quarter, measure == nil {
            guard scenario.team(team) != nil else {
                throw APIError(.badRequest, code: "unknown-id", "unknown Sprintteam \"\(team)\"", path: "team")
            }
            guard let quarter = Quarter(text), scenario.plannedQuarters.contains(quarter) else {
                throw APIError(
                    .badRequest, code: "invalid-quarter", "expected a planned quarter, found \"\(text)\"",
                    path: "quarter")
            }
        } else if let measure, team == nil, quarter == nil {
            guard scenario.measure(measure) != nil else {
                throw APIError(.badRequest, code: "unknown-id", "unknown measure \"\(measure)\"", path: "measure")
            }
        } else {
            throw APIError(.badRequest, code: "usage", "give either team and quarter, or measure")
        }
        let planner = planner(for: scenario)
        let known = await jobs.result(for: Self.planKey(name, whatIf))
        let key = Self.planKey(name, whatIf) + "|explain|\(team ?? "")|\(quarter ?? "")|\(measure ?? "")"
        let server = self
        return try await jobs.submit(scenario: name, key: key) { stop, progress in
            let options = server.options(stop: stop, progress: progress)
            var plan: Plan?
            if case .plan(let run)? = known { plan = run.plan }
            if plan == nil, case .plan(let found) = planner.plan(options) { plan = found }
            guard let plan else { return .failure(server.noPlan()) }
            var alternatives = options
            alternatives.searchNodes = Self.explanationAlternativeNodes
            let explainer = PlanExplainer(planner: planner, options: alternatives)
            if let team, let quarter = quarter.flatMap({ Quarter($0) }) {
                return .assignment(explainer.explain(team: team, quarter: quarter, in: plan))
            }
            return .measure(explainer.explain(measure: measure ?? "", in: plan))
        }
    }
}
