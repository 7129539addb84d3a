import SprintModel

/// What differs between two scenarios after `extends` is resolved, as readable changes:
/// `budget.total: 2900000 → 2175000`, `measures[M12]: added`. Compared on the canonical
/// form `ScenarioWriter` writes, so two files that say the same thing differently (key order,
/// `extends`, defaults spelt out) show no difference; entities are matched by id, not position.
public enum ScenarioDiff {
    /// One difference. `before`/`after` are compact JSON; nil means absent on that side.
    public struct Change: Sendable, Hashable, CustomStringConvertible {
        public var path: String
        public var before: String?
        public var after: String?

        public var description: String {
            switch (before, after) {
            case (nil, let after?): return "\(path): added \(after)"
            case (let before?, nil): return "\(path): removed (was \(before))"
            default: return "\(path): \(before ?? "") → \(after ?? "")"
            }
        }
    }

    public static func changes(from base: Scenario, to other: Scenario) -> [Change] {
        var changes: [Change] = []
        diff(ScenarioWriter.json(base), ScenarioWriter.json(other), path: "", into: &changes)
        return changes
    }

    private static func diff(_ a: OutputJSON?, _ b: OutputJSON?, path: String, into changes: inout [Change]) {
        switch (a, b) {
        case (.object(let left)?, .object(let right)?):
            let keys = left.map(\.0) + right.map(\.0).filter { key in !left.contains { $0.0 == key } }
            for key in keys {
                diff(
                    left.first { $0.0 == key }?.1, right.first { $0.0 == key }?.1,
                    path: path.isEmpty ? key : "\(path).\(key)", into: &changes)
            }
        case (.array(let left)?, .array(let right)?):
            if let leftEntities = entities(left), let rightEntities = entities(right) {
                let ids =
                    leftEntities.map(\.id)
                    + rightEntities.map(\.id).filter { id in !leftEntities.contains { $0.id == id } }
                for id in ids {
                    let before = leftEntities.first { $0.id == id }?.value,
                        after = rightEntities.first { $0.id == id }?.value
                    let entityPath = "\(path)[\(id)]"
                    switch (before, after) {
                    case (nil, let added?): changes.append(Change(path: entityPath, before: nil, after: summary(added)))
                    case (let removed?, nil):
                        changes.append(Change(path: entityPath, before: summary(removed), after: nil))
                    default: diff(before, after, path: entityPath, into: &changes)
                    }
                }
            } else if compact(.array(left)) != compact(.array(right)) {
                changes.append(Change(path: path, before: compact(.array(left)), after: compact(.array(right))))
            }
        case (nil, nil):
            return
        default:
            let before = a.map(compact), after = b.map(compact)
            if before != after { changes.append(Change(path: path, before: before, after: after)) }
        }
    }

    /// Elements with a string `id`, when every element has one.
    private static func entities(_ elements: [OutputJSON]) -> [(id: String, value: OutputJSON)]? {
        guard !elements.isEmpty else { return nil }
        var result: [(id: String, value: OutputJSON)] = []
        for element in elements {
            guard case .object(let members) = element, case .string(let id)? = members.first(where: { $0.0 == "id" })?.1
            else { return nil }
            result.append((id, element))
        }
        return result
    }

    /// An added or removed entity in a few words: its name when it has one.
    private static func summary(_ entity: OutputJSON) -> String {
        if case .object(let members) = entity, case .string(let name)? = members.first(where: { $0.0 == "name" })?.1 {
            return compact(.string(name))
        }
        return compact(entity)
    }

    /// One-line JSON.
    static func compact(_ value: OutputJSON) -> String {
        switch value {
        case .array(let elements): return "[" + elements.map(compact).joined(separator: ", ") + "]"
        case .object(let members):
            return "{" + members.map { compact(.string($0.0)) + ": " + compact($0.1) }.joined(separator: ", ") + "}"
        default:
            var text = value.rendered()
            text.removeLast()
            return text
        }
    }
}
