using System.Text.RegularExpressions;
using KnowledgeGraph.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeGraph.Cli.Tests.Docs;

/// <summary>
/// The C# examples of the README's "SPARQL over HTTP" section compile against the API as written. They are not run:
/// they talk to endpoints at fixed ports; the client, server and federation tests cover what they do.
/// </summary>
public class ReadmeHttpTests
{
    private static IEnumerable<string> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(Paths.Repo, "README.md")).Replace("\r\n", "\n");
        int start = readme.IndexOf("## SPARQL over HTTP", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "the README has a SPARQL over HTTP section");
        int end = readme.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];
        return Regex.Matches(section, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value);
    }

    [Test]
    public void The_http_examples_compile()
    {
        // Compiled as programs with top-level statements and the SDK's implicit usings, as a user would paste them.
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat([typeof(KnowledgeGraph.Graph).Assembly.Location, typeof(KnowledgeGraph.Server.SparqlServer).Assembly.Location])
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        const string ImplicitUsings = "global using System; global using System.IO; global using System.Linq; global using System.Net.Http; " +
                                      "global using System.Threading; global using System.Threading.Tasks; global using System.Collections.Generic;";
        var examples = Examples().ToList();
        examples.Should().HaveCount(3);
        foreach (var code in examples)
        {
            var compilation = CSharpCompilation.Create("ReadmeExample",
                [CSharpSyntaxTree.ParseText(ImplicitUsings), CSharpSyntaxTree.ParseText(code)],
                references, new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
            errors.Should().BeEmpty(code);
        }
    }
}
