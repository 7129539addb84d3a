import Planner
import Scoring
import SprintModel
import Testing

@testable import Reporting

/// Every explanation the planner returns is worded in both languages, with its figures in that
/// language's spelling; the English wording is the one the goldens hold.
@Suite("Explanation wording")
struct ExplanationTextTests {
    static let q1 = Quarter("2027-Q1")!
    static let pin = Relaxation(
        rule: .pin(team: "T1", quarter: q1, measure: "A"), amount: 1,
        obstacle: .prerequisitesNotInTime(prerequisites: ["B"], quarter: q1))

    /// One value of every case; `decisionCase` etc. fail to compile when a case is added and
    /// not listed here.
    static let decisionReasons: [DecisionReason] = [
        .unavailable(team: "T4", quarter: q1),
        .ranked(measure: "M07", name: "Telemedizin", rank: 2, zielbild: "Z1", score: 0.6404),
        .continues(done: 1.5, effort: 3, remaining: 1.5), .finishes(measure: "M07", quarter: q1),
        .finishesLater(measure: "M07", quarter: Quarter("2027-Q3")!), .completesSolution(id: "L1", name: "Dorfladen"),
        .deadline(CalendarDate("2027-09-30")!), .pinned, .helpsZielbild("Z2"), .nothingWorthItsCost(team: "T4"),
        .givesUp(measure: "M21", name: "Sensoren", remaining: 2, switchingCost: 12.5, continuedByAnotherTeam: true),
        .heldBack(
            .prerequisite(measure: "M21", name: "Daten", prerequisite: "M20", prerequisiteName: "Sensoren", doneIn: q1)),
    ]
    static let assignmentReasons: [AssignmentReason] = [
        .unknownTeam("T9"), .unavailable(team: "T4", quarter: q1), .noMeasure(team: "T4", quarter: q1),
        .ranked(measure: "M07", name: "Telemedizin", rank: 2, zielbild: "Z1", score: 0.64, points: 133.8),
        .completed(measure: "M07", quarter: q1, inThisQuarter: true), .notCompleted(measure: "M07"),
        .continuesCurrent(team: "T4"), .leavesCurrent(team: "T4", measure: "M21", switchingCost: 12),
        .helpsZielbild(team: "T4", zielbild: "Z2", cost: 5),
        .completesSolution(id: "L1", name: "Dorfladen", bundleValue: 40),
        .pinned,
    ]
    static let measureReasons: [MeasureReason] = [
        .unknownMeasure("M99"), .closed(measure: "M01", status: .done),
        .planned(measure: "M07", assignments: [Assignment(team: "T4", quarter: q1, measure: "M07")], completed: nil),
        .excluded(.notScored), .noCapableTeam(skills: ["medizin"]),
        .valueTooLow(measure: "M07", standing: .worse(cost: 18.3)),
        .valueTooLow(measure: "M07", standing: .unproven(atLeast: 12, atMost: 18.3, gap: 0.004)),
        .noPlanIncludesIt, .cannotBeFitted([pin, pin]), .notWithinHorizon(measure: "M07"),
    ]
    static let exclusions: [Exclusion] = [
        .ineligible(failures: [GateFailure(criterion: "open", reason: "not open source", rating: "no")]),
        .prerequisiteNeverDone(prerequisite: "M20", dropped: true),
        .notScored,
    ]
    static let obstacles: [PinObstacle] = [
        .unknownTeamOrMeasure, .excluded(measure: "M07", .notScored), .teamUnavailable(team: "T4", quarter: q1),
        .missingSkills(team: "T4", skills: ["medizin"]), .crossZielbildNotAllowed,
        .beforeEarliestStart(measure: "M07", start: q1),
        .pastDeadline(measure: "M07", deadline: CalendarDate("2026-12-31")!),
        .prerequisitesNotInTime(prerequisites: ["M20"], quarter: q1), .conflictsWithOtherRules,
    ]
    static let rules: [RelaxableRule] = [
        .quarterBudget(q1), .totalBudget, .ownShareCap, .minTeamsWorking(zielbild: "Z2", quarter: q1),
        .minCompletions(zielbild: "Z2"),
        .pin(team: "T1", quarter: q1, measure: "A"),
    ]

    static func decisionCase(_ reason: DecisionReason) -> Int {
        switch reason {
        case .unavailable: 0
        case .ranked: 1
        case .continues: 2
        case .finishes: 3
        case .finishesLater: 4
        case .completesSolution: 5
        case .deadline: 6
        case .pinned: 7
        case .helpsZielbild: 8
        case .nothingWorthItsCost: 9
        case .givesUp: 10
        case .heldBack: 11
        }
    }

    static let bindingRules: [BindingRule] = [
        .prerequisite(measure: "M21", name: "Daten", prerequisite: "M20", prerequisiteName: "Sensoren", doneIn: q1),
        .prerequisite(measure: "M21", name: "Daten", prerequisite: "M20", prerequisiteName: "Sensoren", doneIn: nil),
        .money(
            .ownShareCap, used: Money(cents: 104_793_000), cap: Money(cents: 105_000_000),
            needs: Money(cents: 9_628_000)),
        .money(.totalBudget, used: Money(cents: 100), cap: Money(cents: 200), needs: Money(cents: 150)),
        .money(.quarterBudget(q1), used: Money(cents: 100), cap: Money(cents: 200), needs: Money(cents: 150)),
        .teamsBusy(measure: "M07", teams: ["T4", "T1"]), .noTeamCanTakeIt(measure: "M07"),
    ]
    static let standings: [AlternativeStanding] = [
        .equallyGood, .nearTie(cost: 0.05), .worse(cost: 7.92), .better(gain: 3),
        .unproven(atLeast: 7.64, atMost: 7.92, gap: 0.0001), .unproven(atLeast: nil, atMost: 91.5, gap: nil),
    ]

    @Test func everyCaseIsListed() {
        #expect(Set(Self.decisionReasons.map(Self.decisionCase)).count == 12)
    }

    /// The binding rule and standing of an alternative carry their figures in both languages.
    @Test func bindingRulesAndStandingsAreWordedWithTheirFigures() {
        let own = ExplanationText.text(Self.bindingRules[2], .de)
        #expect(own.contains("1.047.930") && own.contains("1.050.000") && own.contains("96.280"), "\(own)")
        #expect(ExplanationText.text(Self.bindingRules[0], .en).contains("unfinished until the end of 2027-Q1"))
        #expect(ExplanationText.text(Self.bindingRules[0], .de).contains("Q1/2027"))
        #expect(ExplanationText.text(AlternativeStanding.worse(cost: 7.92), .en) == "7.92 points less (proven)")
        #expect(ExplanationText.text(AlternativeStanding.equallyGood, .de) == "gleichwertig (nachgewiesen)")
        let unproven = ExplanationText.text(Self.standings[4], .en)
        #expect(unproven == "between 7.64 points and 7.92 points less (not proven, gap 0.01%)", "\(unproven)")
        #expect(ExplanationText.text(Self.standings[5], .de) == "höchstens 91,50 Punkte weniger (nicht nachgewiesen)")
    }

    /// Both languages word every value, differently, and neither leaks the other's words.
    @Test func everyExplanationHasAGermanAndAnEnglishWording() {
        var pairs: [(String, String)] = []
        pairs += Self.decisionReasons.map { (ExplanationText.text($0, .de), ExplanationText.text($0, .en)) }
        pairs += Self.assignmentReasons.map { (ExplanationText.text($0, .de), ExplanationText.text($0, .en)) }
        pairs += Self.measureReasons.map { (ExplanationText.text($0, .de), ExplanationText.text($0, .en)) }
        pairs += Self.exclusions.map { (ExplanationText.text($0, .de), ExplanationText.text($0, .en)) }
        pairs += Self.obstacles.map { (ExplanationText.text($0, .de), ExplanationText.text($0, .en)) }
        pairs += Self.bindingRules.map { (ExplanationText.text($0, .de), ExplanationText.text($0, .en)) }
        pairs += Self.standings.map { (ExplanationText.text($0, .de), ExplanationText.text($0, .en)) }
        pairs += Self.rules.map { rule in
            let relaxation = Relaxation(rule: rule, amount: 1_234.5, obstacle: nil)
            return (ExplanationText.text(relaxation, .de), ExplanationText.text(relaxation, .en))
        }
        for (german, english) in pairs {
            #expect(!german.isEmpty && !english.isEmpty && german != english, "\(german) | \(english)")
            #expect(!german.contains("2027-Q") && !german.contains(" points"), "English spelling in German: \(german)")
            #expect(!english.contains("Q1/2027"), "German spelling in English: \(english)")
        }
    }

    @Test func figuresAreSpelledForEachLanguage() {
        let short = Relaxation(rule: .quarterBudget(Self.q1), amount: 5_000, obstacle: nil)
        #expect(ExplanationText.text(short, .en) == "2027-Q1 budget short by €5,000")
        #expect(ExplanationText.text(short, .de) == "dem Budget für Q1/2027 fehlen 5.000 €")
        #expect(
            ExplanationText.text(Relaxation(rule: .totalBudget, amount: 0.001, obstacle: nil), .de)
                == "dem Gesamtbudget fehlen 1 €")
        // A shortfall is rounded up to the whole euro in both languages: less would not do.
        #expect(
            ExplanationText.text(Relaxation(rule: .totalBudget, amount: 0.001, obstacle: nil), .en)
                == "total budget short by €1")
        let continues = DecisionReason.continues(done: 1.5, effort: 3, remaining: 1.5)
        #expect(ExplanationText.text(continues, .en) == "continues: 1.5 of 3.0 team-quarters done, 1.5 remaining")
        #expect(
            ExplanationText.text(continues, .de) == "setzt fort: 1,5 von 3,0 Team-Quartalen erledigt, 1,5 verbleiben")
        #expect(
            ExplanationText.text(Self.pin, .en)
                == "pin T1 → A in 2027-Q1 cannot be kept: prerequisites B cannot be done before 2027-Q1 together with the other rules"
        )
    }

    /// "It cannot be fitted in" names each rule once, in the order of its wording.
    @Test func repeatedRelaxationsAreNamedOnce() {
        let budget = Relaxation(rule: .totalBudget, amount: 10, obstacle: nil)
        let text = ExplanationText.text(MeasureReason.cannotBeFitted([Self.pin, budget, Self.pin]), .en)
        #expect(
            text
                == "it cannot be fitted in: pin T1 → A in 2027-Q1 cannot be kept: prerequisites B cannot be done before "
                + "2027-Q1 together with the other rules; total budget short by €10")
    }
}
