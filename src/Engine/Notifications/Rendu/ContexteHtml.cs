using System.Net;
using Scriban;
using Scriban.Parsing;

namespace Rafael.Engine.Notifications.Rendu;

/// <summary>Encodes every value a template writes into the HTML part; the template's own markup is written as is.</summary>
internal sealed class ContexteHtml : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject)));

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, WebUtility.HtmlEncode(ObjectToString(textAsObject)));
}
