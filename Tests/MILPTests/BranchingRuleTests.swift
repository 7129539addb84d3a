import MILP
import Testing

@testable import GLPKSolver

/// The choice of branching column from priorities, LP values and objective coefficients.
@Suite("Branching priorities")
struct BranchingRuleTests {
    /// Columns: a (priority 0), b (1), c (2), d (2), e continuous with priority 5.
    static func rule() throws -> BranchingRule {
        var model = Model(name: "priorities")
        let a = model.addBinary(name: "a"), b = model.addBinary(name: "b")
        let c = model.addBinary(name: "c"), d = model.addBinary(name: "d")
        let e = model.addVariable(name: "e", lower: 0, upper: 1)
        model.setBranchingPriority(b, 1)
        model.setBranchingPriority(c, 2)
        model.setBranchingPriority(d, 2)
        model.setBranchingPriority(e, 5)
        model.maximize(100 * a + 1 * b + 2 * c + 10 * d + 1_000 * e)
        return try #require(BranchingRule(try model.freeze()))
    }

    @Test func highestPriorityFirstThenObjectiveWeightedFraction() throws {
        let rule = try Self.rule()
        // c is fractional at 0.5 (score 1), d at 0.2 (score 2): d, although less fractional.
        #expect(rule.choose { [0.5, 0.5, 0.5, 0.2, 0.5][$0] } == 3)
        // d's score 10 · 0.05 = 0.5 < c's 1: c.
        #expect(rule.choose { [0.5, 0.5, 0.5, 0.95, 0.5][$0] } == 2)
    }

    @Test func lowerPriorityOnlyWhenNoHigherIsACandidate() throws {
        let rule = try Self.rule()
        let values: [Double?] = [0.5, 0.5, nil, nil, 0.5]
        #expect(rule.choose { values[$0] } == 1)
    }

    @Test func priorityZeroAndContinuousColumnsAreLeftToGLPK() throws {
        let rule = try Self.rule()
        let values: [Double?] = [0.5, nil, nil, nil, 0.5]
        #expect(rule.choose { values[$0] } == nil)
    }

    @Test func noRuleWithoutPriorities() throws {
        var model = Model(name: "plain")
        let x = model.addBinary(name: "x")
        model.maximize(LinearExpression(x))
        #expect(BranchingRule(try model.freeze()) == nil)
    }
}
