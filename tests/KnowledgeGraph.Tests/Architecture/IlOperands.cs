using System.Reflection.Metadata;

namespace KnowledgeGraph.Tests.Architecture;

/// <summary>The operand layout of each IL instruction (ECMA-335 partition III), to walk a method body and pick out
/// the metadata tokens: which instructions carry a token, and how many bytes the others' operands take.</summary>
internal static class IlOperands
{
    /// <summary>True when the instruction's operand is a 4-byte metadata token (type, method, field, signature or string).</summary>
    public static bool IsToken(ILOpCode op) => op switch
    {
        ILOpCode.Call or ILOpCode.Callvirt or ILOpCode.Newobj or ILOpCode.Jmp or ILOpCode.Calli or ILOpCode.Ldftn
            or ILOpCode.Ldvirtftn or ILOpCode.Ldfld or ILOpCode.Ldflda or ILOpCode.Stfld or ILOpCode.Ldsfld
            or ILOpCode.Ldsflda or ILOpCode.Stsfld or ILOpCode.Ldtoken or ILOpCode.Box or ILOpCode.Unbox
            or ILOpCode.Unbox_any or ILOpCode.Castclass or ILOpCode.Isinst or ILOpCode.Newarr or ILOpCode.Ldelema
            or ILOpCode.Ldelem or ILOpCode.Stelem or ILOpCode.Ldobj or ILOpCode.Stobj or ILOpCode.Cpobj
            or ILOpCode.Initobj or ILOpCode.Constrained or ILOpCode.Sizeof or ILOpCode.Mkrefany or ILOpCode.Refanyval
            or ILOpCode.Ldstr => true,
        _ => false,
    };

    /// <summary>Moves past the operand of an instruction that does not carry a token.</summary>
    public static void Skip(ILOpCode op, ref BlobReader il)
    {
        if (op == ILOpCode.Switch)
        {
            int targets = il.ReadInt32();
            il.Offset += 4 * targets;
            return;
        }
        il.Offset += Size(op);
    }

    private static int Size(ILOpCode op) => op switch
    {
        ILOpCode.Ldarg_s or ILOpCode.Ldarga_s or ILOpCode.Starg_s or ILOpCode.Ldloc_s or ILOpCode.Ldloca_s
            or ILOpCode.Stloc_s or ILOpCode.Ldc_i4_s or ILOpCode.Unaligned or (ILOpCode)0xFE19 => 1, // 0xFE19: the no. prefix
        ILOpCode.Ldarg or ILOpCode.Ldarga or ILOpCode.Starg or ILOpCode.Ldloc or ILOpCode.Ldloca or ILOpCode.Stloc => 2,
        ILOpCode.Ldc_i4 or ILOpCode.Ldc_r4 => 4,
        ILOpCode.Ldc_i8 or ILOpCode.Ldc_r8 => 8,
        _ when op.IsBranch() => op.GetBranchOperandSize(),
        _ => 0,
    };
}
