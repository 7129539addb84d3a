/// A parsed JSON value that remembers where it stood in its file.
///
/// Unlike `JSONDecoder`, this keeps object members in file order, keeps number literals as
/// text (so money converts to cents exactly and `1.5` can be told apart from `1`), and gives
/// every value a line and column for error messages.
public struct JSONNode: Sendable, Hashable {
    public var value: JSONValue
    public var location: SourceLocation

    public init(_ value: JSONValue, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The member named `key` of an object (nil for other values or a missing key).
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// A short description of the value's kind, for "expected X, found Y" messages.
    public var kindDescription: String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let text): return "number \(text)"
        case .string(let text): return "string \"\(text.count > 40 ? String(text.prefix(40)) + "…" : text)\""
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// The value of a `JSONNode`.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The number literal exactly as written (validated JSON number grammar).
    case number(String)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])
}

/// One `"key": value` member of a JSON object, with the key's own position.
public struct JSONMember: Sendable, Hashable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: JSONNode

    public init(key: String, keyLocation: SourceLocation, value: JSONNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}
