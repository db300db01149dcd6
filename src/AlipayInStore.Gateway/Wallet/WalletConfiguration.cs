using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlipayInStore.Gateway.Wallet;

internal sealed class WalletConfiguration : IEntityTypeConfiguration<Buyer>, IEntityTypeConfiguration<PaymentCode>
{
    public void Configure(EntityTypeBuilder<Buyer> builder)
    {
        builder.ToTable("buyers");
        builder.HasIndex(b => b.TestCode).IsUnique();
        builder.Ignore(b => b.LedgerAccount);
    }

    public void Configure(EntityTypeBuilder<PaymentCode> builder)
    {
        builder.ToTable("payment_codes");
        builder.HasKey(c => c.Code);
        builder.HasIndex(c => c.ExpiresAt);
    }
}
