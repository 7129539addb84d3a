import GLPKSolver
import SprintModel
import Testing

@testable import MILP

/// `SearchRace` and `SharedIncumbent`: searches side by side must give exactly the optimum a
/// single search gives, combine their results soundly, and really hand solutions across.
@Suite("Search race")
struct SearchRaceTests {
    static let variants = [
        SolveOptions(cuts: [.mixedIntegerRounding, .cover], branching: .hybridPseudocost),
        SolveOptions(branching: .mostFractional, backtracking: .depthFirst),
    ]

    @Test func aRaceMatchesEnumerationOn200RandomPrograms() throws {
        for seed in 1...200 as ClosedRange<UInt64> {
            let instance = try BruteForceTests.instance(seed: seed, prioritised: seed % 2 == 0)
            let result = SearchRace(solver: GLPKSolver()).solve(instance.model, variants: Self.variants)
            if let optimum = instance.optimum {
                #expect(result.status == .optimal, "seed \(seed): \(result.status)")
                #expect(
                    result.objective == optimum,
                    "seed \(seed): race \(String(describing: result.objective)), enumeration \(optimum)")
                #expect(result.bestBound == optimum && result.gap == 0, "seed \(seed)")
                #expect(instance.model.maximumViolation(at: result.values) < 1e-9, "seed \(seed)")
            } else {
                #expect(result.status == .infeasible, "seed \(seed): \(result.status)")
            }
        }
    }

    @Test func theSharedIncumbentKeepsOnlyBetterSolutions() {
        let shared = SharedIncumbent(sense: .maximize, relativeGap: 0)
        shared.offer([1, 0], objective: 5)
        shared.offer([0, 1], objective: 3)
        #expect(shared.snapshot.objective == 5 && shared.snapshot.values == [1, 0] && shared.snapshot.version == 1)
        shared.offer([1, 1], objective: 7)
        #expect(shared.solution(newerThan: 1)?.values == [1, 1])
        #expect(shared.solution(newerThan: 2) == nil)
        let minimising = SharedIncumbent(sense: .minimize, relativeGap: 0)
        minimising.offer([1], objective: 5)
        minimising.offer([0], objective: 3)
        #expect(minimising.snapshot.objective == 3)
    }

    /// Every search's bound holds for the model, so the tightest counts; the searches settle
    /// when the best solution meets it within the gap (or one proves its solution optimal).
    @Test func theSearchesSettleOnTheBestSolutionAndTheTightestBound() {
        let shared = SharedIncumbent(sense: .maximize, relativeGap: 0.01)
        shared.offer([1], objective: 100)
        shared.report(bound: 105)
        #expect(!shared.isSettled)
        shared.report(bound: 100.5)
        shared.report(bound: 110)
        #expect(shared.snapshot.bound == 100.5)
        #expect(shared.isSettled)
        let proving = SharedIncumbent(sense: .minimize, relativeGap: 0)
        proving.offer([1], objective: 10)
        proving.report(bound: 9)
        #expect(!proving.isSettled)
        proving.proven()
        #expect(proving.isSettled)
    }

    @Test func combiningKeepsTheBestSolutionAndTheTightestBound() {
        let a = SolveResult(status: .timeLimitWithSolution, objective: 90, bestBound: 110, values: [0], nodes: 10)
        let b = SolveResult(status: .timeLimitWithSolution, objective: 95, bestBound: 112, values: [1], nodes: 5)
        let c = SolveResult(status: .timeLimitWithSolution, objective: 80, bestBound: 105, values: [2], nodes: 1)
        let combined = SearchRace.combine([a, b, c], sense: .maximize, relativeGap: 0)
        #expect(combined.values == [1] && combined.objective == 95 && combined.bestBound == 105 && combined.nodes == 16)
        #expect(combined.status == .timeLimitWithSolution)
        #expect(abs(combined.gap! - 10.0 / 95) < 1e-12)
        #expect(SearchRace.combine([a, b, c], sense: .maximize, relativeGap: 0.11).status == .gapReached)
        let proven = SolveResult(status: .optimal, objective: 95, bestBound: 95, values: [3])
        let settled = SearchRace.combine([a, proven], sense: .maximize, relativeGap: 0)
        #expect(settled.status == .optimal && settled.objective == 95 && settled.bestBound == 95 && settled.gap == 0)
        let equal = SearchRace.combine([b, proven], sense: .maximize, relativeGap: 0)
        #expect(equal.values == [1], "among equal solutions the earliest variant's")
        let none = SearchRace.combine(
            [SolveResult(status: .timeLimitWithoutSolution), SolveResult(status: .infeasible)],
            sense: .maximize, relativeGap: 0)
        #expect(none.status == .infeasible)
    }

    /// A market-split instance (equality rows with large coefficients): GLPK finds no solution
    /// of its own within half a second, but a solution offered through `SharedIncumbent` by a
    /// search alongside becomes its incumbent, and GLPK's own incumbent and bound reach the
    /// shared state.
    @Test func aSearchTakesTheSolutionASearchAlongsideFound() throws {
        var random = SeededRandom(seed: 11)
        let n = 40, m = 4
        var model = Model(name: "market_split")
        let x = (0..<n).map { model.addBinary(name: "x\($0)") }
        let hidden = (0..<n).map { _ in Double(random.integer(in: 0...1)) }
        for i in 0..<m {
            let a = (0..<n).map { _ in Double(random.integer(in: 0...99)) }
            model.add(
                LinearExpression.sum(zip(x, a).map { ($0, $1) }) == zip(a, hidden).reduce(0) { $0 + $1.0 * $1.1 },
                name: "split_\(i)")
        }
        let c = (0..<n).map { _ in Double(random.integer(in: 1...9)) }
        model.maximize(LinearExpression.sum(zip(x, c).map { ($0, $1) }))
        let frozen = try model.freeze()
        let known = frozen.objectiveValue(at: hidden)

        let alone = GLPKSolver().solve(frozen, options: SolveOptions(timeLimit: 0.5))
        #expect(
            alone.status == .timeLimitWithoutSolution,
            "GLPK alone found \(alone.status): the instance no longer tests sharing")

        let shared = SharedIncumbent(sense: .maximize, relativeGap: 0)
        shared.offer(hidden, objective: known)
        var options = SolveOptions(timeLimit: 0.5)
        options.shared = shared
        let helped = GLPKSolver().solve(frozen, options: options)
        #expect(helped.hasSolution)
        #expect((helped.objective ?? -.infinity) >= known)
        #expect(frozen.maximumViolation(at: helped.values) < 1e-9)
        #expect(shared.snapshot.objective == helped.objective)
        #expect((shared.snapshot.bound ?? -.infinity) >= known)
    }

    /// With `othersAfterNodes`, a search that settles the model before that many nodes meets no
    /// other: its answer is exactly the one it gives alone, and the same (values and nodes) on
    /// every run. Later, the searches race and still agree with enumeration.
    @Test func aSearchThatEndsBeforeTheOthersJoinGivesItsOwnAnswer() throws {
        for seed in 1...60 as ClosedRange<UInt64> {
            let instance = try BruteForceTests.instance(seed: seed, prioritised: false)
            let alone = GLPKSolver().solve(instance.model, options: Self.variants[0])
            let late = SearchRace(solver: GLPKSolver()).solve(
                instance.model, variants: Self.variants, othersAfterNodes: 1_000_000)
            let again = SearchRace(solver: GLPKSolver()).solve(
                instance.model, variants: Self.variants, othersAfterNodes: 1_000_000)
            #expect(late.status == alone.status && late.values == alone.values, "seed \(seed)")
            // Alone, GLPK may search on below the race's 10⁻⁶ gap; with the race, the same stop.
            #expect(late.values == again.values && late.nodes == again.nodes, "seed \(seed)")
            let early = SearchRace(solver: GLPKSolver()).solve(
                instance.model, variants: Self.variants, othersAfterNodes: 1)
            if let optimum = instance.optimum {
                #expect(early.status == .optimal && early.objective == optimum, "seed \(seed): \(early.status)")
            } else {
                #expect(early.status == .infeasible, "seed \(seed): \(early.status)")
            }
        }
    }

    /// A search that does not settle within the nodes is joined: both searches' nodes count.
    /// Node limits, not a clock, end both searches, so the test does not depend on the
    /// machine's speed.
    @Test func aLongSearchIsJoinedByTheOthers() throws {
        let model = try HardInstances.multidimensionalKnapsack(items: 60, dimensions: 5, seed: 3)
        var options = SolveOptions(branching: .driebeckTomlin)
        options.nodeLimit = 300
        var alone = options
        alone.nodeLimit = 20
        let solo = GLPKSolver().solve(model, options: alone)
        #expect(solo.status != .optimal, "settled within 20 nodes: the instance no longer tests joining")
        var other = options
        other.branching = .mostFractional
        other.nodeLimit = 50
        let progress = SolveProgress()
        var watched = options
        watched.progress = progress
        let result = SearchRace(solver: GLPKSolver()).solve(model, variants: [watched, other], othersAfterNodes: 20)
        #expect(result.hasSolution)
        #expect(model.maximumViolation(at: result.values) < 1e-9)
        #expect((result.nodes ?? 0) > progress.snapshot.nodes, "the second search's nodes are counted too")
    }

    /// With `provenGap` 0 only an exact meeting of solution and bound settles the searches: a
    /// bound one unit above a solution of 10⁹ (a gap of 10⁻⁹) settles by default, not then.
    @Test func aProvenGapOfZeroLeavesTheProofToTheSearches() {
        let loose = SharedIncumbent(sense: .maximize, relativeGap: 0)
        let exact = SharedIncumbent(sense: .maximize, relativeGap: 0, provenGap: 0)
        for shared in [loose, exact] {
            shared.offer([1], objective: 1e9)
            shared.report(bound: 1e9 + 1)
        }
        #expect(loose.isSettled && !exact.isSettled)
        let near = SolveResult(status: .timeLimitWithSolution, objective: 1e9, bestBound: 1e9 + 1, values: [1])
        #expect(SearchRace.combine([near], sense: .maximize, relativeGap: 0).status == .optimal)
        #expect(SearchRace.combine([near], sense: .maximize, relativeGap: 0, provenGap: 0).status != .optimal)
    }
}
