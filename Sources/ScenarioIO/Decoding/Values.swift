import SprintModel

/// Decoders for single JSON values. Each returns nil after reporting a precise problem.
enum Values {
    static func string(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> String? {
        guard case .string(let text) = node.value else {
            context.typeMismatch(expected: "a string", node: node, path: path)
            return nil
        }
        return text
    }

    /// An id: 1–64 ASCII letters, digits, `_`, `-` and `.`, starting with a letter or digit.
    /// Ids become names in exported LP/MPS models, so no spaces and no umlauts.
    static func identifier(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> String? {
        guard let text = string(node, path, context) else { return nil }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
        }
        let bytes = Array(text.utf8)
        let valid =
            (1...64).contains(bytes.count) && isAlphanumeric(bytes[0])
            && bytes.allSatisfy {
                isAlphanumeric($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
            }
        guard valid else {
            context.error(
                .invalidValue,
                "expected an id (1–64 ASCII letters, digits, '_', '-' or '.', starting with a letter or digit), found \"\(text)\"",
                path: path, at: node.location)
            return nil
        }
        return text
    }

    static func number(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Double? {
        guard case .number(let text) = node.value else {
            context.typeMismatch(expected: "a number", node: node, path: path)
            return nil
        }
        guard let value = Double(text), value.isFinite else {
            context.error(.outOfRange, "number \(text) is too large", path: path, at: node.location)
            return nil
        }
        return value == 0 ? 0 : value  // -0 is 0
    }

    /// A number that must lie in `range` (inclusive): the documented limits of the format.
    static func number(
        _ node: JSONNode, _ path: String, _ context: DecodingContext,
        in range: ClosedRange<Double>
    ) -> Double? {
        guard let value = number(node, path, context) else { return nil }
        guard range.contains(value) else {
            let limits = "from \(spell(range.lowerBound)) to \(spell(range.upperBound))"
            context.error(
                .outOfRange, "expected a number \(limits), found \(spell(value))", path: path,
                at: node.location)
            return nil
        }
        return value
    }

    static func integer(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Int? {
        guard case .number(let text) = node.value else {
            context.typeMismatch(expected: "an integer", node: node, path: path)
            return nil
        }
        guard let value = Double(text), value.isFinite, value == value.rounded(), abs(value) <= 1e9 else {
            context.error(.typeMismatch, "expected an integer, found number \(text)", path: path, at: node.location)
            return nil
        }
        return Int(value)
    }

    static func bool(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Bool? {
        guard case .bool(let flag) = node.value else {
            context.typeMismatch(expected: "true or false", node: node, path: path)
            return nil
        }
        return flag
    }

    /// Euros as a JSON number, converted from its literal text to exact cents. At most two
    /// decimal places, not negative, at most `Money.maximum`.
    static func money(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Money? {
        guard case .number(let text) = node.value else {
            context.typeMismatch(expected: "an amount in euros (a number)", node: node, path: path)
            return nil
        }
        switch MoneyLiteral.cents(from: text) {
        case .success(let cents):
            guard cents >= 0 else {
                context.error(
                    .invalidMoney, "expected an amount of at least 0 €, found \(text)", path: path, at: node.location)
                return nil
            }
            return Money(cents: cents)
        case .failure(let problem):
            context.error(.invalidMoney, "\(problem.message), found \(text)", path: path, at: node.location)
            return nil
        }
    }

    static func quarter(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Quarter? {
        guard let text = string(node, path, context) else { return nil }
        guard let quarter = Quarter(text) else {
            context.error(
                .invalidQuarter, "expected a quarter like \(Quarter.acceptedSpellings), found \"\(text)\"", path: path,
                at: node.location)
            return nil
        }
        return quarter
    }

    /// A quarter used as an object key (budget lines, realised values); the error points at
    /// the member's value.
    static func quarterKey(_ key: String, _ node: JSONNode, _ path: String, _ context: DecodingContext) -> Quarter? {
        guard let quarter = Quarter(key) else {
            context.error(
                .invalidQuarter, "expected a quarter like \(Quarter.acceptedSpellings) as key, found \"\(key)\"",
                path: path, at: node.location)
            return nil
        }
        return quarter
    }

    /// `2027-Q2` and `Q2/2027` are two keys for one quarter: the second is refused.
    static func refuseRepeatedQuarters<T>(
        _ lines: [(key: String, value: T, location: SourceLocation)], _ path: String, _ context: DecodingContext,
        what: String, quarter: (T) -> Quarter
    ) {
        var seen = Set<Quarter>()
        for line in lines where !seen.insert(quarter(line.value)).inserted {
            context.error(
                .duplicateKey, "quarter \(quarter(line.value)) has \(what) already",
                path: JSONPath.member(path, line.key), at: line.location)
        }
    }

    static func date(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> CalendarDate? {
        guard let text = string(node, path, context) else { return nil }
        guard let date = CalendarDate(text) else {
            context.error(
                .invalidDate, "expected a calendar date like \(CalendarDate.acceptedSpellings), found \"\(text)\"",
                path: path,
                at: node.location)
            return nil
        }
        return date
    }

    static func enumeration<E: RawRepresentable & CaseIterable>(
        _ node: JSONNode, _ path: String, _ context: DecodingContext,
        as type: E.Type
    ) -> E? where E.RawValue == String {
        guard let text = string(node, path, context) else { return nil }
        guard let value = E(rawValue: text) else {
            let allowed = E.allCases.map(\.rawValue)
            context.error(
                .invalidValue,
                "expected one of \(allowed.map { "\"\($0)\"" }.joined(separator: ", ")), found \"\(text)\"\(Suggestion.hint(for: text, among: allowed))",
                path: path, at: node.location)
            return nil
        }
        return value
    }

    /// One id or an array of ids (a measure's `solution`: a shared measure names several
    /// Lösungen; one id keeps the meaning files had before sharing).
    static func identifiers(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> [String]? {
        switch node.value {
        case .string: return identifier(node, path, context).map { [$0] }
        case .array: return array(node, path, context, identifier)
        default:
            context.typeMismatch(expected: "an id or an array of ids", node: node, path: path)
            return nil
        }
    }

    /// An array whose elements all decode; nil when the value is not an array. Elements that
    /// fail are reported and left out, so one bad element does not hide problems in others.
    static func array<T>(
        _ node: JSONNode, _ path: String, _ context: DecodingContext,
        _ element: (JSONNode, String, DecodingContext) -> T?
    ) -> [T]? {
        guard case .array(let elements) = node.value else {
            context.typeMismatch(expected: "an array", node: node, path: path)
            return nil
        }
        var result: [T] = []
        var indices: [Int] = []
        for (index, child) in elements.enumerated() {
            let childPath = JSONPath.element(path, index)
            if let value = element(child, childPath, context) {
                result.append(value)
                indices.append(index)
            }
        }
        context.entityIndices[path] = indices
        return result
    }

    /// An object used as a map from free keys to values (e.g. weights per criterion).
    static func map<T>(
        _ node: JSONNode, _ path: String, _ context: DecodingContext,
        _ value: (String, JSONNode, String, DecodingContext) -> T?
    ) -> [(key: String, value: T, location: SourceLocation)]? {
        guard case .object(let members) = node.value else {
            context.typeMismatch(expected: "an object", node: node, path: path)
            return nil
        }
        var result: [(key: String, value: T, location: SourceLocation)] = []
        for member in members {
            let childPath = JSONPath.member(path, member.key)
            if let decoded = value(member.key, member.value, childPath, context) {
                result.append((member.key, decoded, member.keyLocation))
            }
        }
        return result
    }

    /// Numbers in messages: integers without a fraction, others as Swift prints them.
    static func spell(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
