using System.Text.Json;
using System.Text.Json.Serialization;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Protocol.Keys;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>
/// Reads and checks a seed file completely before anything is created: JSON shape, every field's rule, fixed ids,
/// key files, duplicates. A mistake is refused as "seed.json line N: field rule".
/// </summary>
internal static class SeedLoader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 16,
    };

    /// <summary>The seed with every key file read in (<see cref="SeedMerchant.RsaPrivateKey"/> set), ready to apply and to keep for resets.</summary>
    /// <exception cref="SeedFileException">The file is missing or breaks a rule.</exception>
    public static SeedDocument Load(string path)
    {
        var full = Path.GetFullPath(path);
        var name = Path.GetFileName(full);
        if (!File.Exists(full))
        {
            throw new SeedFileException($"{full}: no such seed file");
        }
        var bytes = File.ReadAllBytes(full);
        SeedDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<SeedDocument>(bytes, Options);
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 1 } p ? p.TrimStart('$', '.') : "(document)";
            throw new SeedFileException($"{name} line {(e.LineNumber ?? 0) + 1}: {field}: {e.Message.Split(". Path")[0]}");
        }
        var lines = SeedLines.Index(bytes);
        try
        {
            return Check(document ?? new SeedDocument(), Path.GetDirectoryName(full)!);
        }
        catch (SeedRuleException e)
        {
            throw new SeedFileException($"{name} line {SeedLines.LineOf(lines, e.Error.Field)}: {e.Error.Message}");
        }
    }

    private static SeedDocument Check(SeedDocument document, string directory)
    {
        var merchants = document.Merchants ?? throw new SeedRuleException(new("merchants", "must list at least one merchant"));
        if (merchants.Count is 0 or > 100)
        {
            throw new SeedRuleException(new("merchants", "must list 1 to 100 merchants"));
        }
        var resolved = new List<SeedMerchant>();
        for (var i = 0; i < merchants.Count; i++)
        {
            var m = merchants[i] ?? throw new SeedRuleException(new($"merchants[{i}]", "must be an object"));
            var prefix = $"merchants[{i}].";
            Require(m.PartnerId, prefix + "partnerId", "must be given in a seed file (fixed ids: 2088 followed by 12 digits)");
            Require(m.ClientId, prefix + "clientId", "must be given in a seed file (fixed ids)");
            var pem = m.RsaPrivateKeyFile is { } file ? ReadKey(Path.Combine(directory, file), prefix + "rsaPrivateKeyFile") : m.RsaPrivateKey;
            Require(pem, prefix + "rsaPrivateKeyFile", "must name the merchant's RSA2 private key (PEM), so every run has the same key");
            if (MerchantRules.Check(m.ToSpec(pem), prefix) is { } error)
            {
                throw new SeedRuleException(error.Field.EndsWith("rsaPrivateKey", StringComparison.Ordinal) && m.RsaPrivateKeyFile is not null
                    ? error with { Field = prefix + "rsaPrivateKeyFile" } : error);
            }
            Unique(merchants, i, x => x.PartnerId, prefix + "partnerId");
            Unique(merchants, i, x => x.ClientId, prefix + "clientId");
            resolved.Add(m with { RsaPrivateKeyFile = null, RsaPrivateKey = pem });
        }
        var buyers = document.Buyers ?? [];
        for (var i = 0; i < buyers.Count; i++)
        {
            var b = buyers[i] ?? throw new SeedRuleException(new($"buyers[{i}]", "must be an object"));
            Require(b.TestCode, $"buyers[{i}].testCode", "must be given in a seed file (28 followed by 16 digits), so every run has the same code");
            if (BuyerOnboarding.Check(b, $"buyers[{i}].") is { } error)
            {
                throw new SeedRuleException(error);
            }
            Unique(buyers, i, x => x.BuyerId, $"buyers[{i}].buyerId");
            Unique(buyers, i, x => x.TestCode, $"buyers[{i}].testCode");
        }
        return new SeedDocument { Merchants = resolved, Buyers = buyers };
    }

    private static string ReadKey(string path, string field)
    {
        if (!File.Exists(path))
        {
            throw new SeedRuleException(new(field, $"names {path}, which does not exist"));
        }
        var text = File.ReadAllText(path);
        try
        {
            RsaPrivateKey.Load(text);
        }
        catch (KeyLoadException e)
        {
            throw new SeedRuleException(new(field, $"names {path}, which is not a usable RSA2 private key: {e.Message}"));
        }
        return text;
    }

    private static void Require(string? value, string field, string rule)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new SeedRuleException(new(field, rule));
        }
    }

    private static void Unique<T>(List<T> items, int index, Func<T, string?> key, string field)
    {
        if (items.Take(index).Any(x => x is not null && string.Equals(key(x), key(items[index]), StringComparison.Ordinal)))
        {
            throw new SeedRuleException(new(field, $"{key(items[index])} appears twice in the seed"));
        }
    }

    private sealed class SeedRuleException(SpecError error) : Exception(error.Message)
    {
        public SpecError Error { get; } = error;
    }
}
