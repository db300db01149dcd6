using System.Globalization;
using System.Net;
using AlipayInStore.Gateway.Reconciliation;
using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Reconciliation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Tests.Portal;

/// <summary>My Alipay → Reconciliation files: list, Download, Generate now, and the SFTP key upload, for the signed-in merchant only.</summary>
public sealed class PortalFilesTests : IAsyncLifetime
{
    private const string Ed25519Line = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH8n3kq0p3cG0xWm1m8c2G6l6fTq3oS6yq0Q5G4i0wHq portal@test";

    private GatewayFixture _gateway = null!;

    public async Task InitializeAsync() => _gateway = await GatewayFixture.StartAsync(new() { ["SftpPort"] = "2322" }, background: false);

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    private string PartnerId => _gateway.Seed.Merchant.PartnerId;

    [Fact]
    public async Task GenerateNow_Yesterday_FileListedAndDownloadServesIt()
    {
        var paid = await _gateway.Merchant.PayAsync("PF-1", "2500");
        Assert.Equal("S", paid.Status);
        _gateway.Time.Advance(TimeSpan.FromDays(1));
        var (today, layout) = Service(s => (s.Today, s.Layout));
        var yesterday = today.AddDays(-1);
        using var owner = await PortalSession.SignInSeededAsync(_gateway);

        using var generated = await owner.PostFormAsync("/portal/files", new() { ["Date"] = yesterday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, "Generate");

        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var key = yesterday.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var record = await _gateway.WithDbAsync(db => db.ReconciliationFiles.AsNoTracking().SingleAsync(f => f.PartnerId == PartnerId && f.BusinessDate == key));
        Assert.Equal(1, record.RowCount);
        var list = PortalSession.Section(await owner.Client.GetStringAsync("/portal/files"), "files");
        Assert.Contains(record.FileName, list, StringComparison.Ordinal);
        Assert.Contains(record.Sha256, list, StringComparison.Ordinal);
        var link = $"/portal/files?handler=Download&amp;date={key}";
        Assert.Contains(link, list, StringComparison.Ordinal);

        using var download = await owner.Client.GetAsync(WebUtility.HtmlDecode(link));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(record.FileName, download.Content.Headers.ContentDisposition?.FileName);
        var text = await download.Content.ReadAsStringAsync();
        Assert.Equal(ReconciliationFileFormat.Header, text.Split('\n')[0]);
        Assert.Contains(paid.Field("acquirementId")!, text, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllTextAsync(layout.ArchivePath(PartnerId, yesterday)), text);

        using var other = await PortalSession.SignInOtherMerchantAsync(_gateway);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(WebUtility.HtmlDecode(link))).StatusCode);
        Assert.DoesNotContain(record.FileName, await other.Client.GetStringAsync("/portal/files"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateNow_Today_RefusedWithMessageAndNoFile()
    {
        var today = Service(s => s.Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var owner = await PortalSession.SignInSeededAsync(_gateway);

        using var response = await owner.PostFormAsync("/portal/files", new() { ["Date"] = today }, "Generate");

        Assert.Contains($"{today} is not over yet on the sandbox clock", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await _gateway.WithDbAsync(db => db.ReconciliationFiles.AnyAsync()));
    }

    [Fact]
    public async Task SshKey_NotAnSshKey_RefusedWithMessage()
    {
        using var owner = await PortalSession.SignInSeededAsync(_gateway);

        using var response = await owner.PostFormAsync("/portal/files", new() { ["SshKey"] = "-----BEGIN PUBLIC KEY-----\nMIIBIjAN\n-----END PUBLIC KEY-----" }, "SshKey");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"files-error\"", html, StringComparison.Ordinal);
        Assert.Contains("The key was not saved", html, StringComparison.Ordinal);
        Assert.False(File.Exists(Service(s => s.Layout).PublicKeysFile(PartnerId)));
    }

    [Fact]
    public async Task SshKey_Ed25519Line_StoredForSftpUser()
    {
        using var owner = await PortalSession.SignInSeededAsync(_gateway);

        using var response = await owner.PostFormAsync("/portal/files", new() { ["SshKey"] = "\n" + Ed25519Line + "\r\n" }, "SshKey");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"saved for user alipay{PartnerId}", html, StringComparison.Ordinal);
        var layout = Service(s => s.Layout);
        Assert.Equal(Ed25519Line + "\n", await File.ReadAllTextAsync(layout.PublicKeysFile(PartnerId)));
        Assert.True(Directory.Exists(layout.SftpDirectory(PartnerId)));
        var sftp = PortalSession.Section(await owner.Client.GetStringAsync("/portal/files"), "sftp");
        Assert.Contains("127.0.0.1", sftp, StringComparison.Ordinal);
        Assert.Contains("2322", sftp, StringComparison.Ordinal);
        Assert.Contains($"alipay{PartnerId}", sftp, StringComparison.Ordinal);
        Assert.Contains("portal@test", await owner.Client.GetStringAsync("/portal/files"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SftpSection_GatewayWithoutSftp_SaysNotServed()
    {
        await using var gateway = await GatewayFixture.StartAsync(background: false);
        using var owner = await PortalSession.SignInSeededAsync(gateway);

        var sftp = PortalSession.Section(await owner.Client.GetStringAsync("/portal/files"), "sftp");

        Assert.Contains("not served", sftp, StringComparison.Ordinal);
        Assert.DoesNotContain("2322", sftp, StringComparison.Ordinal);
    }

    private T Service<T>(Func<ReconciliationService, T> read)
    {
        using var scope = _gateway.App.Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<ReconciliationService>());
    }
}
