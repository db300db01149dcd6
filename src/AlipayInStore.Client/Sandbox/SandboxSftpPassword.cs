namespace AlipayInStore.Client.Sandbox;

/// <summary>A newly issued SFTP password (<c>POST /sandbox/merchants/{partnerId}/sftp-password</c>), shown this once.</summary>
/// <param name="PartnerId">The merchant.</param>
/// <param name="User">The SFTP account name.</param>
/// <param name="Password">The password.</param>
/// <param name="Note">When it takes effect.</param>
public sealed record SandboxSftpPassword(string PartnerId, string User, string Password, string Note);
