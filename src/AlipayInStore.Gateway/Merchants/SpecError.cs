namespace AlipayInStore.Gateway.Merchants;

/// <summary>A refused value of an operator request or seed file: the field and the rule it breaks.</summary>
internal sealed record SpecError(string Field, string Rule)
{
    public string Message => $"{Field} {Rule}";
}
