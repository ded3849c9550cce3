using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.RocksDb.Native;

/// <summary>
/// Finds the native RocksDB library that the <c>RocksDB</c> NuGet package ships in <c>runtimes/&lt;rid&gt;/native/</c>:
/// <c>librocksdb.so</c> (and <c>librocksdb-musl.so</c> for musl-based Linux such as Alpine), <c>librocksdb.dylib</c>
/// on macOS, <c>rocksdb.dll</c> on Windows. A framework-dependent app finds it through its deps.json and a published
/// or Native AOT app next to itself, both by the plain name; a host that loads this assembly without its deps.json
/// (a notebook kernel, a plug-in) gets the package layout tried under the app's and the assembly's directories.
/// </summary>
internal static class NativeLibraryResolver
{
    private static int _registered;

    /// <summary>Installs the resolver for this assembly's imports; only the first call does anything.</summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
            NativeLibrary.SetDllImportResolver(typeof(NativeLibraryResolver).Assembly, Resolve);
    }

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != RocksDbApi.Library) return 0;
        foreach (var candidate in Names())
        {
            if (NativeLibrary.TryLoad(candidate, assembly, searchPath, out nint loaded)) return loaded;
        }
        foreach (var directory in PackageFolders(assembly))
        {
            foreach (var candidate in Names())
            {
                var path = Path.Combine(directory, FileName(candidate));
                if (File.Exists(path) && NativeLibrary.TryLoad(path, out nint loaded)) return loaded;
            }
        }
        return 0; // the runtime's own search then reports what it tried
    }

    /// <summary>The library's names without prefix and suffix, the build for this C library first.</summary>
    private static IEnumerable<string> Names()
    {
        if (RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal)) yield return RocksDbApi.Library + "-musl";
        yield return RocksDbApi.Library;
    }

    private static string FileName(string name) =>
        OperatingSystem.IsWindows() ? name + ".dll" : OperatingSystem.IsMacOS() ? "lib" + name + ".dylib" : "lib" + name + ".so";

    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "An empty Location (single-file, Native AOT) is skipped.")]
    private static IEnumerable<string> PackageFolders(Assembly assembly)
    {
        string os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        string rid = os + "-" + RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        // Location is empty in a single-file or Native AOT app, whose libraries sit next to the executable anyway.
        string[] roots = [AppContext.BaseDirectory, Path.GetDirectoryName(assembly.Location) ?? ""];
        return roots.Where(root => root.Length > 0).Distinct().Select(root => Path.Combine(root, "runtimes", rid, "native"));
    }
}
