using System.Reflection;

namespace KnowledgeGraph.Tests.Api;

/// <summary>
/// Every public writer in the shipped packages takes its arguments in one order: source, destination, options,
/// cancellation. A method that writes to a <see cref="TextWriter"/> or <see cref="Stream"/> must take the data first
/// (or be an instance method of the data itself, as <c>Graph.Write</c>), the destination next, and the cancellation
/// token last.
/// </summary>
public class WriterOrderTests
{
    private static readonly Assembly[] Shipped = ShippedAssemblies.All;

    private static bool IsDestination(Type type) =>
        typeof(TextWriter).IsAssignableFrom(type) || typeof(Stream).IsAssignableFrom(type);

    /// <summary>Types whose own instance is the data a Write method writes.</summary>
    private static bool IsData(Type type) => type == typeof(Graph) || type == typeof(Dataset) || type == typeof(SparqlResult);

    [Test]
    public void Public_writers_take_source_destination_options_cancellation()
    {
        var offenders = new List<string>();
        foreach (var method in Shipped.SelectMany(a => a.GetExportedTypes())
                     .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                     .Where(m => m.Name is "Write" or "WriteAsync"))
        {
            var parameters = method.GetParameters();
            int destination = Array.FindIndex(parameters, p => IsDestination(p.ParameterType));
            if (destination < 0) continue;
            int expected = !method.IsStatic && IsData(method.DeclaringType!) ? 0 : 1;
            int cancellation = Array.FindIndex(parameters, p => p.ParameterType == typeof(CancellationToken));
            if (destination != expected || (cancellation >= 0 && cancellation != parameters.Length - 1))
                offenders.Add($"{method.DeclaringType!.FullName}.{method.Name}({string.Join(", ", parameters.Select(p => p.ParameterType.Name + " " + p.Name))})");
        }
        offenders.Should().BeEmpty("writers take (source, destination, options, cancellation)");
    }

    [Test]
    public void The_check_sees_the_writers()
    {
        // Guards the test above against passing vacuously: the RDF, export and results writers are all inspected.
        var inspected = Shipped.SelectMany(a => a.GetExportedTypes())
            .Where(t => t.GetMethods().Any(m => m.Name == "Write" && m.GetParameters().Any(p => IsDestination(p.ParameterType))))
            .Select(t => t.Name).ToList();
        inspected.Should().Contain(["TurtleWriter", "JsonLdWriter", "GraphMlWriter", "GexfWriter", "SparqlResultsWriter", "Graph", "Dataset"]);
    }
}
