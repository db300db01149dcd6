using System.Security.Cryptography;
using AlipayInStore.Gateway.Reconciliation;

namespace AlipayInStore.Gateway.Tests.Reconciliation;

/// <summary>
/// A real Debian sshd started for the tests on a free loopback port, with three partners each holding one file:
/// A logs in with its key or its password, B with its key only, C with its password only.
/// When sshd cannot run here, every test fails with what is missing: these tests are never skipped.
/// </summary>
public sealed class SftpServerFixture : IAsyncLifetime
{
    public static readonly DateOnly Day = new(2026, 11, 26);

    private readonly string _work = Directory.CreateTempSubdirectory("recon-sftp-").FullName;

    internal SshdServer Server { get; private set; } = null!;

    internal ReconciliationExportLayout Layout { get; private set; } = null!;

    public string PartnerA { get; } = RandomPartnerId();

    public string PartnerB { get; } = RandomPartnerId();

    public string PartnerC { get; } = RandomPartnerId();

    /// <summary>The passwords as the portal shows them once; sshd gets only their hashes.</summary>
    public string PasswordA { get; } = SftpPasswords.Generate();

    public string PasswordC { get; } = SftpPasswords.Generate();

    public string KeyA => Path.Combine(_work, "partner-a");

    public string KeyB => Path.Combine(_work, "partner-b");

    public string Downloads => Path.Combine(_work, "downloads");

    public async Task InitializeAsync()
    {
        var options = new SshdServerOptions
        {
            StateDirectory = Path.Combine(SshdServerOptions.StateRoot, "test-" + Guid.NewGuid().ToString("N")[..12]),
            UserPrefix = "alpt",
            RemoveCreatedUsersOnStop = true,
            DeleteStateOnStop = true,
        };
        var missing = SshdPrerequisites.Missing(options);
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("The SFTP delivery tests start a real sshd and cannot here: " + string.Join(" ", missing));
        }
        foreach (var key in new[] { KeyA, KeyB })
        {
            await ProcessRunner.RunCheckedAsync("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "test", "-f", key]);
        }
        Layout = new ReconciliationExportLayout(Path.Combine(_work, "export"));
        var writer = new ReconciliationFileWriter();
        await Layout.PublishAsync(writer, PartnerA, Day, VectorRows.All());
        await Layout.PublishAsync(writer, PartnerB, Day, VectorRows.All().Take(1));
        await Layout.PublishAsync(writer, PartnerC, Day, VectorRows.All().Take(2));
        Server = await SshdServer.StartAsync(options,
        [
            new SftpPartnerAccount(PartnerA, await File.ReadAllTextAsync(KeyA + ".pub"), Layout.SftpDirectory(PartnerA)) { PasswordHash = await SftpPasswords.HashAsync(PasswordA) },
            new SftpPartnerAccount(PartnerB, await File.ReadAllTextAsync(KeyB + ".pub"), Layout.SftpDirectory(PartnerB)),
            new SftpPartnerAccount(PartnerC, "", Layout.SftpDirectory(PartnerC)) { PasswordHash = await SftpPasswords.HashAsync(PasswordC) },
        ]);
    }

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
        Directory.Delete(_work, recursive: true);
    }

    private static string RandomPartnerId() => "2088" + RandomNumberGenerator.GetInt32(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "123";
}
