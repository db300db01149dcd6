namespace AlipayInStore.Gateway.Sandbox;

/// <summary>Keys of the sandbox's login file (keys/sandbox_logins.json): one entry per portal user and per buyer.</summary>
internal static class SandboxLoginKeys
{
    public static string Portal(string userName) => "portal:" + userName;

    public static string Buyer(string buyerId) => "buyer:" + buyerId;
}
