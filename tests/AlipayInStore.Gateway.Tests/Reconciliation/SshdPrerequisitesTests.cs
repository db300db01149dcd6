using AlipayInStore.Gateway.Reconciliation;

namespace AlipayInStore.Gateway.Tests.Reconciliation;

public sealed class SshdPrerequisitesTests
{
    [Fact]
    public void Missing_SshdBinaryAbsent_NamesThePackageToInstall()
    {
        var options = new SshdServerOptions { SshdPath = "/nonexistent/sshd" };

        var missing = SshdPrerequisites.Missing(options);

        Assert.Contains(missing, m => m.Contains("/nonexistent/sshd is missing", StringComparison.Ordinal)
                                      && m.Contains("apt-get install -y openssh-server", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_SshdBinaryAbsent_FailsSayingWhatIsMissingAndTheHttpsFallback()
    {
        var options = new SshdServerOptions { SshdPath = "/nonexistent/sshd", StateDirectory = "/var/lib/alipay-instore/sshd/never-created" };

        var error = await Assert.ThrowsAsync<SftpUnavailableException>(() => SshdServer.StartAsync(options, []));

        Assert.Contains("openssh-server", error.Message, StringComparison.Ordinal);
        Assert.Contains("HTTPS", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(options.StateDirectory));
    }

    [Fact]
    public void EnsureChroot_UnderTmp_IsRefused()
    {
        var error = Assert.Throws<SftpUnavailableException>(() => ChrootFolders.Ensure("/tmp/alipay-chroot-test", "/tmp/alipay-chroot-test"));

        Assert.Contains("/tmp is world-writable", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists("/tmp/alipay-chroot-test"));
    }
}
