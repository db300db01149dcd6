using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlipayInStore.Gateway.OpenApi;

internal sealed class ExchangeConfiguration : IEntityTypeConfiguration<Exchange>
{
    public void Configure(EntityTypeBuilder<Exchange> builder)
    {
        builder.ToTable("exchanges");
        builder.HasIndex(e => new { e.MerchantId, e.At });
        builder.HasIndex(e => e.AcquirementId);
        builder.HasIndex(e => e.MerchantTransId);
        builder.Property(e => e.RequestText).HasMaxLength(Exchange.TextMaxLength);
        builder.Property(e => e.SignedText).HasMaxLength(Exchange.TextMaxLength);
        builder.Property(e => e.ResponseText).HasMaxLength(Exchange.TextMaxLength);
        builder.Property(e => e.Path).HasMaxLength(Exchange.PathMaxLength);
    }
}
