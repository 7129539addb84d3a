extension PortfolioSelection {
    /// Which value sources need each measure worth nothing by itself: a source is a Lösung that
    /// can complete (position p in the possible Lösungen) or a measure with a value of its own
    /// (`sourceCount.bundles + i`); it needs its members or itself and, transitively, their
    /// prerequisites. Sorted per measure; empty for measures with a value of their own.
    ///
    /// Why: a measure worth nothing is worth funding exactly when a funded source needs it, so
    /// among the selections of the most value (and the least cost) there is always one where it
    /// is funded exactly when one of its sources is. Measures needed by the same sources are
    /// then one column, and a measure needed by one source only is that source's column: the
    /// optimum stays, the model shrinks (in release-planning shapes, private requirements and
    /// their private prerequisite chains disappear into their Lösung).
    static func neededBy(
        sources bundles: [[Int]], values: [Double], prerequisites: [[Int]]
    ) -> [[Int]] {
        var users: [[Int]] = Array(repeating: [], count: values.count)
        var stamp = [Int](repeating: -1, count: values.count)
        var stack: [Int] = []
        func visit(_ start: [Int], source: Int) {
            stack.append(contentsOf: start)
            while let i = stack.popLast() {
                guard stamp[i] != source else { continue }
                stamp[i] = source
                if values[i] <= 0 { users[i].append(source) }
                stack.append(contentsOf: prerequisites[i])
            }
        }
        for (p, members) in bundles.enumerated() { visit(members, source: p) }
        for (i, value) in values.enumerated() where value > 0 { visit([i], source: bundles.count + i) }
        return users
    }
}
