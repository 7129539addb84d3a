import ArgumentParser
import Planner

/// A bug in sprintplan (e.g. the independent verifier rejects a plan the solver returned):
/// says so on stderr, `what` then `more`, and returns the exit to throw (70). The one place
/// that words and exits such a failure.
func softwareBug(_ what: String, _ more: String = "") -> ExitCode {
    printError("\(what) — a bug in sprintplan\(more)")
    return .softwareBug
}

/// Exits 70 when the independent verifier rejects the plan (a bug: the plan model and the
/// verifier disagree), naming the rules broken.
func requireVerified(_ plan: Plan, name: String? = nil) throws {
    guard !plan.report.isValid else { return }
    throw softwareBug("\(name.map { "\($0): " } ?? "")the plan breaks rules", ": \(plan.report.violations)")
}
