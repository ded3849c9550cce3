using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace KnowledgeGraph.Tests.Architecture;

/// <summary>One type of an assembly using another type of the same assembly, by namespace and (outermost) type name.</summary>
public sealed record TypeDependency(string FromNamespace, string FromType, string ToNamespace, string ToType)
{
    /// <summary><c>Ns.A -> Ns.B via TypeA -> TypeB</c>, the form every architecture failure names an edge in.</summary>
    public override string ToString() => $"{FromNamespace} -> {ToNamespace} via {FromType} -> {ToType}";
}

/// <summary>
/// Reads the compiled assembly's metadata (System.Reflection.Metadata, nothing is loaded or run) and lists which of
/// its types use which others: base types and interfaces, generic constraints, field, property, event and method
/// signatures, local variables, caught exception types, custom attributes, and every type, method and field token in
/// method bodies (calls, field access, casts, <c>typeof</c>, object creation) with the signatures of the members
/// they name, including generic instantiations. So a <c>using</c> that is used shows up; one that is not does not.
/// Nested and compiler-generated types (lambdas, iterators, async state machines) count as their outermost type.
/// Only types under <c>rootNamespace</c> are considered (this leaves out the attributes the compiler embeds).
/// </summary>
public static class TypeDependencies
{
    public static IReadOnlyList<TypeDependency> Read(string assemblyPath, string rootNamespace)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var collector = new Collector(reader, pe, rootNamespace);
        foreach (var handle in reader.TypeDefinitions) collector.Visit(handle);
        return collector.Result.OrderBy(d => d.FromNamespace, StringComparer.Ordinal).ThenBy(d => d.ToNamespace, StringComparer.Ordinal)
            .ThenBy(d => d.FromType, StringComparer.Ordinal).ThenBy(d => d.ToType, StringComparer.Ordinal).ToList();
    }

    /// <summary>The namespaces under <paramref name="rootNamespace"/> that declare at least one type.</summary>
    public static IReadOnlyList<string> Namespaces(string assemblyPath, string rootNamespace)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.TypeDefinitions.Select(h => reader.GetString(reader.GetTypeDefinition(h).Namespace))
            .Where(ns => IsUnder(ns, rootNamespace)).Distinct().OrderBy(ns => ns, StringComparer.Ordinal).ToList();
    }

    internal static bool IsUnder(string ns, string root) =>
        ns == root || (ns.StartsWith(root, StringComparison.Ordinal) && ns.Length > root.Length && ns[root.Length] == '.');

    /// <summary>Walks one type definition at a time, recording the types it uses.</summary>
    private sealed class Collector : ISignatureTypeProvider<int, object?>
    {
        private readonly MetadataReader _reader;
        private readonly PEReader _pe;
        private readonly string _root;
        private (string Namespace, string Name) _current;

        public Collector(MetadataReader reader, PEReader pe, string root)
        {
            _reader = reader;
            _pe = pe;
            _root = root;
        }

        public HashSet<TypeDependency> Result { get; } = [];

        public void Visit(TypeDefinitionHandle handle)
        {
            _current = Outermost(handle);
            if (!IsUnder(_current.Namespace, _root)) return;
            var type = _reader.GetTypeDefinition(handle);
            Use(type.BaseType);
            foreach (var i in type.GetInterfaceImplementations()) Use(_reader.GetInterfaceImplementation(i).Interface);
            GenericParameters(type.GetGenericParameters());
            Attributes(type.GetCustomAttributes());
            foreach (var f in type.GetFields())
            {
                var field = _reader.GetFieldDefinition(f);
                field.DecodeSignature(this, null);
                Attributes(field.GetCustomAttributes());
            }
            foreach (var p in type.GetProperties())
            {
                var property = _reader.GetPropertyDefinition(p);
                property.DecodeSignature(this, null);
                Attributes(property.GetCustomAttributes());
            }
            foreach (var e in type.GetEvents())
            {
                var ev = _reader.GetEventDefinition(e);
                Use(ev.Type);
                Attributes(ev.GetCustomAttributes());
            }
            foreach (var m in type.GetMethods()) Method(_reader.GetMethodDefinition(m));
        }

        private void Method(MethodDefinition method)
        {
            method.DecodeSignature(this, null);
            Attributes(method.GetCustomAttributes());
            GenericParameters(method.GetGenericParameters());
            foreach (var p in method.GetParameters()) Attributes(_reader.GetParameter(p).GetCustomAttributes());
            if (method.RelativeVirtualAddress == 0) return;
            var body = _pe.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil)
                _reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(this, null);
            foreach (var region in body.ExceptionRegions) Use(region.CatchType);
            var il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                var opCode = ReadOpCode(ref il);
                if (IlOperands.IsToken(opCode))
                {
                    int token = il.ReadInt32();
                    if (opCode != ILOpCode.Ldstr) Use(MetadataTokens.EntityHandle(token));
                }
                else IlOperands.Skip(opCode, ref il);
            }
        }

        private static ILOpCode ReadOpCode(ref BlobReader il)
        {
            byte b = il.ReadByte();
            return b == 0xFE ? (ILOpCode)(0xFE00 | il.ReadByte()) : (ILOpCode)b;
        }

        private void GenericParameters(GenericParameterHandleCollection parameters)
        {
            foreach (var g in parameters)
            {
                var parameter = _reader.GetGenericParameter(g);
                foreach (var c in parameter.GetConstraints()) Use(_reader.GetGenericParameterConstraint(c).Type);
                Attributes(parameter.GetCustomAttributes());
            }
        }

        private void Attributes(CustomAttributeHandleCollection attributes)
        {
            foreach (var a in attributes) Use(_reader.GetCustomAttribute(a).Constructor);
        }

        /// <summary>Records the type a handle names (for a member: its declaring type and the types in its signature).</summary>
        private void Use(EntityHandle handle)
        {
            if (handle.IsNil) return;
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    Record(Outermost((TypeDefinitionHandle)handle));
                    break;
                case HandleKind.TypeReference:
                    if (OwnTypeReference((TypeReferenceHandle)handle) is { } own) Record(own);
                    break;
                case HandleKind.TypeSpecification:
                    _reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                    break;
                case HandleKind.MethodDefinition:
                    Use(_reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.FieldDefinition:
                    Use(_reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.MemberReference:
                    var member = _reader.GetMemberReference((MemberReferenceHandle)handle);
                    Use(member.Parent);
                    if (member.GetKind() == MemberReferenceKind.Method) member.DecodeMethodSignature(this, null);
                    else member.DecodeFieldSignature(this, null);
                    break;
                case HandleKind.MethodSpecification:
                    var spec = _reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                    Use(spec.Method);
                    spec.DecodeSignature(this, null);
                    break;
                case HandleKind.StandaloneSignature:
                    var signature = _reader.GetStandaloneSignature((StandaloneSignatureHandle)handle);
                    if (signature.GetKind() == StandaloneSignatureKind.Method) signature.DecodeMethodSignature(this, null);
                    break;
            }
        }

        private void Record((string Namespace, string Name) target)
        {
            if (target.Namespace == _current.Namespace || !IsUnder(target.Namespace, _root)) return;
            Result.Add(new TypeDependency(_current.Namespace, _current.Name, target.Namespace, target.Name));
        }

        private (string Namespace, string Name) Outermost(TypeDefinitionHandle handle)
        {
            var type = _reader.GetTypeDefinition(handle);
            while (!type.GetDeclaringType().IsNil) type = _reader.GetTypeDefinition(type.GetDeclaringType());
            return (_reader.GetString(type.Namespace), WithoutArity(_reader.GetString(type.Name)));
        }

        /// <summary>A reference to a type of this same module (rare: the compiler uses definitions), else null.</summary>
        private (string Namespace, string Name)? OwnTypeReference(TypeReferenceHandle handle)
        {
            var type = _reader.GetTypeReference(handle);
            while (type.ResolutionScope.Kind == HandleKind.TypeReference) type = _reader.GetTypeReference((TypeReferenceHandle)type.ResolutionScope);
            if (type.ResolutionScope.Kind != HandleKind.ModuleDefinition) return null;
            return (_reader.GetString(type.Namespace), WithoutArity(_reader.GetString(type.Name)));
        }

        private static string WithoutArity(string name) => name.IndexOf('`') is var tick and >= 0 ? name[..tick] : name;

        // ISignatureTypeProvider: every named type met while decoding a signature is recorded; the int is unused.
        public int GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) { Use(handle); return 0; }
        public int GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) { Use(handle); return 0; }
        public int GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) { Use(handle); return 0; }
        public int GetModifiedType(int modifier, int unmodifiedType, bool isRequired) => 0;
        public int GetPinnedType(int elementType) => 0;
        public int GetArrayType(int elementType, ArrayShape shape) => 0;
        public int GetByReferenceType(int elementType) => 0;
        public int GetPointerType(int elementType) => 0;
        public int GetSZArrayType(int elementType) => 0;
        public int GetPrimitiveType(PrimitiveTypeCode typeCode) => 0;
        public int GetFunctionPointerType(MethodSignature<int> signature) => 0;
        public int GetGenericInstantiation(int genericType, System.Collections.Immutable.ImmutableArray<int> typeArguments) => 0;
        public int GetGenericMethodParameter(object? genericContext, int index) => 0;
        public int GetGenericTypeParameter(object? genericContext, int index) => 0;
    }
}
