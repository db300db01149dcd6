namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>A partner's SFTP user name as every front-end shows it: the one <see cref="SshdServerOptions.UserName"/> creates.</summary>
internal static class SftpUser
{
    private static readonly SshdServerOptions Defaults = new();

    public static string Of(string partnerId) => Defaults.UserName(partnerId);
}
