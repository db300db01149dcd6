using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AlipayInStore.Gateway.Portal.Pages;

/// <summary>The project's own protocol and scenarios pages, rendered from the Markdown embedded at build.</summary>
internal sealed class DocsModel(MarkdownDocs docs) : PageModel
{
    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Html { get; private set; } = "";

    public IActionResult OnGet(string slug)
    {
        if (docs.Find(slug) is not { } page)
        {
            return NotFound();
        }
        (Slug, Title, Html) = (slug, page.Title, page.Html);
        return Page();
    }
}
