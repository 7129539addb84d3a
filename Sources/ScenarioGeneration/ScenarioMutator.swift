import Foundation
import SprintModel

/// Where a mutation's choices come from: a seeded generator (the mutation sweep) or the bytes
/// of a fuzzer's input (structure-aware fuzzing), so every mutated scenario is reproducible.
public protocol MutationChoices {
    /// A number in `0..<bound` (bound ≥ 1).
    mutating func pick(_ bound: Int) -> Int
}

extension SeededRandom: MutationChoices {
    public mutating func pick(_ bound: Int) -> Int { integer(in: 0...(max(1, bound) - 1)) }
}

/// Choices read from bytes; when the bytes run out every choice is 0.
public struct ByteChoices: MutationChoices {
    private let bytes: [UInt8]
    private var offset = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public mutating func pick(_ bound: Int) -> Int {
        guard bound > 1, offset < bytes.count else { return 0 }
        var value = 0
        for _ in 0..<2 where offset < bytes.count {
            value = value << 8 | Int(bytes[offset])
            offset += 1
        }
        return value % bound
    }
}

/// Damages a valid scenario the way people and tools do: drops, duplicates and retypes fields,
/// writes extreme numbers, dangling references and dependency cycles, empties arrays, cuts or
/// corrupts the text. Used to prove the loader, validator and planner on hostile input.
public enum ScenarioMutator {
    public enum Mutation: String, CaseIterable, Sendable {
        case dropKey, duplicateElement, retype, extremeNumber, danglingReference, cycle, emptyArray, truncate, flipByte
        case hostileText
    }

    /// Numbers at and beyond the documented limits: the largest doubles, subnormals, amounts
    /// past the money limit, efforts finer than a hundredth, integers past 2^31 and 2^53.
    nonisolated(unsafe) static let extremeNumbers: [Any] = [
        1e308, -1e308, Double.greatestFiniteMagnitude, 0, -0.0, 1e-300, Double.leastNonzeroMagnitude,
        Double.leastNonzeroMagnitude * 2024, Double.leastNormalMagnitude,
        9_007_199_254_740_993 as Int64, 2_147_483_648 as Int64, -1, 1e15, 1e13, 9.99e12, 1_000_000_000.01, 1e9,
        1e-6, 0.005, 1e7,
    ]

    /// Text that must come out escaped: formula starts for CSV, control characters for a
    /// terminal and XML, table separators for Markdown, a leading quote and spaces for a round trip.
    static let hostileTexts = [
        "=HYPERLINK(\"http://x\",\"y\")", "+1", "-1+1", "@A1", "\t", "\r", "\u{0}", "\u{1B}[31m",
        "\u{7}", "\u{85}", "|", "\n", "'", " ", "\u{A0}", "\\",
    ]

    /// `text` (a scenario file) with 1–3 mutations; returns the bytes and what was done.
    public static func mutate<Choices: MutationChoices>(
        _ text: String, _ choices: inout Choices
    ) -> (bytes: [UInt8], mutations: [Mutation]) {
        guard var root = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return (Array(text.utf8), []) }
        var applied: [Mutation] = []
        var byteLevel: [Mutation] = []
        for _ in 0...choices.pick(3) {
            let mutation = Mutation.allCases[choices.pick(Mutation.allCases.count)]
            applied.append(mutation)
            switch mutation {
            case .truncate, .flipByte: byteLevel.append(mutation)
            default: root = apply(mutation, to: root, &choices)
            }
        }
        let data =
            (try? JSONSerialization.data(
                withJSONObject: root, options: [.sortedKeys, .prettyPrinted, .fragmentsAllowed])) ?? Data()
        var bytes = Array(data)
        for mutation in byteLevel where !bytes.isEmpty {
            let position = choices.pick(bytes.count)
            if mutation == .truncate {
                bytes.removeSubrange(position...)
            } else {
                bytes[position] ^= UInt8(1 << choices.pick(8))
            }
        }
        return (bytes, applied)
    }

    static func apply<Choices: MutationChoices>(_ mutation: Mutation, to root: Any, _ choices: inout Choices) -> Any {
        switch mutation {
        case .cycle:
            guard var object = root as? [String: Any], var measures = object["measures"] as? [[String: Any]],
                !measures.isEmpty
            else { return root }
            let first = choices.pick(measures.count), second = choices.pick(measures.count)
            guard let a = measures[first]["id"] as? String, let b = measures[second]["id"] as? String else {
                return root
            }
            measures[first]["prerequisites"] = [b]
            measures[second]["prerequisites"] = [a]
            object["measures"] = measures
            return object
        default:
            var paths: [[PathStep]] = []
            collect(root, path: [], into: &paths)
            guard !paths.isEmpty else { return root }
            let path = paths[choices.pick(paths.count)]
            return edit(root, at: path[...]) { value, parentIsArray in
                transform(value, mutation, parentIsArray: parentIsArray, &choices)
            } ?? root
        }
    }

    enum PathStep { case key(String), index(Int) }

    static func collect(_ value: Any, path: [PathStep], into paths: inout [[PathStep]]) {
        if !path.isEmpty { paths.append(path) }
        if let object = value as? [String: Any] {
            for key in object.keys.sorted() { collect(object[key]!, path: path + [.key(key)], into: &paths) }
        } else if let array = value as? [Any] {
            for index in array.indices { collect(array[index], path: path + [.index(index)], into: &paths) }
        }
    }

    /// The value at `path` replaced by `change(value)`; `.none` from `change` removes it.
    static func edit(_ value: Any, at path: ArraySlice<PathStep>, _ change: (Any, Bool) -> Any??) -> Any? {
        guard let step = path.first else { return value }
        let last = path.count == 1
        switch step {
        case .key(let key):
            guard var object = value as? [String: Any], let child = object[key] else { return value }
            if last {
                switch change(child, false) {
                case .some(.some(let replacement)): object[key] = replacement
                default: object.removeValue(forKey: key)
                }
            } else {
                object[key] = edit(child, at: path.dropFirst(), change) ?? child
            }
            return object
        case .index(let index):
            guard var array = value as? [Any], array.indices.contains(index) else { return value }
            if last {
                switch change(array[index], true) {
                case .some(.some(let replacement)): array[index] = replacement
                default: array.remove(at: index)
                }
            } else {
                array[index] = edit(array[index], at: path.dropFirst(), change) ?? array[index]
            }
            return array
        }
    }

    /// `.none`: remove the value; `.some(x)`: replace it.
    static func transform<Choices: MutationChoices>(
        _ value: Any, _ mutation: Mutation, parentIsArray: Bool, _ choices: inout Choices
    ) -> Any?? {
        switch mutation {
        case .dropKey:
            return .none
        case .duplicateElement:
            if let array = value as? [Any], !array.isEmpty { return .some(array + [array[choices.pick(array.count)]]) }
            return .some(value)
        case .retype:
            let replacements: [Any] = ["x", 0, -1, true, NSNull(), [Any](), [String: Any](), "2027-Q9", 1.5]
            return .some(replacements[choices.pick(replacements.count)])
        case .extremeNumber:
            return .some(extremeNumbers[choices.pick(extremeNumbers.count)])
        case .danglingReference:
            if value is String { return .some("X999") }
            return .some(value)
        case .hostileText:
            guard let text = value as? String else { return .some(value) }
            return .some(hostileTexts[choices.pick(hostileTexts.count)] + text)
        case .emptyArray:
            if value is [Any] { return .some([Any]()) }
            if value is [String: Any] { return .some([String: Any]()) }
            return .some(value)
        case .cycle, .truncate, .flipByte:
            return .some(value)
        }
    }
}
