import Planner

/// When this run began, so that `--time-limit` covers everything: reading and scoring a large
/// file, planning, explaining alternatives and writing the result. Touched first thing by
/// every command that loads a scenario.
enum RunClock {
    static let start = ContinuousClock.now

    /// `options` with their time limit counted from the start of the run.
    static func counting(_ options: PlanningOptions) -> PlanningOptions {
        var options = options
        options.startedAt = start
        return options
    }
}
