using AlipayInStore.Client.Reconciliation;
using AlipayInStore.Gateway.Reconciliation;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace AlipayInStore.Gateway.Tests.Reconciliation;

public sealed class SftpDeliveryTests(SftpServerFixture fixture) : IClassFixture<SftpServerFixture>
{
    [Fact]
    public async Task Download_OwnFileWithPinnedHostKey_GivesTheWrittenBytes()
    {
        using var source = new SftpReconciliationSource(Options(fixture.PartnerA, fixture.KeyA));

        var listed = Assert.Single(await source.ListAsync());
        var path = await source.DownloadAsync(SftpServerFixture.Day, fixture.Downloads);

        Assert.Equal(new RemoteReconciliationFile(
            $"{fixture.PartnerA}_transaction_20261126.txt", $"/{fixture.PartnerA}_transaction_20261126.txt", fixture.PartnerA, SftpServerFixture.Day,
            new FileInfo(fixture.Layout.ArchivePath(fixture.PartnerA, SftpServerFixture.Day)).Length), listed);
        Assert.Equal(await File.ReadAllBytesAsync(fixture.Layout.ArchivePath(fixture.PartnerA, SftpServerFixture.Day)), await File.ReadAllBytesAsync(path));
        var rows = 0;
        await foreach (var _ in ReconciliationFileReader.ReadFileAsync(path))
        {
            rows++;
        }
        Assert.Equal(4, rows);
    }

    [Fact]
    public async Task Download_DayWithoutFile_SaysNoFile()
    {
        using var source = new SftpReconciliationSource(Options(fixture.PartnerA, fixture.KeyA));

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => source.DownloadAsync(new DateOnly(2026, 11, 1), fixture.Downloads));

        Assert.Contains("2026-11-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_WrongHostKeyPin_IsRefused()
    {
        var options = Options(fixture.PartnerA, fixture.KeyA);
        using var source = new SftpReconciliationSource(new SftpSourceOptions
        {
            Host = options.Host,
            Port = options.Port,
            Username = options.Username,
            PrivateKeyPath = options.PrivateKeyPath,
            HostKeyFingerprint = "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU",
        });

        var error = await Assert.ThrowsAsync<SftpHostKeyMismatchException>(() => source.ListAsync());

        Assert.Equal(fixture.Server.HostKeyFingerprint, error.Actual);
    }

    [Fact]
    public void Upload_AnyFile_IsRefused()
    {
        using var client = Connect(fixture.PartnerA, fixture.KeyA);

        Assert.ThrowsAny<SshException>(() => client.UploadFile(new MemoryStream([1, 2, 3]), "/upload.txt"));
        Assert.ThrowsAny<SshException>(() => client.CreateDirectory("/new"));
        Assert.ThrowsAny<SshException>(() => client.DeleteFile($"/{fixture.PartnerA}_transaction_20261126.txt"));
        Assert.Equal([$"{fixture.PartnerA}_transaction_20261126.txt"], Names(client, "/"));
    }

    [Fact]
    public void List_AboveOwnFolder_ShowsNothingOfOtherPartners()
    {
        using var client = Connect(fixture.PartnerA, fixture.KeyA);
        var otherUser = fixture.Server.UserName(fixture.PartnerB);
        var otherFile = $"{fixture.PartnerB}_transaction_20261126.txt";

        Assert.Equal(Names(client, "/"), Names(client, "/.."));
        Assert.Equal(Names(client, "/"), Names(client, "/../../.."));
        Assert.ThrowsAny<SshException>(() => client.DownloadFile($"/../{otherUser}/{otherFile}", new MemoryStream()));
        Assert.ThrowsAny<SshException>(() => client.ListDirectory($"/../{otherUser}").ToList());
        Assert.ThrowsAny<SshException>(() => client.DownloadFile("/etc/passwd", new MemoryStream()));
    }

    [Fact]
    public void Exec_ShellCommand_RunsNoShell()
    {
        using var ssh = new SshClient("127.0.0.1", fixture.Server.Port, fixture.Server.UserName(fixture.PartnerA), new PrivateKeyFile(fixture.KeyA));
        ssh.HostKeyReceived += (_, e) => e.CanTrust = "SHA256:" + e.FingerPrintSHA256 == fixture.Server.HostKeyFingerprint;
        ssh.Connect();
        using var command = ssh.CreateCommand("echo shell-ran; id");
        command.CommandTimeout = TimeSpan.FromSeconds(10);

        command.Execute();

        // ForceCommand runs internal-sftp whatever was asked: it reads no SFTP request and ends, printing nothing.
        Assert.DoesNotContain("shell-ran", command.Result, StringComparison.Ordinal);
        Assert.DoesNotContain("uid=", command.Result, StringComparison.Ordinal);
    }

    [Fact]
    public void Login_OtherPartnersKey_IsRefused()
    {
        var error = Assert.ThrowsAny<SshException>(() => Connect(fixture.PartnerA, fixture.KeyB).Dispose());

        Assert.IsType<SshAuthenticationException>(error);
    }

    [Fact]
    public async Task Sync_FilePublishedAfterStart_BecomesVisible()
    {
        var day = new DateOnly(2026, 11, 27);
        await fixture.Layout.PublishAsync(new ReconciliationFileWriter(), fixture.PartnerB, day, []);

        fixture.Server.SyncFiles();

        using var source = new SftpReconciliationSource(Options(fixture.PartnerB, fixture.KeyB));
        Assert.Equal([SftpServerFixture.Day, day], (await source.ListAsync()).Select(f => f.BusinessDate));
    }

    private SftpSourceOptions Options(string partnerId, string key) => new()
    {
        Host = "127.0.0.1",
        Port = fixture.Server.Port,
        Username = fixture.Server.UserName(partnerId),
        PrivateKeyPath = key,
        HostKeyFingerprint = fixture.Server.HostKeyFingerprint,
        ConnectTimeout = TimeSpan.FromSeconds(10),
    };

    private SftpClient Connect(string partnerId, string key)
    {
        var client = new SftpClient("127.0.0.1", fixture.Server.Port, fixture.Server.UserName(partnerId), new PrivateKeyFile(key));
        client.HostKeyReceived += (_, e) => e.CanTrust = "SHA256:" + e.FingerPrintSHA256 == fixture.Server.HostKeyFingerprint;
        client.Connect();
        return client;
    }

    private static List<string> Names(SftpClient client, string path) =>
        [.. client.ListDirectory(path).Where(f => f.Name is not "." and not "..").Select(f => f.Name).Order(StringComparer.Ordinal)];
}
