using System.Globalization;
using AlipayInStore.Gateway.Hosting;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Payments;

/// <summary>
/// The business day (GMT+8 by default, <c>Gateway:BusinessDayOffset</c>): the only mapping from an instant to a date.
/// Cancel windows, ids, reconciliation files and their retention, and the portal chart all count days with it.
/// </summary>
internal sealed class BusinessDay
{
    public BusinessDay(TimeSpan offset)
    {
        Offset = offset;
        Label = "GMT" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(offset.Minutes == 0 ? "%h" : @"h\:mm", CultureInfo.InvariantCulture);
        TimeZone = TimeZoneInfo.CreateCustomTimeZone(Label, offset, Label, Label);
    }

    public BusinessDay(IOptions<GatewayOptions> options)
        : this(options.Value.BusinessDayOffset)
    {
    }

    public TimeSpan Offset { get; }

    /// <summary>The offset as people read it: <c>GMT+8</c>, <c>GMT+5:30</c>, <c>GMT-3</c>.</summary>
    public string Label { get; }

    /// <summary>A fixed-offset zone named <see cref="Label"/>: the time zone of the reconciliation files' <c>Payment_time</c>.</summary>
    public TimeZoneInfo TimeZone { get; }

    public DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    public DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    public DateTimeOffset Local(DateTimeOffset at) => at.ToOffset(Offset);

    /// <summary>The business date now on <paramref name="clock"/>.</summary>
    public DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());
}
