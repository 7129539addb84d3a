import MILP

/// Improves a plan by large-neighbourhood search: keeps every assignment outside one
/// neighbourhood (a Zielbild's teams, a window of two quarters, two Zielbilder together) as it
/// is, lets the solver re-plan the rest from the current plan, and keeps any better plan.
/// Each part is small enough for GLPK to settle in a fraction of a second, where the full
/// district model leaves GLPK's own search stuck at the first plan for minutes; the full
/// model's search then starts from the improved plan and supplies the bound.
struct NeighbourhoodSearch {
    let planModel: PlanModel
    let frozen: MILPModel
    let solver: any MILPSolver
    /// Solver settings for the parts (time limits are set per part).
    let options: SolveOptions

    /// A neighbourhood: the x variables that may change; every other x keeps its value.
    struct Neighbourhood {
        var name: String
        var free: Set<Int>
    }

    /// Neighbourhoods in a fixed order: each Zielbild's teams, windows of two consecutive
    /// quarters, then pairs of Zielbilder (up to four Zielbilder); those freeing more than
    /// `maximumFree` assignments, or most of the model, are left out.
    func neighbourhoods(maximumFree: Int = 4_000) -> [Neighbourhood] {
        let problem = planModel.problem
        let keys = planModel.x.sorted { $0.value.index < $1.value.index }
        let zielbilder = problem.scenario.zielbilder.map(\.id)
        func free(_ include: (PlanModel.Key) -> Bool) -> Set<Int> {
            Set(keys.filter { include($0.key) }.map(\.value.index))
        }
        var result: [Neighbourhood] = []
        for zielbild in zielbilder {
            result.append(
                Neighbourhood(name: "Zielbild \(zielbild)", free: free { problem.teams[$0.team].zielbild == zielbild }))
        }
        if problem.quarters.count > 2 {
            for q in 0..<(problem.quarters.count - 1) {
                result.append(
                    Neighbourhood(
                        name: "\(problem.quarters[q])–\(problem.quarters[q + 1])",
                        free: free { $0.quarter == q || $0.quarter == q + 1 }))
            }
        }
        if zielbilder.count > 2 && zielbilder.count <= 4 {
            for (i, first) in zielbilder.enumerated() {
                for second in zielbilder[(i + 1)...] {
                    result.append(
                        Neighbourhood(
                            name: "Zielbilder \(first)+\(second)",
                            free: free { [first, second].contains(problem.teams[$0.team].zielbild) }))
                }
            }
        }
        return result.filter { !$0.free.isEmpty && $0.free.count <= maximumFree && $0.free.count * 4 <= keys.count * 3 }
    }

    /// Re-plans neighbourhood after neighbourhood from `values` (a feasible point of the full
    /// model) until a whole round finds nothing better or `seconds` are used. Returns the best
    /// values and their objective.
    func improve(_ values: [Double], seconds: Double, stop: StopRequest?) -> (values: [Double], objective: Double) {
        let clock = ContinuousClock(), start = clock.now
        func remaining() -> Double {
            seconds - (clock.now - start).inSeconds
        }
        var best = values, bestObjective = frozen.objectiveValue(at: values)
        let all = neighbourhoods()
        let xVariables = planModel.x.values.sorted { $0.index < $1.index }
        var improved = true
        while improved {
            improved = false
            for neighbourhood in all {
                guard remaining() > 0.05, stop?.isRequested != true else { return (best, bestObjective) }
                var model = planModel.model
                for variable in xVariables where !neighbourhood.free.contains(variable.index) {
                    model.setBounds(variable, lower: best[variable.index], upper: best[variable.index])
                }
                guard let part = try? model.freeze() else { continue }
                var partOptions = options
                partOptions.warmStart = best
                partOptions.timeLimit = max(0.05, min(remaining(), max(0.5, seconds / Double(max(1, all.count)))))
                partOptions.relativeGap = 0
                partOptions.stop = stop
                partOptions.progress = nil
                let result = solver.solve(part, options: partOptions)
                guard result.hasSolution, let objective = result.objective,
                    objective > bestObjective + 1e-7 * max(1, abs(bestObjective)),
                    frozen.maximumViolation(at: result.values) <= 1e-6
                else { continue }
                best = result.values
                bestObjective = objective
                improved = true
            }
        }
        return (best, bestObjective)
    }
}
