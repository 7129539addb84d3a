import Testing

/// The runner itself: a run that ends otherwise than the test states is a failure, whatever
/// the test goes on to check in the output.
@Suite("Tool runner")
struct ToolRunnerTests {
    @Test func anUnexpectedExitStatusIsAnIssue() throws {
        withKnownIssue("validate of a valid scenario exits 0, not 65") {
            try ToolRunner.run(["validate", "scenarios/myk10/myk10.json"], exits: 65)
        }
        try ToolRunner.run(["validate", "scenarios/myk10/myk10.json"], exits: 65, 0)
    }
}
