import ScenarioIO
import Scoring
import SprintModel

/// The score sheet as JSON (complete, stable keys), CSV (one row per measure) and Markdown.
public enum ScoreFormats {
    // MARK: JSON

    /// Keys: `method`, `zielbilder[]` with `id`, `name`, `ranked[]` (`rank`, `measure`, `name`,
    /// `status`, `score`, `points`, `remainingCost`, `ownShare`, `pointsPer10kOwnShare`,
    /// `pointsPerTeamQuarter`, `contributions[]` with `criterion`, `rating`, `normalised`,
    /// `weightShare`, `value`, `missing`) and `ineligible[]` (`measure`, `name`, `reasons[]`
    /// with `criterion`, `rating`, `reason`). Money is a decimal string in euros.
    public static func json(_ sheet: ScoreSheet) -> OutputJSON {
        .object([
            ("method", .string(sheet.method.rawValue)),
            (
                "zielbilder",
                .array(
                    sheet.zielbilder.map { ranking in
                        .object([
                            ("id", .string(ranking.zielbild.id)),
                            ("name", .string(ranking.zielbild.name)),
                            ("ranked", .array(ranking.ranked.map(rankedJSON))),
                            (
                                "ineligible",
                                .array(
                                    ranking.ineligible.map { entry in
                                        .object([
                                            ("measure", .string(entry.measure.id)),
                                            ("name", .string(entry.measure.name)),
                                            (
                                                "reasons",
                                                .array(
                                                    entry.failures.map { failure in
                                                        .object([
                                                            ("criterion", .optional(failure.criterion)),
                                                            ("rating", .optional(failure.rating)),
                                                            (
                                                                "reason",
                                                                .string(GateText.short(failure, .en))
                                                            ),
                                                        ])
                                                    })
                                            ),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }

    static func rankedJSON(_ entry: RankedMeasure) -> OutputJSON {
        .object([
            ("rank", .int(Int64(entry.rank))),
            ("measure", .string(entry.measure.id)),
            ("name", .string(entry.measure.name)),
            ("status", .string(entry.measure.status.rawValue)),
            ("score", .number(entry.score)),
            ("points", .number(entry.points)),
            ("remainingCost", .string(entry.remainingCost.description)),
            ("ownShare", .string(entry.ownShare.description)),
            ("pointsPer10kOwnShare", entry.pointsPer10kOwnShare.map { .number($0) } ?? .null),
            ("pointsPerTeamQuarter", entry.pointsPerTeamQuarter.map { .number($0) } ?? .null),
            (
                "contributions",
                .array(
                    entry.contributions.map(contributionJSON))
            ),
        ])
    }

    static func contributionJSON(_ contribution: Contribution) -> OutputJSON {
        var fields: [(String, OutputJSON)] = [
            ("criterion", .string(contribution.criterion.id)), ("rating", .optional(contribution.rating)),
            ("normalised", .number(contribution.normalised)), ("weightShare", .number(contribution.weightShare)),
            ("value", .number(contribution.value)), ("missing", .bool(contribution.missing)),
        ]
        // Only when realised impact fed the rating, so that other sheets keep their bytes.
        if let fed = contribution.fed {
            let note: [(String, OutputJSON)] = [
                ("written", .number(fed.written)), ("fed", .number(fed.fed)), ("achievement", .number(fed.achievement)),
            ]
            fields.append(("realisedImpact", .object(note)))
        }
        return .object(fields)
    }

    public static func versusJSON(_ explanation: PairwiseExplanation) -> OutputJSON {
        .object([
            ("higher", .string(explanation.higher.measure.id)),
            ("lower", .string(explanation.lower.measure.id)),
            ("scoreDifference", .number(explanation.scoreDifference)),
            (
                "deciding",
                .array(
                    explanation.deciding.map {
                        .object([("criterion", .string($0.criterion.id)), ("difference", .number($0.difference))])
                    })
            ),
            (
                "smallestSwap",
                explanation.smallestSwap.map { swap in
                    .object([
                        ("criterion", .string(swap.criterion)), ("current", .number(swap.current)),
                        ("threshold", .number(swap.threshold)), ("approximate", .bool(swap.approximate)),
                    ])
                } ?? .null
            ),
        ])
    }

    public static func sensitivityJSON(
        _ intervals: [(zielbild: String, intervals: [WeightInterval])],
        acceptability: RankAcceptability
    ) -> OutputJSON {
        let sampling: OutputJSON
        switch acceptability.options.sampling {
        case .perturb(let spread): sampling = .object([("kind", .string("perturb")), ("spread", .number(spread))])
        case .simplex: sampling = .object([("kind", .string("simplex"))])
        }
        return .object([
            ("top", .int(Int64(acceptability.options.top))),
            ("samples", .int(Int64(acceptability.options.samples))),
            ("seed", .string(String(acceptability.options.seed))),
            ("sampling", sampling),
            (
                "zielbilder",
                .array(
                    zip(intervals, acceptability.zielbilder).map { pair in
                        .object([
                            ("id", .string(pair.0.zielbild)),
                            (
                                "weightIntervals",
                                .array(
                                    pair.0.intervals.map { interval in
                                        .object([
                                            ("criterion", .string(interval.criterion)),
                                            ("current", .number(interval.current)),
                                            ("lower", .number(interval.lower)),
                                            ("upper", interval.upper.map { .number($0) } ?? .null),
                                            ("approximate", .bool(interval.approximate)),
                                        ])
                                    })
                            ),
                            (
                                "acceptability",
                                .array(
                                    pair.1.entries.map { entry in
                                        .object([
                                            ("measure", .string(entry.measureID)),
                                            ("baseRank", .int(Int64(entry.baseRank))),
                                            ("topProbability", .number(entry.topProbability)),
                                            ("expectedRank", .number(entry.expectedRank)),
                                            ("bestRank", .int(Int64(entry.bestRank))),
                                            ("worstRank", .int(Int64(entry.worstRank))),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }

    // MARK: CSV

    /// One row per measure (ranked and ineligible), with a column per criterion contribution.
    public static func csv(_ sheet: ScoreSheet, criteria: [Criterion], options: CSVOptions = .init()) -> String {
        var rows: [[String]] = [
            [
                "zielbild", "rank", "measure", "name", "status", "eligible", "score", "points",
                "remaining_cost_eur", "own_share_eur", "points_per_10k_own_share", "reasons",
            ]
                + criteria.map { "part_\($0.id)" }
        ]
        for ranking in sheet.zielbilder {
            for entry in ranking.ranked {
                rows.append(
                    [
                        ranking.zielbild.id, String(entry.rank), entry.measure.id, entry.measure.name,
                        entry.measure.status.rawValue,
                        "yes", options.number(entry.score, 6), options.number(entry.points, 3),
                        options.money(entry.remainingCost), options.money(entry.ownShare),
                        entry.pointsPer10kOwnShare.map { options.number($0, 3) } ?? "", "",
                    ]
                        + entry.contributions.map { options.number($0.value, 6) })
            }
            for entry in ranking.ineligible {
                rows.append(
                    [
                        ranking.zielbild.id, "", entry.measure.id, entry.measure.name, entry.measure.status.rawValue,
                        "no",
                        "", "", "", "", "",
                        entry.failures.map { ScoreText.reason($0, in: ranking.matrix, .en) }
                            .joined(separator: "; "),
                    ]
                        + criteria.map { _ in "" })
            }
        }
        return options.render(rows)
    }

    // MARK: Markdown

    public static func markdown(_ sheet: ScoreSheet, language: ReportLanguage = .en) -> String {
        let w = ScoreWords(language: language), l = language
        var out = ""
        for ranking in sheet.zielbilder {
            out += "## \(ranking.zielbild.id) — \(ranking.zielbild.name)\n\n"
            out +=
                w.markdownSummary(
                    method: ScoreText.methodName(sheet.method, l), ranked: ranking.ranked.count,
                    ineligible: ranking.ineligible.count) + "\n\n"
            out += "| " + w.markdownHeader.joined(separator: " | ") + " |\n"
            out += "|---:|---|---|---|---:|---:|---:|\n"
            for entry in ranking.ranked {
                let cells = [
                    String(entry.rank), entry.measure.id, escape(entry.measure.name),
                    ScoreText.status(entry.measure, l), l.number(entry.score, digits: 3), l.money(entry.ownShare),
                    entry.pointsPer10kOwnShare.map { l.number($0, digits: 1) } ?? "–",
                ]
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
            if !ranking.matrix.fed.isEmpty {
                out += "\n\(escape(w.fedHeading)):\n\n"
                for note in ranking.matrix.fed {
                    out += "- \(escape(ScoreText.fedLine(note, criteria: ranking.matrix.criteria, w, l)))\n"
                }
            }
            if !ranking.ineligible.isEmpty {
                out += "\n\(w.ineligibleHeading)\n\n"
                for entry in ranking.ineligible {
                    let reasons = entry.failures.map { escape(ScoreText.reason($0, in: ranking.matrix, l)) }
                    out +=
                        "- **\(entry.measure.id)** \(escape(entry.measure.name)): \(reasons.joined(separator: "; "))\n"
                }
            }
            out += "\n"
        }
        return out
    }

    static func escape(_ text: String) -> String { VisibleText.markdownCell(text) }
}
