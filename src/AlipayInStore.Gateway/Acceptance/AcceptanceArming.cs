using System.Collections.Concurrent;

namespace AlipayInStore.Gateway.Acceptance;

/// <summary>
/// Cases that make the gateway misbehave on purpose (the tampered answer) arm it here for one merchant; the
/// API consumes the arming on the next matching answer. Held per instance: arm and pay through the same one.
/// </summary>
internal sealed class AcceptanceArming
{
    public const string Marker = "(tampered by the acceptance kit)";

    private readonly ConcurrentDictionary<long, bool> _tamperNextPay = new();

    public void Set(long merchantId, bool tamperNextPay)
    {
        if (tamperNextPay)
        {
            _tamperNextPay[merchantId] = true;
        }
        else
        {
            _tamperNextPay.TryRemove(merchantId, out _);
        }
    }

    public bool TryConsumeTamper(long merchantId) => _tamperNextPay.TryRemove(merchantId, out _);

    /// <summary>The answer with its message changed after signing: the signature no longer matches the text.</summary>
    public static byte[] Tamper(byte[] envelope) =>
        System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(envelope)
            .Replace("\"resultMsg\":\"", "\"resultMsg\":\"" + Marker + " ", StringComparison.Ordinal));
}
