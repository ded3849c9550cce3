using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Server;

/// <summary>How a <see cref="SparqlServer"/> listens and what it allows.</summary>
/// <remarks>Thread safety: a plain settings object; set it up before starting the server, which reads it once at start-up.</remarks>
public sealed class SparqlServerOptions
{
    /// <summary>The default <see cref="Bind"/>: loopback only, port 7878.</summary>
    public const string DefaultBind = "127.0.0.1:7878";

    /// <summary>HOST:PORT to listen on; loopback by default. Port 0 picks a free port (see <see cref="SparqlServer.BaseAddress"/>).</summary>
    public string Bind { get; set; } = DefaultBind;

    /// <summary>Refuse SPARQL Update and Graph Store writes (403).</summary>
    public bool ReadOnly { get; set; }

    /// <summary>Longest a query may run before the server answers 503; null for no limit. Default 60 seconds.</summary>
    public TimeSpan? QueryTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Largest request body accepted (413 beyond); default 64 MiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The value of <c>Access-Control-Allow-Origin</c>, so browser pages elsewhere can query; null turns CORS off. Default <c>*</c>.</summary>
    public string? CorsOrigin { get; set; } = "*";

    /// <summary>Answers SERVICE clauses in queries; null (the default) makes the server refuse federated queries.</summary>
    public ISparqlServiceClient? ServiceClient { get; set; }
}
