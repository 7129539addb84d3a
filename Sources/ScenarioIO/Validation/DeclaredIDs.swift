/// The ids a scenario declares in its raw JSON, whether or not the entity decoded cleanly.
///
/// When a measure fails to decode (say its effort is a string), it is missing from the
/// decoded scenario; without this, every reference to it would be reported again as
/// "unknown". Semantic checks treat declared ids as known, so one mistake gives one message.
struct DeclaredIDs {
    private(set) var lists: [String: Set<String>] = [:]
    /// Criterion ids each measure rated, even where the rating itself was invalid.
    private(set) var ratedCriteria: [String: Set<String>] = [:]

    init(_ root: JSONNode) {
        for list in ScenarioComposer.entityLists {
            guard case .array(let elements)? = root[list]?.value else { continue }
            var ids = Set<String>()
            for element in elements {
                guard case .string(let id)? = element["id"]?.value else { continue }
                ids.insert(id)
                if list == "measures", case .object(let members)? = element["ratings"]?.value {
                    ratedCriteria[id, default: []].formUnion(members.map(\.key))
                }
            }
            lists[list] = ids
        }
    }

    func contains(_ id: String, in list: String) -> Bool { lists[list]?.contains(id) ?? false }
}
