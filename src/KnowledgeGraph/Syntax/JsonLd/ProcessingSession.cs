using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>State shared by one run of the algorithms: options, cancellation, remote documents already loaded,
/// and the guard that keeps recursion within the stack.</summary>
internal sealed class ProcessingSession
{
    private readonly Dictionary<string, JToken> _remote = new(StringComparer.Ordinal);

    public ProcessingSession(JsonLdOptions options, CancellationToken cancellationToken)
    {
        Options = options;
        CancellationToken = cancellationToken;
    }

    public JsonLdOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The remote document at <paramref name="iri"/>, parsed; <c>loading remote context failed</c> when unavailable.</summary>
    public JToken LoadRemote(string iri, JToken? at)
    {
        if (_remote.TryGetValue(iri, out var cached)) return cached;
        string? json;
        try
        {
            json = Options.DocumentLoader.Load(iri);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new JsonLdError(ErrorCodes.LoadingRemoteContextFailed, $"the remote context <{iri}> could not be loaded: {e.Message}", at);
        }
        if (json is null)
            JsonLdError.Throw(ErrorCodes.LoadingRemoteContextFailed,
                $"the remote context <{iri}> is not available: remote documents are never fetched from the network; register it with JsonLdDocumentLoader.Register", at);
        JToken doc;
        try
        {
            doc = JsonText.Parse(json, Options.MaxDepth, iri);
        }
        catch (JsonLdException e)
        {
            throw new JsonLdError(ErrorCodes.LoadingRemoteContextFailed, $"the remote context <{iri}> is not valid JSON: {e.Message}", at);
        }
        _remote[iri] = doc;
        return doc;
    }

    /// <summary>Called before each recursive step: honours cancellation and stops before the stack runs out.</summary>
    public void Enter(int depth, JToken? at)
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (depth > Options.MaxDepth)
            JsonLdError.Throw(ErrorCodes.InvalidInput, $"the document is nested more than {Options.MaxDepth} levels deep", at);
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            JsonLdError.Throw(ErrorCodes.InvalidInput, "the document is nested too deeply to process", at);
    }
}
