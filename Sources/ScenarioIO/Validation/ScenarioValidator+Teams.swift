import SprintModel

extension ScenarioValidator {
    mutating func checkTeams() {
        let measures = Dictionary(scenario.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let known = measureIDs
        var worked = Set<String>()
        for (index, team) in scenario.sprintteams.enumerated() {
            guard let current = team.currentMeasure else { continue }
            let path = "\(at("sprintteams", index)).currentMeasure"
            guard reference(current, kind: "measure", known: known, at: path) else { continue }
            worked.insert(current)
            let measure = measures[current]!
            if !measure.status.isOpen {
                error(
                    .currentMeasureClosed,
                    "team \"\(team.id)\" is on measure \"\(current)\", which is \(measure.status.rawValue); set the team's currentMeasure to null or to a running measure",
                    at: path)
            }
        }
        // Also without any Sprintteam: a running measure nobody works on cannot be planned.
        for (index, measure) in scenario.measures.enumerated()
        where measure.status == .running && !worked.contains(measure.id) {
            error(
                .runningWithoutTeam,
                "measure \"\(measure.id)\" is running but no Sprintteam has it as currentMeasure; name the team, or set the status to \"candidate\"",
                at: "\(at("measures", index)).status")
        }
    }

    mutating func checkLocks() {
        let measures = Dictionary(scenario.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let teams = Dictionary(scenario.sprintteams.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let knownMeasures = measureIDs, knownTeams = teamIDs
        var pinned: [String: (measure: String, index: Int)] = [:]
        for (index, pin) in scenario.locks.pins.enumerated() {
            let path = "locks.pins[\(index)]"
            let teamKnown = reference(pin.team, kind: "Sprintteam", known: knownTeams, at: "\(path).team")
            let measureKnown = reference(pin.measure, kind: "measure", known: knownMeasures, at: "\(path).measure")
            guard scenario.horizon.contains(pin.quarter) else {
                error(
                    .quarterOutsideHorizon,
                    "pin for \(pin.quarter) lies outside the horizon \(scenario.horizon.start)…\(scenario.horizon.end)",
                    at: "\(path).quarter")
                continue
            }
            guard teamKnown, measureKnown else { continue }
            let team = teams[pin.team]!, measure = measures[pin.measure]!
            if !team.isAvailable(in: pin.quarter) {
                error(
                    .lockConflict,
                    "pin \(pin.team) → \(pin.measure) in \(pin.quarter) conflicts with team \"\(pin.team)\" being unavailable in \(pin.quarter)",
                    at: path)
            }
            if !measure.status.isOpen {
                error(
                    .lockConflict,
                    "pin \(pin.team) → \(pin.measure) in \(pin.quarter) names a measure that is \(measure.status.rawValue)",
                    at: path)
            }
            let key = "\(pin.team)@\(pin.quarter)"
            if let other = pinned[key], other.measure != pin.measure {
                error(
                    .lockConflict,
                    "team \"\(pin.team)\" is pinned to both \"\(other.measure)\" (locks.pins[\(other.index)]) and \"\(pin.measure)\" in \(pin.quarter); a team works on one measure per quarter",
                    at: path)
            }
            pinned[key] = (pin.measure, index)
            if scenario.locks.forbidden.contains(where: {
                $0.team == pin.team && $0.measure == pin.measure && ($0.quarter == nil || $0.quarter == pin.quarter)
            }) {
                error(
                    .lockConflict,
                    "pin \(pin.team) → \(pin.measure) in \(pin.quarter) is also forbidden in locks.forbidden", at: path)
            }
        }
        for (index, forbidden) in scenario.locks.forbidden.enumerated() {
            let path = "locks.forbidden[\(index)]"
            reference(forbidden.team, kind: "Sprintteam", known: knownTeams, at: "\(path).team")
            reference(forbidden.measure, kind: "measure", known: knownMeasures, at: "\(path).measure")
            if let quarter = forbidden.quarter, !scenario.horizon.contains(quarter) {
                warning(
                    .quarterOutsideHorizon,
                    "forbidden assignment for \(quarter) lies outside the horizon and has no effect",
                    at: "\(path).quarter")
            }
        }
    }
}
