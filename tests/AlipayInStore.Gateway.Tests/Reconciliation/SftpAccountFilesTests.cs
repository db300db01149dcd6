using AlipayInStore.Gateway.Reconciliation;

namespace AlipayInStore.Gateway.Tests.Reconciliation;

/// <summary>What the <c>sftp</c> server reads from the export folder for each partner: keys and/or a password hash.</summary>
public sealed class SftpAccountFilesTests
{
    [Fact]
    public async Task Read_PasswordOnlyKeyOnlyAndNeither_AccountsAsIssued()
    {
        var layout = new ReconciliationExportLayout(Directory.CreateTempSubdirectory("aig-sftp-accounts").FullName);
        var hash = await SftpPasswords.HashAsync("correct-horse-battery");
        SftpAccountFiles.WritePasswordHash(layout, "2088000000000011", hash);
        Directory.CreateDirectory(Path.GetDirectoryName(layout.PublicKeysFile("2088000000000012"))!);
        await File.WriteAllTextAsync(layout.PublicKeysFile("2088000000000012"), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB test\n");

        var passwordOnly = await SftpAccountFiles.ReadAsync(layout, "2088000000000011", CancellationToken.None);
        var keyOnly = await SftpAccountFiles.ReadAsync(layout, "2088000000000012", CancellationToken.None);
        var neither = await SftpAccountFiles.ReadAsync(layout, "2088000000000013", CancellationToken.None);

        Assert.Equal(hash, passwordOnly!.PasswordHash);
        Assert.Equal("", passwordOnly.AuthorizedKeys);
        Assert.Null(keyOnly!.PasswordHash);
        Assert.Null(neither);
        Assert.Contains("2088000000000011", layout.Partners());
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(layout.PasswordFile("2088000000000011")));
        }
        Assert.DoesNotContain("correct-horse-battery", await File.ReadAllTextAsync(layout.PasswordFile("2088000000000011")), StringComparison.Ordinal);

        SftpAccountFiles.WritePasswordHash(layout, "2088000000000011", null);
        Assert.Null(await SftpAccountFiles.ReadAsync(layout, "2088000000000011", CancellationToken.None));
    }

    [Fact]
    public async Task Hash_SamePasswordTwice_DifferentSaltsBothCrypt512()
    {
        var first = await SftpPasswords.HashAsync("same-password-1");
        var second = await SftpPasswords.HashAsync("same-password-1");

        Assert.StartsWith("$6$", first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
        Assert.True(SftpPasswords.IsHash(first));
        Assert.False(SftpPasswords.IsHash("plain-text"));
    }
}
