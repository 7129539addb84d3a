import SprintModel

/// Reads the members of one JSON object with a declared set of keys: every key not declared
/// is reported as unknown (with a did-you-mean), so typos never pass silently.
struct ObjectReader {
    let node: JSONNode
    let path: String
    let context: DecodingContext

    /// Returns nil (after reporting) when `node` is not an object.
    init?(_ node: JSONNode, path: String, keys: [String], context: DecodingContext, what: String = "an object") {
        guard case .object(let members) = node.value else {
            context.typeMismatch(expected: what, node: node, path: path)
            return nil
        }
        self.node = node
        self.path = path
        self.context = context
        for member in members where !keys.contains(member.key) {
            context.error(
                .unknownKey,
                "unknown key \"\(member.key)\"\(Suggestion.hint(for: member.key, among: keys)); allowed: \(keys.joined(separator: ", "))",
                path: JSONPath.member(path, member.key), at: member.keyLocation)
        }
    }

    /// The child node and its path, or nil (reporting it when `required`).
    func child(_ key: String, required: Bool) -> (JSONNode, String)? {
        let childPath = JSONPath.member(path, key)
        guard let child = node[key] else {
            if required {
                context.error(.missingField, "missing required key \"\(key)\"", path: childPath, at: node.location)
            }
            return nil
        }
        return (child, childPath)
    }

    /// Whether the key is present at all (null counts as present).
    func has(_ key: String) -> Bool { node[key] != nil }

    func decode<T>(_ key: String, required: Bool = false, _ decoder: (JSONNode, String, DecodingContext) -> T?) -> T? {
        guard let (child, childPath) = child(key, required: required) else { return nil }
        return decoder(child, childPath, context)
    }

    func string(_ key: String, required: Bool = false) -> String? { decode(key, required: required, Values.string) }
    func identifier(_ key: String, required: Bool = false) -> String? {
        decode(key, required: required, Values.identifier)
    }
    func number(_ key: String, required: Bool = false) -> Double? { decode(key, required: required, Values.number) }
    func integer(_ key: String, required: Bool = false) -> Int? { decode(key, required: required, Values.integer) }
    func bool(_ key: String, required: Bool = false) -> Bool? { decode(key, required: required, Values.bool) }
    func money(_ key: String, required: Bool = false) -> Money? { decode(key, required: required, Values.money) }
    func quarter(_ key: String, required: Bool = false) -> Quarter? { decode(key, required: required, Values.quarter) }
    func date(_ key: String, required: Bool = false) -> CalendarDate? { decode(key, required: required, Values.date) }

    /// A number that must lie in `range` (inclusive).
    func number(_ key: String, required: Bool = false, in range: ClosedRange<Double>) -> Double? {
        decode(key, required: required) { node, path, context in Values.number(node, path, context, in: range) }
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false, as type: E.Type) -> E?
    where E.RawValue == String {
        decode(key, required: required) { node, path, context in Values.enumeration(node, path, context, as: type) }
    }

    func array<T>(_ key: String, required: Bool = false, _ element: (JSONNode, String, DecodingContext) -> T?) -> [T]? {
        decode(key, required: required) { node, path, context in Values.array(node, path, context, element) }
    }
}
