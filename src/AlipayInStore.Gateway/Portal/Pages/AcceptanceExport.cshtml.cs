using System.Text;
using AlipayInStore.Gateway.Acceptance;
using AlipayInStore.Gateway.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AlipayInStore.Gateway.Portal.Pages;

/// <summary>
/// A run's exports under the portal's sign-in, as the control API's: report.html (shown in the browser, with the
/// questionnaire) and junit.xml (a download). Another merchant's run is a 404.
/// </summary>
internal sealed class AcceptanceExportModel(AcceptanceService service, QuestionnaireStore questionnaires) : PageModel
{
    public const string HtmlFile = "report.html";
    public const string JUnitFile = "junit.xml";

    public async Task<IActionResult> OnGetAsync(string runId, string file, CancellationToken ct)
    {
        if (file is not (HtmlFile or JUnitFile) || await service.FindAsync(runId, User.MerchantId(), ct) is null)
        {
            return NotFound();
        }
        var report = (await service.ReportAsync(runId, ct))!;
        if (file == HtmlFile)
        {
            return Content(AcceptanceReportWriter.Html(report, await questionnaires.AnswersAsync(runId, ct)), "text/html; charset=utf-8");
        }
        return File(Encoding.UTF8.GetBytes(AcceptanceReportWriter.JUnit(report)), "application/xml; charset=utf-8", $"acceptance-{runId}.junit.xml");
    }
}
