import GLPKSolver
import MILP
import SprintModel
import Testing

/// `LPBasis(vertex:of:)`: a primal simplex started from it begins at the point and ends at the
/// same LP optimum as from GLPK's own basis.
@Suite("Starting the LP at a known 0-1 point")
struct VertexBasisTests {
    @Test("The simplex starts at every feasible point and reaches the same optimum (150 programs)")
    func startsAtThePoint() throws {
        var started = 0
        for seed in 1...150 as ClosedRange<UInt64> {
            let instance = try RootRelaxationTests.instance(seed: seed)
            let relaxed = instance.model.relaxed()
            guard let optimum = GLPKSolver().solve(relaxed, options: SolveOptions()).objective else { continue }
            for (point, objective) in instance.feasible.prefix(4) {
                let basis = try #require(LPBasis(vertex: point, of: instance.model))
                #expect(basis.rows.allSatisfy { $0 == .basic })
                #expect(zip(basis.columns, point).allSatisfy { $0 == ($1 > 0.5 ? .atUpper : .atLower) })
                var options = SolveOptions(captureLog: true)
                options.startingBasis = basis
                let result = GLPKSolver().solve(relaxed, options: options)
                #expect(result.status == .optimal, "seed \(seed)")
                #expect(abs((result.objective ?? .nan) - optimum) <= 1e-6 * max(1, abs(optimum)), "seed \(seed)")
                // GLPK's first log line of the primal simplex: "*     0: obj =   <objective> ...".
                let first = result.log.split(separator: "\n").first { $0.hasPrefix("*") || $0.hasPrefix(" ") }
                let logged = first?.split(separator: "=").dropFirst().first?.split(separator: " ").first
                #expect(
                    logged.flatMap { Double($0) }.map { abs($0 - objective) <= 1e-6 } == true,
                    "seed \(seed): \(result.log)")
                started += 1
            }
        }
        #expect(started >= 300)
    }

    @Test("A point off its bounds or of the wrong length has no such basis")
    func notAVertex() throws {
        var model = Model(name: "v")
        let x = model.addBinary(name: "x")
        let y = model.addBinary(name: "y")
        model.add(LinearExpression(x) + LinearExpression(y) <= 1, name: "r")
        model.maximize(LinearExpression(x))
        let frozen = try model.freeze()
        #expect(LPBasis(vertex: [0.5, 0], of: frozen) == nil)
        #expect(LPBasis(vertex: [1], of: frozen) == nil)
        #expect(LPBasis(vertex: [1, 0], of: frozen)?.columns == [.atUpper, .atLower])
    }

    @Test("A fixed column is non-basic fixed, and an infeasible point still leads to the optimum")
    func fixedColumnsAndInfeasiblePoints() throws {
        var model = Model(name: "v")
        let x = model.addBinary(name: "x")
        let y = model.addBinary(name: "y")
        let z = model.addBinary(name: "z")
        model.setBounds(z, lower: 1, upper: 1)
        model.add(LinearExpression(x) + LinearExpression(y) <= 1, name: "r")
        model.maximize(LinearExpression.sum([(x, 2.0), (y, 1.0), (z, 1.0)]))
        let frozen = try model.freeze()
        #expect(LPBasis(vertex: [0, 0, 1], of: frozen)?.columns == [.atLower, .atLower, .fixed])
        var options = SolveOptions()
        options.startingBasis = try #require(LPBasis(vertex: [1, 1, 1], of: frozen))  // breaks r
        let result = GLPKSolver().solve(frozen.relaxed(), options: options)
        #expect(result.status == .optimal && result.objective == 3)
    }
}
