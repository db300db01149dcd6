using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.Memory;

namespace AlipayInStore.Gateway.Hosting;

/// <summary>
/// Where settings come from, weakest first: the defaults below; <c>appsettings.json</c> beside the program;
/// <c>appsettings.json</c> in the data folder (an installed tool's program folder is not the user's to edit);
/// environment variables (<c>Gateway__…</c>, <c>Logging__LogLevel__…</c>); command-line flags (<see cref="GatewayHostSettings.Overrides"/>).
/// </summary>
internal static class GatewayConfiguration
{
    /// <summary>Warnings and errors only unless configured: the quick start stays readable.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Defaults = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public static void Layer(IConfigurationManager configuration, GatewayHostSettings settings)
    {
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Defaults });
        var lastJson = configuration.Sources.Select((s, i) => (s, i)).LastOrDefault(x => x.s is JsonConfigurationSource).i;
        var dataFile = new JsonConfigurationSource { Path = Path.Combine(settings.DataDirectory, "appsettings.json"), Optional = true, ReloadOnChange = false };
        dataFile.ResolveFileProvider();
        configuration.Sources.Insert(Math.Max(lastJson, 0) + 1, dataFile);
        if (settings.Overrides.Count > 0)
        {
            configuration.AddInMemoryCollection(settings.Overrides);
        }
    }
}
