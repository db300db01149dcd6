using System.Text;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Signing;
using BenchmarkDotNet.Attributes;

namespace AlipayInStore.Benchmarks;

/// <summary>RSA2 sign and verify and SHA256 sign over the signed text of a typical pay request.</summary>
[MemoryDiagnoser]
public class SigningBenchmarks
{
    private readonly byte[] _content = Encoding.UTF8.GetBytes(SampleRequests.PayContent);
    private Rsa2Signer _signer = null!;
    private Rsa2Verifier _verifier = null!;
    private Sha256KeyScheme _sha = null!;
    private string _signature = null!;
    private string _pem = null!;

    [GlobalSetup]
    public void Setup()
    {
        var key = RsaPrivateKey.Generate();
        _pem = key.ExportPem();
        _signer = new Rsa2Signer(key);
        _verifier = new Rsa2Verifier(key.PublicKey);
        _sha = new Sha256KeyScheme("0123456789abcdef0123456789abcdef");
        _signature = _signer.Sign(_content);
    }

    [Benchmark]
    public string Rsa2Sign() => _signer.Sign(_content);

    [Benchmark]
    public bool Rsa2Verify() => _verifier.Verify(_content, _signature);

    [Benchmark]
    public string Sha256Sign() => _sha.Sign(_content);

    /// <summary>What an SDK that re-parses the PEM key on every call pays.</summary>
    [Benchmark]
    public string Rsa2SignParsingKeyEachTime() => new Rsa2Signer(RsaPrivateKey.Load(_pem)).Sign(_content);
}
