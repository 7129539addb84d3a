import SprintModel

extension ScenarioWriter {
    /// The `indicators` member, or nothing when there are none: files without indicators keep
    /// their bytes and their content hash.
    static func indicators(_ indicators: [Indicator]) -> [(String, OutputJSON)] {
        guard !indicators.isEmpty else { return [] }
        return [("indicators", .array(indicators.map(indicator)))]
    }

    static func indicator(_ indicator: Indicator) -> OutputJSON {
        var fields: [(String, OutputJSON)] = [
            ("id", .string(indicator.id)), ("name", .string(indicator.name)), ("unit", .string(indicator.unit)),
            ("baseline", .number(indicator.baseline)), ("target", .number(indicator.target)),
            ("targetDate", .string(indicator.targetDate.description)),
            ("direction", .string(indicator.direction.rawValue)),
        ]
        if !indicator.actuals.isEmpty {
            fields.append(
                (
                    "actuals",
                    .object(
                        indicator.actuals.sorted { $0.key < $1.key }.map { ($0.key.description, .number($0.value)) })
                ))
        }
        return .object(fields)
    }

    /// `policy.realisedImpact`, only when the scenario turns it on.
    static func realisedImpact(_ realised: RealisedImpact?) -> [(String, OutputJSON)] {
        guard let realised else { return [] }
        return [
            (
                "realisedImpact",
                .object([
                    ("blend", .number(realised.blend)), ("criteria", .array(realised.criteria.map(OutputJSON.string))),
                ])
            )
        ]
    }
}
