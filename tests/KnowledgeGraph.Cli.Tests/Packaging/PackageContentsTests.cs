using System.IO.Compression;
using System.Xml.Linq;

namespace KnowledgeGraph.Cli.Tests.Packaging;

/// <summary>What the packed packages hold: the metadata a NuGet gallery shows, docs, symbols, the tool, the notebook extension.</summary>
public class PackageContentsTests
{
    private static (XElement Metadata, string[] Entries) Open(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var doc = XDocument.Load(stream);
        var metadata = doc.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        return (metadata, zip.Entries.Select(e => e.FullName).ToArray());
    }

    private static string? Meta(XElement metadata, string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    [Test]
    public void The_library_package_has_metadata_readme_docs_and_symbols()
    {
        var (metadata, entries) = Open(PackageFeed.Package("KnowledgeGraph"));
        Meta(metadata, "id").Should().Be("KnowledgeGraph");
        Meta(metadata, "description").Should().NotBeNullOrWhiteSpace();
        Meta(metadata, "tags").Should().Contain("rdf").And.Contain("sparql");
        Meta(metadata, "projectUrl").Should().StartWith("https://");
        Meta(metadata, "readme").Should().Be("README.md");
        metadata.Elements().Single(e => e.Name.LocalName == "license").Attribute("type")!.Value.Should().Be("expression");
        metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")!.Value.Should().StartWith("https://");
        entries.Should().Contain(["README.md", "lib/net8.0/KnowledgeGraph.dll", "lib/net8.0/KnowledgeGraph.xml",
            "lib/net10.0/KnowledgeGraph.dll", "lib/net10.0/KnowledgeGraph.xml"]);

        using var symbols = ZipFile.OpenRead(PackageFeed.Package("KnowledgeGraph", ".snupkg"));
        symbols.Entries.Select(e => e.FullName).Should().Contain(["lib/net8.0/KnowledgeGraph.pdb", "lib/net10.0/KnowledgeGraph.pdb"]);
    }

    private static string[] Dependencies(XElement metadata) =>
        metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).Distinct().ToArray();

    [Test]
    public void The_core_package_depends_on_newtonsoft_json_alone()
    {
        var (metadata, _) = Open(PackageFeed.Package("KnowledgeGraph"));
        Dependencies(metadata).Should().BeEquivalentTo(["Newtonsoft.Json"], "a user who wants RDF and SPARQL pulls in nothing else");
    }

    [TestCase("KnowledgeGraph.Analysis", "QuikGraph")]
    [TestCase("KnowledgeGraph.Decoupling", null)]
    [TestCase("KnowledgeGraph.RocksDb", "RocksDB")]
    public void Each_library_package_ships_its_docs_and_symbols_and_depends_on_the_core(string id, string? extraDependency)
    {
        var (metadata, entries) = Open(PackageFeed.Package(id));
        Meta(metadata, "id").Should().Be(id);
        Meta(metadata, "description").Should().NotBeNullOrWhiteSpace();
        Meta(metadata, "readme").Should().Be("README.md");
        foreach (var tfm in new[] { "net8.0", "net10.0" })
            entries.Should().Contain([$"lib/{tfm}/{id}.dll", $"lib/{tfm}/{id}.xml"]);
        string[] expected = extraDependency is null ? ["KnowledgeGraph"] : ["KnowledgeGraph", extraDependency];
        Dependencies(metadata).Should().BeEquivalentTo(expected);

        using var symbols = ZipFile.OpenRead(PackageFeed.Package(id, ".snupkg"));
        symbols.Entries.Select(e => e.FullName).Should().Contain([$"lib/net8.0/{id}.pdb", $"lib/net10.0/{id}.pdb"]);
    }

    [Test]
    public void The_cli_package_is_a_dotnet_tool_with_command_kg()
    {
        var path = PackageFeed.Package("KnowledgeGraph.Cli");
        var (metadata, entries) = Open(path);
        metadata.Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => e.Attribute("name")?.Value).Should().Contain("DotnetTool");
        var settingsEntry = entries.Single(e => e.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        using var zip = ZipFile.OpenRead(path);
        using var stream = zip.GetEntry(settingsEntry)!.Open();
        var command = XDocument.Load(stream).Descendants().Single(e => e.Name.LocalName == "Command");
        command.Attribute("Name")!.Value.Should().Be("kg");
        entries.Should().Contain("README.md");
    }

    [Test]
    public void The_server_package_brings_aspnetcore_as_a_framework_not_a_package()
    {
        var (metadata, entries) = Open(PackageFeed.Package("KnowledgeGraph.Server"));
        Meta(metadata, "readme").Should().Be("README.md");
        metadata.Descendants().Where(e => e.Name.LocalName == "frameworkReference").Select(e => e.Attribute("name")?.Value)
            .Should().Contain("Microsoft.AspNetCore.App");
        metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")?.Value)
            .Should().Equal("KnowledgeGraph");
        entries.Should().Contain(["README.md", "lib/net10.0/KnowledgeGraph.Server.dll", "lib/net10.0/KnowledgeGraph.Server.xml"]);
    }

    [Test]
    public void The_interactive_package_carries_its_notebook_extension()
    {
        var (metadata, entries) = Open(PackageFeed.Package("KnowledgeGraph.Interactive"));
        entries.Should().Contain("interactive-extensions/dotnet/extension.dib");
        metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")?.Value)
            .Should().Contain("KnowledgeGraph").And.Contain("Microsoft.Data.Analysis", "ToDataFrame needs it at run time")
            .And.NotContain(id => id!.StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal),
                "the notebook kernel brings .NET Interactive itself");
    }
}
