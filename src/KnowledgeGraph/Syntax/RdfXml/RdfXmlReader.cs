using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace KnowledgeGraph.Syntax.RdfXml;

/// <summary>
/// Reads <see href="https://www.w3.org/TR/rdf-syntax-grammar/">RDF 1.1 XML Syntax</see>, streaming: triples reach
/// the sink as their elements are read, so the document never has to fit in memory.
/// </summary>
/// <remarks>
/// No DTD or external entity is ever fetched; internal entity declarations work, with their expansion bounded.
/// Nesting depth is limited by <see cref="RdfReaderOptions.MaxNestingDepth"/> and costs no call stack.
/// <para>Thread safety: holds no state between calls; one instance may write or read on several threads at once, each call with its own input and output.</para>
/// </remarks>
public sealed partial class RdfXmlReader : IRdfReader
{
    /// <summary>Most characters that entity expansion may produce in one document (a guard against entity bombs).</summary>
    public const long MaxCharactersFromEntities = 10_000_000;

    /// <inheritdoc />
    public void Read(TextReader input, IRdfSink sink, RdfReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        options ??= new RdfReaderOptions();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = null,
            MaxCharactersFromEntities = MaxCharactersFromEntities,
            IgnoreWhitespace = false,
            IgnoreComments = false,
            IgnoreProcessingInstructions = false,
            CloseInput = false,
        };
        XmlReader? xml = null;
        var tracked = new PositionTrackingReader(input, options.MaxLiteralLength, options.SourceName);
        try
        {
            xml = XmlReader.Create(tracked, settings);
            new RdfXmlParser(xml, sink, options, cancellationToken).Parse();
        }
        catch (XmlException e)
        {
            throw new RdfSyntaxException(WithoutPosition(e.Message), Math.Max(e.LineNumber, 1), Math.Max(e.LinePosition, 1), options.SourceName, e);
        }
        catch (DecoderFallbackException e)
        {
            // A StreamReader fails a whole decoded block at once, so re-scan it when possible; other readers (such as
            // RdfInput's) deliver every valid character first, so the tracked position is where the bad bytes start.
            if (!Utf8ErrorPosition.TryLocate(input, out int line, out int column))
            {
                line = tracked.Line;
                column = tracked.Column;
            }
            throw new RdfSyntaxException("The input is not valid UTF-8" + BytesOf(e) + ".", Math.Max(line, 1), Math.Max(column, 1), options.SourceName, e);
        }
        finally
        {
            xml?.Dispose();
        }
    }

    /// <summary>XmlException messages end with "Line N, position M."; the position is reported separately.</summary>
    private static string WithoutPosition(string message) => TrailingPosition().Replace(message, "");

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex TrailingPosition();

    private static string BytesOf(DecoderFallbackException e) =>
        e.BytesUnknown is { Length: > 0 } b ? " (bytes " + string.Join(" ", b.Select(x => x.ToString("X2", System.Globalization.CultureInfo.InvariantCulture))) + ")" : "";
}
