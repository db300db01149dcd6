using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace AlipayInStore.Protocol.Keys;

/// <summary>
/// Parsed RSA instances of one key, lent out one per concurrent operation. .NET does not promise that
/// one <see cref="RSA"/> instance is safe to share between threads, so each caller gets its own; the key
/// text is parsed once and instances are reused.
/// </summary>
internal sealed class RsaKeyPool
{
    private readonly RSAParameters _parameters;
    private readonly ConcurrentBag<RSA> _idle = [];

    public RsaKeyPool(RSA first, bool includePrivate)
    {
        _parameters = first.ExportParameters(includePrivate);
        _idle.Add(first);
    }

    public TResult Use<TState, TResult>(TState state, Func<RSA, TState, TResult> action)
        where TState : allows ref struct
    {
        if (!_idle.TryTake(out var rsa))
        {
            rsa = RSA.Create();
            rsa.ImportParameters(_parameters);
        }
        try
        {
            return action(rsa, state);
        }
        finally
        {
            _idle.Add(rsa);
        }
    }
}
