using AlipayInStore.Gateway.Acceptance;
using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Gateway.OpenApi;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Gateway.Reconciliation;
using AlipayInStore.Gateway.Refunds;
using AlipayInStore.Gateway.Wallet;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Data;

/// <summary>
/// The gateway's storage, provider-neutral: times are stored as UTC ticks, money as long minor units,
/// idempotency enforced by unique indexes.
/// </summary>
internal class GatewayDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The group commit queue this context's units of work go through (SQLite), or null (each its own transaction).</summary>
    internal GroupCommit? Commits { get; set; }

    /// <summary>The merchant a request's clientId names (no tracking).</summary>
    public virtual Task<Merchant?> MerchantByClientIdAsync(string clientId, CancellationToken ct) =>
        Merchants.AsNoTracking().SingleOrDefaultAsync(m => m.ClientId == clientId, ct);

    /// <summary>The buyer whose reusable test code this is (no tracking).</summary>
    public virtual Task<Buyer?> BuyerByTestCodeAsync(string code, CancellationToken ct) =>
        Buyers.AsNoTracking().SingleOrDefaultAsync(b => b.TestCode == code, ct);

    public DbSet<Merchant> Merchants => Set<Merchant>();
    public DbSet<Buyer> Buyers => Set<Buyer>();
    public DbSet<PaymentCode> PaymentCodes => Set<PaymentCode>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<Refund> Refunds => Set<Refund>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<LedgerBalance> LedgerBalances => Set<LedgerBalance>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationAttempt> NotificationAttempts => Set<NotificationAttempt>();
    public DbSet<Exchange> Exchanges => Set<Exchange>();
    public DbSet<Setting> Settings => Set<Setting>();
    public DbSet<AcceptanceRun> AcceptanceRuns => Set<AcceptanceRun>();
    public DbSet<KitDelivery> KitDeliveries => Set<KitDelivery>();
    public DbSet<AcceptanceQuestionnaire> AcceptanceQuestionnaires => Set<AcceptanceQuestionnaire>();
    public DbSet<ReconciliationFile> ReconciliationFiles => Set<ReconciliationFile>();
    public DbSet<PortalUser> PortalUsers => Set<PortalUser>();
    public DbSet<SecondaryMerchant> SecondaryMerchants => Set<SecondaryMerchant>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(256);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GatewayDbContext).Assembly);
}
