using System.Security.Cryptography;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Testing;

namespace AlipayInStore.Protocol.Tests;

public sealed class KeyLoadingTests
{
    private static string Vector(string name) => File.ReadAllText(RepoPaths.Vector(name));

    [Fact]
    public void LoadPrivate_PublicKeyGiven_SaysPublicWherePrivateBelongs()
    {
        var ex = Assert.Throws<KeyLoadException>(() => RsaPrivateKey.Load(Vector("merchant_public_key.pem")));
        Assert.Contains("public key where a private key belongs", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadPublic_PrivateKeyGiven_SaysPrivateWherePublicBelongs()
    {
        var ex = Assert.Throws<KeyLoadException>(() => RsaPublicKey.Load(Vector("merchant_private_key.pem")));
        Assert.Contains("private key where a public key belongs", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello, I am not a key")]
    [InlineData("aGVsbG8gd29ybGQ=")]
    public void LoadPublic_NotAKey_SaysSo(string text)
    {
        var ex = Assert.Throws<KeyLoadException>(() => RsaPublicKey.Load(text));
        Assert.Matches("empty|not a key|not an RSA key", ex.Message);
    }

    [Fact]
    public void LoadPublic_BareBase64Der_SameKeyAsPem()
    {
        var pem = RsaPublicKey.Load(Vector("merchant_public_key.pem"));
        var bare = RsaPublicKey.Load(Convert.ToBase64String(pem.SubjectPublicKeyInfo));

        Assert.True(bare.SameKeyAs(pem));
        Assert.Equal(pem.Fingerprint, bare.Fingerprint);
    }

    [Fact]
    public void LoadPrivate_Pkcs1AndPkcs8AndBareDer_AllLoadTo2048Bits()
    {
        var pkcs1 = RsaPrivateKey.Load(Vector("gateway_private_key_pkcs1.pem"));
        var pkcs8 = RsaPrivateKey.Load(Vector("merchant_private_key.pem"));
        using var rsa = RSA.Create();
        rsa.ImportFromPem(Vector("merchant_private_key.pem"));
        var bare = RsaPrivateKey.Load(Convert.ToBase64String(rsa.ExportRSAPrivateKey()));

        Assert.Equal(2048, pkcs1.Bits);
        Assert.Equal(2048, pkcs8.Bits);
        Assert.True(bare.PublicKey.SameKeyAs(pkcs8.PublicKey));
        Assert.True(pkcs1.PublicKey.SameKeyAs(RsaPublicKey.Load(Vector("gateway_public_key.pem"))));
    }

    [Fact]
    public void LoadPublic_Pkcs1PublicPem_Loads()
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(Vector("merchant_public_key.pem"));
        var key = RsaPublicKey.Load(rsa.ExportRSAPublicKeyPem());
        Assert.True(key.SameKeyAs(RsaPublicKey.Load(Vector("merchant_public_key.pem"))));
    }

    [Fact]
    public void LoadPrivate_EncryptedPkcs8_SaysEncrypted()
    {
        using var rsa = RSA.Create(2048);
        var pem = rsa.ExportEncryptedPkcs8PrivateKeyPem("secret", new PbeParameters(PbeEncryptionAlgorithm.Aes128Cbc, HashAlgorithmName.SHA256, 1000));
        var ex = Assert.Throws<KeyLoadException>(() => RsaPrivateKey.Load(pem));
        Assert.Contains("encrypted", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadPrivate_EcKey_SaysNotRsa()
    {
        using var ec = ECDsa.Create();
        var ex = Assert.Throws<KeyLoadException>(() => RsaPrivateKey.Load(ec.ExportPkcs8PrivateKeyPem()));
        Assert.Contains("not an RSA key", ex.Message, StringComparison.Ordinal);
    }
}
