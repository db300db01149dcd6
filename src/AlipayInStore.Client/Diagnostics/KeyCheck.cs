namespace AlipayInStore.Client;

/// <summary>One check of <see cref="AlipayInStoreClient.ValidateAsync"/>.</summary>
/// <param name="Name">What was checked, e.g. <c>MerchantPrivateKey</c>.</param>
/// <param name="Passed">True when the check passed.</param>
/// <param name="Message">What was found, in plain words.</param>
public sealed record KeyCheck(string Name, bool Passed, string Message);
