namespace AlipayInStore.Gateway.OpenApi;

/// <summary>
/// What may change a pay answer after it was signed. The acceptance kit supplies it (<c>Acceptance/AcceptanceArming</c>,
/// for the case that checks the merchant rejects a tampered answer); OpenApi asks it about every pay answer to a known
/// merchant without knowing the kit, which reads OpenApi's exchanges.
/// </summary>
internal interface IPayAnswerTamper
{
    /// <summary>The bytes to send: <paramref name="answer"/> itself, or a changed copy.</summary>
    Task<byte[]> ApplyAsync(long merchantId, byte[] answer, CancellationToken ct);
}
