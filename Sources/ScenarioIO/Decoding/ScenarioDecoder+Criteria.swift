import SprintModel

extension ScenarioDecoder {
    /// Weights decode up to the documented maximum in either direction; the validator reports
    /// a negative weight with its own code.
    static let signedWeight = -ScenarioLimits.weight.upperBound...ScenarioLimits.weight.upperBound

    func criterion(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Criterion? {
        guard
            let reader = ObjectReader(
                node, path: path,
                keys: ["id", "label", "kind", "scale", "direction", "weight", "gate", "missingRating"],
                context: context)
        else { return nil }
        let id = reader.identifier("id", required: true)
        let label = reader.string("label", required: true)
        let kind = reader.enumeration("kind", required: true, as: Criterion.Kind.self)
        let scale = reader.decode("scale", required: true, scale)
        let direction = reader.enumeration("direction", as: Criterion.Direction.self) ?? .benefit
        let weight = reader.number("weight", required: true, in: Self.signedWeight)
        let missing = reader.enumeration("missingRating", as: Criterion.MissingRatingPolicy.self) ?? .error
        var gate: Criterion.Gate?
        if let scale {
            gate = reader.decode("gate") { node, path, context in self.gate(node, path, scale: scale) }
        }
        guard let id, let label, let kind, let scale, let weight else { return nil }
        return Criterion(
            id: id, label: label, kind: kind, scale: scale, direction: direction, weight: weight,
            gate: gate, missingRating: missing)
    }

    func scale(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Criterion.Scale? {
        guard let reader = ObjectReader(node, path: path, keys: ["type", "min", "max", "labels"], context: context)
        else { return nil }
        guard let type = reader.string("type", required: true) else { return nil }
        let typePath = JSONPath.member(path, "type")
        switch type {
        case "range":
            let bound = ScenarioLimits.scaleMagnitude
            guard let min = reader.number("min", required: true, in: -bound...bound),
                let max = reader.number("max", required: true, in: -bound...bound)
            else { return nil }
            guard min < max else {
                context.error(
                    .invalidScale, "expected min < max, found min \(Values.spell(min)) and max \(Values.spell(max))",
                    path: path, at: node.location)
                return nil
            }
            rejectKeys(["labels"], of: reader, for: "range")
            return .range(min: min, max: max)
        case "ordinal":
            guard let labels = reader.array("labels", required: true, Values.string) else { return nil }
            guard labels.count >= 2, Set(labels).count == labels.count else {
                context.error(
                    .invalidScale,
                    "expected at least two distinct labels, found \(labels.count) label(s)\(Set(labels).count == labels.count ? "" : " with repeats")",
                    path: JSONPath.member(path, "labels"), at: reader.child("labels", required: false)?.0.location)
                return nil
            }
            rejectKeys(["min", "max"], of: reader, for: "ordinal")
            return .ordinal(labels: labels)
        case "yes-no":
            rejectKeys(["min", "max", "labels"], of: reader, for: "yes-no")
            return .yesNo
        default:
            let allowed = ["range", "ordinal", "yes-no"]
            context.error(
                .invalidValue,
                "expected one of \"range\", \"ordinal\", \"yes-no\", found \"\(type)\"\(Suggestion.hint(for: type, among: allowed))",
                path: typePath, at: reader.child("type", required: false)?.0.location)
            return nil
        }
    }

    private func rejectKeys(_ keys: [String], of reader: ObjectReader, for type: String) {
        for key in keys {
            if let (child, childPath) = reader.child(key, required: false) {
                context.error(
                    .unknownKey, "key \"\(key)\" does not apply to a \(type) scale", path: childPath, at: child.location
                )
            }
        }
    }

    func gate(_ node: JSONNode, _ path: String, scale: Criterion.Scale) -> Criterion.Gate? {
        guard
            let reader = ObjectReader(
                node, path: path, keys: ["min", "max", "appliesToTags", "reason"], context: context)
        else { return nil }
        let min = reader.decode("min") { node, path, _ in rating(node, path, scale: scale) }
        let max = reader.decode("max") { node, path, _ in rating(node, path, scale: scale) }
        let tags = reader.array("appliesToTags", Values.identifier) ?? []
        let reason = reader.string("reason", required: true)
        if !reader.has("min") && !reader.has("max") {
            context.error(.invalidGate, "a gate needs \"min\" or \"max\"", path: path, at: node.location)
            return nil
        }
        if let min, let max, min > max {
            context.error(
                .invalidGate,
                "gate min \(scale.spell(min)) is above gate max \(scale.spell(max)): no measure could pass",
                path: path, at: node.location)
            return nil
        }
        guard let reason else { return nil }
        return Criterion.Gate(minimum: min, maximum: max, appliesToTags: tags, reason: reason)
    }

    /// A rating on `scale`: a number for a range, a label (or its 0-based index) for ordinal
    /// labels, true/false for yes/no. Returns the numeric value the model stores.
    func rating(_ node: JSONNode, _ path: String, scale: Criterion.Scale) -> Double? {
        switch scale {
        case .range(let min, let max):
            guard let value = Values.number(node, path, context) else { return nil }
            guard value >= min && value <= max else {
                context.error(
                    .ratingOutOfScale,
                    "expected a rating from \(Values.spell(min)) to \(Values.spell(max)), found \(Values.spell(value))",
                    path: path, at: node.location)
                return nil
            }
            return value
        case .ordinal(let labels):
            if case .string(let label) = node.value {
                guard let index = labels.firstIndex(of: label) else {
                    context.error(
                        .ratingOutOfScale,
                        "expected one of the labels \(labels.map { "\"\($0)\"" }.joined(separator: ", ")), found \"\(label)\"\(Suggestion.hint(for: label, among: labels))",
                        path: path, at: node.location)
                    return nil
                }
                return Double(index)
            }
            guard case .number = node.value else {
                context.typeMismatch(expected: "a label or its index", node: node, path: path)
                return nil
            }
            guard let index = Values.integer(node, path, context) else { return nil }
            guard labels.indices.contains(index) else {
                context.error(
                    .ratingOutOfScale, "expected a label index from 0 to \(labels.count - 1), found \(index)",
                    path: path, at: node.location)
                return nil
            }
            return Double(index)
        case .yesNo:
            return Values.bool(node, path, context).map { $0 ? 1 : 0 }
        }
    }
}
