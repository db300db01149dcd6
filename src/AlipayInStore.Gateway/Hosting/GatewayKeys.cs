using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Signing;

namespace AlipayInStore.Gateway.Hosting;

/// <summary>The gateway's RSA2 key pair, generated on first start into the data folder and parsed once.</summary>
internal sealed class GatewayKeys
{
    public GatewayKeys(string dataDirectory)
    {
        var dir = Path.Combine(dataDirectory, "keys");
        Directory.CreateDirectory(dir);
        PrivateKeyPath = Path.Combine(dir, "gateway_private_key.pem");
        PublicKeyPath = Path.Combine(dir, "gateway_public_key.pem");
        if (!File.Exists(PrivateKeyPath))
        {
            var generated = RsaPrivateKey.Generate();
            KeyFiles.WriteSecret(PrivateKeyPath, generated.ExportPem());
        }
        PrivateKey = RsaPrivateKey.Load(File.ReadAllText(PrivateKeyPath));
        if (!File.Exists(PublicKeyPath))
        {
            File.WriteAllText(PublicKeyPath, PrivateKey.PublicKey.ExportPem());
        }
        Signer = new Rsa2Signer(PrivateKey);
    }

    public string PrivateKeyPath { get; }
    public string PublicKeyPath { get; }
    public RsaPrivateKey PrivateKey { get; }
    public RsaPublicKey PublicKey => PrivateKey.PublicKey;
    public Rsa2Signer Signer { get; }
}
