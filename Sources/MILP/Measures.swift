extension SolveResult {
    /// The relative gap between a solution's objective and a bound on the optimum, as GLPK
    /// defines it: |objective − bound| / max(10⁻⁹, |objective|). The one formula every search,
    /// race and decomposition reports.
    public static func relativeGap(objective: Double, bound: Double) -> Double {
        abs(objective - bound) / max(1e-9, abs(objective))
    }
}

extension Duration {
    /// The duration in seconds, as the time limits are given.
    public var inSeconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
