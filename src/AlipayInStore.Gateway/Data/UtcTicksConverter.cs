using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AlipayInStore.Gateway.Data;

/// <summary>Stores a <see cref="DateTimeOffset"/> as UTC ticks: sortable and comparable on every provider.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
