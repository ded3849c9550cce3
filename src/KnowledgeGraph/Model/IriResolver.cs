using System.Text;

namespace KnowledgeGraph.Model;

/// <summary>
/// Resolves IRI references against a base IRI as RFC 3986 section 5.2 specifies (the algorithm the W3C RDF and
/// SPARQL test suites expect), including dot-segment removal.
/// </summary>
/// <remarks>Thread safety: every member is safe to call from several threads at once.</remarks>
public static class IriResolver
{
    /// <summary>Resolves <paramref name="reference"/> against <paramref name="baseIri"/>.</summary>
    /// <param name="baseIri">An absolute base IRI, or null when there is none.</param>
    /// <param name="reference">An absolute or relative IRI reference.</param>
    /// <returns>The absolute IRI.</returns>
    /// <exception cref="ArgumentException">The reference is relative and there is no usable base.</exception>
    public static string Resolve(string? baseIri, string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var r = Parts.Parse(reference);
        // An absolute IRI is kept as written, dot segments included: N-Triples and JSON-LD never resolve it, so a
        // reader that did would change the IRI on a round trip through another syntax.
        if (r.Scheme is not null) return reference;
        if (string.IsNullOrEmpty(baseIri))
            throw new ArgumentException($"The relative IRI <{ErrorText.Quote(reference)}> cannot be resolved without a base IRI.");
        // The base must pass the rule every reader applies, or resolving against it would make IRIs no reader accepts.
        if (!IriSyntax.IsAbsoluteIri(baseIri, out var problem))
            throw new ArgumentException($"The base IRI <{ErrorText.Quote(baseIri)}> is not an absolute IRI: {problem}.");
        var b = Parts.Parse(baseIri);

        string? authority, path, query;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = r.Path[0] == '/' ? RemoveDotSegments(r.Path) : RemoveDotSegments(Merge(b, r.Path));
                query = r.Query;
            }
            authority = b.Authority;
        }
        return Recompose(b.Scheme!, authority, path, query, r.Fragment);
    }

    /// <summary>Resolves against a base that may be null, returning null instead of throwing for relative references.</summary>
    public static bool TryResolve(string? baseIri, string reference, out string? result)
    {
        try
        {
            result = Resolve(baseIri, reference);
            return true;
        }
        catch (ArgumentException)
        {
            result = null;
            return false;
        }
    }

    private static string Merge(Parts b, string relPath)
    {
        if (b.Authority is not null && b.Path.Length == 0) return "/" + relPath;
        int slash = b.Path.LastIndexOf('/');
        return slash < 0 ? relPath : string.Concat(b.Path.AsSpan(0, slash + 1), relPath);
    }

    /// <summary>RFC 3986 section 5.2.4.</summary>
    internal static string RemoveDotSegments(string path)
    {
        if (path.IndexOf('.') < 0) return path;
        var input = path;
        var output = new List<string>();
        int i = 0;
        var sb = new StringBuilder();
        while (i < input.Length)
        {
            var rest = input.AsSpan(i);
            if (rest.StartsWith("../")) { i += 3; continue; }
            if (rest.StartsWith("./")) { i += 2; continue; }
            if (rest.StartsWith("/./")) { i += 2; continue; }
            if (rest.SequenceEqual("/.")) { input = input[..i] + "/"; continue; }
            if (rest.StartsWith("/../"))
            {
                i += 3;
                if (output.Count > 0) output.RemoveAt(output.Count - 1);
                continue;
            }
            if (rest.SequenceEqual("/.."))
            {
                input = input[..i] + "/";
                if (output.Count > 0) output.RemoveAt(output.Count - 1);
                continue;
            }
            if (rest.SequenceEqual(".") || rest.SequenceEqual("..")) break;
            int start = i;
            if (input[i] == '/') i++;
            while (i < input.Length && input[i] != '/') i++;
            output.Add(input[start..i]);
        }
        foreach (var seg in output) sb.Append(seg);
        return sb.ToString();
    }

    private static string Recompose(string scheme, string? authority, string path, string? query, string? fragment)
    {
        var sb = new StringBuilder(scheme.Length + path.Length + 16);
        sb.Append(scheme).Append(':');
        if (authority is not null) sb.Append("//").Append(authority);
        sb.Append(path);
        if (query is not null) sb.Append('?').Append(query);
        if (fragment is not null) sb.Append('#').Append(fragment);
        return sb.ToString();
    }

    private readonly record struct Parts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment)
    {
        public static Parts Parse(string s)
        {
            string? scheme = null, authority = null, query = null, fragment = null;
            int hash = s.IndexOf('#');
            if (hash >= 0)
            {
                fragment = s[(hash + 1)..];
                s = s[..hash];
            }
            int q = s.IndexOf('?');
            if (q >= 0)
            {
                query = s[(q + 1)..];
                s = s[..q];
            }
            int colon = IriSyntax.SchemeLength(s);
            if (colon > 0)
            {
                scheme = s[..colon];
                s = s[(colon + 1)..];
            }
            if (s.StartsWith("//", StringComparison.Ordinal))
            {
                int end = s.IndexOf('/', 2);
                if (end < 0) end = s.Length;
                authority = s[2..end];
                s = s[end..];
            }
            return new Parts(scheme, authority, s, query, fragment);
        }
    }
}
