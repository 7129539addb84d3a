import ArgumentParser

/// `--start-from`: an earlier plan as the planner's first plan.
struct StartFromOption: ParsableArguments {
    @Option(
        name: .customLong("start-from"),
        help: """
            Start from this plan (an earlier `plan --format json`); it is used when it keeps every rule \
            and beats the planner's own first plan.
            """
    )
    var file: String?
}
