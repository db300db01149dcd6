using Renci.SshNet;
using Renci.SshNet.Common;

namespace AlipayInStore.Gateway.Tests.Reconciliation;

/// <summary>Password login to the chrooted read-only SFTP accounts, with SSH.NET against the real sshd.</summary>
public sealed class SftpPasswordTests(SftpServerFixture fixture) : IClassFixture<SftpServerFixture>
{
    [Fact]
    public void Login_OwnPassword_ListsAndDownloadsOwnFileOnly()
    {
        using var client = Connect(fixture.PartnerC, fixture.PasswordC);
        var name = $"{fixture.PartnerC}_transaction_20261126.txt";
        using var downloaded = new MemoryStream();

        client.DownloadFile("/" + name, downloaded);

        Assert.Equal([name], Names(client, "/"));
        Assert.Equal(File.ReadAllBytes(fixture.Layout.ArchivePath(fixture.PartnerC, SftpServerFixture.Day)), downloaded.ToArray());
    }

    [Fact]
    public void Login_PasswordOfAccountThatAlsoHasAKey_Works()
    {
        using var client = Connect(fixture.PartnerA, fixture.PasswordA);

        Assert.Equal([$"{fixture.PartnerA}_transaction_20261126.txt"], Names(client, "/"));
    }

    [Fact]
    public void Login_WrongOrOtherPartnersPassword_IsRefused()
    {
        Assert.IsType<SshAuthenticationException>(Assert.ThrowsAny<SshException>(() => Connect(fixture.PartnerC, fixture.PasswordA).Dispose()));
        Assert.IsType<SshAuthenticationException>(Assert.ThrowsAny<SshException>(() => Connect(fixture.PartnerA, fixture.PasswordC).Dispose()));
        Assert.IsType<SshAuthenticationException>(Assert.ThrowsAny<SshException>(() => Connect(fixture.PartnerB, fixture.PasswordA).Dispose()));
        Assert.IsType<SshAuthenticationException>(Assert.ThrowsAny<SshException>(() => Connect(fixture.PartnerB, "").Dispose()));
    }

    [Fact]
    public void PasswordSession_OtherPartnersFolderAndUpload_Unreachable()
    {
        using var client = Connect(fixture.PartnerC, fixture.PasswordC);
        var otherUser = fixture.Server.UserName(fixture.PartnerA);

        Assert.Equal(Names(client, "/"), Names(client, "/../.."));
        Assert.ThrowsAny<SshException>(() => client.ListDirectory($"/../{otherUser}").ToList());
        Assert.ThrowsAny<SshException>(() => client.DownloadFile($"/../{otherUser}/{fixture.PartnerA}_transaction_20261126.txt", new MemoryStream()));
        Assert.ThrowsAny<SshException>(() => client.UploadFile(new MemoryStream([1]), "/upload.txt"));
    }

    private SftpClient Connect(string partnerId, string password)
    {
        var client = new SftpClient("127.0.0.1", fixture.Server.Port, fixture.Server.UserName(partnerId), password);
        client.HostKeyReceived += (_, e) => e.CanTrust = "SHA256:" + e.FingerPrintSHA256 == fixture.Server.HostKeyFingerprint;
        client.Connect();
        return client;
    }

    private static List<string> Names(SftpClient client, string path) =>
        [.. client.ListDirectory(path).Where(f => f.Name is not "." and not "..").Select(f => f.Name).Order(StringComparer.Ordinal)];
}
