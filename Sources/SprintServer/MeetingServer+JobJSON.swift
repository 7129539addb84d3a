import Hummingbird
import Planner
import Reporting
import ScenarioIO
import SprintModel

/// A job as the page polls it: its state, the solver's progress, and when done the CLI's JSON
/// of the result beside the worded views the page shows (overview, roadmap, difference from the
/// base plan, explanation lines) in the language asked for.
extension MeetingServer {
    func jobJSON(_ job: PlanningJobs.Job, language: ReportLanguage) async throws(APIError) -> OutputJSON {
        let snapshot = job.progress.snapshot
        var members: [(String, OutputJSON)] = [
            ("id", .string(job.id)),
            ("scenario", .string(job.scenario)),
            ("state", .string(job.state.rawValue)),
            (
                "progress",
                .object([
                    ("incumbent", snapshot.incumbent.map { .number($0) } ?? .null),
                    ("bound", snapshot.bound.map { .number($0) } ?? .null),
                    ("nodes", .int(Int64(snapshot.nodes))),
                ])
            ),
        ]
        switch job.result {
        case .plan(let run)?, .decision(let run, _)?:
            members.append(("result", await planViews(run, language: language)))
        case .assignment(let explanation)?:
            let lines =
                explanation.reasons.map { ExplanationText.text($0, language) }
                + (explanation.alternative.map { alternative in
                    [
                        PageText.bestAlternative.text(language) + ": " + alternative
                            + (explanation.alternativeCost.map { " (" + language.number(-$0, digits: 2) + ")" } ?? "")
                    ]
                } ?? [])
            members.append(
                ("result", .object([("explanation", ExplainFormats.json(explanation)), ("lines", strings(lines))])))
        case .measure(let explanation)?:
            var lines = explanation.reasons.map { ExplanationText.text($0, language) }
            if let cost = explanation.costOfForcing {
                lines.append(PageText.costOfForcing.text(language) + ": " + language.number(cost, digits: 2))
            }
            members.append(
                ("result", .object([("explanation", ExplainFormats.json(explanation)), ("lines", strings(lines))])))
        case .failure(let error)?:
            members.append(("errors", error.json))
        case nil: break
        }
        return .object(members)
    }

    private func strings(_ lines: [String]) -> OutputJSON { .array(lines.map(OutputJSON.string)) }

    /// The plan's CLI JSON and the page's views of it.
    func planViews(_ run: PlanRun, language: ReportLanguage) async -> OutputJSON {
        let spelled = run.whatIf.spellings
        let changes: OutputJSON = .object([
            ("pins", strings(spelled.pins)), ("forbids", strings(spelled.forbids)),
            ("unavailable", strings(spelled.unavailable)), ("sets", strings(spelled.sets)),
        ])
        switch run.outcome {
        case .plan(let plan):
            var members: [(String, OutputJSON)] = [
                ("changes", changes),
                ("plan", PlanJSON.render(plan, excluded: run.planner.excludedMeasures())),
            ]
            if let first = plan.quarters.first {
                let decision = SprintDecision(
                    plan: plan, quarter: first, scenario: run.scenario, scores: run.planner.scores)
                members.append(
                    (
                        "overview",
                        MeetingView.overview(decision, scenario: run.scenario, whatIf: run.whatIf, language: language)
                    ))
            }
            members.append(("roadmap", MeetingView.roadmap(plan, scenario: run.scenario, language: language)))
            if !run.whatIf.isEmpty, case .plan(let base)? = await jobs.result(for: Self.planKey(run.name, WhatIf())),
                let basePlan = base.plan
            {
                members.append(
                    (
                        "difference",
                        PlanDifferenceView.json(base: basePlan, trial: plan, scenario: run.scenario, language: language)
                    ))
            }
            return .object(members)
        case .infeasible(let infeasibility):
            return .object([
                ("changes", changes),
                ("plan", PlanJSON.infeasible(infeasibility)),
                ("noPlan", strings(infeasibility.relaxations.map { ExplanationText.text($0, language) })),
            ])
        case .noPlanFound:
            return .object([
                ("changes", changes), ("plan", .null), ("noPlan", strings([PageText.noPlan.text(language)])),
            ])
        }
    }
}
