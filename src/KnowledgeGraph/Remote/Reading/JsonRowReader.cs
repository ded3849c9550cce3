using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using Newtonsoft.Json;

namespace KnowledgeGraph.Remote.Reading;

/// <summary>
/// SPARQL 1.1 Query Results JSON read token by token. Servers write <c>head</c> before <c>results</c>, and then rows
/// stream; a document that puts <c>results</c> first has its rows buffered until the head names the variables.
/// </summary>
internal sealed class JsonRowReader : ResultsRowReader
{
    private readonly JsonTextReader _json;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private Queue<Dictionary<string, Term>>? _early;
    private bool _inBindings;

    public JsonRowReader(TextReader input, string sourceName) : base(sourceName) =>
        _json = new JsonTextReader(input) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal, MaxDepth = 64, CloseInput = false };

    public override async Task ReadHeadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await NextAsync(cancellationToken);
            if (_json.TokenType != JsonToken.StartObject) throw Error("The results document must be a JSON object.");
            bool head = false;
            while (await NextAsync(cancellationToken) && _json.TokenType == JsonToken.PropertyName)
            {
                var name = (string)_json.Value!;
                await NextAsync(cancellationToken);
                switch (name)
                {
                    case "head":
                        await ReadHeadObjectAsync(cancellationToken);
                        head = true;
                        if (_early is not null) return;
                        break;
                    case "boolean":
                        if (_json.TokenType != JsonToken.Boolean) throw Error("'boolean' must be true or false.");
                        Boolean = (bool)_json.Value!;
                        return;
                    case "results":
                        if (_json.TokenType != JsonToken.StartObject) throw Error("'results' must be an object.");
                        if (await EnterBindingsAsync(cancellationToken) is false) break;
                        if (head) { _inBindings = true; return; }
                        _early = new Queue<Dictionary<string, Term>>();
                        while (await ReadBindingAsync(cancellationToken) is { } early) _early.Enqueue(early);
                        while (await NextAsync(cancellationToken) && _json.TokenType == JsonToken.PropertyName)
                        {
                            await NextAsync(cancellationToken);
                            await _json.SkipAsync(cancellationToken);
                        }
                        break;
                    default:
                        await _json.SkipAsync(cancellationToken);
                        break;
                }
            }
            if (!head && Boolean is null) throw Error("The results document has neither 'head' and 'results' nor 'boolean'.");
        }
        catch (JsonReaderException e)
        {
            throw new RdfSyntaxException(e.Message.Split(" Path '")[0], Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition), SourceName, e);
        }
    }

    public override async ValueTask<Term?[]?> ReadRowAsync(CancellationToken cancellationToken)
    {
        try
        {
            Dictionary<string, Term>? binding;
            if (_early is not null) binding = _early.Count > 0 ? _early.Dequeue() : null;
            else if (!_inBindings) return null;
            else
            {
                binding = await ReadBindingAsync(cancellationToken);
                if (binding is null) _inBindings = false;
            }
            if (binding is null) return null;
            var row = new Term?[Variables.Count];
            foreach (var (name, term) in binding)
            {
                if (!_index.TryGetValue(name, out int i)) throw Error($"Variable '{name}' is bound but not listed in head.vars.");
                row[i] = term;
            }
            return row;
        }
        catch (JsonReaderException e)
        {
            throw new RdfSyntaxException(e.Message.Split(" Path '")[0], Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition), SourceName, e);
        }
    }

    private async Task ReadHeadObjectAsync(CancellationToken cancellationToken)
    {
        if (_json.TokenType != JsonToken.StartObject) throw Error("'head' must be an object.");
        var variables = new List<string>();
        while (await NextAsync(cancellationToken) && _json.TokenType == JsonToken.PropertyName)
        {
            var name = (string)_json.Value!;
            await NextAsync(cancellationToken);
            if (name != "vars") { await _json.SkipAsync(cancellationToken); continue; }
            if (_json.TokenType != JsonToken.StartArray) throw Error("'head.vars' must be an array of names.");
            while (await NextAsync(cancellationToken) && _json.TokenType != JsonToken.EndArray)
            {
                if (_json.TokenType != JsonToken.String) throw Error("A variable name must be a string.");
                var v = (string)_json.Value!;
                if (_index.ContainsKey(v)) throw Error($"Variable '{v}' is listed twice.");
                _index[v] = variables.Count;
                variables.Add(v);
            }
        }
        Variables = variables;
    }

    /// <summary>Moves into the <c>bindings</c> array of a <c>results</c> object; false when it has none.</summary>
    private async Task<bool> EnterBindingsAsync(CancellationToken cancellationToken)
    {
        while (await NextAsync(cancellationToken) && _json.TokenType == JsonToken.PropertyName)
        {
            var name = (string)_json.Value!;
            await NextAsync(cancellationToken);
            if (name == "bindings")
            {
                if (_json.TokenType != JsonToken.StartArray) throw Error("'results.bindings' must be an array.");
                return true;
            }
            await _json.SkipAsync(cancellationToken);
        }
        return false;
    }

    /// <summary>The next solution object of the bindings array, or null at its end.</summary>
    private async Task<Dictionary<string, Term>?> ReadBindingAsync(CancellationToken cancellationToken)
    {
        await NextAsync(cancellationToken);
        if (_json.TokenType == JsonToken.EndArray) return null;
        if (_json.TokenType != JsonToken.StartObject) throw Error("Each binding must be a JSON object.");
        var binding = new Dictionary<string, Term>(StringComparer.Ordinal);
        while (await NextAsync(cancellationToken) && _json.TokenType == JsonToken.PropertyName)
        {
            var name = (string)_json.Value!;
            await NextAsync(cancellationToken);
            binding[name] = await ReadTermAsync(cancellationToken);
        }
        return binding;
    }

    private async Task<Term> ReadTermAsync(CancellationToken cancellationToken)
    {
        if (_json.TokenType != JsonToken.StartObject) throw Error("A bound value must be an object with 'type' and 'value'.");
        string? type = null, value = null, language = null, datatype = null;
        while (await NextAsync(cancellationToken) && _json.TokenType == JsonToken.PropertyName)
        {
            var name = (string)_json.Value!;
            await NextAsync(cancellationToken);
            if (name is "type" or "value" or "xml:lang" or "datatype")
            {
                if (_json.TokenType != JsonToken.String) throw Error($"'{name}' must be a string.");
                var s = (string)_json.Value!;
                switch (name)
                {
                    case "type": type = s; break;
                    case "value": value = s; break;
                    case "xml:lang": language = s; break;
                    default: datatype = s; break;
                }
            }
            else await _json.SkipAsync(cancellationToken);
        }
        if (type is null) throw Error("The value object has no 'type'.");
        if (value is null) throw Error("The value object has no 'value'.");
        return MakeTerm(type, value, language, datatype, Error);
    }

    private async Task<bool> NextAsync(CancellationToken cancellationToken)
    {
        if (!await _json.ReadAsync(cancellationToken)) throw Error("The results document ends too early.");
        return true;
    }

    private RdfSyntaxException Error(string message) => new(message, Math.Max(1, _json.LineNumber), Math.Max(1, _json.LinePosition), SourceName);

    public override void Dispose() => ((IDisposable)_json).Dispose();
}
