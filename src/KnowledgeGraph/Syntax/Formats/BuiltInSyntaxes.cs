using System.Runtime.CompilerServices;
using KnowledgeGraph.Syntax.JsonLd;
using KnowledgeGraph.Syntax.NTriples;
using KnowledgeGraph.Syntax.RdfXml;
using KnowledgeGraph.Syntax.Turtle;

namespace KnowledgeGraph.Syntax.Formats;

/// <summary>
/// Binds the six built-in <see cref="RdfFormat"/>s to their readers and writers when the assembly loads. Living above
/// the syntaxes, it keeps <see cref="RdfFormat"/> (which every syntax uses) from naming any of them, so the
/// namespaces stay free of cycles.
/// </summary>
internal static class BuiltInSyntaxes
{
    // A library's module initializer runs for every user of the assembly (CA2255's caution); this one only stores six
    // pairs of delegates, and it is what lets the format registry and its built-ins live in separate layers.
    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255", Justification = "Binds the built-in formats; allocates six delegate pairs.")]
    internal static void Bind()
    {
        RdfFormat.Turtle.Bind(() => new TurtleReader(), () => new TurtleWriter());
        RdfFormat.NTriples.Bind(() => new NTriplesReader(), () => new NTriplesWriter());
        RdfFormat.NQuads.Bind(() => new NQuadsReader(), () => new NQuadsWriter());
        RdfFormat.TriG.Bind(() => new TriGReader(), () => new TriGWriter());
        RdfFormat.RdfXml.Bind(() => new RdfXmlReader(), () => new RdfXmlWriter());
        RdfFormat.JsonLd.Bind(() => new JsonLdReader(), () => new JsonLdWriter());
    }
}
