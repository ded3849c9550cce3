using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Cli.Tests.Packaging;

/// <summary>
/// Executes examples/notebooks/decoupling.ipynb headless with the dotnet-repl tool, against the packed packages (its
/// setup cell reads KG_PACKAGE_SOURCE), checks that every cell ran and the answers are
/// in the outputs, then looks at it as a person would: converted to HTML and photographed by headless Chromium.
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
    public void The_notebook_runs_headless_answers_the_questions_and_shows_its_picture()
    {
        var notebook = Path.Combine(Paths.Repo, "examples", "notebooks", "decoupling.ipynb");
        if (!File.Exists(notebook)) Assert.Ignore("examples/notebooks/decoupling.ipynb is not written yet");
        var repl = InstallRepl();
        using var dir = new TempFolder();
        var executed = Path.Combine(dir.Path, "executed.ipynb");
        var environment = PackageFeed.ChildEnvironment;
        environment["KG_NOTEBOOK_OUT"] = dir.Path;
        // The kernel caches what a set of #r/#i lines resolved to (~/.packagemanagement), keyed by the lines, not by
        // the packages: a feed folder of its own makes this run restore the packages just packed.
        var feed = Directory.CreateDirectory(Path.Combine(dir.Path, "feed")).FullName;
        foreach (var package in Directory.GetFiles(PackageFeed.Source, "*.nupkg")) File.Copy(package, Path.Combine(feed, Path.GetFileName(package)));
        environment["KG_PACKAGE_SOURCE"] = feed;
        var (code, stdout, stderr) = ExternalTool.Run(repl, ["--run", notebook, "--exit-after-run", "--output-path", executed],
            Path.GetDirectoryName(notebook), 900_000, environment);
        File.Exists(executed).Should().BeTrue($"dotnet-repl writes the executed notebook (exit {code}):\n{stdout}\n{stderr}");

        var cells = ReadOutputs(executed);
        var errors = cells.Where(c => c.Errors.Length > 0).Select(c => $"cell {c.Index}: {c.Errors}").ToList();
        errors.Should().BeEmpty("every cell runs without an error");
        code.Should().Be(0, stdout + stderr);

        var all = string.Join("\n", cells.Select(c => c.Text));
        all.Should().Contain("<table class=\"kg-results\"", "results render as HTML tables through the package's formatter");
        all.Should().Contain("<table class=\"kg-dataframe\"", "DataFrames render as tables too");
        all.Should().NotContain("<small>@en</small>", "a column of English labels shows no language tags");
        foreach (var answer in ExpectedAnswers) all.Should().Contain(answer);
        var pageRank = cells.Single(c => c.Text.Contains("PageRank <small>double</small>")).Text;
        pageRank.Should().Contain(">China<").And.NotContain("wikidata").And.NotContain(">Asserted<").And.NotContain(">Ongoing<")
            .And.NotContain("Silicon Valley divide", "the defaults leave out provenance, status values and external identifiers");
        File.Exists(Path.Combine(dir.Path, "decoupling.gexf")).Should().BeTrue("the notebook writes a GEXF for Gephi");

        var html = NotebookPage.ToHtml(executed, dir.Path);
        var pictures = Pictures(File.ReadAllText(html));
        pictures.Should().HaveCountGreaterThanOrEqualTo(2, "the story and the lab's neighbourhood are drawn inline");
        var story = pictures[0];
        var iris = story.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "node").Select(g => (string?)g.Attribute("data-iri")).ToList();
        foreach (var id in new[] { "aws", "aws-shanghai-ai-lab", "ibm", "microsoft", "china", "minjie-wang", "deep-graph-library" })
            iris.Should().Contain("https://w3id.org/decoupling/id/" + id);
        story.Descendants(Svg + "text").Select(t => t.Value).Should().Contain("Amazon Web Services");
        pictures[1].Descendants(Svg + "text").Select(t => t.Value).Should().Contain("王敏捷", "the neighbourhood is labelled in Chinese");

        var page = PngImage.Read(NotebookPage.Screenshot(html, Path.Combine(dir.Path, "notebook.png"), 1280, 4000));
        page.InkedShare().Should().BeGreaterThan(0.02, "the page shows text, tables and the picture, not a blank screen");
        var top = PngImage.Read(NotebookPage.Screenshot(html, Path.Combine(dir.Path, "top.png"), 1280, 2000));
        top.Colours().Should().BeGreaterThan(20, "the top of the notebook shows the picture in its class colours");
        if (Environment.GetEnvironmentVariable("KG_NOTEBOOK_SCREENSHOTS") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            foreach (var f in new[] { "notebook.png", "top.png", "page.html" })
                if (File.Exists(Path.Combine(dir.Path, f))) File.Copy(Path.Combine(dir.Path, f), Path.Combine(keep, f), overwrite: true);
        }
    }

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The pictures drawn by the package (<c>class="kg-graph"</c>), each parsed as XML.</summary>
    private static List<XDocument> Pictures(string html) =>
        Regex.Matches(html, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kg-graph\".*?</svg>", RegexOptions.Singleline)
            .Select(m => XDocument.Parse(m.Value)).ToList();

    /// <summary>Words each question's answer must contain (names from the article, via the story graph).</summary>
    private static readonly string[] ExpectedAnswers = ["Amazon Web Services", "IBM", "Microsoft", "OpenAI", "Alibaba", "Deep Graph Library", "PageRank",
        "Minjie Wang", "王敏捷", "chief applied scientist", ">1800<", "约1800人",
        "US export controls on AI chips", "Chinese cybersecurity reviews", "Chinese rule that foreign cloud providers partner", "United States government", "Chinese government"];

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
