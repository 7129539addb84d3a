import Testing

@testable import ScenarioIO

@Suite("Content hash")
struct ContentHashTests {
    /// FIPS 180-4 / NIST test vectors.
    @Test(
        "SHA-256 test vectors",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ])
    func vectors(message: String, digest: String) {
        #expect(ContentHash.sha256(Array(message.utf8)) == digest)
    }

    @Test func theHashIgnoresFileLayoutButNotContent() throws {
        let base = try #require(ScenarioLoader.load(file: FixturePaths.scenario("myk10/myk10.json")).scenario)
        let viaExtends = try #require(
            ScenarioLoader.load(file: FixturePaths.scenario("myk10/budget-cut-25.json")).scenario)
        var renamed = base
        renamed.name = viaExtends.name
        renamed.description = viaExtends.description
        renamed.budget = viaExtends.budget
        #expect(ContentHash.of(renamed) == ContentHash.of(viaExtends))
        #expect(ContentHash.of(base) != ContentHash.of(viaExtends))
    }
}
