import SprintModel

extension ScenarioDecoder {
    static let indicatorKeys = ["id", "name", "unit", "baseline", "target", "targetDate", "direction", "actuals"]

    /// Indicator values: any finite number of a sensible magnitude (percentages, tonnes, users).
    static let indicatorValues: ClosedRange<Double> = -1e12...1e12

    /// One indicator of a Lösung or measure. Checks what the indicator alone decides: a
    /// target different from the baseline, and a direction that agrees with them (when the
    /// direction is left out it follows from them). The scenario-wide checks (unique ids, dates
    /// inside the programme) are the validator's.
    func indicator(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Indicator? {
        guard let reader = ObjectReader(node, path: path, keys: Self.indicatorKeys, context: context) else {
            return nil
        }
        let id = reader.identifier("id", required: true)
        let name = reader.string("name", required: true)
        let unit = reader.string("unit", required: true)
        let baseline = reader.number("baseline", required: true, in: Self.indicatorValues)
        let target = reader.number("target", required: true, in: Self.indicatorValues)
        let targetDate = reader.decode("targetDate", required: true, Self.quarterOrDate)
        let stated = reader.enumeration("direction", as: Indicator.Direction.self)
        let actuals = reader.decode("actuals") { node, path, context in
            let lines = Values.map(node, path, context) { key, node, path, context -> (Quarter, Double)? in
                guard let quarter = Values.quarterKey(key, node, path, context) else { return nil }
                return Values.number(node, path, context, in: Self.indicatorValues).map { (quarter, $0) }
            }
            Values.refuseRepeatedQuarters(lines ?? [], path, context, what: "a realised value") { $0.0 }
            return lines
        }
        guard let id, let name, let unit, let baseline, let target, let targetDate else { return nil }
        if reader.has("direction") && stated == nil { return nil }
        guard target != baseline else {
            context.error(
                .indicatorTargetIsBaseline,
                "expected a target different from the baseline \(Values.spell(baseline)), found \(Values.spell(target))",
                path: JSONPath.member(path, "target"), at: reader.child("target", required: false)?.0.location)
            return nil
        }
        let implied: Indicator.Direction = target > baseline ? .increase : .decrease
        if let stated, stated != implied {
            context.error(
                .indicatorDirection,
                "expected \"\(implied.rawValue)\" for a target of \(Values.spell(target)) from a baseline of "
                    + "\(Values.spell(baseline)), found \"\(stated.rawValue)\"",
                path: JSONPath.member(path, "direction"), at: reader.child("direction", required: false)?.0.location)
            return nil
        }
        var values: [Quarter: Double] = [:]
        for actual in actuals ?? [] { values[actual.value.0] = actual.value.1 }
        return Indicator(
            id: id, name: name, unit: unit, baseline: baseline, target: target, targetDate: targetDate,
            direction: implied, actuals: values)
    }

    /// A quarter (`2028-Q4`) or a calendar date (`2028-12-31`, meaning the quarter that holds it).
    static func quarterOrDate(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Quarter? {
        guard case .string(let text) = node.value else {
            context.typeMismatch(expected: "a quarter or a date", node: node, path: path)
            return nil
        }
        if let quarter = Quarter(text) { return quarter }
        if let date = CalendarDate(text) { return Quarter(containing: date) }
        context.error(
            .invalidQuarter,
            "expected a quarter like \(Quarter.acceptedSpellings) or a date like \(CalendarDate.acceptedSpellings), "
                + "found \"\(text)\"", path: path, at: node.location)
        return nil
    }

    /// `policy.realisedImpact`: how much realised achievement feeds which criteria.
    func realisedImpact(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> RealisedImpact? {
        guard let reader = ObjectReader(node, path: path, keys: ["blend", "criteria"], context: context) else {
            return nil
        }
        let blend = reader.number("blend", required: true, in: 0...1)
        let criteria = reader.array("criteria", required: true, Values.identifier)
        guard let blend, let criteria else { return nil }
        return RealisedImpact(blend: blend, criteria: criteria)
    }
}
