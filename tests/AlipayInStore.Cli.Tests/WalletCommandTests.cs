using System.Net;
using System.Text.Json;
using AlipayInStore.Cli.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlipayInStore.Cli.Tests;

public sealed class WalletCommandTests
{
    [Fact]
    public async Task WalletCode_WithProfileToken_MintsCodeThroughControlApi()
    {
        var (control, url) = await StartControlApiAsync("test-token");
        await using var _ = control;
        using var profile = new TempProfile(url, "test-token");

        var (exit, stdout, stderr) = await CliProcess.RunAsync(profile.Folder, "wallet", "code", "--buyer", "alice", "--json");

        Assert.True(exit == 0, stderr);
        Assert.Equal("281234567890123456", JsonDocument.Parse(stdout).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task WalletCode_WrongToken_ExitsTwo()
    {
        var (control, url) = await StartControlApiAsync("test-token");
        await using var _ = control;
        using var profile = new TempProfile(url, "wrong");

        var (exit, _, stderr) = await CliProcess.RunAsync(profile.Folder, "wallet", "code");

        Assert.Equal(2, exit);
        Assert.Contains("401", stderr);
    }

    private static async Task<(WebApplication App, string Url)> StartControlApiAsync(string token)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/sandbox/buyers/{buyerId}/codes", (HttpContext context, string buyerId) =>
            context.Request.Headers.Authorization != $"Bearer {token}"
                ? Results.Json(new Dictionary<string, string> { ["error"] = "missing or wrong token" }, statusCode: 401)
                : Results.Json(new Dictionary<string, string> { ["code"] = "281234567890123456", ["expiresAt"] = "2026-11-27T10:16:00+08:00" }, statusCode: 201));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, address);
    }
}
