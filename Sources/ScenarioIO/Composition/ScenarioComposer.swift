import SprintModel

/// Resolves `extends`: loads the chain of base files and merges each child over its base.
///
/// Merge rules (documented in the README and the schema):
/// - objects merge member by member, recursively; a member set to `null` is removed;
/// - the entity lists `criteria`, `zielbilder`, `solutions`, `measures`, `sprintteams` merge by
///   `id`: an entry with a known id is merged into that entity, a new id is appended;
/// - every other array (prerequisites, tags, locks, …) is replaced whole;
/// - `remove` lists ids per entity list to delete from the base before merging.
/// Every merged value keeps its own file and position, so errors point at the right file; a
/// merged object takes the position of the child's object, where the analyst changed it.
struct ScenarioComposer {
    static let maximumChainLength = 32
    static let entityLists = ["criteria", "zielbilder", "solutions", "measures", "sprintteams"]

    struct Output {
        var root: JSONNode?
        var diagnostics: [Diagnostic]
        /// The files read, the top file first.
        var chain: [String]
    }

    func compose(file: String) -> Output {
        var diagnostics: [Diagnostic] = []
        var chain: [String] = []
        let root = load(file: file, referencedFrom: nil, visiting: [], diagnostics: &diagnostics, chain: &chain)
        return Output(root: root, diagnostics: diagnostics, chain: chain)
    }

    private func load(
        file: String, referencedFrom reference: (node: JSONNode, path: String)?, visiting: [(id: String, name: String)],
        diagnostics: inout [Diagnostic], chain: inout [String]
    ) -> JSONNode? {
        chain.append(file)
        let bytes: [UInt8]
        switch ScenarioFiles.read(file) {
        case .success(let read): bytes = read
        case .failure(let error):
            var (code, message) = ScenarioFiles.describe(error, path: file)
            if reference != nil && code == .fileNotFound { code = .baseNotFound }
            if !visiting.isEmpty {
                message += " (extends chain: \((visiting.map(\.name) + [file]).joined(separator: " → ")))"
            }
            // A file that exists but cannot be used is named as the place of its problem (a
            // missing top-level file stays without a location: exit 66, not 65).
            let location =
                reference?.node.location
                ?? (code == .fileNotFound ? nil : SourceLocation(file: file, line: 1, column: 1))
            diagnostics.append(
                Diagnostic(
                    .error, code: code, message: message, path: reference?.path ?? "",
                    location: location))
            return nil
        }
        let parsed = JSONParser.parse(bytes, file: file)
        diagnostics += parsed.diagnostics
        guard var root = parsed.root else { return nil }
        guard case .object = root.value else {
            diagnostics.append(
                Diagnostic(
                    .error, code: .typeMismatch, message: "expected a scenario object, found \(root.kindDescription)",
                    path: "", location: root.location))
            return nil
        }
        checkFormat(root, diagnostics: &diagnostics)
        guard let extends = root["extends"] else { return root }

        guard case .string(let relative) = extends.value else {
            diagnostics.append(
                Diagnostic(
                    .error, code: .typeMismatch,
                    message: "expected a relative file path (a string), found \(extends.kindDescription)",
                    path: "extends", location: extends.location))
            return nil
        }
        // The file system stops a path at NUL ("base.json\u{0}x" would open base.json), and no
        // real file name holds a control character: refuse rather than open something else.
        if relative.isEmpty || relative.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            let found = OutputJSON.string(relative).rendered().dropLast()
            diagnostics.append(
                Diagnostic(
                    .error, code: .invalidValue,
                    message: "expected a file path without control characters, found \(found)",
                    path: "extends", location: extends.location))
            return nil
        }
        let basePath = ScenarioFiles.resolve(relative, from: file)
        let identity = ScenarioFiles.identity(basePath)
        let trail = visiting + [(ScenarioFiles.identity(file), file)]
        if trail.contains(where: { $0.id == identity }) {
            let names = trail.map(\.name) + [basePath]
            diagnostics.append(
                Diagnostic(
                    .error, code: .extendsCycle, message: "extends cycle: \(names.joined(separator: " → "))",
                    path: "extends", location: extends.location))
            return nil
        }
        if trail.count >= Self.maximumChainLength {
            diagnostics.append(
                Diagnostic(
                    .error, code: .extendsTooDeep,
                    message: "extends chain longer than \(Self.maximumChainLength) files (from \(trail[0].name))",
                    path: "extends", location: extends.location))
            return nil
        }
        guard
            var base = load(
                file: basePath, referencedFrom: (extends, "extends"), visiting: trail,
                diagnostics: &diagnostics, chain: &chain)
        else { return nil }
        reportDuplicateIDs(in: root, diagnostics: &diagnostics)
        if let remove = root["remove"] {
            applyRemovals(remove, to: &base, diagnostics: &diagnostics)
        }
        root = root.removingMembers(["extends", "remove"])
        return Self.merge(root, over: base, entityListKey: nil)
    }

    private func checkFormat(_ root: JSONNode, diagnostics: inout [Diagnostic]) {
        guard let format = root["format"] else {
            diagnostics.append(
                Diagnostic(
                    .error, code: .missingField,
                    message: "missing required key \"format\" (expected \"\(Scenario.formatVersion)\")",
                    path: "format", location: root.location))
            return
        }
        guard case .string(let text) = format.value, text == Scenario.formatVersion else {
            diagnostics.append(
                Diagnostic(
                    .error, code: .unsupportedFormat,
                    message:
                        "expected format \"\(Scenario.formatVersion)\", found \(format.kindDescription); this version of sprintplan reads \(Scenario.formatVersion) only",
                    path: "format", location: format.location))
            return
        }
    }

    private func applyRemovals(_ remove: JSONNode, to base: inout JSONNode, diagnostics: inout [Diagnostic]) {
        guard case .object(let members) = remove.value else {
            diagnostics.append(
                Diagnostic(
                    .error, code: .typeMismatch,
                    message: "expected an object of id lists, found \(remove.kindDescription)",
                    path: "remove", location: remove.location))
            return
        }
        for member in members {
            let listPath = JSONPath.member("remove", member.key)
            guard Self.entityLists.contains(member.key) else {
                diagnostics.append(
                    Diagnostic(
                        .error, code: .unknownKey,
                        message:
                            "unknown key \"\(member.key)\"\(Suggestion.hint(for: member.key, among: Self.entityLists)); allowed: \(Self.entityLists.joined(separator: ", "))",
                        path: listPath, location: member.keyLocation))
                continue
            }
            guard case .array(let ids) = member.value.value else {
                diagnostics.append(
                    Diagnostic(
                        .error, code: .typeMismatch,
                        message: "expected an array of ids, found \(member.value.kindDescription)",
                        path: listPath, location: member.value.location))
                continue
            }
            let existing = base[member.key].map(Self.entityIDs) ?? []
            var removed = Set<String>()
            for (index, idNode) in ids.enumerated() {
                let idPath = JSONPath.element(listPath, index)
                guard case .string(let id) = idNode.value else {
                    diagnostics.append(
                        Diagnostic(
                            .error, code: .typeMismatch,
                            message: "expected an id (a string), found \(idNode.kindDescription)",
                            path: idPath, location: idNode.location))
                    continue
                }
                guard existing.contains(id) else {
                    diagnostics.append(
                        Diagnostic(
                            .error, code: .removeUnknown,
                            message:
                                "cannot remove \"\(id)\": the base has no such entry in \(member.key)\(Suggestion.hint(for: id, among: existing))",
                            path: idPath, location: idNode.location))
                    continue
                }
                removed.insert(id)
            }
            base = base.updatingMember(member.key) { list in
                guard case .array(let elements) = list.value else { return list }
                let kept = elements.filter { element in
                    guard case .string(let id)? = element["id"]?.value else { return true }
                    return !removed.contains(id)
                }
                return JSONNode(.array(kept), at: list.location)
            }
        }
    }

    /// Merging by id would silently fold two entries with the same id into one, so a file
    /// that extends another must not repeat an id within one list.
    private func reportDuplicateIDs(in root: JSONNode, diagnostics: inout [Diagnostic]) {
        for list in Self.entityLists {
            guard case .array(let elements)? = root[list]?.value else { continue }
            var first: [String: Int] = [:]
            for (index, element) in elements.enumerated() {
                guard let idNode = element["id"], case .string(let id) = idNode.value else { continue }
                if let earlier = first[id] {
                    diagnostics.append(
                        Diagnostic(
                            .error, code: .duplicateID,
                            message: "duplicate id \"\(id)\": \(list)[\(earlier)] of this file already uses it",
                            path: "\(list)[\(index)].id", location: idNode.location))
                } else {
                    first[id] = index
                }
            }
        }
    }

    private static func entityIDs(_ list: JSONNode) -> [String] {
        guard case .array(let elements) = list.value else { return [] }
        return elements.compactMap { element in
            if case .string(let id)? = element["id"]?.value { return id }
            return nil
        }
    }

    /// Merges `child` over `base` by the rules above.
    static func merge(_ child: JSONNode, over base: JSONNode, entityListKey: String?) -> JSONNode {
        switch (child.value, base.value) {
        case (.object(let childMembers), .object(let baseMembers)):
            var merged = baseMembers
            for member in childMembers {
                if case .null = member.value.value {
                    merged.removeAll { $0.key == member.key }
                    continue
                }
                if let index = merged.firstIndex(where: { $0.key == member.key }) {
                    let isEntityList = entityListKey == nil && entityLists.contains(member.key)
                    let value = merge(
                        member.value, over: merged[index].value, entityListKey: isEntityList ? member.key : nil)
                    merged[index] = JSONMember(key: member.key, keyLocation: member.keyLocation, value: value)
                } else {
                    merged.append(member)
                }
            }
            return JSONNode(.object(merged), at: child.location)
        case (.array(let childElements), .array(let baseElements)) where entityListKey != nil:
            var merged = baseElements
            for element in childElements {
                if case .string(let id)? = element["id"]?.value,
                    let index = merged.firstIndex(where: {
                        if case .string(id)? = $0["id"]?.value { return true } else { return false }
                    })
                {
                    merged[index] = merge(element, over: merged[index], entityListKey: "")
                } else {
                    merged.append(element)
                }
            }
            return JSONNode(.array(merged), at: child.location)
        default:
            return child
        }
    }
}

extension JSONNode {
    func removingMembers(_ keys: Set<String>) -> JSONNode {
        guard case .object(let members) = value else { return self }
        return JSONNode(.object(members.filter { !keys.contains($0.key) }), at: location)
    }

    func updatingMember(_ key: String, _ transform: (JSONNode) -> JSONNode) -> JSONNode {
        guard case .object(var members) = value, let index = members.firstIndex(where: { $0.key == key }) else {
            return self
        }
        members[index].value = transform(members[index].value)
        return JSONNode(.object(members), at: location)
    }
}
