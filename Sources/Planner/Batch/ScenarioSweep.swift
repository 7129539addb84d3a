import MILP
import Scoring
import SprintModel

/// A grid of what-ifs around one scenario: every combination of the axes' values planned with
/// the same options, summarised per point (objective, completions per Zielbild, Lösungen
/// complete, spending, first-quarter decisions), so a break-even shows — e.g. the budget below
/// which a Lösung is never completed.
public struct ScenarioSweep: Sendable {
    /// One grid point's outcome.
    public struct Result: Sendable {
        /// One value per axis.
        public var values: [Double]
        /// `optimal`, `gap-reached`, `time-limit`, `time-limit-no-solution`, `infeasible`, …
        public var status: SearchOutcome
        public var objective: Double?
        public var gap: Double?
        /// Aligned with `zielbilder`; empty without a plan.
        public var completions: [Int]
        public var bundles: [String]
        public var spending: Money?
        public var ownShare: Money?
        /// Aligned with `teams`: the measure in the first quarter (nil: idle, absent or no plan).
        public var firstQuarter: [String?]
        public var verified: Bool
        public var solveSeconds: Double

        public init(
            values: [Double], status: SearchOutcome, objective: Double? = nil, gap: Double? = nil,
            completions: [Int], bundles: [String], spending: Money? = nil, ownShare: Money? = nil,
            firstQuarter: [String?], verified: Bool, solveSeconds: Double
        ) {
            self.values = values
            self.status = status
            self.objective = objective
            self.gap = gap
            self.completions = completions
            self.bundles = bundles
            self.spending = spending
            self.ownShare = ownShare
            self.firstQuarter = firstQuarter
            self.verified = verified
            self.solveSeconds = solveSeconds
        }
    }

    public var axes: [SweepAxis]
    public var zielbilder: [String]
    public var teams: [String]
    public var results: [Result]

    public init(axes: [SweepAxis], zielbilder: [String], teams: [String], results: [Result]) {
        self.axes = axes
        self.zielbilder = zielbilder
        self.teams = teams
        self.results = results
    }

    /// The most points a sweep may have.
    public static let maximumPoints = 10_000

    /// Every combination of the axes' values (the first axis varies slowest) and its scenario.
    public static func points(
        around base: Scenario, axes: [SweepAxis]
    ) throws(SweepError) -> [(values: [Double], scenario: Scenario)] {
        let count = axes.reduce(1) { $0 * $1.values.count }
        guard count <= maximumPoints else { throw .outOfRange("\(count) points; a sweep has at most \(maximumPoints)") }
        var grid: [[Double]] = [[]]
        for axis in axes { grid = grid.flatMap { prefix in axis.values.map { prefix + [$0] } } }
        var points: [(values: [Double], scenario: Scenario)] = []
        for values in grid {
            var scenario = base
            // Every point is validated as a scenario before anything is solved (each invalid one named).
            for (axis, value) in zip(axes, values) { try axis.apply(value, to: &scenario, checkingLimits: false) }
            points.append((values, scenario))
        }
        return points
    }

    /// Plans every point on up to `workers` threads.
    public static func run(
        _ points: [(values: [Double], scenario: Scenario)], base: Scenario, axes: [SweepAxis], method: ScoringMethod,
        options: PlanningOptions, solver: any MILPSolver, workers: Int,
        finished: (@Sendable (Int) -> Void)? = nil
    ) -> ScenarioSweep {
        let zielbilder = base.zielbilder.map(\.id)
        let teams = base.sprintteams.map(\.id)
        let results = ParallelWork.map(points, workers: workers, finished: finished) { _, point in
            result(
                of: point.scenario, values: point.values, zielbilder: zielbilder, teams: teams, method: method,
                options: options, solver: solver)
        }
        return ScenarioSweep(axes: axes, zielbilder: zielbilder, teams: teams, results: results)
    }

    /// Plans one point and summarises it. `zielbilder` and `teams` are the base scenario's
    /// (a point may have fewer teams). A point planned on its own — a job of `sweep
    /// --emit-jobs` — gives the same result as the point planned inside a sweep.
    public static func result(
        of scenario: Scenario, values: [Double], zielbilder: [String], teams: [String], method: ScoringMethod,
        options: PlanningOptions, solver: any MILPSolver
    ) -> Result {
        let outcome = Planner(
            scenario: scenario, scores: Scorer(scenario: scenario, method: method).scoreSheet(), solver: solver
        ).plan(options)
        var result = Result(
            values: values, status: .notFound(.infeasible), completions: [], bundles: [],
            firstQuarter: teams.map { _ in nil },
            verified: true, solveSeconds: 0)
        switch outcome {
        case .plan(let plan):
            result.status = .found(plan.proof)
            result.objective = plan.objective
            result.gap = plan.gap
            result.solveSeconds = plan.solveSeconds
            result.completions = zielbilder.map { zielbild in
                plan.report.completions.keys.filter { scenario.measure($0)?.zielbild == zielbild }.count
            }
            result.bundles = plan.report.completedBundles.sorted()
            result.spending = plan.report.totalSpending
            result.ownShare = plan.report.totalOwnShare
            if let first = plan.quarters.first {
                result.firstQuarter = teams.map { plan.measure(of: $0, in: first) }
            }
            result.verified = plan.report.isValid
        case .infeasible(let infeasibility):
            result.status = .notFound(.infeasible)
            result.solveSeconds = infeasibility.solveSeconds
        case .noPlanFound(let reason, let seconds):
            result.status = .notFound(reason)
            result.solveSeconds = seconds
        }
        return result
    }
}
