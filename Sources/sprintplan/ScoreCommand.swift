import ArgumentParser
import Reporting
import ScenarioIO
import Scoring
import SprintModel

/// `sprintplan score`: ranks candidate measures per Zielbild and explains the ranking.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Rank candidate measures per Zielbild, explain scores, test weight sensitivity.",
        discussion: """
            Ineligible measures (failed knock-out gates, or unable to finish before the programme \
            ends) are listed with every reason. --explain shows a measure's criterion contributions; \
            with --versus, why one measure ranks above another and the smallest single-weight change \
            that would swap them. --sensitivity adds, per Zielbild, the weight range within which the \
            top-k stays the same and a seeded Monte-Carlo rank acceptability analysis.
            """
    )

    @OptionGroup var input: ScenarioArgument

    @Option(help: "Only this Zielbild.")
    var zielbild: String?

    @Option(help: "Scoring method: weighted-sum or topsis.")
    var method: ScoringMethod = .weightedSum

    @Option(help: "Explain this measure's score.")
    var explain: String?

    @Option(help: "With --explain: explain the order against this measure.")
    var versus: String?

    @Flag(help: "Weight sensitivity: stability intervals and Monte-Carlo rank acceptability.")
    var sensitivity = false

    @Option(help: "Monte-Carlo samples.")
    var samples = 10_000

    @Option(help: "Random seed (same seed, same result).")
    var seed: UInt64 = 1

    @Option(help: "The k of top-k.")
    var top = 3

    @Option(help: "Weight uncertainty: each weight varies by ± this share (0.25 = ±25 %).")
    var spread = 0.25

    @Flag(help: "Sample weights uniformly from the simplex instead of around the set weights.")
    var simplex = false

    @OptionGroup var output: FormatOption<TableJSONCSVMarkdown>

    @OptionGroup var csv: CSVFlags

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if versus != nil && explain == nil { throw ValidationError("--versus needs --explain") }
        if samples < 1 || samples > 10_000_000 { throw ValidationError("--samples must be 1…10,000,000") }
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if !(0...1).contains(spread) { throw ValidationError("--spread must be between 0 and 1") }
        if sensitivity && explain != nil { throw ValidationError("use either --explain or --sensitivity") }
        if output.format == .csv && (explain != nil || sensitivity) {
            throw ValidationError("--format csv is for the ranking only")
        }
    }

    func run() throws {
        let scenario = try input.load()
        var sheet = Scorer(scenario: scenario, method: method).scoreSheet()
        if let zielbild {
            guard sheet.ranking(for: zielbild) != nil else {
                throw usageError(
                    "unknown Zielbild \"\(zielbild)\"; the scenario has \(scenario.zielbilder.map(\.id).joined(separator: ", "))"
                )
            }
            sheet.zielbilder.removeAll { $0.zielbild.id != zielbild }
        }
        if let explain {
            try explainMeasure(explain, sheet: sheet, scenario: scenario)
        } else if sensitivity {
            let intervals = sheet.zielbilder.map {
                (zielbild: $0.zielbild.id, intervals: $0.stabilityIntervals(top: top, method: method))
            }
            let options = RankAcceptability.Options(
                samples: samples, seed: seed, top: top, sampling: simplex ? .simplex : .perturb(spread))
            let line = ProgressLine(total: samples, label: "Monte-Carlo samples")
            let acceptability = RankAcceptability.analyse(sheet, options: options, progress: line.update)
            line.finish()
            switch output.format {
            case .json:
                print(ScoreFormats.sensitivityJSON(intervals, acceptability: acceptability).rendered(), terminator: "")
            default:
                let text = ScoreText.sensitivity(
                    sheet, intervals: intervals, acceptability: acceptability,
                    language: language.language(for: scenario))
                print(text, terminator: "")
            }
        } else {
            switch output.format {
            case .json: print(ScoreFormats.json(sheet).rendered(), terminator: "")
            case .csv: print(ScoreFormats.csv(sheet, criteria: scenario.criteria, options: csv.options), terminator: "")
            case .markdown:
                print(ScoreFormats.markdown(sheet, language: language.language(for: scenario)), terminator: "")
            default:
                print(
                    ScoreText.sheet(sheet, scenario: scenario, language: language.language(for: scenario)),
                    terminator: "")
            }
        }
    }

    private func explainMeasure(_ id: String, sheet: ScoreSheet, scenario: Scenario) throws {
        guard let measure = scenario.measure(id) else {
            throw usageError("unknown measure \"\(id)\"")
        }
        guard let versus else {
            guard let text = ScoreText.explain(id, in: sheet, language: language.language(for: scenario)) else {
                throw usageError(
                    "measure \"\(id)\" is \(measure.status.rawValue) or outside the selected Zielbild, so it has no score"
                )
            }
            if output.format == .json {
                print(ScoreFormats.json(sheet.only(measure: id)).rendered(), terminator: "")
            } else {
                print(text, terminator: "")
            }
            return
        }
        guard let other = scenario.measure(versus) else { throw usageError("unknown measure \"\(versus)\"") }
        guard other.zielbild == measure.zielbild, let ranking = sheet.ranking(for: measure.zielbild),
            let explanation = ranking.explain(id, versus: versus, method: method)
        else {
            throw usageError("--versus compares two ranked measures of the same Zielbild; \(id) and \(versus) are not")
        }
        switch output.format {
        case .json: print(ScoreFormats.versusJSON(explanation).rendered(), terminator: "")
        default:
            let text = ScoreText.versus(explanation, method: method, language: language.language(for: scenario))
            print(text, terminator: "")
        }
    }
}

extension ScoringMethod: ExpressibleByArgument {}
