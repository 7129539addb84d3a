import SprintModel

/// The scenario's indicators in a decision record (`indicators`, only in records of scenarios
/// that declare any, so that other records keep their bytes): what the group aimed at and what
/// was realised when it decided, for `history`'s KPI tables.
extension DecisionRecordFile {
    static let indicatorKeys = ["id", "name", "unit", "baseline", "target", "targetDate", "direction", "actuals"]

    /// Realised values as an object from quarter to value, in quarter order.
    static func encode(_ indicator: Indicator) -> OutputJSON {
        .object([
            ("id", .string(indicator.id)), ("name", .string(indicator.name)), ("unit", .string(indicator.unit)),
            ("baseline", .number(indicator.baseline)), ("target", .number(indicator.target)),
            ("targetDate", .string(indicator.targetDate.description)),
            ("direction", .string(indicator.direction.rawValue)),
            (
                "actuals",
                .object(indicator.actuals.sorted { $0.key < $1.key }.map { ($0.key.description, .number($0.value)) })
            ),
        ])
    }

    static func decodeIndicator(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Indicator? {
        guard let item = ObjectReader(node, path: path, keys: indicatorKeys, context: context),
            let id = item.identifier("id", required: true), let name = item.string("name", required: true),
            let unit = item.string("unit", required: true), let baseline = item.number("baseline", required: true),
            let target = item.number("target", required: true),
            let targetDate = item.quarter("targetDate", required: true),
            let direction = item.enumeration("direction", required: true, as: Indicator.Direction.self)
        else { return nil }
        let entries =
            item.decode("actuals") { node, path, context in
                Values.map(node, path, context) { key, value, childPath, context -> (Quarter, Double)? in
                    guard let quarter = Quarter(key) else {
                        context.error(
                            .invalidQuarter, "expected a quarter like \(Quarter.acceptedSpellings), found \"\(key)\"",
                            path: childPath, at: value.location)
                        return nil
                    }
                    return Values.number(value, childPath, context).map { (quarter, $0) }
                }
            } ?? []
        var actuals: [Quarter: Double] = [:]
        for entry in entries { actuals[entry.value.0] = entry.value.1 }
        return Indicator(
            id: id, name: name, unit: unit, baseline: baseline, target: target, targetDate: targetDate,
            direction: direction, actuals: actuals)
    }
}
