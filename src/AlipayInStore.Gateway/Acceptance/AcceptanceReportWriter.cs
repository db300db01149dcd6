using System.Globalization;
using System.Net;
using System.Text;
using System.Xml.Linq;

namespace AlipayInStore.Gateway.Acceptance;

/// <summary>Exports a run as a self-contained HTML page and as JUnit XML for a merchant's CI.</summary>
internal static class AcceptanceReportWriter
{
    /// <summary>The run's page; with <paramref name="questionnaire"/>, the merchant's answers follow the cases.</summary>
    public static string Html(RunReport report, QuestionnaireAnswers? questionnaire = null)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acceptance run {{Encode(report.RunId)}}</title>
            <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
            .Passed{color:#0a7a2f}.Failed{color:#b00020}.Pending{color:#8a6d00}td,th{text-align:left;vertical-align:top;padding:.4rem}
            tr{border-bottom:1px solid #ddd}table{border-collapse:collapse;width:100%}code{font-size:.85em}
            dl{display:grid;grid-template-columns:18rem 1fr;gap:.3rem 1rem}dt{color:#555}dd{margin:0;white-space:pre-wrap}</style></head><body>
            <h1>Acceptance run {{Encode(report.RunId)}}</h1>
            <p>Partner {{Encode(report.PartnerId)}} · started {{report.StartedAt:yyyy-MM-dd HH:mm:ss}} UTC ·
            <strong>{{report.Passed}} passed, {{report.Failed}} failed, {{report.Pending}} pending</strong>{{(report.Finished ? "" : " · in progress")}}</p>
            <table><tr><th>#</th><th>Case</th><th>Verdict</th><th>Why, evidence and suggestion</th></tr>
            """);
        foreach (var c in report.Cases)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{c.Number}</td><td>{Encode(c.Title)}<br><small>{Encode(c.Instructions)}</small></td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"{c.Verdict}\">{c.Verdict}</td><td>{Encode(c.Reason)}");
            foreach (var e in c.Evidence)
            {
                html.Append(CultureInfo.InvariantCulture, $"<br><code>{Encode(e)}</code>");
            }
            if (c.Suggestion is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<br><em>Suggestion: {Encode(c.Suggestion)}</em>");
            }
            html.Append("</td></tr>\n");
        }
        html.Append("</table>\n");
        AppendQuestionnaire(html, questionnaire);
        return html.Append("</body></html>\n").ToString();
    }

    private static void AppendQuestionnaire(StringBuilder html, QuestionnaireAnswers? questionnaire)
    {
        html.Append("<h2>Questionnaire</h2>\n");
        if (questionnaire is null)
        {
            html.Append("<p id=\"questionnaire\">Not answered yet.</p>\n");
            return;
        }
        html.Append("<dl id=\"questionnaire\">");
        foreach (var (label, value) in questionnaire.Describe())
        {
            html.Append(CultureInfo.InvariantCulture, $"<dt>{Encode(label)}</dt><dd>{Encode(value)}</dd>");
        }
        html.Append("</dl>\n");
    }

    public static string JUnit(RunReport report)
    {
        var suite = new XElement("testsuite",
            new XAttribute("name", "alipay-instore acceptance " + report.RunId),
            new XAttribute("tests", report.Cases.Count),
            new XAttribute("failures", report.Failed),
            new XAttribute("skipped", report.Pending));
        foreach (var c in report.Cases)
        {
            var testcase = new XElement("testcase", new XAttribute("classname", "acceptance"), new XAttribute("name", c.Id));
            var detail = string.Join("\n", [c.Reason, .. c.Evidence, c.Suggestion is null ? "" : "Suggestion: " + c.Suggestion]).Trim();
            if (c.Verdict == nameof(CaseVerdict.Failed))
            {
                testcase.Add(new XElement("failure", new XAttribute("message", c.Reason), detail));
            }
            else if (c.Verdict == nameof(CaseVerdict.Pending))
            {
                testcase.Add(new XElement("skipped", new XAttribute("message", c.Reason)));
            }
            suite.Add(testcase);
        }
        return new XDocument(new XElement("testsuites", suite)).ToString() + "\n";
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
