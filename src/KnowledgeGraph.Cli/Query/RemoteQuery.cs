using KnowledgeGraph.Cli.Formats;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Model;
using KnowledgeGraph.Remote;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Query;

/// <summary>
/// <c>kg query --endpoint URL</c>: sends the query text, untouched (the endpoint may know extensions we do not), and
/// prints the answer through the same writers as a local query. An endpoint that cannot be reached is an I/O error
/// (exit 3); one that refuses the query with a 4xx is invalid input (exit 1).
/// </summary>
internal static class RemoteQuery
{
    public static int Run(CliContext context, string endpoint, string text, string? baseIri, string resultsFormat, CliFormat graphFormat,
        string? output, TimeSpan? timeout)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var url) || (url.Scheme != "http" && url.Scheme != "https"))
            throw new Arguments.UsageException($"--endpoint needs an http(s) URL, not '{endpoint}'", "query");
        using var client = new SparqlEndpointClient(url);
        if (timeout is not null) client.Timeout = timeout.Value;
        if (baseIri is not null) text = $"BASE <{baseIri}>\n" + text;
        SparqlResult result;
        try
        {
            using var progress = ProgressDisplay.Start(context, "waiting for " + url.Authority);
            result = client.QueryAsync(text, context.Cancellation).GetAwaiter().GetResult();
        }
        catch (SparqlEndpointException e) when (e.Failure == SparqlEndpointFailure.HttpStatus && (int?)e.StatusCode is >= 400 and < 500)
        {
            throw new InvalidInputException("query", $"{url} refused the query ({(int)e.StatusCode!}): {e.BodyStart}");
        }
        catch (SparqlEndpointException e)
        {
            throw new CliIoException(url.ToString(), e.Message, e);
        }
        if (result.Kind == SparqlResultKind.Graph)
        {
            RdfOutput.Write(context, result.Graph, graphFormat, output);
            return ExitCodes.Success;
        }
        using var target = OutputTarget.Open(context, output);
        if (resultsFormat != "table") SparqlBridge.WriteResults(target.Writer, result, resultsFormat);
        else if (result.Kind == SparqlResultKind.Boolean) target.Writer.WriteLine(result.Boolean ? "true" : "false");
        else ResultTable.Write(target.Writer, result.ResultSet, new TermText(new PrefixMap()), output is null or "-" ? context.TerminalWidth : null);
        target.Commit();
        return ExitCodes.Success;
    }
}
