import ArgumentParser
import Planner

/// How far each "what if not this?" re-solve of `decide` and `explain` searches: a number of
/// branch-and-bound nodes rather than seconds, so the answer is the same on every machine and
/// under any load; an alternative not proven within them is shown with its gap. The run's
/// `--time-limit` still bounds everything.
struct AlternativeFlags: ParsableArguments {
    @Option(
        name: .customLong("alternative-nodes"),
        help:
            "Branch-and-bound nodes each alternative's re-solve may search; one not proven by then is shown with its gap."
    )
    var nodes: Int?

    func validate() throws {
        if let nodes, !(1...10_000_000).contains(nodes) {
            throw ValidationError("--alternative-nodes must be between 1 and 10000000")
        }
    }

    /// The options for the re-solves: `defaultNodes` (or the flag) each, within what is left
    /// of the run's own time limit.
    func options(_ planning: PlanningOptions, defaultNodes: Int) -> PlanningOptions {
        var options = planning
        options.searchNodes = nodes ?? defaultNodes
        options.timeLimit = RunClock.remaining(of: planning.timeLimit)
        options.startedAt = nil
        return options
    }
}
