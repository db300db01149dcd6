using System.CommandLine;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlipayInStore.Cli.Merchant;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore wallet code</c>: mint a buyer's payment code through the sandbox control API.</summary>
internal static class WalletCommand
{
    public static Command Create()
    {
        var wallet = new Command("wallet", "The sandbox buyer wallet");
        var code = new Command("code", "Mint a single-use payment code (valid 60 s) for a sandbox buyer");
        var connection = ConnectionOptions.AddTo(code);
        var buyer = new Option<string>("--buyer") { Description = "The sandbox buyer id, e.g. alice", DefaultValueFactory = _ => "alice" };
        var token = new Option<string?>("--token") { Description = "Sandbox control token [$ALIPAY_INSTORE_SANDBOX_TOKEN]" };
        code.Options.Add(buyer);
        code.Options.Add(token);
        code.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            var profile = connection.LoadProfile(parse);
            var options = connection.Resolve(parse, profile);
            var bearer = ConnectionOptions.SandboxToken(profile, parse.GetValue(token));
            var url = $"{options.GatewayUrl!.TrimEnd('/')}/sandbox/buyers/{Uri.EscapeDataString(parse.GetValue(buyer)!)}/codes";
            using var http = new HttpClient { Timeout = options.RequestTimeout };
            using var request = new HttpRequestMessage(HttpMethod.Post, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            using var response = await SendAsync(http, request, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            var answer = TryRead(text);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw new CliUsageException("The sandbox refused the token (401): use the token printed at start or stored in the profile.");
            }
            if (!response.IsSuccessStatusCode || answer?.Code is null)
            {
                await Console.Error.WriteLineAsync($"error: the sandbox answered {(int)response.StatusCode}: {answer?.Error ?? text}");
                return ExitCodes.BusinessFailure;
            }
            new Output(Console.Out, parse.GetValue(connection.Json)).Write(new JsonObject
            {
                ["buyer"] = parse.GetValue(buyer),
                ["code"] = answer.Code,
                ["expiresAt"] = answer.ExpiresAt,
            });
            return ExitCodes.Success;
        }));
        wallet.Subcommands.Add(code);
        return wallet;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            return await http.SendAsync(request, ct);
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new HttpRequestException($"the sandbox did not answer within {http.Timeout.TotalSeconds:0} s", ex);
        }
    }

    private static WalletCode? TryRead(string text)
    {
        try
        {
            return JsonSerializer.Deserialize(text, CliJsonContext.Default.WalletCode);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
