import Foundation
import GLPKSolver
import MILP
import Testing

/// Every conformance model, under every option profile a caller may choose, must give the
/// known optimum or the known outcome, and a solution that satisfies the model.
@Suite("GLPK conformance")
struct GLPKConformanceTests {
    static let profiles: [(String, SolveOptions)] = [
        ("default", SolveOptions()),
        ("cover and clique cuts", SolveOptions(cuts: [.cover, .clique])),
        (
            "all cuts, pump, pseudocost",
            SolveOptions(
                cuts: Set(SolveOptions.CutFamily.allCases), feasibilityPump: true,
                proximitySearch: 1, branching: .hybridPseudocost,
                backtracking: .bestProjection)
        ),
        ("depth-first, first fractional", SolveOptions(branching: .firstFractional, backtracking: .depthFirst)),
    ]

    @Test("known optimum under every option profile", arguments: try ConformanceModels.all())
    func conformance(_ testCase: ConformanceModels.Case) {
        for (profile, options) in Self.profiles {
            let result = GLPKSolver().solve(testCase.model, options: options)
            switch testCase.expected {
            case .optimal(let value):
                #expect(result.status == .optimal, "\(profile): \(result.status)")
                #expect(
                    abs((result.objective ?? .nan) - value) < 1e-6,
                    "\(profile): objective \(String(describing: result.objective))")
                #expect(abs((result.bestBound ?? .nan) - value) < 1e-6, "\(profile): bound")
                #expect(result.gap == 0)
                #expect(result.values.count == testCase.model.columns.count)
                #expect(
                    testCase.model.maximumViolation(at: result.values) < 1e-7, "\(profile): solution violates the model"
                )
                #expect(abs(testCase.model.objectiveValue(at: result.values) - value) < 1e-6)
            case .infeasible:
                #expect(result.status == .infeasible, "\(profile): \(result.status)")
                #expect(result.values.isEmpty && result.objective == nil)
            case .unbounded:
                #expect(result.status == .unbounded, "\(profile): \(result.status)")
            }
        }
    }

    @Test func aFeasibleWarmStartIsAcceptedAndTheOptimumStillFound() throws {
        let testCase = try ConformanceModels.assignment()
        // A feasible but poor assignment: the identity (9 + 4 + 1 + 4 = 18).
        var start = [Double](repeating: 0, count: 16)
        for i in 0..<4 { start[i * 4 + i] = 1 }
        let result = GLPKSolver().solve(testCase.model, options: SolveOptions(captureLog: true, warmStart: start))
        #expect(result.status == .optimal)
        #expect(result.objective == 13)
    }

    @Test func aWarmStartOfTheWrongLengthIsAnErrorNotACrash() throws {
        let testCase = try ConformanceModels.knapsack()
        let result = GLPKSolver().solve(testCase.model, options: SolveOptions(warmStart: [1, 0]))
        guard case .error(let message) = result.status else {
            Issue.record("expected an error, got \(result.status)")
            return
        }
        #expect(message.contains("2 values"))
    }

    @Test func invalidOptionsAreErrorsNotCrashes() throws {
        let model = try ConformanceModels.knapsack().model
        for options in [
            SolveOptions(timeLimit: -1), SolveOptions(timeLimit: .nan), SolveOptions(relativeGap: 2),
            SolveOptions(proximitySearch: 0), SolveOptions(warmStart: [.nan, 0, 0, 0, 0]),
        ] {
            guard case .error = GLPKSolver().solve(model, options: options).status else {
                Issue.record("expected an error for \(options)")
                continue
            }
        }
    }

    @Test func theLogIsCapturedOnlyWhenAsked() throws {
        let model = try ConformanceModels.setCover().model
        #expect(GLPKSolver().solve(model, options: SolveOptions()).log.isEmpty)
        let logged = GLPKSolver().solve(model, options: SolveOptions(captureLog: true))
        #expect(logged.log.contains("INTEGER OPTIMAL SOLUTION FOUND"))
        #expect(logged.log.contains("tree is empty"))
    }

    @Test func aModelWithoutVariablesIsSolvedWithoutGLPK() throws {
        var model = Model(name: "empty")
        model.minimize(LinearExpression(constant: 4))
        let result = GLPKSolver().solve(try model.freeze(), options: SolveOptions())
        #expect(result.status == .optimal)
        #expect(result.objective == 4)
    }

    @Test func nodeCountIsReportedForMixedIntegerModels() throws {
        let result = GLPKSolver().solve(try ConformanceModels.facilityLocation().model, options: SolveOptions())
        #expect((result.nodes ?? 0) >= 1)
    }
}

/// `Model.relaxIntegrality`: the LP relaxation of the knapsack is the fractional greedy optimum.
@Suite("LP relaxation")
struct RelaxationTests {
    @Test func theRelaxedKnapsackTakesFiveSixthsOfItemTwo() throws {
        var model = Model(name: "knapsack")
        let values = [10.0, 13, 7, 8, 5], weights = [5.0, 6, 4, 3, 2]
        let take = values.indices.map { model.addBinary(name: "take_\($0)") }
        model.add(LinearExpression.sum(zip(take, weights).map { ($0, $1) }) <= 10, name: "capacity")
        model.maximize(LinearExpression.sum(zip(take, values).map { ($0, $1) }))
        model.relaxIntegrality()
        let relaxed = try model.freeze()
        #expect(!relaxed.isMixedInteger)
        #expect(relaxed.columns.allSatisfy { $0.lower == 0 && $0.upper == 1 })
        let result = GLPKSolver().solve(relaxed, options: SolveOptions())
        #expect(result.status == .optimal)
        #expect(abs(result.objective! - 143.0 / 6) < 1e-9)
        #expect(abs(result.values[1] - 5.0 / 6) < 1e-9)
        #expect(result.values[3] == 1 && result.values[4] == 1 && result.values[0] == 0 && result.values[2] == 0)
    }
}
