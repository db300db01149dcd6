using System.Text;
using System.Text.RegularExpressions;

namespace AlipayInStore.Gateway.Tests.Architecture;

/// <summary>
/// Which gateway feature folder names which, read from the source: a file of folder A uses folder B when it names
/// <c>AlipayInStore.Gateway.B</c> (a using directive or a fully qualified name) or <c>B.T</c> for a type T declared
/// in B (the name the gateway's own namespaces resolve without a using). Each edge keeps the first file, in path order,
/// that makes it.
/// </summary>
internal sealed partial class FolderGraph
{
    // Not counted, either way. Data holds the one EF context, which names every folder's entities and their
    // configurations; Hosting is the composition root, which registers and maps every folder and hands the features what
    // crosses them (options, the clock, the control API group). Edges to or from either say nothing about how the
    // features are layered.
    private static readonly HashSet<string> Infrastructure = ["Data", "Hosting"];

    private FolderGraph(Dictionary<(string From, string To), string> edges) => Edges = edges;

    /// <summary>Each edge between feature folders, with one file (relative to the project, '/'-separated) that makes it.</summary>
    public IReadOnlyDictionary<(string From, string To), string> Edges { get; }

    public static FolderGraph Read(string projectDirectory)
    {
        var folders = Directory.EnumerateDirectories(projectDirectory).Select(Path.GetFileName).OfType<string>()
            .Where(f => f is not ("bin" or "obj") && !Infrastructure.Contains(f)).ToHashSet();
        var sources = folders.ToDictionary(f => f, f => SourceFiles(Path.Combine(projectDirectory, f))
            .Select(file => (Path: Path.GetRelativePath(projectDirectory, file).Replace('\\', '/'), Text: File.ReadAllText(file))).ToList());
        var declared = sources.ToDictionary(s => s.Key, s => s.Value.SelectMany(f => TypeDeclaration().Matches(f.Text).Select(m => m.Groups[1].Value)).ToHashSet());
        var edges = new Dictionary<(string, string), string>();
        foreach (var (folder, files) in sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            foreach (var (path, text) in files)
            {
                var named = GatewayName().Matches(text).Select(m => m.Groups[1].Value)
                    .Concat(FolderQualifiedName().Matches(text)
                        .Where(m => declared.TryGetValue(m.Groups[1].Value, out var types) && types.Contains(m.Groups[2].Value))
                        .Select(m => m.Groups[1].Value));
                foreach (var other in named.Where(n => n != folder && folders.Contains(n)))
                {
                    edges.TryAdd((folder, other), path);
                }
            }
        }
        return new FolderGraph(edges);
    }

    /// <summary>
    /// Every cycle that goes through an edge not in <paramref name="except"/>, each once, written
    /// <c>A -> B -> A</c> and followed by one file per edge. For each edge A -> B the shortest way back from B to A is taken.
    /// </summary>
    public IReadOnlyList<string> Cycles(IReadOnlySet<(string From, string To)> except)
    {
        var counted = Edges.Keys.Where(e => !except.Contains(e)).ToList();
        var next = counted.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Order(StringComparer.Ordinal).ToList());
        var seen = new HashSet<string>();
        var cycles = new List<string>();
        foreach (var (from, to) in counted.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal))
        {
            if (ShortestPath(next, to, from) is not { } back)
            {
                continue;
            }
            List<string> cycle = [from, .. back];
            if (seen.Add(Canonical(cycle)))
            {
                cycles.Add(Describe(cycle));
            }
        }
        return cycles;
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    // Breadth first: the folders from start to goal, both included, or null when goal is out of reach.
    private static List<string>? ShortestPath(Dictionary<string, List<string>> next, string start, string goal)
    {
        var cameFrom = new Dictionary<string, string> { [start] = start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var at))
        {
            if (at == goal)
            {
                var path = new List<string> { at };
                while (path[^1] != start)
                {
                    path.Add(cameFrom[path[^1]]);
                }
                path.Reverse();
                return path;
            }
            foreach (var to in next.GetValueOrDefault(at, []))
            {
                if (cameFrom.TryAdd(to, at))
                {
                    queue.Enqueue(to);
                }
            }
        }
        return null;
    }

    // The same circle read from any of its folders is one cycle: start it at its first folder in ordinal order.
    private static string Canonical(List<string> cycle)
    {
        var open = cycle[..^1];
        var first = open.IndexOf(open.Min(StringComparer.Ordinal)!);
        return string.Join(" -> ", open[first..].Concat(open[..first]));
    }

    private string Describe(List<string> cycle)
    {
        var text = new StringBuilder(string.Join(" -> ", cycle));
        for (var i = 0; i + 1 < cycle.Count; i++)
        {
            text.Append($"\n    {cycle[i]} -> {cycle[i + 1]}: {Edges[(cycle[i], cycle[i + 1])]}");
        }
        return text.ToString();
    }

    [GeneratedRegex(@"\bAlipayInStore\.Gateway\.([A-Za-z]+)\b")]
    private static partial Regex GatewayName();

    // Payments.TransactionIds written inside another gateway namespace; not db.Payments (a member) nor a local.
    [GeneratedRegex(@"(?<![\w.])([A-Z][A-Za-z]+)\.([A-Z]\w*)")]
    private static partial Regex FolderQualifiedName();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+([A-Z]\w*)")]
    private static partial Regex TypeDeclaration();
}
