using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlipayInStore.Gateway.Payments;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("payments");
        builder.HasIndex(p => p.AcquirementId).IsUnique();
        builder.Property(p => p.Version).IsConcurrencyToken();
        // Idempotency on the business key: insert first, a duplicate hits this index.
        builder.HasIndex(p => new { p.PartnerId, p.MerchantTransId }).IsUnique();
        builder.HasIndex(p => new { p.Status, p.ExpiresAt });
        builder.HasIndex(p => new { p.MerchantId, p.CreatedAt });
        builder.HasIndex(p => new { p.BuyerId, p.CreatedAt });
        builder.Property(p => p.OrderTitle).HasMaxLength(256);
        builder.Property(p => p.OrderDetail).HasMaxLength(1024);
        builder.Property(p => p.NotifyUrl).HasMaxLength(1024);
        builder.Property(p => p.Currency).HasMaxLength(3);
        builder.Property(p => p.PayCurrency).HasMaxLength(3);
        builder.Property(p => p.ConversionRate).HasMaxLength(32);
    }
}
