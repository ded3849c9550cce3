using System.Text.RegularExpressions;
using KnowledgeGraph.TestSupport;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace KnowledgeGraph.Cli.Tests.Docs;

/// <summary>The README's C# example is compiled and run exactly as written, so it cannot drift from the API.</summary>
public class ReadmeTests
{
    private static string Readme => File.ReadAllText(Path.Combine(Paths.Repo, "README.md"));

    private static ScriptOptions Options => ScriptOptions.Default
        .AddReferences(typeof(KnowledgeGraph.Graph).Assembly)
        .AddImports("System");

    private static string Example()
    {
        var blocks = Regex.Matches(Readme.Replace("\r\n", "\n"), "```csharp\n(.*?)```", RegexOptions.Singleline);
        blocks.Should().NotBeEmpty("the README opens with a C# example");
        return blocks[0].Groups[1].Value;
    }

    [Test]
    public void The_csharp_example_is_short_and_compiles()
    {
        var code = Example();
        code.Split('\n').Count(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("using ", StringComparison.Ordinal))
            .Should().BeLessThanOrEqualTo(12, "the example stays short");
        var errors = CSharpScript.Create(code, Options).Compile().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        errors.Should().BeEmpty();
    }

    [Test]
    public async Task The_csharp_example_runs_and_prints_Turtle()
    {
        Available.Reader(Syntax.RdfFormat.Turtle);
        Available.Writer(Syntax.RdfFormat.Turtle);
        var code = Example();

        var output = new StringWriter { NewLine = "\n" };
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            await CSharpScript.RunAsync(code, Options);
        }
        finally
        {
            Console.SetOut(original);
        }
        var printed = output.ToString();
        printed.Should().StartWith("\"Amazon Web Services\" closed <http://example.org/shanghaiAiLab>");
        var turtle = printed[printed.IndexOf("@prefix", StringComparison.Ordinal)..];
        var reread = KnowledgeGraph.Graph.Parse(turtle, Syntax.RdfFormat.Turtle);
        reread.Count.Should().Be(3, "the example parses one triple and adds two");
    }

    /// <summary>The C# example under "Changing a graph".</summary>
    private static string UpdateExample()
    {
        var section = Readme.Replace("\r\n", "\n").Split("## Changing a graph", 2);
        section.Should().HaveCount(2, "the README has a section on changing a graph");
        return Regex.Match(section[1], "```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
    }

    [Test]
    public async Task The_update_example_runs_and_prints_the_quad_count()
    {
        var output = new StringWriter { NewLine = "\n" };
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            await CSharpScript.RunAsync(UpdateExample(), Options);
        }
        finally
        {
            Console.SetOut(original);
        }
        output.ToString().Trim().Should().Be("2");
    }

    [Test]
    public void The_setup_commands_are_there_verbatim()
    {
        Readme.Should().Contain("dotnet run --project src/KnowledgeGraph.Cli -- build --out out");
        Readme.Should().Contain("dotnet test KnowledgeGraph.sln");
    }
}
