using System.Reflection;
using System.Xml.Linq;

namespace KnowledgeGraph.Tests.Api;

/// <summary>
/// Every public type of a shipped package says in its XML documentation whether, and how, it may be used from several
/// threads (enums excepted: they are values). The check reads the documentation file the build writes next to each
/// assembly, so it sees what a user sees in their editor.
/// </summary>
public class ThreadSafetyDocsTests
{
    private static IEnumerable<TestCaseData> Assemblies() =>
        ShippedAssemblies.All.Select(a => new TestCaseData(a).SetName($"ThreadSafetyDocumented({a.GetName().Name})"));

    [TestCaseSource(nameof(Assemblies))]
    public void ThreadSafetyDocumented(Assembly assembly)
    {
        var docPath = Path.ChangeExtension(assembly.Location, ".xml");
        File.Exists(docPath).Should().BeTrue($"the build writes XML documentation for {assembly.GetName().Name}");
        var docs = XDocument.Load(docPath).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, m => m.Value);

        var undocumented = assembly.GetExportedTypes()
            .Where(t => !t.IsEnum)
            .Select(t => t.FullName!.Replace('+', '.'))
            .Where(name => !docs.TryGetValue("T:" + name, out var text) ||
                           !text.Contains("thread", StringComparison.OrdinalIgnoreCase))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
        string.Join(Environment.NewLine, undocumented).Should().BeEmpty("every public type states its thread safety in its XML docs");
    }
}
