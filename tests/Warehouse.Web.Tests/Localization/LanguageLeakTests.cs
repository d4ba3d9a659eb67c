using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Warehouse.Web.Tests.Localization;

/// A page in one language shows no text of the other. What users stored (the seed's item names, depots, incidents,
/// audit details…) is theirs and may be in either language, so every text value in the database is taken out of the
/// page before it is read; what is left is the product's own words.
public sealed partial class LanguageLeakTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private static readonly string[] Pages =
    [
        "/", "/Stock", "/Stock?view=detail", "/Stock/Ledger", "/Stock/Receive", "/Stock/Issue", "/Requests", "/Requests/Create",
        "/Requests/Details/{request}", "/Board", "/Deliver", "/Workflow", "/Reports/TransferTimes", "/Printers", "/PrintJobs",
        "/Labels", "/Admin/Users", "/Audit", "/Items", "/Items/Details/1", "/Depots", "/Locations", "/Quotas", "/Departments",
        "/Stations", "/Reports/Periods", "/Readiness", "/Places", "/Places/Create", "/Places/Import", "/Standards", "/Standards/Create",
        "/Admin/ApiKeys", "/Rotation", "/WriteOffs", "/WriteOffs/Create", "/Maintenance/Plans",
        "/Kits", "/Kits/Pack", "/KitDefinitions", "/Map",
        "/Suppliers", "/Suppliers/Create", "/Suppliers/Agreement", "/CallUps", "/CallUps/Deliver",
    ];

    [Fact]
    public async Task An_english_page_shows_no_chinese_but_the_users_own_data()
    {
        var data = await StoredTextAsync();
        var leaks = new List<string>();
        foreach (var (page, text) in await PagesAsync("en"))
        {
            var left = data.Aggregate(text, (rest, value) => rest.Replace(value, " "));
            leaks.AddRange(Chinese().Matches(left).Select(m => $"{page}: {Around(left, m.Index)}"));
        }
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Distinct()));
        // The same reading finds the product's Chinese on every Chinese page, so an empty finding above means something.
        foreach (var (page, text) in await PagesAsync("zh-CN"))
            Assert.True(Chinese().IsMatch(data.Aggregate(text, (rest, value) => rest.Replace(value, " "))), page);
    }

    [Fact]
    public async Task A_chinese_page_shows_none_of_the_english_words_the_resources_translate()
    {
        var data = await StoredTextAsync();
        var english = EnglishOnlyPhrases();
        var leaks = new List<string>();
        foreach (var (page, text) in await PagesAsync("zh-CN"))
        {
            var left = data.Aggregate(text, (rest, value) => rest.Replace(value, " "));
            leaks.AddRange(english.Where(phrase => Regex.IsMatch(left, $@"(?<![\w-]){Regex.Escape(phrase)}(?![\w-])"))
                .Select(phrase => $"{page}: \"{phrase}\" in {Around(left, left.IndexOf(phrase, StringComparison.Ordinal))}"));
        }
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Distinct()));
        // The same reading finds these phrases on the English pages, so an empty finding above means something.
        var found = (await PagesAsync("en")).SelectMany(p => english.Where(phrase => p.Text.Contains(phrase, StringComparison.Ordinal)))
            .Distinct().Count();
        Assert.True(found >= 200, $"only {found} of {english.Count} English phrases found on the English pages");
    }

    [Fact]
    public async Task The_login_page_speaks_each_language_alone()
    {
        foreach (var language in new[] { "en", "zh-CN" })
        {
            var client = factory.CreateClient();
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
            var text = Visible(await client.GetStringAsync("/Account/Login"));
            Assert.True(language == "zh-CN" == Chinese().IsMatch(text), $"{language}: {text}");
            if (language == "zh-CN")
                Assert.DoesNotContain(EnglishOnlyPhrases(), phrase => Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(phrase)}(?![\w-])"));
        }
    }

    private async Task<List<(string Page, string Text)>> PagesAsync(string language)
    {
        var admin = await factory.SignedInClientAsync("admin", language);
        await using var db = factory.NewDbContext();
        var request = await db.AllocationRequests.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
        var pages = new List<(string, string)>();
        foreach (var page in Pages.Select(p => p.Replace("{request}", request.ToString())))
        {
            var response = await admin.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {response.StatusCode}");
            pages.Add((page, Visible(await response.Content.ReadAsStringAsync())));
        }
        return pages;
    }

    /// The text a reader sees: no scripts, styles, tags or attribute values. Left out too: the graph's source, whose
    /// labels its own test checks; an element marked with a language of its own (the switch to the other language
    /// names it in that language); and settings' names such as Printing:DefaultPrinter, which are the same in both.
    private static string Visible(string html)
    {
        var text = Regex.Replace(html, @"<(script|style)\b.*?</\1>|<pre class=""mermaid"".*?</pre>", " ",
            RegexOptions.Singleline | RegexOptions.IgnoreCase);
        text = Regex.Replace(text, @"<(?!html)(\w+)\b[^>]*\slang=""[^""]*""[^>]*>.*?</\1>", " ", RegexOptions.Singleline);
        text = Regex.Replace(text, "<[^>]*>", " ");
        text = Regex.Replace(WebUtility.HtmlDecode(text), @"\b[A-Z][A-Za-z]+:[A-Z][A-Za-z]+\b", " ");
        return Regex.Replace(text, @"\s+", " ");
    }

    /// Every text value stored in the database, longest first, so a longer value goes before the shorter it contains.
    private async Task<List<string>> StoredTextAsync()
    {
        await using var db = factory.NewDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            // Role names are the code's own names, which pages must translate; they are not the users' data.
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                + "AND name NOT IN ('AspNetRoles', '__EFMigrationsHistory')";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }
        var values = new HashSet<string>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetValue(i) is string value && IsUsersText(value.Trim()))
                        values.Add(value.Trim());
                }
            }
        }
        return values.OrderByDescending(v => v.Length).ToList();
    }

    /// A bare word of letters is an enum's or a role's name in the code, stored as such; pages translate those.
    private static bool IsUsersText(string value) =>
        value.Length > 0 && !value.StartsWith('{') && !Regex.IsMatch(value, "^[A-Za-z]+$");

    /// The English texts that differ from their Chinese translation: each literal run of a value with placeholders,
    /// of two words or more, or a single word of five letters or more (shorter words also occur in codes and data).
    private static IReadOnlyList<string> EnglishOnlyPhrases()
    {
        // A key without an English entry is its own English text.
        var english = ResourceFiles.Load("en");
        return ResourceFiles.Load("zh-CN")
            .Select(zh => (English: english.GetValueOrDefault(zh.Key, zh.Key), Chinese: zh.Value))
            .Where(e => e.English != e.Chinese)
            .SelectMany(e => Regex.Split(e.English, @"\{\d+(:[^}]*)?\}"))
            .Select(part => part.Trim(' ', '.', ',', ':', ';', '(', ')', '·', '…', '?', '!', '"', '\''))
            .Where(part => part.Contains(' ') ? part.Length >= 8 : part.Length >= 5 && Regex.IsMatch(part, "^[A-Za-z]+$"))
            .Distinct()
            .ToList();
    }

    private static string Around(string text, int index) =>
        text.Substring(Math.Max(0, index - 30), Math.Min(80, text.Length - Math.Max(0, index - 30)));

    [GeneratedRegex(@"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+")]
    private static partial Regex Chinese();
}
