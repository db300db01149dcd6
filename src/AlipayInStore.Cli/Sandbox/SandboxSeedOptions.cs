using System.CommandLine;
using AlipayInStore.Gateway.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Cli.Sandbox;

/// <summary><c>sandbox --seed seed.json</c> (first start of an empty sandbox) and <c>--reset</c> (back to the seed before serving).</summary>
internal sealed class SandboxSeedOptions
{
    public Option<FileInfo?> Seed { get; } = new("--seed") { Description = "Seed file: merchants (fixed ids, keys, passwords) and buyers (ids, balances, codes) for an empty sandbox" };
    public Option<bool> Reset { get; } = new("--reset") { Description = "Put the data back to the seed before serving (every transaction made since is removed)" };

    public static SandboxSeedOptions AddTo(Command command)
    {
        var options = new SandboxSeedOptions();
        command.Options.Add(options.Seed);
        command.Options.Add(options.Reset);
        return options;
    }

    public string? SeedPath(ParseResult parse) => parse.GetValue(Seed)?.FullName;

    /// <summary>Resets when asked; returns the seed to print (the reset one, or <paramref name="started"/>).</summary>
    public async Task<SandboxSeed> ApplyResetAsync(ParseResult parse, WebApplication app, SandboxSeed started, CancellationToken ct)
    {
        if (!parse.GetValue(Reset))
        {
            return started;
        }
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SandboxReset>().ResetAsync(ct);
    }
}
