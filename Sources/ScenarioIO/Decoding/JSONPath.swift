/// JSON path spelling: `measures[3].effort`, `budget.quarters["2026-Q1"]`.
///
/// Decoding spells a path for every value it reads (diagnostics name it), so spelling is kept
/// cheap: keys are checked byte by byte, and positions are not stored per path but looked up
/// in the parsed tree when a diagnostic needs one (recording them for every value, and the
/// check of keys character by character, were 10 % of `select`'s time on a 3,250-measure file).
enum JSONPath {
    static func member(_ base: String, _ key: String) -> String {
        if isSimple(key) { return base.isEmpty ? key : joined(base, ".", key, "") }
        return joined(base, "[\"", key, "\"]")
    }

    static func element(_ base: String, _ index: Int) -> String { joined(base, "[", String(index), "]") }

    /// One allocation for the whole path: `a + b + c` allocates once per `+` (a run over MYK10
    /// spelled with `+` made 17 % more allocations than with this).
    private static func joined(_ base: String, _ open: String, _ middle: String, _ close: String) -> String {
        var path = ""
        path.reserveCapacity(base.utf8.count + open.utf8.count + middle.utf8.count + close.utf8.count)
        path += base
        path += open
        path += middle
        path += close
        return path
    }

    /// A key spelled after a dot: a letter or `_` first, then letters, digits, `_` or `$`.
    /// ASCII keys are checked on their bytes in one buffer (an iterator per key cost more than
    /// the check); others by characters, as before.
    private static func isSimple(_ key: String) -> Bool {
        var key = key
        let ascii: Bool? = key.withUTF8 { bytes in
            guard !bytes.isEmpty else { return false }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x80 { return nil }
                let letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                let other =
                    byte == UInt8(ascii: "_")
                    || index > 0
                        && (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") || byte == UInt8(ascii: "$"))
                if !letter && !other { return false }
                index += 1
            }
            return true
        }
        if let ascii { return ascii }
        return key.first.map { $0.isLetter || $0 == "_" } == true
            && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }
    }

    /// Where `path` stands in the tree under `root` (spelled from `root` as ""), or nil. Only
    /// the members and elements whose path begins `path` are visited.
    static func location(of path: String, in root: JSONNode) -> SourceLocation? {
        var node = root
        var spelled = ""
        while spelled != path {
            var next: (String, JSONNode)?
            switch node.value {
            case .object(let members):
                // The last member of a repeated key is the one decoding reads (`JSONNode[key]`).
                for member in members.reversed() {
                    let child = Self.member(spelled, member.key)
                    if leads(child, to: path) {
                        next = (child, member.value)
                        break
                    }
                }
            case .array(let elements):
                for (index, element) in elements.enumerated() {
                    let child = Self.element(spelled, index)
                    if leads(child, to: path) {
                        next = (child, element)
                        break
                    }
                }
            default:
                break
            }
            guard let (childPath, child) = next else { return nil }
            spelled = childPath
            node = child
        }
        return node.location
    }

    /// Every path under `root` with its location (the last of a repeated key).
    static func locations(in root: JSONNode) -> [String: SourceLocation] {
        var found: [String: SourceLocation] = [:]
        var stack: [(String, JSONNode)] = [("", root)]
        while let (path, node) = stack.popLast() {
            found[path] = node.location
            switch node.value {
            case .object(let members):
                // Pushed in reverse, popped in order: a repeated key's last member is written last.
                for member in members.reversed() { stack.append((Self.member(path, member.key), member.value)) }
            case .array(let elements):
                for (index, element) in elements.enumerated().reversed() {
                    stack.append((Self.element(path, index), element))
                }
            default:
                break
            }
        }
        return found
    }

    /// Whether `child` is `path` or a path above it.
    private static func leads(_ child: String, to path: String) -> Bool {
        guard path.utf8.starts(with: child.utf8) else { return false }
        guard let next = path.utf8.dropFirst(child.utf8.count).first else { return true }
        return next == UInt8(ascii: ".") || next == UInt8(ascii: "[")
    }
}
