using System.Net;
using System.Text.RegularExpressions;
using AlipayInStore.Gateway.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Tests.Portal;

/// <summary>The portal's Settings page changes only the signed-in merchant's settings, and shows an SFTP password once.</summary>
public sealed partial class PortalSettingsTests
{
    [Fact]
    public async Task Settings_SaveAndIssueSftpPassword_OwnMerchantChangedPasswordShownOnceStoredHashed()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var other = await OnboardedClient.CreateAsync(gateway);
        using var portal = await PortalSession.SignInSeededAsync(gateway);

        using var saved = await portal.PostFormAsync("/portal/settings", new() { ["SignType"] = "SHA256", ["EmptyDayFiles"] = "true" }, "Save");
        using var issued = await portal.PostFormAsync("/portal/settings", new(), "SftpPassword");
        var html = await issued.Content.ReadAsStringAsync();
        var again = await portal.Client.GetStringAsync("/portal/settings");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var password = PasswordPattern().Match(html).Groups[1].Value;
        Assert.Matches("^[A-Za-z0-9]{16}$", password);
        Assert.DoesNotContain(password, again, StringComparison.Ordinal);
        var (mine, theirs) = await gateway.WithDbAsync(async db => (
            await db.Merchants.SingleAsync(m => m.PartnerId == gateway.Merchant.PartnerId),
            await db.Merchants.SingleAsync(m => m.PartnerId == other.PartnerId)));
        Assert.Equal(("SHA256", true), (mine.SignType, mine.EmptyDayFiles));
        Assert.StartsWith("$6$", mine.SftpPasswordHash, StringComparison.Ordinal);
        Assert.DoesNotContain(password, mine.SftpPasswordHash!, StringComparison.Ordinal);
        Assert.Equal(("RSA2", false, (string?)null), (theirs.SignType, theirs.EmptyDayFiles, theirs.SftpPasswordHash));
        var file = await File.ReadAllTextAsync(Path.Combine(gateway.DataDirectory, "reconciliation", "keys", gateway.Merchant.PartnerId + ".passwd"));
        Assert.Equal(mine.SftpPasswordHash, file.Trim());
    }

    [GeneratedRegex("data-testid=\"sftp-password\">[^<]*<code>[^<]*</code>[^<]*<code>([^<]+)</code>")]
    private static partial Regex PasswordPattern();
}
