using System.Globalization;
using System.Text;
using AlipayInStore.Client.Sandbox;
using AlipayInStore.Protocol.Reconciliation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Testing.Tests;

/// <summary>The typed control client against the real sandbox: every route the CLI and the tests call.</summary>
public sealed class SandboxControlClientTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Merchants_CreateChangeDisableEnable_AnswersReadAsTyped()
    {
        var control = fixture.Sandbox.Control;

        var created = await control.CreateMerchantAsync(new SandboxMerchantSpec { Name = "Corner Shop", FeeRateBasisPoints = 30, EmptyDayFiles = true });
        var listed = await control.GetMerchantsAsync();
        var shown = await control.GetMerchantAsync(created.Merchant.PartnerId);
        var changed = await control.ChangeMerchantAsync(created.Merchant.PartnerId, new SandboxMerchantChange { FeeRateBasisPoints = 40 });
        var disabled = await control.DisableMerchantAsync(created.Merchant.PartnerId);
        var enabled = await control.EnableMerchantAsync(created.Merchant.PartnerId);
        var sftp = await control.IssueSftpPasswordAsync(created.Merchant.PartnerId);
        var refused = await Assert.ThrowsAsync<SandboxControlException>(() => control.CreateMerchantAsync(new SandboxMerchantSpec { FeeRateBasisPoints = 5000 }));

        Assert.Equal("Corner Shop", created.Merchant.Name);
        Assert.NotNull(created.PrivateKeyPem);
        Assert.Contains("PUBLIC KEY", created.GatewayPublicKeyPem, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(created.PortalPassword));
        Assert.Contains(listed, m => m.PartnerId == created.Merchant.PartnerId);
        Assert.Equal(created.Merchant.ClientId, shown.ClientId);
        Assert.True(shown.EmptyDayFiles);
        Assert.Equal(40, changed.FeeRateBasisPoints);
        Assert.Equal("DISABLED", disabled.Status);
        Assert.Equal("ACTIVE", enabled.Status);
        Assert.Equal(shown.SftpUser, sftp.User);
        Assert.Equal(400, refused.StatusCode);
        Assert.Contains("feeRateBasisPoints", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuyersAndDecline_CreatedBuyerPaysNothingWhenItDeclines()
    {
        var sandbox = fixture.Sandbox;
        var buyer = await sandbox.Control.CreateBuyerAsync(new SandboxBuyerSpec { BuyerId = "dora", Name = "Dora", Balance = 5_000, Currency = "USD" });
        var pay = await sandbox.CreateClient().PayAsync(new() { MerchantTransId = "T-DECLINE-" + Guid.NewGuid().ToString("N")[..8], IdentityCode = buyer.TestCode, Order = new() { OrderTitle = "Cake", OrderAmount = new() { Currency = "USD", Value = "9903" } } });

        var declined = await sandbox.Control.DeclineAsync(pay.Body.AcquirementId!);

        Assert.False(string.IsNullOrEmpty(buyer.WalletPassword));
        Assert.Equal("USER_PAYING", pay.ResultCode);
        Assert.Equal(AcquirementStatuses.Closed, declined.Status);
        Assert.Contains(await sandbox.Control.GetBuyersAsync(), b => b.BuyerId == "dora" && b.Balance == 5_000 && b.DisplayName == "Dora");
    }

    [Fact]
    public async Task NotifyUrlAndNotifications_SetReadListAndRefuseUnknown()
    {
        var sandbox = fixture.Sandbox;
        const string nowhere = "http://127.0.0.1:9/notify";
        var before = await sandbox.Control.GetNotifyUrlAsync();
        var set = await sandbox.Control.SetNotifyUrlAsync(nowhere);
        var paid = await sandbox.CreateClient().PayAndConfirmAsync(new() { MerchantTransId = "T-NOTIFY-" + Guid.NewGuid().ToString("N")[..8], IdentityCode = sandbox.TestCodes["alice"], Order = new() { OrderTitle = "Tea", OrderAmount = new() { Currency = "USD", Value = "120" } } });

        var listed = await sandbox.Control.GetNotificationsAsync(paid.AcquirementId);
        var one = await sandbox.Control.GetNotificationAsync(Assert.Single(listed).Id);
        var unknown = await Assert.ThrowsAsync<SandboxControlException>(() => sandbox.Control.ResendNotificationAsync(424242));
        var cleared = await sandbox.Control.SetNotifyUrlAsync(before.NotifyUrl);

        Assert.Equal(before.NotifyUrl, set.PreviousNotifyUrl);
        Assert.Equal(nowhere, set.NotifyUrl);
        Assert.EndsWith("notify.pay", one.Function, StringComparison.Ordinal);
        Assert.Equal(paid.AcquirementId, one.Reference);
        Assert.Equal(404, unknown.StatusCode);
        Assert.Contains("424242", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(nowhere, cleared.PreviousNotifyUrl);
    }

    [Fact]
    public async Task Reconciliation_GenerateThenDownload_GivesTheHeaderOnlyFileOfAQuietDay()
    {
        var control = fixture.Sandbox.Control;
        var merchant = (await control.CreateMerchantAsync(new SandboxMerchantSpec { Name = "Quiet Shop", EmptyDayFiles = true })).Merchant;
        var today = DateOnly.FromDateTime(DateTimeOffset.Parse((await control.GetClockAsync()).Now, CultureInfo.InvariantCulture).ToOffset(TimeSpan.FromHours(8)).DateTime);

        var file = await control.GenerateReconciliationFileAsync(merchant.PartnerId, today.AddDays(-1));
        var bytes = await control.DownloadReconciliationFileAsync(merchant.PartnerId, today.AddDays(-1));
        var notOver = await Assert.ThrowsAsync<SandboxControlException>(() => control.GenerateReconciliationFileAsync(merchant.PartnerId, today));

        Assert.True(file.HasFile);
        Assert.Equal(ReconciliationFileFormat.FileName(merchant.PartnerId, today.AddDays(-1)), file.FileName);
        Assert.Equal(0, file.RowCount);
        Assert.Equal(ReconciliationFileFormat.Header + "\n", Encoding.UTF8.GetString(bytes));
        Assert.Equal(409, notOver.StatusCode);
    }

    [Fact]
    public async Task Acceptance_StartReadAndExport_RunJsonHtmlAndJUnit()
    {
        var control = fixture.Sandbox.Control;

        var run = await control.StartAcceptanceRunAsync(fixture.Sandbox.PartnerId);
        var runId = run.GetProperty("runId").GetString()!;
        var report = await control.GetAcceptanceRunAsync(runId);
        var next = await control.NextAcceptanceCaseAsync(runId);
        var html = await control.GetAcceptanceHtmlAsync(runId);
        var junit = await control.GetAcceptanceJUnitAsync(runId);

        Assert.Equal(runId, report.GetProperty("runId").GetString());
        Assert.Equal(runId, next.GetProperty("runId").GetString());
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<testsuite", junit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongToken_IsRefusedWith401()
    {
        using var control = new SandboxControlClient(fixture.Sandbox.GatewayUrl, "not-the-token");

        var refused = await Assert.ThrowsAsync<SandboxControlException>(() => control.CheckLedgerAsync());

        Assert.Equal(401, refused.StatusCode);
    }

    [Fact]
    public async Task Reset_OnItsOwnSandbox_PutsBackTheSeed()
    {
        await using var sandbox = await AlipaySandbox.StartAsync();
        await sandbox.Control.CreateBuyerAsync(new SandboxBuyerSpec { BuyerId = "erin", Balance = 100 });

        var reset = await sandbox.Control.ResetAsync();

        Assert.Equal(sandbox.PartnerId, reset.FirstPartnerId);
        Assert.DoesNotContain(await sandbox.Control.GetBuyersAsync(), b => b.BuyerId == "erin");
        Assert.True((await sandbox.Control.CheckLedgerAsync()).Balanced);
    }
}
