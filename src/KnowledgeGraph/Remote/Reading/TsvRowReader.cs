using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Results.Text;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Remote.Reading;

/// <summary>SPARQL 1.1 Query Results TSV read line by line: a header of <c>?variables</c>, then one row per line.</summary>
internal sealed class TsvRowReader : ResultsRowReader
{
    private readonly TextReader _input;
    private int _line;

    public TsvRowReader(TextReader input, string sourceName) : base(sourceName) => _input = input;

    public override async Task ReadHeadAsync(CancellationToken cancellationToken)
    {
        var header = await _input.ReadLineAsync(cancellationToken) ?? "";
        _line = 1;
        if (header.Trim() is "true" or "false") { Boolean = header.Trim() == "true"; return; }
        var variables = new List<string>();
        if (header.Length == 0) { Variables = variables; return; }
        foreach (var cell in header.Split('\t'))
        {
            if (cell.Length < 2 || (cell[0] != '?' && cell[0] != '$')) throw new RdfSyntaxException($"'{cell}' is not a variable.", 1, 1, SourceName);
            variables.Add(cell[1..]);
        }
        Variables = variables;
    }

    public override async ValueTask<Term?[]?> ReadRowAsync(CancellationToken cancellationToken)
    {
        if (Boolean is not null) return null;
        while (true)
        {
            var line = await _input.ReadLineAsync(cancellationToken);
            _line++;
            if (line is null) return null;
            if (line.Length == 0 && Variables.Count != 1) continue;
            var cells = line.Split('\t');
            if (cells.Length != Variables.Count)
                throw new RdfSyntaxException($"The row has {cells.Length} cells for {Variables.Count} variables.", _line, 1, SourceName);
            var row = new Term?[cells.Length];
            int column = 1;
            for (int i = 0; i < cells.Length; i++)
            {
                if (cells[i].Length > 0) row[i] = TurtleTermParser.Parse(cells[i], _line, column, SourceName);
                column += cells[i].Length + 1;
            }
            return row;
        }
    }

    public override void Dispose() { }
}
