using AlipayInStore.Protocol.Keys;

namespace AlipayInStore.Gateway.Tests.Sandbox;

/// <summary>Writes seed files for the tests: three merchants with key files beside the seed, three buyers.</summary>
internal static class SeedFiles
{
    public static string Write(string folder, string? merchantsOverride = null)
    {
        Directory.CreateDirectory(folder);
        for (var i = 1; i <= 3; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"m{i}.pem"), RsaPrivateKey.Generate().ExportPem());
        }
        var merchants = merchantsOverride ?? """
              {
                "partnerId": "2088000000000001", "clientId": "SEEDCLIENT000001", "name": "First Cafe",
                "rsaPrivateKeyFile": "m1.pem", "sha256Key": "0123456789abcdef0123456789abcdef", "portalPassword": "first-pass-123"
              },
              {
                "partnerId": "2088000000000002", "clientId": "SEEDCLIENT000002", "name": "Second Deli", "signType": "SHA256",
                "rsaPrivateKeyFile": "m2.pem", "sha256Key": "fedcba9876543210fedcba9876543210", "portalPassword": "second-pass-123",
                "feeRateBasisPoints": 250, "emptyDayFiles": true
              },
              {
                "partnerId": "2088000000000003", "clientId": "SEEDCLIENT000003", "name": "Third Bakery",
                "rsaPrivateKeyFile": "m3.pem", "portalPassword": "third-pass-1234", "sftpPassword": "sftp-pass-1234"
              }
            """;
        var path = Path.Combine(folder, "seed.json");
        File.WriteAllText(path, $$"""
            {
              "merchants": [
            {{merchants}}
              ],
              "buyers": [
                { "buyerId": "alice", "name": "Alice", "balance": 100000, "currency": "USD", "testCode": "280000000000000001", "walletPassword": "111111" },
                { "buyerId": "bob", "name": "Bob", "balance": 500, "testCode": "280000000000000002", "walletPassword": "222222" },
                { "buyerId": "carol", "balance": 7000, "testCode": "280000000000000003" }
              ]
            }
            """);
        return path;
    }
}
