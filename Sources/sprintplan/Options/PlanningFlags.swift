import ArgumentParser
import GLPKSolver
import MILP
import Planner
import Scoring
import SprintModel

/// Options of every command that solves: time limit, accepted gap, how measures are valued.
struct SolverFlags: ParsableArguments {
    @Option(name: .customLong("time-limit"), help: "Solver time limit in seconds.")
    var timeLimit: Double = 60

    @Option(help: "Accept a result within this relative gap of the proven bound (0 = prove optimality).")
    var gap: Double = 0

    @Option(help: "Scoring method for measure values: weighted-sum or topsis.")
    var method: ScoringMethod = .weightedSum

    func validate() throws {
        if !(timeLimit > 0 && timeLimit <= 86_400) {
            throw ValidationError("--time-limit must be between 0 and 86400 seconds")
        }
        if !(gap >= 0 && gap < 1) { throw ValidationError("--gap must be in [0, 1)") }
    }
}

/// Options shared by the commands that plan.
struct PlanningFlags: ParsableArguments {
    @Option(help: "Plan only the first N quarters of the horizon.")
    var quarters: Int?

    @OptionGroup var solver: SolverFlags

    var timeLimit: Double { solver.timeLimit }
    var gap: Double { solver.gap }
    var method: ScoringMethod { solver.method }

    func validate() throws {
        if let quarters, quarters < 1 { throw ValidationError("--quarters must be at least 1") }
    }

    @Option(
        name: .customLong("cuts"),
        help: ArgumentHelp(
            "GLPK cut families: all, none, or a comma list of gomory, mir, cover, clique.", visibility: .hidden))
    var cuts: String?

    @Option(name: .customLong("branching"), help: ArgumentHelp("GLPK branching rule.", visibility: .hidden))
    var branching: SolveOptions.Branching?

    @Flag(name: .customLong("pump"), help: ArgumentHelp("GLPK feasibility pump.", visibility: .hidden))
    var pump = false

    @Option(name: .customLong("proximity"), help: ArgumentHelp("GLPK proximity search, seconds.", visibility: .hidden))
    var proximity: Double?

    /// The options as command-line words, so a job of `sweep --emit-jobs` plans with exactly
    /// these (numbers in their shortest spelling that reads back the same).
    var arguments: [String] {
        func spell(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
        }
        var words: [String] = []
        if let quarters { words += ["--quarters", String(quarters)] }
        words += ["--time-limit", spell(timeLimit), "--gap", spell(gap), "--method", method.rawValue]
        if let cuts { words += ["--cuts", cuts] }
        if let branching { words += ["--branching", branching.rawValue] }
        if pump { words.append("--pump") }
        if let proximity { words += ["--proximity", spell(proximity)] }
        return words
    }

    /// The planner for `scenario`: its measures valued with `--method`, solved with GLPK.
    func planner(for scenario: Scenario) -> Planner { Self.planner(for: scenario, method: method) }

    static func planner(for scenario: Scenario, method: ScoringMethod) -> Planner {
        Planner(
            scenario: scenario, scores: Scorer(scenario: scenario, method: method).scoreSheet(), solver: GLPKSolver())
    }

    var options: PlanningOptions {
        var solver: SolveOptions?
        if cuts != nil || branching != nil || pump || proximity != nil {
            var families: Set<SolveOptions.CutFamily> = [.mixedIntegerRounding, .cover, .clique]
            if let cuts {
                let names: [String: SolveOptions.CutFamily] = [
                    "gomory": .gomory, "mir": .mixedIntegerRounding, "cover": .cover, "clique": .clique,
                ]
                families =
                    cuts == "all"
                    ? Set(SolveOptions.CutFamily.allCases)
                    : cuts == "none" ? [] : Set(cuts.split(separator: ",").compactMap { names[String($0)] })
            }
            solver = SolveOptions(
                cuts: families, feasibilityPump: pump, proximitySearch: proximity,
                branching: branching ?? .hybridPseudocost, backtracking: .bestLocal)
        }
        var options = PlanningOptions(quarters: quarters, timeLimit: timeLimit, relativeGap: gap, solverOptions: solver)
        options.stop = Interruption.request
        return options
    }
}

extension SolveOptions.Branching: ExpressibleByArgument {}
