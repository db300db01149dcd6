using AlipayInStore.Gateway.Reconciliation;
using Microsoft.Extensions.Time.Testing;

namespace AlipayInStore.Gateway.Tests.Reconciliation;

public sealed class ReconciliationExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("recon-export-").FullName;

    [Fact]
    public async Task Publish_PartnerDay_LandsInArchiveAndSftpFolder()
    {
        var layout = new ReconciliationExportLayout(_dir);

        var result = await layout.PublishAsync(new ReconciliationFileWriter(), "2088000000000001", new DateOnly(2026, 11, 26), VectorRows.All());

        var name = "2088000000000001_transaction_20261126.txt";
        Assert.Equal(Path.Combine(_dir, "archive", "2088000000000001", name), result.Path);
        Assert.Equal(await File.ReadAllBytesAsync(result.Path), await File.ReadAllBytesAsync(Path.Combine(_dir, "sftp", "2088000000000001", name)));
        Assert.Equal(["2088000000000001"], layout.Partners());
    }

    [Fact]
    public async Task Retention_FilesOlderThanSevenDays_LeaveSftpButStayInArchive()
    {
        var layout = new ReconciliationExportLayout(_dir);
        var writer = new ReconciliationFileWriter();
        foreach (var day in new[] { 19, 20, 26 })
        {
            await layout.PublishAsync(writer, "2088000000000001", new DateOnly(2026, 11, day), []);
        }
        // 2026-11-27 01:00 GMT+8: SFTP keeps the seven business days 20th..26th; the 19th leaves.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 17, 0, 0, TimeSpan.Zero));

        var removed = new ReconciliationRetention(clock, new AlipayInStore.Gateway.Payments.BusinessDay(TimeSpan.FromHours(8))).Apply(layout);

        Assert.Equal([Path.Combine(layout.SftpDirectory("2088000000000001"), "2088000000000001_transaction_20261119.txt")], removed);
        Assert.Equal(2, Directory.GetFiles(layout.SftpDirectory("2088000000000001")).Length);
        Assert.Equal(3, Directory.GetFiles(layout.ArchiveDirectory("2088000000000001")).Length);
    }

    [Theory]
    [InlineData("../etc")]
    [InlineData("a/b")]
    [InlineData("")]
    public void Layout_UnsafePartnerId_IsRefused(string partnerId)
    {
        var layout = new ReconciliationExportLayout(_dir);

        Assert.Throws<ArgumentException>(() => layout.SftpDirectory(partnerId));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
