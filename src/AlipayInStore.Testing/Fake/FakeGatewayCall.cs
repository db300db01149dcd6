namespace AlipayInStore.Testing;

/// <summary>One call the fake gateway answered: the function, the request body as sent, and the result it gave.</summary>
/// <param name="Function">The <c>head.function</c>, e.g. <c>alipay.intl.acquiring.offline.pay</c>.</param>
/// <param name="RequestBody">The request's <c>body</c> JSON, as the client wrote it.</param>
/// <param name="ResultStatus"><c>S</c>, <c>F</c> or <c>U</c>.</param>
/// <param name="ResultCode">The result code, e.g. <c>SUCCESS</c> or <c>USER_PAYING</c>.</param>
public sealed record FakeGatewayCall(string Function, string RequestBody, string ResultStatus, string ResultCode);
