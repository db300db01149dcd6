namespace AlipayInStore.Gateway.Data;

/// <summary>A named value the gateway keeps across restarts (sandbox clock offset, control token).</summary>
internal sealed class Setting
{
    private Setting()
    {
    }

    public Setting(string name, string value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; private set; } = "";
    public string Value { get; set; } = "";
}
