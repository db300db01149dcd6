namespace AlipayInStore.Protocol.Validation;

/// <summary>The first broken rule of a message: the field's JSON path and the rule, in words.</summary>
/// <param name="Field">Full path under the signed member, e.g. <c>body.order.orderAmount.value</c>.</param>
/// <param name="Rule">The rule broken, phrased to follow the field name, e.g. <c>is required</c>.</param>
public sealed record ValidationError(string Field, string Rule)
{
    /// <summary>The <c>resultMsg</c> text: field then rule.</summary>
    public string Message => $"{Field} {Rule}";

    /// <inheritdoc />
    public override string ToString() => Message;
}
