namespace AlipayInStore.EndToEnd.Tests.Sdk;

/// <summary>A test against a running sandbox named by <c>$ALIPAY_INSTORE_E2E_PROFILE</c> (the CLI profile it wrote); skipped without one.</summary>
internal sealed class SandboxFactAttribute : FactAttribute
{
    public SandboxFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(SandboxConnection.ProfileVariable)))
        {
            Skip = $"set {SandboxConnection.ProfileVariable} to a running sandbox's cli-profile.json (alipay-instore sandbox writes it)";
        }
    }
}
