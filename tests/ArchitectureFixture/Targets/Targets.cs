// One target type per channel; each namespace is used from Channels in one way only.
namespace ArchitectureFixture.Targets.Base { public class BaseThing { } }
namespace ArchitectureFixture.Targets.Interface { public interface IThing { } }
namespace ArchitectureFixture.Targets.Generic { public sealed class GenericArgument { } }
namespace ArchitectureFixture.Targets.Signature { public sealed class ParameterThing { } }
namespace ArchitectureFixture.Targets.Local { public struct LocalThing { public int Value; } }
namespace ArchitectureFixture.Targets.Call { public static class Helper { public static int Value() => 42; } }
namespace ArchitectureFixture.Targets.Cast { public sealed class CastThing { } }
namespace ArchitectureFixture.Targets.Typeof { public sealed class TypeofThing { } }
namespace ArchitectureFixture.Targets.Lambda { public static class LambdaThing { public static int Value => 7; } }
namespace ArchitectureFixture.Targets.Attribute { [System.AttributeUsage(System.AttributeTargets.All)] public sealed class MarkAttribute : System.Attribute { } }
namespace ArchitectureFixture.Targets.Catch { public sealed class FixtureException : System.Exception { } }
namespace ArchitectureFixture.Targets.Unused { public sealed class UnusedThing { } }
