import ArgumentParser
import Reporting
import SprintModel

/// `--lang de|en` for the outputs people read; without it, the scenario's `language`, else German.
struct LanguageOption: ParsableArguments {
    @Option(help: "Language of the output for people: de or en (default: the scenario's \"language\", else de).")
    var lang: ReportLanguage?

    func language(for scenario: Scenario) -> ReportLanguage {
        lang ?? scenario.language.flatMap(ReportLanguage.init(rawValue:)) ?? .de
    }
}

extension ReportLanguage: ExpressibleByArgument {}
