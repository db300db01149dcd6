using AlipayInStore.Gateway.Hosting;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Payments;

/// <summary>The business day (GMT+8 by default) that cut-offs and ids are counted in.</summary>
internal sealed class BusinessDay(IOptions<GatewayOptions> options)
{
    public TimeSpan Offset => options.Value.BusinessDayOffset;

    public DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    public DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    public DateTimeOffset Local(DateTimeOffset at) => at.ToOffset(Offset);
}
