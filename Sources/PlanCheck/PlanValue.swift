import SprintModel

/// The value definition every plan is measured by — the objective the planner maximises and
/// the verifier recomputes. Written once here as documentation and as plain functions over
/// domain values; the MILP builder and the verifier each implement it independently.
///
/// For a measure m with value Vₘ = scoreₘ × valueScale, remaining effort Rₘ (team-quarters)
/// and total effort Eₘ, over horizon quarters q₀ … q_end with discount dₖ = (1 − r)ᵏ:
/// - **completion**: finishing m in quarter qₖ earns dₖ · (Vₘ − pₘ), where pₘ is the partial
///   credit m would earn for the same work (below), so finishing is never worth less than
///   stopping short;
/// - **partial progress**: work on m inside the horizon earns d_end · π · Vₘ · min(Wₘ, Rₘ)/Eₘ,
///   with π the policy's `partialProgressValue` and Wₘ the team-quarters worked — only when
///   the measure can still be finished after the horizon (the horizon ends before the
///   programme, and m's deadline, if any, lies after the horizon);
/// - **Lösung bundles**: d_end · bundleValue when every measure of the bundle is done at the
///   horizon end (done before, or completed in the plan);
/// - **continuity**: − switchingCost for every team that, in its first available quarter, does
///   not continue its current (running) measure, and for every team that leaves an unfinished
///   measure between two consecutive available quarters;
/// - **cross-Zielbild help**: − crossZielbild.cost per team-quarter outside the team's Zielbild;
/// - **spending** breaks ties: − 10⁻⁶ value points per euro spent, so among plans of equal
///   value the cheaper one wins (and no team works on something that adds nothing).
public enum PlanValue {
    /// Value points per euro spent, the tie-breaker.
    public static let spendingWeight = 1e-6

    public static func discount(_ rate: Double, quarterIndex: Int) -> Double {
        var factor = 1.0
        for _ in 0..<quarterIndex { factor *= 1 - rate }
        return factor
    }

    /// Whether work on `measure` in this horizon earns partial credit.
    public static func earnsPartialCredit(_ measure: Measure, horizonEnd: Quarter, programme: Programme) -> Bool {
        guard horizonEnd < programme.lastQuarter else { return false }
        if let deadline = measure.deadline, Quarter(containing: deadline) <= horizonEnd { return false }
        return true
    }

    /// π · V / E: partial credit per team-quarter (before the horizon-end discount).
    public static func partialCreditPerTeamQuarter(value: Double, measure: Measure, policy: Policy) -> Double {
        policy.partialProgressValue * value / measure.effort
    }
}
