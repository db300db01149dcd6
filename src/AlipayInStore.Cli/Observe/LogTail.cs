using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AlipayInStore.Cli.Merchant;

namespace AlipayInStore.Cli.Observe;

/// <summary>Reads the gateway's Server-Sent Events stream of exchanges and prints one line per exchange until Ctrl+C.</summary>
internal static class LogTail
{
    public static async Task<int> RunAsync(string gatewayUrl, string token, TailFilter filter, bool json, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = new Uri(gatewayUrl.TrimEnd('/') + "/"), Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Get, "sandbox/logs/stream" + filter.Query());
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw new CliUsageException("The sandbox refused the token (401): use the token printed at start or stored in the profile.");
            }
            if (!response.IsSuccessStatusCode)
            {
                await Console.Error.WriteLineAsync($"error: the gateway answered HTTP {(int)response.StatusCode} for the log stream; is it a sandbox of this version?");
                return ExitCodes.NetworkError;
            }
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            using var reader = new StreamReader(stream);
            var printer = new ExchangeLine(Console.Out, json);
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                if (line == ": connected")
                {
                    await Console.Error.WriteLineAsync($"Tailing {gatewayUrl.TrimEnd('/')} — every exchange from now on. Press Ctrl+C to stop.");
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && JsonNode.Parse(line["data: ".Length..]) is JsonObject exchange)
                {
                    printer.Write(exchange);
                }
            }
            await Console.Error.WriteLineAsync("The gateway closed the stream.");
            return ExitCodes.NetworkError;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return ExitCodes.Success;
        }
        catch (IOException) when (ct.IsCancellationRequested)
        {
            return ExitCodes.Success;
        }
    }
}
