namespace AlipayInStore.EndToEnd.Tests.Scale;

/// <summary>
/// Two gateway processes on different ports over one fresh PostgreSQL database. The second starts after the first has
/// migrated and seeded, with a copy of its key folder: the seeded merchant's private key and the gateway's key pair
/// live in files, the same for every instance as they would be on a shared volume.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "aig-scale", Guid.NewGuid().ToString("N"));

    internal GatewayInstance A { get; private set; } = null!;
    internal GatewayInstance B { get; private set; } = null!;

    /// <summary>Instance <paramref name="i"/> modulo two: spreads a load across both.</summary>
    internal GatewayInstance Either(int i) => i % 2 == 0 ? A : B;

    public async Task InitializeAsync()
    {
        var database = await ScaleDatabase.CreateAsync();
        var first = Path.Combine(_root, "a");
        var second = Path.Combine(_root, "b");
        A = await GatewayInstance.StartAsync(first, database);
        CopyFolder(Path.Combine(first, "keys"), Path.Combine(second, "keys"));
        B = await GatewayInstance.StartAsync(second, database);
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
