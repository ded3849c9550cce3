using System.Reflection;
using System.Text.RegularExpressions;
using KnowledgeGraph.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeGraph.Cli.Tests.Docs;

/// <summary>The C# example of the README's "A persistent store on disk" section runs as written, in a fresh folder
/// holding the <c>data.ttl</c> it loads. It is compiled as a program with top-level statements and the SDK's implicit
/// usings, as a user would paste it (a script cannot hold its <c>using var</c>).</summary>
public class ReadmeStoreTests
{
    private static string Example()
    {
        var readme = File.ReadAllText(Path.Combine(Paths.Repo, "README.md")).Replace("\r\n", "\n");
        var section = readme.Split("## A persistent store on disk", 2);
        section.Should().HaveCount(2, "the README has a section on the store on disk");
        return Regex.Match(section[1], "```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
    }

    [Test]
    public void The_store_example_loads_updates_queries_and_dumps()
    {
        using var folder = new TempFolder();
        folder.File("data.ttl", "<http://example.org/b> <http://example.org/p> \"two\"@en .\n");
        var program = Compile(Example());
        var output = new StringWriter { NewLine = "\n" };
        var (originalOut, originalError, originalDirectory) = (Console.Out, Console.Error, Environment.CurrentDirectory);
        Console.SetOut(output);
        Console.SetError(TextWriter.Null);
        Environment.CurrentDirectory = folder.Path;
        try
        {
            program.EntryPoint!.Invoke(null, program.EntryPoint.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        finally
        {
            Environment.CurrentDirectory = originalDirectory;
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
        var dump = KnowledgeGraph.Dataset.Parse(output.ToString(), Syntax.RdfFormat.NQuads);
        dump.Count.Should().Be(2, "the loaded triple and the inserted one: " + output);
        Directory.Exists(Path.Combine(folder.Path, "store")).Should().BeTrue();
    }

    private static Assembly Compile(string code)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat([typeof(KnowledgeGraph.Graph).Assembly.Location, typeof(KnowledgeGraph.RocksDb.RocksDbStore).Assembly.Location])
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        const string ImplicitUsings = "global using System; global using System.IO; global using System.Linq; " +
                                      "global using System.Threading; global using System.Threading.Tasks; global using System.Collections.Generic;";
        var compilation = CSharpCompilation.Create("ReadmeStoreExample",
            [CSharpSyntaxTree.ParseText(ImplicitUsings), CSharpSyntaxTree.ParseText(code)],
            references, new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).Should().BeEmpty(code);
        return Assembly.Load(image.ToArray());
    }
}
