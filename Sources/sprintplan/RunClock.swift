import MILP
import Planner

/// When this run began, so that `--time-limit` covers everything: reading and scoring a large
/// file, planning, explaining alternatives and writing the result. Touched first thing by
/// every command that loads a scenario.
enum RunClock {
    static let start = ContinuousClock.now

    /// What is left of `limit` seconds counted from the start of the run, keeping 8 % in reserve
    /// for verifying and writing the result (as `PlanningOptions` does for planning).
    static func remaining(of limit: Double) -> Double {
        max(0.05, (1 - PlanningOptions.reserveShare) * limit - (ContinuousClock.now - start).inSeconds)
    }

    /// `options` with their time limit counted from the start of the run.
    static func counting(_ options: PlanningOptions) -> PlanningOptions {
        var options = options
        options.startedAt = start
        return options
    }
}
