using System.Globalization;
using System.Text.Json;
using AlipayInStore.Cli.Tests.Support;
using Microsoft.Data.Sqlite;

namespace AlipayInStore.Cli.Tests;

/// <summary><c>load --merchants N --buyers M</c> against a started sandbox process, checked through the control API and the sandbox's own database.</summary>
public sealed class LoadCommandTests
{
    [Fact]
    public async Task Load_ThreeMerchantsFourBuyers_SpreadsPaysAndChargesEachBuyerItsPays()
    {
        var (data, sandbox) = await StartSandboxAsync("aig-cli-load");
        await using var _ = sandbox;
        var profile = Path.Combine(data, "cli-profile.json");

        var (exit, stdout, stderr) = await CliProcess.RunAsync(data, "load", "--merchants", "3", "--buyers", "4", "--requests", "60", "--concurrency", "8",
            "--warmup", "0", "--buyer-balance", "10.00", "--profile", profile, "--json");

        Assert.True(exit == 0, stdout + stderr);
        var report = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(60, report.GetProperty("requests").GetInt32());
        Assert.Equal(0, report.GetProperty("failures").GetInt32());
        var merchants = Strings(report.GetProperty("merchantIds"));
        var buyers = Strings(report.GetProperty("buyerIds"));
        Assert.Equal(3, merchants.Distinct().Count());
        Assert.Equal(4, buyers.Distinct().Count());
        var paid = await SuccessfulPaysAsync(data);
        Assert.Equal(60, paid.Sum(p => p.Count));
        foreach (var merchant in merchants)
        {
            Assert.Equal(20, paid.Where(p => p.PartnerId == merchant).Sum(p => p.Count));
        }
        var balances = await BuyerBalancesAsync(data, profile);
        foreach (var buyer in buyers)
        {
            var charged = paid.Where(p => p.BuyerId == buyer).Sum(p => p.Amount);
            Assert.Equal(15, charged);
            Assert.Equal(1000 - charged, balances[buyer]);
        }
    }

    [Fact]
    public async Task Load_Warmup_SendsThosePaysFirst_AndReportsThem()
    {
        var (data, sandbox) = await StartSandboxAsync("aig-cli-load-warm");
        await using var _ = sandbox;
        var profile = Path.Combine(data, "cli-profile.json");

        var (exit, stdout, stderr) = await CliProcess.RunAsync(data, "load", "--merchants", "1", "--buyers", "2", "--requests", "5", "--concurrency", "4",
            "--warmup", "7", "--profile", profile, "--json");

        Assert.True(exit == 0, stdout + stderr);
        var report = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal((5, 7, true), (report.GetProperty("requests").GetInt32(), report.GetProperty("warmupPays").GetInt32(), report.GetProperty("settled").GetBoolean()));
        Assert.Equal(12, (await SuccessfulPaysAsync(data)).Sum(p => p.Count));
    }

    [Fact]
    public async Task Load_BuyersShortOfBalance_CountsFailuresByResultCode()
    {
        var (data, sandbox) = await StartSandboxAsync("aig-cli-load-short");
        await using var _ = sandbox;
        var profile = Path.Combine(data, "cli-profile.json");

        var (exit, stdout, stderr) = await CliProcess.RunAsync(data, "load", "--merchants", "2", "--buyers", "2", "--requests", "20", "--concurrency", "4",
            "--warmup", "0", "--buyer-balance", "0.05", "--profile", profile, "--json");

        Assert.True(exit == 1, stdout + stderr);
        var report = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(10, report.GetProperty("failures").GetInt32());
        var byCode = report.GetProperty("failuresByCode").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["BUYER_BALANCE_NOT_ENOUGH"] = 10 }, byCode);
        var paid = await SuccessfulPaysAsync(data);
        var balances = await BuyerBalancesAsync(data, profile);
        foreach (var buyer in Strings(report.GetProperty("buyerIds")))
        {
            Assert.Equal(5, paid.Where(p => p.BuyerId == buyer).Sum(p => p.Amount));
            Assert.Equal(0, balances[buyer]);
        }
    }

    [Theory]
    [InlineData("--merchants", "-1")]
    [InlineData("--buyers", "20000")]
    [InlineData("--requests", "0")]
    [InlineData("--concurrency", "513")]
    [InlineData("--buyer-balance", "ten")]
    public async Task Load_BadOptionValue_UsageErrorNamingTheOption(string option, string value)
    {
        var folder = Directory.CreateTempSubdirectory("aig-cli-load-usage").FullName;

        var (exit, _, stderr) = await CliProcess.RunAsync(folder, "load", option, value);

        Assert.Equal(2, exit);
        Assert.Contains(option, stderr, StringComparison.Ordinal);
    }

    private static async Task<(string Data, SandboxProcess Sandbox)> StartSandboxAsync(string name)
    {
        var data = Directory.CreateTempSubdirectory(name).FullName;
        var sandbox = SandboxProcess.Start("Press Ctrl+C to stop.", "sandbox", "--data", data, "--port", SandboxProcess.FreePort().ToString(CultureInfo.InvariantCulture));
        await sandbox.WaitUntilReadyAsync();
        return (data, sandbox);
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    /// <summary>Successful pays (status 1) by merchant and buyer, read from the sandbox's SQLite file.</summary>
    private static async Task<List<(string PartnerId, string BuyerId, int Count, long Amount)>> SuccessfulPaysAsync(string data)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "gateway.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT PartnerId, BuyerId, COUNT(*), SUM(Amount) FROM payments WHERE Status = 1 AND BuyerId LIKE 'load-%' GROUP BY PartnerId, BuyerId";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, int, long)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt64(3)));
        }
        return rows;
    }

    private static async Task<Dictionary<string, long>> BuyerBalancesAsync(string data, string profile)
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(data, "buyers", "list", "--profile", profile, "--json");
        Assert.True(exit == 0, stdout + stderr);
        return JsonDocument.Parse(stdout).RootElement.EnumerateArray()
            .ToDictionary(b => b.GetProperty("buyerId").GetString()!, b => b.GetProperty("balance").GetInt64());
    }
}
