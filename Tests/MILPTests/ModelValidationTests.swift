import GLPKSolver
import Testing

@testable import MILP

/// GLPK calls abort() on a NaN coefficient, lower > upper or an out-of-range index. None of
/// these can reach it: `freeze()` refuses them, and `GLPKSolver` only accepts frozen models.
/// Each case below would, without validation, crash the test process inside GLPK.
@Suite("Model validation")
struct ModelValidationTests {
    @Test func nanCoefficientIsRejected() {
        var model = Model()
        let x = model.addVariable(name: "x")
        model.add(Double.nan * x <= 1, name: "bad")
        #expect(throws: ModelError.self) { try model.freeze() }
    }

    @Test func infiniteObjectiveCoefficientIsRejected() {
        var model = Model()
        let x = model.addVariable(name: "x")
        model.maximize(Double.infinity * x)
        #expect(throws: ModelError.self) { try model.freeze() }
    }

    @Test func lowerAboveUpperIsRejected() throws {
        var model = Model()
        _ = model.addVariable(name: "x", lower: 3, upper: 2)
        do {
            _ = try model.freeze()
            Issue.record("froze a model with an empty domain")
        } catch {
            #expect(error.problems == [.emptyDomain(name: "x", lower: 3, upper: 2)])
        }
    }

    @Test func integerBoundsWithoutAnIntegerBetweenThemAreRejected() {
        var model = Model()
        _ = model.addInteger(name: "n", lower: 0.2, upper: 0.8)
        #expect(throws: ModelError.self) { try model.freeze() }
    }

    @Test func aVariableOfAnotherModelIsRejected() {
        var first = Model(), second = Model()
        _ = first.addVariable()
        let foreign = second.addVariable()
        let another = second.addVariable()
        first.add(foreign + another <= 1, name: "mixed")
        #expect(throws: ModelError.self) { try first.freeze() }
    }

    @Test func branchingPriorityOnAnotherModelsVariableIsRejected() throws {
        var first = Model(), second = Model()
        let own = first.addBinary(name: "own")
        _ = second.addBinary()
        let foreign = second.addBinary()  // index 1: out of range in `first`
        first.setBranchingPriority(own, 2)
        #expect(try first.freeze().branchingPriorities == [0: 2])
        first.setBranchingPriority(foreign, 1)
        #expect(throws: ModelError.self) { try first.freeze() }
    }

    @Test func nonFiniteRowBoundIsRejected() {
        var model = Model()
        let x = model.addVariable(name: "x")
        model.add(LinearExpression(x) <= Double.infinity, name: "open")
        #expect(throws: ModelError.self) { try model.freeze() }
    }

    @Test func everyProblemIsReportedAtOnce() {
        var model = Model()
        let x = model.addVariable(name: "x", lower: 5, upper: 1)
        model.add(Double.nan * x <= 1, name: "r")
        model.minimize(Double.infinity * x)
        do {
            _ = try model.freeze()
        } catch {
            #expect(error.problems.count == 3)
        }
    }

    @Test func repeatedTermsAreMergedAndZerosDropped() throws {
        var model = Model()
        let x = model.addVariable(name: "x"), y = model.addVariable(name: "y")
        model.add(x + 2 * y + 3 * x - 2 * y <= 4, name: "r")
        let frozen = try model.freeze()
        #expect(frozen.rows[0].entries == [MILPModel.Entry(column: 0, coefficient: 4)])
    }

    @Test func constantsMoveIntoTheBounds() throws {
        var model = Model()
        let x = model.addVariable(name: "x")
        model.add(x + 3 <= 10, name: "r")
        #expect(try model.freeze().rows[0].upper == 7)
    }

    @Test func namesAreSanitisedAndMadeUnique() throws {
        var model = Model()
        _ = model.addVariable(name: "assign T1→M3 2027-Q1")
        _ = model.addVariable(name: "assign T1→M3 2027-Q1")
        _ = model.addVariable(name: "")
        _ = model.addVariable(name: "e1")
        _ = model.addVariable(name: "9lives")
        let names = try model.freeze().columns.map(\.name)
        #expect(names == ["assign_T1_M3_2027_Q1", "assign_T1_M3_2027_Q1_2", "x2", "_e1", "_9lives"])
    }

    @Test func unnamedVariablesAreNamedByTheirIndex() throws {
        var model = Model()
        let x = (0..<3).map { _ in model.addBinary() }
        model.add(x[0] + x[2] <= 1)
        let frozen = try model.freeze()
        #expect(frozen.columns.map(\.name) == ["x0", "x1", "x2"])
        #expect(frozen.rows.map(\.name) == ["r0"])
        #expect(LPWriter.write(frozen).contains("r0: + 1 x0 + 1 x2 <= 1"))
    }

    @Test func aGivenNameTakingAnUnnamedVariablesFallbackStaysUnique() throws {
        var model = Model()
        _ = model.addBinary(name: "x1")
        _ = model.addBinary()
        let names = try model.freeze().columns.map(\.name)
        #expect(names == ["x1", "x1_2"])
        #expect(Set(names).count == names.count)
    }
}
