namespace KnowledgeGraph.TestSupport;

/// <summary>
/// Tests that read <c>../shared</c> (the W3C suites, the article, the export checker) go through here: when the files
/// are missing, plain <c>dotnet test</c> skips them with a reason that says what is missing and how to get it, and
/// <c>KG_REQUIRE_ALL=1</c> (set by <c>.ci/run</c>) fails them instead, so CI cannot pass on an empty suite.
/// </summary>
internal static class SharedData
{
    /// <summary>How to get the shared folder, for skip messages.</summary>
    public const string HowToGet =
        "put the project's shared folder beside the repository as ../shared, or set KG_SHARED_DIR to a copy; " +
        "conformance/w3c/ there is github.com/w3c/rdf-tests (rdf/rdf11/rdf-*, sparql/sparql10, sparql/sparql11) and " +
        "github.com/w3c/json-ld-api (tests/) laid out as its README says";

    /// <summary>The full path of <paramref name="relative"/> under the shared folder.</summary>
    public static string PathOf(string relative) => Path.Combine(Paths.Shared, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>True when the file or folder <paramref name="relative"/> exists under the shared folder.</summary>
    public static bool Exists(string relative) => File.Exists(PathOf(relative)) || Directory.Exists(PathOf(relative));

    /// <summary>Why a missing shared file stops a test: what it is, where it was looked for, how to get it.</summary>
    public static string MissingReason(string relative, string what) => $"{what} ({PathOf(relative)}) is not available ({HowToGet}).";

    /// <summary>Returns the path of <paramref name="relative"/>; skips the current test (fails it under
    /// <c>KG_REQUIRE_ALL=1</c>) when it is missing.</summary>
    public static string Require(string relative, string what)
    {
        ExternalTool.Require(Exists(relative), $"{what} ({PathOf(relative)})", HowToGet);
        return PathOf(relative);
    }

    /// <summary>
    /// The one case a test-case source yields for a suite whose files are missing: skipped with the reason, or, under
    /// <c>KG_REQUIRE_ALL=1</c>, a case named by the reason whose <paramref name="failingArgument"/> makes the test fail.
    /// </summary>
    public static TestCaseData MissingSuiteCase(string relative, string what, object? failingArgument = null)
    {
        var reason = MissingReason(relative, what);
        var data = new TestCaseData(failingArgument).SetName($"{relative}: {what} missing").SetDescription(reason);
        return ExternalTool.RequireAll ? data : data.Ignore(reason);
    }
}
