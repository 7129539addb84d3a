import SprintModel

extension ScenarioValidator {
    /// Indicator ids are unique across the scenario (a progress file names them without their
    /// owner); target dates and realised values lie within the programme; realised impact
    /// feeds criteria that exist.
    mutating func checkIndicators() {
        var first: [String: String] = [:]
        let last = scenario.programme.lastQuarter
        func check(_ indicators: [Indicator], owner: String) {
            for (slot, indicator) in indicators.enumerated() {
                let path = "\(owner).indicators[\(fileIndices["\(owner).indicators"]?[slot] ?? slot)]"
                if let earlier = first[indicator.id] {
                    let line = locate("\(earlier).id").map { " on line \($0.line)" } ?? ""
                    error(
                        .duplicateID, "duplicate indicator id \"\(indicator.id)\": \(earlier)\(line) already uses it",
                        at: "\(path).id")
                } else {
                    first[indicator.id] = path
                }
                if indicator.targetDate > last {
                    error(
                        .indicatorOutsideProgramme,
                        "expected a target date by the programme's last quarter \(last), found \(indicator.targetDate)",
                        at: "\(path).targetDate")
                }
                for quarter in indicator.actuals.keys.sorted() where quarter > last {
                    error(
                        .indicatorOutsideProgramme,
                        "expected realised values by the programme's last quarter \(last), found one for \(quarter)",
                        at: JSONPath.member("\(path).actuals", quarter.description))
                }
            }
        }
        for (index, solution) in scenario.solutions.enumerated() {
            check(solution.indicators, owner: at("solutions", index))
        }
        for (index, measure) in scenario.measures.enumerated() {
            check(measure.indicators, owner: at("measures", index))
        }
        guard let realised = scenario.policy.realisedImpact else { return }
        let criteria = Set(scenario.criteria.map(\.id))
        for (index, id) in realised.criteria.enumerated() {
            reference(id, kind: "criterion", known: criteria, at: "policy.realisedImpact.criteria[\(index)]")
        }
    }
}
