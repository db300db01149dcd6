namespace AlipayInStore.Gateway.Sandbox;

/// <summary>A seed file was refused: where (line), which field, which rule. Nothing was created.</summary>
internal sealed class SeedFileException(string message) : Exception(message);
