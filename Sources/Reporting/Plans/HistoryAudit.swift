import Planner
import ScenarioIO
import SprintModel

/// The audit part of a decision history, in German and English: where the group decided
/// otherwise than recommended (and why, and who), the records a later one replaced
/// (`decide --force`), and quarters carried forward from another scenario than the record's.
enum HistoryAudit {
    /// The mark after a decided measure that is not the recommended one.
    static let overrideMark = "!"

    /// One sentence per overridden team, then per replaced record, then per acceptance.
    static func sentences(_ entry: DecisionHistory.Entry, _ language: ReportLanguage) -> [String] {
        let de = language == .de
        var sentences = OverrideText.sentences(entry.record, language)
        for replacement in entry.replaced {
            let old = replacement.record
            var head =
                de
                ? "ersetzter Beschluss \(replacement.file) (erfasst \(old.recordedAt)"
                : "replaced record \(replacement.file) (recorded \(old.recordedAt)"
            if let by = old.decidedBy { head += de ? ", beschlossen von \(by)" : ", decided by \(by)" }
            head += ")"
            let changes = replacement.changes.map { change in
                de
                    ? "\(change.team) damals \(change.then ?? "–"), jetzt \(change.now ?? "–")"
                    : "\(change.team) then \(change.then ?? "–"), now \(change.now ?? "–")"
            }
            var text =
                head + ": "
                + (changes.isEmpty
                    ? (de ? "gleiche Zuordnungen" : "the same assignments")
                    : changes.joined(separator: "; "))
            for item in old.overrides {
                let reason = OverrideText.quote(item.reason, language)
                text +=
                    de
                    ? "; Abweichung \(item.team) → \(item.decided): \(reason)"
                    : "; override \(item.team) → \(item.decided): \(reason)"
            }
            if let note = old.note { text += (de ? "; Notiz: " : "; note: ") + OverrideText.quote(note, language) }
            sentences.append(text)
        }
        for acceptance in entry.acceptances {
            let given =
                "\(acceptance.scenarioFile) (\(de ? "Inhalts-Hash" : "content hash") "
                + "\(acceptance.scenarioHash.prefix(12))…)"
            let recorded = "\(acceptance.recordScenarioFile) (\(acceptance.recordScenarioHash.prefix(12))…)"
            let reason = OverrideText.quote(acceptance.reason, language)
            sentences.append(
                de
                    ? "fortgeschrieben mit einem anderen Szenario als dem des Beschlusses: \(given) statt "
                        + "\(recorded); Grund: \(reason)"
                    : "advanced from another scenario than the record's: \(given) instead of \(recorded); "
                        + "reason: \(reason)")
        }
        return sentences
    }

    /// The legend line for the override mark.
    static func legend(_ language: ReportLanguage) -> String {
        language == .de
            ? "\(overrideMark) anders beschlossen als empfohlen (Gründe unter der Tabelle)"
            : "\(overrideMark) decided otherwise than recommended (reasons below the table)"
    }

    static func decidedHeader(_ language: ReportLanguage) -> String { language == .de ? "beschlossen" : "decided" }

    /// The decided cell: the measure, marked when it is not the recommended one.
    static func decidedCell(_ line: DecisionHistory.TeamLine) -> String {
        (line.decided ?? "–") + (line.overridden ? "  \(overrideMark)" : "")
    }

    static func json(_ entry: DecisionHistory.Entry) -> [(String, OutputJSON)] {
        [
            (
                "overrides",
                .array(
                    entry.record.overrides.map { item in
                        .object([
                            ("team", .string(item.team)), ("recommended", .optional(item.recommended)),
                            ("decided", .string(item.decided)), ("reason", .string(item.reason)),
                        ])
                    })
            ),
            (
                "replaced",
                .array(
                    entry.replaced.map { replacement in
                        .object([
                            ("file", .string(replacement.file)), ("recordedAt", .string(replacement.record.recordedAt)),
                            ("decidedBy", .optional(replacement.record.decidedBy)),
                            ("note", .optional(replacement.record.note)),
                            (
                                "changes",
                                .array(
                                    replacement.changes.map { change in
                                        .object([
                                            ("team", .string(change.team)), ("then", .optional(change.then)),
                                            ("now", .optional(change.now)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
            (
                "acceptances",
                .array(
                    entry.acceptances.map { item in
                        .object([
                            ("scenarioFile", .string(item.scenarioFile)), ("scenarioHash", .string(item.scenarioHash)),
                            ("recordScenarioFile", .string(item.recordScenarioFile)),
                            ("recordScenarioHash", .string(item.recordScenarioHash)), ("next", .string(item.next)),
                            ("reason", .string(item.reason)), ("recordedAt", .string(item.recordedAt)),
                        ])
                    })
            ),
        ]
    }
}
