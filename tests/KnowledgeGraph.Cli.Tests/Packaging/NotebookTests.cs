using System.Text;
using System.Text.Json;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Cli.Tests.Packaging;

/// <summary>
/// Executes examples/notebooks/decoupling.ipynb headless with the dotnet-repl tool, against the packed packages
/// (the notebook reads KG_PACKAGE_SOURCE), and checks that every cell ran and the answers are in the outputs.
/// </summary>
public class NotebookTests
{
    private const string ReplVersion = "0.3.259";

    /// <summary>dotnet-repl, installed once per machine into a cache folder (a temporary tool path, never global).</summary>
    private static string InstallRepl()
    {
        var toolPath = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "kg-dotnet-repl", ReplVersion);
        var repl = Path.Combine(toolPath, "dotnet-repl");
        if (File.Exists(repl)) return repl;
        var (code, stdout, stderr) = ExternalTool.Run("dotnet", ["tool", "install", "dotnet-repl", "--version", ReplVersion, "--tool-path", toolPath], timeoutMs: 300_000);
        ExternalTool.Require(code == 0 && File.Exists(repl), $"dotnet-repl {ReplVersion}", $"dotnet tool install failed: {stdout} {stderr}");
        return repl;
    }

    [Test]
    public void The_notebook_runs_headless_and_answers_the_questions()
    {
        var notebook = Path.Combine(Paths.Repo, "examples", "notebooks", "decoupling.ipynb");
        if (!File.Exists(notebook)) Assert.Ignore("examples/notebooks/decoupling.ipynb is not written yet");
        var feed = PackageFeed.Source;
        var repl = InstallRepl();
        using var dir = new TempFolder();
        var executed = Path.Combine(dir.Path, "executed.ipynb");
        var environment = PackageFeed.ChildEnvironment;
        environment["KG_NOTEBOOK_OUT"] = dir.Path;
        var (code, stdout, stderr) = ExternalTool.Run(repl, ["--run", notebook, "--exit-after-run", "--output-path", executed],
            Path.GetDirectoryName(notebook), 900_000, environment);
        File.Exists(executed).Should().BeTrue($"dotnet-repl writes the executed notebook (exit {code}):\n{stdout}\n{stderr}");

        var cells = ReadOutputs(executed);
        var errors = cells.Where(c => c.Errors.Length > 0).Select(c => $"cell {c.Index}: {c.Errors}").ToList();
        errors.Should().BeEmpty("every cell runs without an error");
        code.Should().Be(0, stdout + stderr);

        var all = string.Join("\n", cells.Select(c => c.Text));
        all.Should().Contain("<table class=\"kg-results\"", "results render as HTML tables through the package's formatter");
        foreach (var answer in ExpectedAnswers) all.Should().Contain(answer);
        File.Exists(Path.Combine(dir.Path, "decoupling.gexf")).Should().BeTrue("the notebook writes a GEXF for Gephi");
    }

    /// <summary>Words each question's answer must contain (names from the article, via the story graph).</summary>
    private static readonly string[] ExpectedAnswers = ["Amazon Web Services", "IBM", "Microsoft", "OpenAI", "Alibaba", "Deep Graph Library", "PageRank",
        "US export controls on AI chips", "Chinese cybersecurity reviews", "Chinese rule that foreign cloud providers partner"];

    private sealed record CellOutput(int Index, string Text, string Errors);

    private static List<CellOutput> ReadOutputs(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var result = new List<CellOutput>();
        int index = 0;
        foreach (var cell in doc.RootElement.GetProperty("cells").EnumerateArray())
        {
            index++;
            if (cell.GetProperty("cell_type").GetString() != "code") continue;
            var text = new StringBuilder();
            var errors = new StringBuilder();
            foreach (var output in cell.GetProperty("outputs").EnumerateArray())
            {
                var kind = output.GetProperty("output_type").GetString();
                if (kind == "error")
                    errors.Append(output.TryGetProperty("evalue", out var ev) ? ev.GetString() : "error").Append(' ');
                if (output.TryGetProperty("name", out var name) && name.GetString() == "stderr")
                    errors.Append(Join(output.GetProperty("text"))).Append(' ');
                if (output.TryGetProperty("text", out var t)) text.Append(Join(t));
                if (output.TryGetProperty("data", out var data))
                    foreach (var mime in data.EnumerateObject()) text.Append(Join(mime.Value)).Append('\n');
            }
            result.Add(new CellOutput(index, text.ToString(), errors.ToString()));
        }
        return result;
    }

    private static string Join(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => string.Concat(value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.ToString())),
        JsonValueKind.String => value.GetString() ?? "",
        _ => value.ToString(),
    };
}
