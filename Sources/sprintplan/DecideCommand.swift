import ArgumentParser
import Foundation
import GLPKSolver
import Planner
import Reporting
import ScenarioIO
import Scoring
import SprintModel

/// `sprintplan decide`: the end-of-sprint decision for one quarter, per Zielbild and team,
/// with reasons, and optionally its durable record.
struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "The end-of-sprint decision: who continues, who switches to what, and why.",
        discussion: """
            Solves the rolling horizon and shows, per Zielbild, each Sprintteam's decision for the \
            quarter (continue, switch, start, idle) with its reasons and the best rejected alternative \
            (one re-solve per team; --no-alternatives skips them). With --record-dir, writes the record \
            DIR/decision-QUARTER.json atomically; an existing record is kept unless --force, and then it \
            is first moved to a numbered backup (decision-QUARTER.json.1, .2, …). When the group decides \
            otherwise, --override TEAM=MEASURE --reason "…" plans the quarter with that decision kept \
            (a rule it breaks is named) and records recommended and decided side by side; `advance` \
            then carries the decided plan forward and `history` shows both.
            """
    )

    @OptionGroup var input: ScenarioArgument

    @Option(help: "The quarter to decide (default: the horizon's first quarter).")
    var quarter: String?

    @Option(name: .customLong("record-dir"), help: "Write the decision record into this folder.")
    var recordDirectory: String?

    @Option(name: .customLong("decided-by"), help: "Who decided (stored in the record).")
    var decidedBy: String?

    @Option(help: "Free text for the record, e.g. deviations from the recommendation.")
    var note: String?

    @Flag(help: "Replace an existing record for the quarter (the old one is kept as a numbered backup).")
    var force = false

    @Flag(name: .customLong("no-alternatives"), help: "Skip the best-alternative re-solves.")
    var noAlternatives = false

    @OptionGroup var output: FormatOption<TableJSONCSVMarkdownHTML>

    @OptionGroup var csv: CSVFlags

    @OptionGroup var stable: StableFlag

    @OptionGroup var planning: PlanningFlags

    @OptionGroup(title: "What-if") var whatIf: WhatIfFlags

    @OptionGroup(title: "Decided otherwise") var decided: DecisionOverrides

    @OptionGroup var language: LanguageOption

    @OptionGroup var startFrom: StartFromOption

    @OptionGroup(title: "Alternatives") var alternatives: AlternativeFlags

    /// Nodes each alternative's re-solve may search by default: on MYK10 (four quarters) 11 of 12
    /// alternatives are proven within 300 as within 1,000 nodes (T10's stays open at either), for
    /// 12.1 s instead of 15.6 s of processor time in a release build; 100 nodes prove 2.
    static let alternativeNodes = 300

    func validate() throws {
        if let quarter, Quarter(quarter) == nil {
            throw ValidationError("--quarter: expected a quarter like \(Quarter.acceptedSpellings), found \(quarter)")
        }
        if recordDirectory != nil && !whatIf.isEmpty {
            throw ValidationError(
                "a decision is recorded from a scenario file: --save the what-if, then decide on the saved file")
        }
    }

    func run() throws {
        let (scenario, changes) = try whatIf.apply(to: try input.load(), path: input.file)
        let target = quarter.flatMap { Quarter($0) } ?? scenario.horizon.start
        let planner = planning.planner(for: scenario)
        let outcome = try runPlanner(planner, planning.options, startFrom: startFrom.file)
        try Interruption.exitIfInterrupted("no decision shown, no record written")
        let plan: Plan
        switch outcome {
        case .plan(let found): plan = found
        case .infeasible(let infeasibility):
            print(PlanText.infeasible(infeasibility, language: language.language(for: scenario)), terminator: "")
            throw ExitCode.noPlan
        case .noPlanFound(let status, _):
            printError("no plan found: \(PlanText.statusText(.notFound(status))); raise --time-limit")
            throw ExitCode.noPlanInTime
        }
        guard plan.quarters.contains(target) else {
            throw usageError(
                "\(target) is not in the planned quarters \(plan.quarters.map(\.description).joined(separator: ", "))")
        }
        try requireVerified(plan)
        var decision = SprintDecision(plan: plan, quarter: target, scenario: scenario, scores: planner.scores)
        if !noAlternatives {
            let options = alternatives.options(planning.options, defaultNodes: Self.alternativeNodes)
            let progress = ProgressLine(
                total: decision.decisions.filter { $0.measure != nil }.count, label: "alternatives")
            decision.addAlternatives(PlanExplainer(planner: planner, options: options)) { done, _ in
                progress.update(done)
            }
            progress.finish()
        }
        try Interruption.exitIfInterrupted("no decision shown, no record written")
        let overridden =
            decided.isEmpty
            ? nil
            : try decided.decidedPlan(
                scenario, quarter: target, recommended: plan, planning: planning, startFrom: startFrom.file)
        try Interruption.exitIfInterrupted("no decision shown, no record written")
        let record = makeRecord(decision, scenario: scenario, overridden: overridden)
        let paperLanguage = language.language(for: scenario)
        let valueGivenUp = overridden.map { plan.objective - $0.plan.objective }
        whatIf.announce(changes, scenario: scenario, onStdout: output.format != .json && output.format != .csv)
        switch output.format {
        case .json: print(DecisionFormats.json(decision, stable: stable.isOn).rendered(), terminator: "")
        case .markdown, .html:
            var paper = DecisionPaper(
                decision: decision, scenario: scenario, scenarioFile: input.file,
                scenarioHash: ContentHash.of(scenario), language: paperLanguage)
            paper.rankStability = RankAcceptability.analyse(planner.scores, options: .init())
            print(output.format == .html ? paper.html() : paper.markdown(), terminator: "")
            if overridden != nil, output.format == .markdown {
                print(
                    OverrideText.markdown(record, valueGivenUp: valueGivenUp, language: paperLanguage), terminator: "")
            }
        case .csv: print(PlanCSV.decision(decision, options: csv.options), terminator: "")
        default:
            print(
                DecisionFormats.text(decision, scenario: scenario, stable: stable.isOn, language: paperLanguage),
                terminator: "")
            if overridden != nil {
                print(OverrideText.text(record, valueGivenUp: valueGivenUp, language: paperLanguage), terminator: "")
            }
        }
        if let recordDirectory { try writeRecord(record, folder: recordDirectory) }
    }

    /// The record of the decision; with overrides it also holds them and the decided plan's
    /// assignments in the quarter.
    private func makeRecord(
        _ decision: SprintDecision, scenario: Scenario, overridden: (plan: Plan, overrides: [DecisionRecord.Override])?
    ) -> DecisionRecord {
        // The record keeps the reasons in the English the `decide` output shows.
        let english = { (item: SprintDecision.TeamDecision) in item.reasons.map { ExplanationText.text($0) } }
        var record = DecisionRecord(
            decision, scenario: scenario, reasons: english,
            scenarioFile: input.file, scenarioHash: ContentHash.of(scenario),
            toolVersion: SprintplanCommand.version, recordedAt: RecordTime.now(),
            decidedBy: decidedBy, note: note)
        if let overridden {
            record.overrides = overridden.overrides
            record.decidedAssignments = overridden.plan.assignments.filter { $0.quarter == decision.quarter }
        }
        return record
    }

    /// Writes the record through `RecordStore` (atomic, never overwriting in silence, safe with
    /// concurrent writers) and maps its failures to exit 73.
    private func writeRecord(_ record: DecisionRecord, folder: String) throws {
        do {
            let placement = try RecordStore.write(
                record, into: folder, replacing: force,
                beforeCommit: FaultInjection.beforeCommit)
            printError("recorded \(placement.path)")
        } catch {
            printError("error: " + Self.message(error))
            throw ExitCode.cannotCreateOutput
        }
    }

    private static func message(_ failure: RecordStore.Failure) -> String {
        switch failure {
        case .cannotCreateFolder(let folder, let reason): "cannot create \(folder): \(reason)"
        case .exists(let path):
            "\(path) exists; a recorded decision is not overwritten "
                + "(use --force to replace it, the old one is kept as a backup)"
        case .cannotBackUp(_, let backup, let reason): "cannot keep the old record as \(backup): \(reason)"
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}
