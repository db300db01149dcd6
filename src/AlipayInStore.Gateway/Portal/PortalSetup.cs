using AlipayInStore.Gateway.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlipayInStore.Gateway.Portal;

/// <summary>
/// The portal and wallet (Razor Pages): two cookie schemes that never mix (a merchant user and a buyer may be
/// signed in side by side in one browser), a policy per folder, anti-forgery on every POST (Razor Pages default).
/// </summary>
internal static class PortalSetup
{
    public static IServiceCollection AddPortal(this IServiceCollection services, string dataDirectory)
    {
        // Cookie and anti-forgery keys live with the data, so sign-ins survive a restart.
        services.AddDataProtection().SetApplicationName("AlipayInStore.Gateway")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys", "data-protection")));
        services.AddLogging(b => b.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error));

        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/";
            o.Conventions.AuthorizeFolder("/Portal/Pages", PortalAuth.MerchantPolicy);
            o.Conventions.AllowAnonymousToPage("/Portal/Pages/Login");
            o.Conventions.AuthorizeFolder("/Wallet/Pages", PortalAuth.BuyerPolicy);
            o.Conventions.AllowAnonymousToPage("/Wallet/Pages/Login");
        }).AddApplicationPart(typeof(PortalSetup).Assembly);

        services.AddAuthentication()
            .AddCookie(PortalAuth.MerchantScheme, o => Cookie(o, "aig.portal", "/portal/login"))
            .AddCookie(PortalAuth.BuyerScheme, o => Cookie(o, "aig.wallet", "/wallet/login"));
        services.AddAuthorizationBuilder()
            .AddPolicy(PortalAuth.MerchantPolicy, p => p.AddAuthenticationSchemes(PortalAuth.MerchantScheme).RequireClaim(PortalAuth.MerchantIdClaim))
            .AddPolicy(PortalAuth.BuyerPolicy, p => p.AddAuthenticationSchemes(PortalAuth.BuyerScheme).RequireClaim(PortalAuth.BuyerIdClaim));
        services.AddAntiforgery(o => o.Cookie.Name = "aig.af");

        services.AddScoped<PortalPasswords>();
        services.AddSingleton<MarkdownDocs>();
        return services;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        // Empty error answers of the pages (404 for another merchant's data, 400 for a missing anti-forgery token)
        // get a small HTML body, so a browser shows a page rather than its own error screen.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/portal") || c.Request.Path.StartsWithSegments("/wallet") || c.Request.Path.StartsWithSegments("/qr"),
            b => b.UseStatusCodePages("text/html; charset=utf-8", ErrorPage));
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/", () => Results.Redirect("/portal"));
        app.MapRazorPages();
        return app;
    }

    private const string ErrorPage =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error {0}</title></head>" +
        "<body style=\"font-family:system-ui,sans-serif;margin:40px\"><h1>{0}</h1><p data-testid=\"error-page\">" +
        "Not found, not yours, or refused. (400 means the form's anti-forgery token was missing or stale: reload the page and try again.)</p>" +
        "<p><a href=\"/portal\">Portal</a> · <a href=\"/wallet\">Wallet</a></p></body></html>";

    private static void Cookie(CookieAuthenticationOptions o, string name, string loginPath)
    {
        o.Cookie.Name = name;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.LoginPath = loginPath;
        o.LogoutPath = loginPath.Replace("login", "logout", StringComparison.Ordinal);
        o.AccessDeniedPath = loginPath;
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
    }
}
