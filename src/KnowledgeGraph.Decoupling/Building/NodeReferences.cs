using KnowledgeGraph.Model;

namespace KnowledgeGraph.Building;

/// <summary>A node made by a <see cref="KnowledgeGraphBuilder"/>, which other nodes can refer to.</summary>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public interface INodeReference
{
    /// <summary>The readable id, e.g. <c>aws-shanghai-ai-lab</c>.</summary>
    string Id { get; }

    /// <summary>The node's IRI under <c>https://w3id.org/decoupling/id/</c>.</summary>
    NamedNode Iri { get; }
}

/// <summary>A node an event can be aimed at: an agent or a place (the range of <c>dcp:target</c>).</summary>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public interface ITargetReference : INodeReference { }

/// <summary>An agent (<c>dcp:Agent</c>): an organization or a person.</summary>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public interface IAgentReference : ITargetReference { }

/// <summary>An organization (<c>dcp:Organization</c>).</summary>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public interface IOrganizationReference : IAgentReference { }

/// <summary>A place (<c>dcp:Place</c>).</summary>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public interface IPlaceReference : ITargetReference { }

/// <summary>An event (<c>dcp:Event</c>).</summary>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public interface IEventReference : INodeReference { }

/// <summary>A news article claims are stated in (<c>dcp:NewsArticle</c>).</summary>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public interface IArticleReference : INodeReference { }
