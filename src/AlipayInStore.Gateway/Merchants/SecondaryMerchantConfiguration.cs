using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlipayInStore.Gateway.Merchants;

internal sealed class SecondaryMerchantConfiguration : IEntityTypeConfiguration<SecondaryMerchant>
{
    public void Configure(EntityTypeBuilder<SecondaryMerchant> builder)
    {
        builder.ToTable("secondary_merchants");
        builder.HasIndex(s => new { s.AcquirerId, s.SellerId, s.StoreId }).IsUnique();
        builder.Property(s => s.SellerId).HasMaxLength(32);
        builder.Property(s => s.StoreId).HasMaxLength(32);
        builder.Property(s => s.Mcc).HasMaxLength(4);
    }
}
