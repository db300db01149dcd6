using AlipayInStore.Testing;

namespace AlipayInStore.Gateway.Tests.Architecture;

/// <summary>
/// The gateway's feature folders use each other without a circle (issue 15, item 7; docs/architecture.md, "Which folder
/// uses which"): a folder that another one uses does not use it back, directly or through others.
/// </summary>
public sealed class FolderDependencyTests
{
    // Known, being removed: edges left to the engineer who is reworking the files that make them. Each is left out of
    // the cycle search; when its edge is gone, KnownEdges_EachStillInTheCode fails and the entry is deleted.
    private static readonly HashSet<(string From, string To)> KnownEdges =
    [
        // NotificationOutbox builds the notification body from the Payment (Payments -> Notifications is the engine
        // writing its outbox row in the same unit of work) ...
        ("Notifications", "Payments"),
        // ... and from the Refund (RefundCompletion writes the refund's outbox row).
        ("Notifications", "Refunds"),
        // PayService takes Wallet's PaymentCodeService, and PaymentCodeService makes its codes with Payments'
        // TransactionIds.Digits: two files being reworked tie Payments and Wallet both ways, and neither can move or
        // change here. Wallet -> Payments is the direction that stays (the wallet's pages confirm payments through the
        // engine and list its payments and refunds); this edge goes when the code service, or the digits it borrows,
        // sits below Payments.
        ("Payments", "Wallet"),
    ];

    private static FolderGraph Graph { get; } = FolderGraph.Read(Path.Combine(RepoPaths.Root, "src", "AlipayInStore.Gateway"));

    [Fact]
    public void FeatureFolders_UseEachOther_WithoutACycle()
    {
        var cycles = Graph.Cycles(except: KnownEdges);

        Assert.True(cycles.Count == 0,
            $"{cycles.Count} cycle(s) among the gateway's feature folders; move what both sides use to the lower folder "
            + "(docs/architecture.md, \"Which folder uses which\"):\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void KnownEdges_EachStillInTheCode()
    {
        var gone = KnownEdges.Where(e => !Graph.Edges.ContainsKey(e)).Select(e => $"{e.From} -> {e.To}").ToList();

        Assert.True(gone.Count == 0, "No longer in the code, delete from KnownEdges: " + string.Join(", ", gone));
    }
}
