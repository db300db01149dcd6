using System.Collections.Frozen;
using Markdig;

namespace AlipayInStore.Gateway.Portal;

/// <summary>The project's protocol and scenarios pages, embedded at build and rendered to HTML once.</summary>
internal sealed class MarkdownDocs
{
    private readonly FrozenDictionary<string, (string Title, string Html)> _pages;

    public MarkdownDocs()
    {
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
        var pages = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var (slug, title) in Index)
        {
            using var stream = typeof(MarkdownDocs).Assembly.GetManifestResourceStream($"docs.{slug}.md")
                ?? throw new InvalidOperationException($"docs/{slug}.md is not embedded.");
            using var reader = new StreamReader(stream);
            pages[slug] = (title, Markdown.ToHtml(reader.ReadToEnd(), pipeline));
        }
        _pages = pages.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static IReadOnlyList<(string Slug, string Title)> Index { get; } = [("protocol", "Protocol"), ("scenarios", "Sandbox scenarios")];

    public (string Title, string Html)? Find(string slug) => _pages.TryGetValue(slug, out var page) ? page : null;
}
