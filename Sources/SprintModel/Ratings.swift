/// A measure's ratings: one value per criterion id, kept sorted by criterion id.
///
/// A small sorted array rather than a dictionary: a measure has about a dozen ratings, and
/// scoring reads every rating of thousands of measures, where walking an array is several
/// times cheaper than hashing string keys. Reads look like a dictionary's
/// (`ratings["reach"]`), and a dictionary literal creates one.
public struct Ratings: Hashable, Sendable, Sequence, ExpressibleByDictionaryLiteral {
    public struct Entry: Hashable, Sendable {
        public var criterion: String
        public var value: Double
    }

    /// Sorted by criterion id (byte order), ids unique.
    public private(set) var entries: [Entry] = []

    public init() {}

    public init(_ values: [String: Double]) {
        entries = values.map { Entry(criterion: $0.key, value: $0.value) }
            .sorted { $0.criterion.utf8.lexicographicallyPrecedes($1.criterion.utf8) }
    }

    public init(dictionaryLiteral elements: (String, Double)...) {
        var values: [String: Double] = [:]
        for (key, value) in elements { values[key] = value }
        self.init(values)
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    /// Criterion ids in sorted order.
    public var keys: [String] { entries.map(\.criterion) }

    public subscript(criterion: String) -> Double? {
        get { entries.first { $0.criterion == criterion }?.value }
        set {
            if let index = entries.firstIndex(where: { $0.criterion == criterion }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                let position =
                    entries.firstIndex { criterion.utf8.lexicographicallyPrecedes($0.criterion.utf8) } ?? entries.count
                entries.insert(Entry(criterion: criterion, value: newValue), at: position)
            }
        }
    }

    public func makeIterator() -> AnyIterator<(key: String, value: Double)> {
        var iterator = entries.makeIterator()
        return AnyIterator { iterator.next().map { (key: $0.criterion, value: $0.value) } }
    }
}
