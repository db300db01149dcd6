namespace AlipayInStore.Gateway.Sandbox;

/// <summary>Control API JSON: a newly issued SFTP password, shown this once.</summary>
internal sealed record SftpPasswordView(string PartnerId, string User, string Password, string Note);
