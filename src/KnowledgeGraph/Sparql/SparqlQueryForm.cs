namespace KnowledgeGraph.Sparql;

/// <summary>The four SPARQL query forms.</summary>
public enum SparqlQueryForm
{
    /// <summary>SELECT: a sequence of solutions.</summary>
    Select,
    /// <summary>ASK: whether there is a solution.</summary>
    Ask,
    /// <summary>CONSTRUCT: a graph built from a template.</summary>
    Construct,
    /// <summary>DESCRIBE: a graph describing resources.</summary>
    Describe,
}
