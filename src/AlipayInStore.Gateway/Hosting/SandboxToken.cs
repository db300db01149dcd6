using System.Security.Cryptography;
using AlipayInStore.Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Hosting;

/// <summary>The bearer token of the control API: made on first start, kept across restarts.</summary>
internal sealed class SandboxToken
{
    private const string Key = "sandbox.token";

    public string Value { get; private set; } = "";

    public async Task LoadOrCreateAsync(GatewayDbContext db, CancellationToken ct)
    {
        var setting = await db.Settings.SingleOrDefaultAsync(s => s.Name == Key, ct);
        if (setting is null)
        {
            setting = new Setting(Key, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)));
            db.Settings.Add(setting);
            await db.SaveChangesAsync(ct);
        }
        Value = setting.Value;
    }

    public bool Matches(string? authorization) =>
        authorization is not null && authorization.StartsWith("Bearer ", StringComparison.Ordinal) && Value.Length > 0
        && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(authorization[7..].Trim()), System.Text.Encoding.UTF8.GetBytes(Value));
}
