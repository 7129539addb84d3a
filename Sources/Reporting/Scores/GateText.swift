import Scoring
import SprintModel

/// A failed knock-out gate or the structural rule (cannot finish in time), worded for people
/// in German or English: the one place these sentences are built.
enum GateText {
    /// The failure with the criterion's `label` (nil: its id) and the rating in `language`:
    /// `Quellcode wird nicht offengelegt (Open Source: nein)`.
    static func reason(_ failure: GateFailure, label: String?, _ language: ReportLanguage) -> String {
        if let timing = failure.timing { return tooLate(timing, language) }
        let rating: String
        switch failure.rating {
        case "yes": rating = language.text(.yes)
        case "no": rating = language.text(.no)
        case let other?: rating = other
        case nil: rating = language == .de ? "ohne Bewertung" : "no rating given"
        }
        return "\(failure.reason) (\(label ?? failure.criterion ?? ""): \(rating))"
    }

    /// The failure in a few words: the gate's own reason, or the structural rule.
    static func short(_ failure: GateFailure, _ language: ReportLanguage) -> String {
        failure.timing.map { tooLate($0, language) } ?? failure.reason
    }

    /// The structural rule with its figures.
    static func tooLate(_ timing: FinishTiming, _ language: ReportLanguage) -> String {
        let need = timing.quartersNeeded
        guard language == .de else {
            let why =
                timing.deadline.map { "cannot meet its deadline \($0)" }
                ?? "cannot finish before the programme ends on \(timing.programmeEnd)"
            return "\(why): needs \(need) quarter(s) from \(timing.from), so \(timing.earliest) at the earliest"
        }
        let why =
            timing.deadline.map { "hält die Frist \(language.date($0)) nicht ein" }
            ?? "kann nicht vor dem Programmende am \(language.date(timing.programmeEnd)) abgeschlossen werden"
        let quarters = need == 1 ? "ein Quartal" : "\(need) Quartale"
        return
            "\(why): braucht \(quarters) ab \(language.quarter(timing.from)), also frühestens "
            + language.quarter(timing.earliest)
    }
}
