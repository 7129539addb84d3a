/// A validated, immutable mixed-integer linear program: what solvers and file writers take.
///
/// Guarantees, checked once in `init(validating:)`:
/// - every coefficient, bound and objective term is finite;
/// - every variable's lower bound ≤ upper bound (integer bounds rounded inward first);
/// - binary variables lie in 0…1;
/// - each row lists each column at most once (repeated terms are summed, zeros dropped), with
///   column indices in range and ascending;
/// - row and column names are non-empty, unique, at most 255 characters of `[A-Za-z0-9_.]`,
///   and start with a letter or `_` (so LP and MPS files and GLPK accept them).
public struct MILPModel: Sendable {
    public struct Column: Sendable, Hashable {
        /// The variable's name: the one it was given (sanitised and unique), or `x<index>`.
        public var name: String {
            get { givenName.isEmpty ? "x\(index)" : givenName }
            set { givenName = newValue }
        }
        /// Empty for a variable added without a name: its name is spelled only when asked
        /// for, since formatting 2,000 fallback names cost 15 % of building a model.
        var givenName: String
        /// 0-based column index, which the fallback name spells.
        let index: Int
        public var kind: VariableKind
        public var lower: Double?
        public var upper: Double?
    }

    public struct Row: Sendable, Hashable {
        public var name: String
        /// nil means −∞.
        public var lower: Double?
        /// nil means +∞.
        public var upper: Double?
        /// (column index, coefficient), ascending by column, no zeros, no repeats.
        public var entries: [Entry]
    }

    public struct Entry: Sendable, Hashable {
        public var column: Int
        public var coefficient: Double
    }

    public let name: String
    public internal(set) var columns: [Column]
    public let rows: [Row]
    public let sense: ObjectiveSense
    /// Objective coefficient per column.
    public let objective: [Double]
    public let objectiveConstant: Double
    /// Branching priority by column index, only where it is above 0 (see
    /// `Model.setBranchingPriority`); meaningful for integer and binary columns.
    public let branchingPriorities: [Int: Int]

    public var isMixedInteger: Bool { columns.contains { $0.kind != .continuous } }
    public var nonZeroCount: Int { rows.reduce(0) { $0 + $1.entries.count } }

    init(validating model: Model) throws(ModelError) {
        var problems: [ModelError.Problem] = []
        let allUnnamed = model.columns.allSatisfy { $0.givenName.isEmpty }
        var names = NameTable(capacity: allUnnamed ? 0 : model.columns.count)
        var columns: [Column] = []
        columns.reserveCapacity(model.columns.count)
        for (index, raw) in model.columns.enumerated() {
            var column = raw
            // Variables added without a name keep an empty one (see `Column.name`) unless some
            // variable has a name: then a given name could collide with a fallback.
            if !allUnnamed { column.givenName = names.unique(raw.givenName, fallback: "x\(index)") }
            // Checked one by one: an array of the two bounds would cost two allocations per column.
            if let lower = raw.lower, !lower.isFinite {
                problems.append(.nonFiniteBound(name: column.name, value: lower))
            }
            if let upper = raw.upper, !upper.isFinite {
                problems.append(.nonFiniteBound(name: column.name, value: upper))
            }
            if column.kind == .binary {
                if let lower = raw.lower, lower < 0 || lower > 1 {
                    problems.append(.binaryBounds(name: column.name, lower: raw.lower, upper: raw.upper))
                }
                if let upper = raw.upper, upper < 0 || upper > 1 {
                    problems.append(.binaryBounds(name: column.name, lower: raw.lower, upper: raw.upper))
                }
                column.lower = max(0, raw.lower ?? 0)
                column.upper = min(1, raw.upper ?? 1)
            }
            if column.kind != .continuous {
                column.lower = column.lower.map { ($0 - 1e-9).rounded(.up) }
                column.upper = column.upper.map { ($0 + 1e-9).rounded(.down) }
            }
            if let lower = column.lower, let upper = column.upper, lower.isFinite, upper.isFinite, lower > upper {
                problems.append(.emptyDomain(name: column.name, lower: raw.lower!, upper: raw.upper!))
            }
            columns.append(column)
        }

        var rowNames = NameTable(capacity: model.rows.count, allGenerated: model.rows.allSatisfy { $0.name.isEmpty })
        var rows: [Row] = []
        rows.reserveCapacity(model.rows.count)
        var accumulator = [Double](repeating: 0, count: columns.count)
        var touched: [Int] = []
        for (index, raw) in model.rows.enumerated() {
            let name = rowNames.unique(raw.name, fallback: "r\(index)")
            let expression = raw.constraint.expression
            var valid = true
            var entries: [Entry]
            if let ordered = Self.ascendingEntries(expression.terms, columns: columns.count, identity: model.identity) {
                entries = ordered  // the common case: each variable once, in column order
            } else {
                for term in expression.terms {
                    guard term.variable.owner == model.identity, term.variable.index < columns.count else {
                        problems.append(.foreignVariable(row: name, index: term.variable.index))
                        valid = false
                        continue
                    }
                    guard term.coefficient.isFinite else {
                        problems.append(
                            .nonFiniteCoefficient(
                                row: name, variable: columns[term.variable.index].name, value: term.coefficient))
                        valid = false
                        continue
                    }
                    if accumulator[term.variable.index] == 0 { touched.append(term.variable.index) }
                    accumulator[term.variable.index] += term.coefficient
                    if accumulator[term.variable.index] == 0 {
                        accumulator[term.variable.index] = .leastNonzeroMagnitude
                    }
                }
                touched.sort()
                entries = []
                entries.reserveCapacity(touched.count)
                for column in touched {
                    let value = accumulator[column]
                    if abs(value) > .leastNonzeroMagnitude { entries.append(Entry(column: column, coefficient: value)) }
                    accumulator[column] = 0
                }
                touched.removeAll(keepingCapacity: true)
            }
            var lower = raw.constraint.lower.map { $0 - expression.constant }
            var upper = raw.constraint.upper.map { $0 - expression.constant }
            for bound in [lower, upper] {
                guard let bound, !bound.isFinite else { continue }
                problems.append(.nonFiniteBound(name: name, value: bound))
                valid = false
            }
            if let l = lower, let u = upper, l.isFinite, u.isFinite, l > u {
                problems.append(.emptyDomain(name: name, lower: l, upper: u))
            }
            if !valid {
                lower = nil
                upper = nil
            }
            rows.append(Row(name: name, lower: lower, upper: upper, entries: entries))
        }

        var objective = [Double](repeating: 0, count: columns.count)
        for term in model.objective.terms {
            guard term.variable.owner == model.identity, term.variable.index < columns.count else {
                problems.append(.foreignVariable(row: "objective", index: term.variable.index))
                continue
            }
            guard term.coefficient.isFinite else {
                problems.append(
                    .nonFiniteObjective(variable: columns[term.variable.index].name, value: term.coefficient))
                continue
            }
            objective[term.variable.index] += term.coefficient
        }
        var priorities: [Int: Int] = [:]
        for (variable, priority) in model.branchingPriorities where priority > 0 {
            guard variable.owner == model.identity, variable.index < columns.count else {
                problems.append(.foreignVariable(row: "branching priority", index: variable.index))
                continue
            }
            priorities[variable.index] = priority
        }
        if !model.objective.constant.isFinite {
            problems.append(.nonFiniteObjective(variable: "constant", value: model.objective.constant))
        }
        if !problems.isEmpty { throw ModelError(problems: problems) }
        self.name = NameTable.sanitize(model.name, fallback: "model")
        self.columns = columns
        self.rows = rows
        self.sense = model.sense
        self.objective = objective
        self.objectiveConstant = model.objective.constant
        self.branchingPriorities = priorities
    }

    /// The row's entries when its terms name this model's columns in strictly ascending order
    /// with finite, non-zero coefficients — no merging needed; nil otherwise (the general path
    /// merges repeats, drops zeros and reports problems).
    private static func ascendingEntries(
        _ terms: [(variable: Variable, coefficient: Double)], columns: Int,
        identity: ModelIdentity
    ) -> [Entry]? {
        var entries: [Entry] = []
        entries.reserveCapacity(terms.count)
        var previous = -1
        for term in terms {
            let index = term.variable.index
            guard index > previous, index < columns, term.variable.owner == identity,
                term.coefficient.isFinite, term.coefficient != 0
            else { return nil }
            entries.append(Entry(column: index, coefficient: term.coefficient))
            previous = index
        }
        return entries
    }

    /// The objective value at a point (per column index).
    public func objectiveValue(at values: [Double]) -> Double {
        zip(objective, values).reduce(objectiveConstant) { $0 + $1.0 * $1.1 }
    }

    /// The largest violation of any bound, row or integrality at a point: 0 for a feasible point.
    public func maximumViolation(at values: [Double]) -> Double {
        precondition(values.count == columns.count, "one value per column")
        var worst = 0.0
        for (column, value) in zip(columns, values) {
            if let lower = column.lower { worst = max(worst, lower - value) }
            if let upper = column.upper { worst = max(worst, value - upper) }
            if column.kind != .continuous { worst = max(worst, abs(value - value.rounded())) }
        }
        for row in rows {
            let activity = row.entries.reduce(0) { $0 + $1.coefficient * values[$1.column] }
            if let lower = row.lower { worst = max(worst, lower - activity) }
            if let upper = row.upper { worst = max(worst, activity - upper) }
        }
        return worst
    }
}

/// Turns free-form names into names every LP/MPS reader and GLPK accept, and keeps them unique.
struct NameTable {
    private var used: Set<String>
    /// No name was given: the fallbacks (distinct by index) are unique without a lookup.
    private let allGenerated: Bool

    init(capacity: Int = 0, allGenerated: Bool = false) {
        self.allGenerated = allGenerated
        used = allGenerated ? [] : Set(minimumCapacity: capacity)
    }

    /// `fallback` must give a distinct, acceptable name for each call (e.g. a letter and the index).
    mutating func unique(_ raw: String, fallback: @autoclosure () -> String) -> String {
        if allGenerated { return fallback() }
        let base = NameTable.sanitize(raw, fallback: raw.isEmpty ? fallback() : "")
        var candidate = base
        var suffix = 2
        while !used.insert(candidate).inserted {
            candidate = String(base.prefix(240)) + "_\(suffix)"
            suffix += 1
        }
        return candidate
    }

    static func sanitize(_ raw: String, fallback: String) -> String {
        if isAcceptable(raw) { return raw }  // the common case: no copy, no per-character work
        if raw.isEmpty && isAcceptable(fallback) { return fallback }
        var name = String(
            raw.unicodeScalars.map { scalar -> Character in
                let allowed =
                    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || scalar == "_" || scalar == "."
                return allowed ? Character(scalar) : "_"
            })
        if name.isEmpty { name = fallback }
        let first = name.unicodeScalars.first!
        let startsWithLetter = ("a"..."z").contains(first) || ("A"..."Z").contains(first) || first == "_"
        // A leading e/E followed by a digit reads as an exponent in the LP format.
        let exponentLike = (first == "e" || first == "E") && name.dropFirst().first.map { $0.isNumber } == true
        if !startsWithLetter || exponentLike { name = "_" + name }
        return String(name.prefix(255))
    }

    /// Whether `name` already follows the rules, checked on its UTF-8 bytes in one buffer (a
    /// byte iterator over a small string was 17 ns per name).
    private static func isAcceptable(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            guard let first = bytes.first, bytes.count <= 255 else { return false }
            let isLetter = { (byte: UInt8) in (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
            let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
            guard isLetter(first) || first == UInt8(ascii: "_") else { return false }
            // A leading e/E followed by a digit reads as an exponent in the LP format.
            if bytes.count > 1, (first | 0x20) == UInt8(ascii: "e"), isDigit(bytes[1]) { return false }
            for byte in bytes.dropFirst()
            where !(isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")) {
                return false
            }
            return true
        }
    }
}
