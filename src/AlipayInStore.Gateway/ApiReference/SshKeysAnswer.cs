namespace AlipayInStore.Gateway.ApiReference;

/// <summary>The answer of <c>PUT /sandbox/reconciliation/{partnerId}/ssh-key</c>, as described (the endpoint answers an anonymous object of this shape).</summary>
internal sealed record SshKeysAnswer(string PartnerId, int Keys, string User);
