import MILP
import PlanCheck
import SprintModel

/// The sprint-plan MILP built from a `PlanningProblem`, with the maps from domain keys to
/// variables needed to read a plan back. See `PlanValue` for the objective.
///
/// Formulation (chosen for a tight LP relaxation; the measurements are in `Benchmarks/SearchSchedule.md`
/// and the README's formulation section):
/// - x[t,m,q] ∈ {0,1} only where the rules allow it (availability, skills, Zielbild,
///   forbidden, earliest start, deadline, prerequisites that can be done by then);
/// - done[m,q] ∈ {0,1}, cumulative, fixed to 0 (absent) before the earliest possible finish;
///   linked per team: x[t,m,q] + done[m,q−1] ≤ 1, and ⌈R⌉·done[m,q] ≤ work up to q;
/// - prerequisites per team: x[t,B,q] ≤ done[A,q−1];
/// - work[m] = Σ x[·,m,·], an integer only there to branch on (see `priorityTotalWork`);
/// - continuity penalises leaving a measure (switch indicators per team, measure, quarter);
/// - one-off costs through start indicators (at most one start per measure); work at most
///   R · started (no work without the start that pays for it) and done[m,q] only when
///   started by q − ⌈R/p⌉ + 1 (p = max parallel teams). These two valid rows cut the LP bound of
///   generated districts from 3.6 % above the optimum to 1.3 % (`FormulationTightnessTests`);
/// - money rows in euros, each cap raised by half a cent (every sum of amounts is a whole
///   number of cents, so this admits exactly the plans within the cap); if GLPK's feasibility
///   tolerance lets a plan exceed a cap in exact cents, the planner tightens that cap by the
///   excess and solves again (see `Planner.plan`).
struct PlanModel {
    struct Key: Hashable {
        let team: Int, measure: Int, quarter: Int
    }

    var model = Model(name: "sprintplan")
    let problem: PlanningProblem
    var x: [Key: Variable] = [:]
    /// x variables per (measure, quarter) and per (team, quarter), filled with `x`.
    var workLists: [[Variable]] = []
    var teamLists: [[Variable]] = []
    /// done[m][q]; nil where the measure cannot be done yet.
    var done: [[Variable?]] = []
    /// started[m][q]: the measure's first quarter of work is q (candidates with a one-off cost).
    var started: [[Variable?]] = []
    /// work[m]: team-quarters measure m gets within the horizon (measures needing more than one).
    var totalWork: [Int: Variable] = [:]
    var objective = LinearExpression()
    /// Objective terms that are constant (unavoidable continuity penalties).
    var constant = 0.0
    /// Variables the warm start must set, kept as the objective is built.
    var creditVariables: [String: Variable] = [:]
    var bundleVariables: [(String, Variable)] = []
    var switchVariables: [(variable: Variable, before: Variable, after: Variable?, finished: Variable?)] = []
    /// Indices of the money rows (quarter budgets, total budget, own-share cap): the rows that
    /// link Zielbilder which share nothing else (see `LagrangianDecomposition`).
    var moneyRows: [Int] = []
    /// Slack variables by rule, in diagnosis mode, with the rule's row and the largest slack.
    var slacks:
        [(rule: RelaxableRule, variable: Variable, indicator: Variable, unit: Double, row: Int, largest: Double)] =
            []
    let diagnosis: Bool

    /// Euros by which a money rule's cap is tightened after GLPK's tolerance let a plan
    /// exceed it.
    let tightening: [RelaxableRule: Double]

    /// The MILP bound for a cap in euros.
    func moneyBound(_ cap: Money, rule: RelaxableRule) -> Double {
        cap.euros + 0.005 - (tightening[rule] ?? 0)
    }

    /// Branching priorities: whether a Lösung is complete, then when each measure is done and
    /// how much work it gets, then when it starts, before the assignments themselves. Settling
    /// the few strategic decisions first lets the bound fall quickly (MYK10 proven in 0.8 s
    /// instead of 3.7 s with GLPK's hybrid pseudocost rule over all binaries).
    static let priorityBundle = 3, priorityDone = 2, priorityTotalWork = 2, priorityStarted = 1

    init(problem: PlanningProblem, diagnosis: Bool = false, tightening: [RelaxableRule: Double] = [:]) {
        self.problem = problem
        self.diagnosis = diagnosis
        self.tightening = tightening
        buildVariables()
        buildCapacityRows()
        buildCompletionRows()
        buildPrerequisiteRows()
        buildMoneyRows()
        buildBalanceRows()
        buildPins()
        buildRequirements()
        buildObjective()
        if diagnosis {
            // Fewest rules first; a pin (a decision already taken) counts a little more than a
            // budget or balance rule, so equally small sets prefer keeping decisions; then the
            // smallest amounts.
            let weight = { (rule: RelaxableRule) -> Double in if case .pin = rule { return 1_500 } else { return 1_000 }
            }
            model.minimize(
                LinearExpression.sum(slacks.map { ($0.indicator, weight($0.rule)) })
                    + LinearExpression.sum(slacks.map { ($0.variable, 1e-3) }))
        } else {
            model.maximize(objective + constant)
        }
    }

    var scenario: Scenario { problem.scenario }
    var quarterCount: Int { problem.quarters.count }

    // MARK: Variables

    private mutating func buildVariables() {
        let measures = problem.measures
        // Earliest quarter index in which each measure can be worked on, and finished.
        var earliestWork = [Int](repeating: Int.max, count: measures.count)
        var earliestDone = [Int](repeating: Int.max, count: measures.count)
        // Prerequisites in file order may point forward: iterate to a fixed point.
        var changed = true
        while changed {
            changed = false
            for (m, measure) in measures.enumerated() {
                var first = 0
                if let start = measure.earliestStart {
                    first = max(first, problem.quarters.firstIndex { $0 >= start } ?? Int.max)
                }
                for prerequisite in measure.prerequisites {
                    if let a = problem.measureIndex[prerequisite] {
                        first = earliestDone[a] == Int.max ? Int.max : max(first, earliestDone[a] + 1)
                    } else if scenario.measure(prerequisite)?.status != .done {
                        first = Int.max
                    }
                    if first == Int.max { break }
                }
                let need = PlanningProblem.neededTeamQuarters(measure)
                let finish =
                    first == Int.max ? Int.max : first + max(0, (need + measure.maxTeams - 1) / measure.maxTeams - 1)
                if first != earliestWork[m] || finish != earliestDone[m] {
                    earliestWork[m] = first
                    earliestDone[m] = finish
                    changed = true
                }
            }
        }
        workLists = Array(repeating: [], count: measures.count * quarterCount)
        teamLists = Array(repeating: [], count: problem.teams.count * quarterCount)
        for (t, team) in problem.teams.enumerated() {
            for (q, quarter) in problem.quarters.enumerated() {
                for (m, measure) in measures.enumerated()
                where q >= earliestWork[m] && problem.allows(team, measure, quarter) {
                    let variable = model.addBinary(name: "x_\(team.id)_\(measure.id)_\(quarter)")
                    x[Key(team: t, measure: m, quarter: q)] = variable
                    workLists[m * quarterCount + q].append(variable)
                    teamLists[t * quarterCount + q].append(variable)
                }
            }
        }
        done = measures.enumerated().map { m, measure in
            (0..<quarterCount).map { q in
                q >= earliestDone[m] ? model.addBinary(name: "done_\(measure.id)_\(problem.quarters[q])") : nil
            }
        }
        started = measures.enumerated().map { m, measure in
            guard measure.status == .candidate && measure.oneOffCost > .zero else {
                return Array(repeating: nil, count: quarterCount)
            }
            return (0..<quarterCount).map { q in
                q >= earliestWork[m] && q < Int.max
                    ? model.addBinary(name: "started_\(measure.id)_\(problem.quarters[q])") : nil
            }
        }
        for variable in done.joined().compactMap({ $0 }) { model.setBranchingPriority(variable, Self.priorityDone) }
        for variable in started.joined().compactMap({ $0 }) {
            model.setBranchingPriority(variable, Self.priorityStarted)
        }
    }

    /// The x variables of measure m in quarter q, in team order (precomputed: every rule
    /// family asks for them).
    func work(_ m: Int, _ q: Int) -> [Variable] { workLists[m * quarterCount + q] }

    // MARK: Rows

    private mutating func buildCapacityRows() {
        for t in problem.teams.indices {
            for q in 0..<quarterCount {
                let vars = teamLists[t * quarterCount + q]
                if vars.count > 1 {
                    model.add(
                        LinearExpression.sum(vars) <= 1, name: "team_\(problem.teams[t].id)_\(problem.quarters[q])")
                }
            }
        }
        for (m, measure) in problem.measures.enumerated() {
            for q in 0..<quarterCount {
                let vars = work(m, q)
                if vars.count > measure.maxTeams {
                    model.add(
                        LinearExpression.sum(vars) <= Double(measure.maxTeams),
                        name: "parallel_\(measure.id)_\(problem.quarters[q])")
                }
            }
        }
    }

    private mutating func buildCompletionRows() {
        for (m, measure) in problem.measures.enumerated() {
            let need = Double(PlanningProblem.neededTeamQuarters(measure))
            var cumulative = LinearExpression()
            var all: [Variable] = []
            for q in 0..<quarterCount {
                let vars = work(m, q)
                all += vars
                cumulative += LinearExpression.sum(vars)
                if let previous = q > 0 ? done[m][q - 1] : nil {
                    // No work after done. When one team-quarter finishes the measure, the effort
                    // row (one team-quarter in all) and done ≤ work so far already imply it.
                    if need > 1 && measure.maxTeams == 1 {
                        // With one team at a time the aggregated row dominates the per-team rows.
                        if !vars.isEmpty {
                            model.add(LinearExpression.sum(vars) + previous <= 1, name: "after_done_\(measure.id)_\(q)")
                        }
                    } else if need > 1 {
                        for variable in vars {
                            model.add(variable + previous <= 1, name: "after_done_\(variable.index)")
                        }
                    }
                    if let current = done[m][q] {
                        model.add(previous <= LinearExpression(current), name: "stays_done_\(measure.id)_\(q)")
                    }
                }
                if let current = done[m][q] {
                    model.add(need * current <= cumulative, name: "finish_\(measure.id)_\(problem.quarters[q])")
                    // Finishing in quarter q takes work in quarter q (valid; tightens the LP).
                    var finishing = LinearExpression(current)
                    if let previous = q > 0 ? done[m][q - 1] : nil { finishing = finishing - previous }
                    model.add(
                        finishing <= LinearExpression.sum(vars),
                        name: "finish_work_\(measure.id)_\(problem.quarters[q])")
                }
            }
            if need > 1 && all.count > 1 {
                // How many team-quarters the measure gets in all, as an integer to branch on:
                // "M07 gets at most 2 of its 3 team-quarters" settles far more than any one
                // team's assignment (generated districts 1, 4, 5 proven in about half the time).
                let total = model.addInteger(name: "work_\(measure.id)", lower: 0, upper: need)
                model.add(LinearExpression(total) == LinearExpression.sum(all), name: "work_\(measure.id)")
                model.setBranchingPriority(total, Self.priorityTotalWork)
                totalWork[m] = total
            }
            let starts = started[m].compactMap { $0 }
            if !starts.isEmpty {
                // No work without the start that pays the one-off cost: without this row the LP
                // spreads a fraction of a start over several quarters of work.
                model.add(
                    LinearExpression.sum(all) <= need * LinearExpression.sum(starts), name: "effort_\(measure.id)")
            } else if all.count > Int(need) {
                model.add(LinearExpression.sum(all) <= need, name: "effort_\(measure.id)")
            }
            // One-off costs: a start indicator per quarter, at most one start, work only after
            // the start and a start only with work, so the one-off cost falls in the first
            // quarter of work (as the verifier counts it) and every money row stays a pure
            // knapsack row with positive coefficients, which GLPK's cover cuts can use.
            if starts.isEmpty { continue }
            // Quarters of work the measure needs at least.
            let span = max(1, (Int(need) + measure.maxTeams - 1) / measure.maxTeams)
            model.add(LinearExpression.sum(starts) <= 1, name: "one_start_\(measure.id)")
            var startedSoFar = LinearExpression()
            for q in 0..<quarterCount {
                if let flag = started[m][q] {
                    startedSoFar += flag
                    model.add(
                        LinearExpression(flag) <= LinearExpression.sum(work(m, q)),
                        name: "start_with_work_\(measure.id)_\(q)")
                }
                if measure.maxTeams == 1 {
                    let vars = work(m, q)
                    if !vars.isEmpty {
                        model.add(LinearExpression.sum(vars) <= startedSoFar, name: "after_start_\(measure.id)_\(q)")
                    }
                } else {
                    for variable in work(m, q) {
                        model.add(variable <= startedSoFar, name: "after_start_\(variable.index)")
                    }
                }
                // A measure done in quarter q was started at least `span` − 1 quarters before
                // (valid, and it stops the LP from paying a fraction of the one-off cost for a
                // whole completion, or from finishing a late start early).
                if let finished = done[m][q] {
                    let early = started[m][...max(0, q - span + 1)].compactMap { $0 }
                    model.add(
                        LinearExpression(finished) <= LinearExpression.sum(early),
                        name: "done_started_\(measure.id)_\(q)")
                }
            }
        }
    }

    private mutating func buildPrerequisiteRows() {
        for (b, measure) in problem.measures.enumerated() {
            for prerequisite in measure.prerequisites {
                guard let a = problem.measureIndex[prerequisite] else { continue }  // done before the horizon
                for q in 0..<quarterCount {
                    let vars = work(b, q)
                    guard !vars.isEmpty else { continue }
                    guard let ready = q > 0 ? done[a][q - 1] : nil else {
                        for variable in vars { model.setBounds(variable, lower: 0, upper: 0) }  // cannot be ready yet
                        continue
                    }
                    if measure.maxTeams == 1 {
                        model.add(
                            LinearExpression.sum(vars) <= LinearExpression(ready),
                            name: "needs_\(prerequisite)_\(measure.id)_\(q)")
                    } else {
                        for variable in vars {
                            model.add(
                                variable <= LinearExpression(ready), name: "needs_\(prerequisite)_\(variable.index)")
                        }
                    }
                }
            }
        }
    }

    /// Values of every variable for a plan given by its assignments (for a warm start).
    /// Returns nil when an assignment has no variable (the plan breaks a rule the model
    /// builds in).
    func values(for plan: [Assignment], completions: [String: Quarter]) -> [Double]? {
        var values = [Double](repeating: 0, count: model.variableCount)
        let teamIndex = Dictionary(uniqueKeysWithValues: problem.teams.enumerated().map { ($1.id, $0) })
        let quarterIndex = Dictionary(uniqueKeysWithValues: problem.quarters.enumerated().map { ($1, $0) })
        var worked = [Int](repeating: 0, count: problem.measures.count)
        var firstWork = [Int](repeating: Int.max, count: problem.measures.count)
        for a in plan {
            guard let t = teamIndex[a.team], let m = problem.measureIndex[a.measure], let q = quarterIndex[a.quarter],
                let variable = x[Key(team: t, measure: m, quarter: q)]
            else { return nil }
            values[variable.index] = 1
            worked[m] += 1
            firstWork[m] = min(firstWork[m], q)
        }
        for (m, measure) in problem.measures.enumerated() {
            if let finished = completions[measure.id], let q = quarterIndex[finished] {
                for later in q..<quarterCount {
                    guard let flag = done[m][later] else { return nil }
                    values[flag.index] = 1
                }
            }
            if firstWork[m] != Int.max, let flag = started[m][firstWork[m]] { values[flag.index] = 1 }
            if let total = totalWork[m] { values[total.index] = Double(worked[m]) }
            if let credit = creditVariables[measure.id] {
                values[credit.index] = min(Double(worked[m]), measure.remainingEffort)
            }
        }
        for (id, bundle) in bundleVariables {
            let solution = scenario.solution(id)!
            let complete = solution.measures.allSatisfy {
                scenario.measure($0)?.status == .done || completions[$0] != nil
            }
            values[bundle.index] = complete ? 1 : 0
        }
        for item in switchVariables {
            let before = values[item.before.index]
            let after = item.after.map { values[$0.index] } ?? 0
            let finished = item.finished.map { values[$0.index] } ?? 0
            values[item.variable.index] = max(0, before - after - finished)
        }
        return values
    }
}
