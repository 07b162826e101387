using System.Net;
using System.Net.Http.Headers;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests.Localization;

/// <summary>The activity, topic, registration and sign-in pages in a reader's language: their texts, and codes by name.</summary>
[Collection(ApiCollection.Name)]
public class ActivityPagesInLanguagesTests(ApiFactory api)
{
    /// <summary>The page as the browser shows it: the server writes characters beyond ASCII as references.</summary>
    private static async Task<string> PageAsync(HttpClient web, string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        var response = await web.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {response.Headers.Location}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_registration_form_names_sectors_regions_and_statuses_in_french()
    {
        var html = await PageAsync(await api.WebSignedInAsync("pierre.martin"), "/activities/new", "fr");

        Assert.Contains("<h1>Enregistrer une activité</h1>", html);
        Assert.Contains("<option value=\"TSB\" selected>Bureau de la normalisation des télécommunications</option>", html);
        Assert.Contains("<option value=\"Planned\" selected>Prévue</option>", html);
        Assert.Contains("value=\"AFR\" /> Afrique</label>", html);
        Assert.Contains(">Chevauchements possibles</h2>", html);
        Assert.DoesNotContain("Register an activity", html);
        Assert.DoesNotContain("Possible overlaps", html);
    }

    [Fact]
    public async Task The_registration_refusal_speaks_the_coordinators_language()
    {
        var html = await PageAsync(await api.WebSignedInAsync("helena.berg"), "/activities/new", "es");

        Assert.Contains("data-testid=\"register-refused\"", html);
        Assert.Contains("Como coordinador, usted sigue los registros", html);
        Assert.DoesNotContain("As a coordinator", html);
    }

    [Fact]
    public async Task The_activity_page_in_chinese_names_its_codes_and_leaves_no_stray_separator()
    {
        var bdt = await api.SignedInAsync("amina.diallo");
        var created = await bdt.PostAsync("/api/activities", Json.Body(new
        {
            id = "act-l10n-zh", sector = "BDT", kind = "Study", title = "Rural connectivity costs", status = "Planned", regions = new[] { "AFR", "ASP" },
        }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var web = await api.WebSignedInAsync("amina.diallo");

        var html = await PageAsync(web, "/activities/act-l10n-zh", "zh");
        var missing = await PageAsync(web, "/activities/act-l10n-nobody", "zh");

        Assert.Contains("研究 · 已计划", html);
        Assert.Contains("<dd>非洲、亚洲及太平洋</dd>", html);
        Assert.Contains("title=\"电信发展局\"", html);
        Assert.Contains("<dd>—</dd>", html);
        Assert.DoesNotContain("Planned", html);
        Assert.DoesNotContain("AFR, ASP", html);
        Assert.DoesNotContain(">none<", html);
        Assert.Contains("<h1>未找到活动</h1>", missing);
        Assert.Contains("不存在活动“act-l10n-nobody”。", missing);
    }

    [Fact]
    public async Task The_topic_pages_in_arabic_read_right_to_left_with_sectors_and_statuses_by_name()
    {
        var bdt = await api.SignedInAsync("amina.diallo");
        Assert.Equal(HttpStatusCode.Created, (await bdt.PostAsync("/api/topics", Json.Body(new { id = "topic-l10n-ar", name = "Spectrum for rural areas" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await bdt.PostAsync("/api/activities", Json.Body(new
        {
            id = "act-l10n-ar", sector = "BDT", kind = "Workshop", title = "Rural spectrum workshop", status = "Ongoing", topics = new[] { "topic-l10n-ar" }, regions = new[] { "ARB" },
        }))).StatusCode);
        var web = await api.WebSignedInAsync("helena.berg");

        var topic = await PageAsync(web, "/topics/topic-l10n-ar", "ar");
        var list = await PageAsync(web, "/topics", "ar");

        Assert.Contains("dir=\"rtl\"", topic);
        Assert.Contains("مكتب تنمية الاتصالات · الأنشطة: 1", topic);
        Assert.Contains("<td>ورشة عمل</td>", topic);
        Assert.Contains("جارٍ", topic);
        Assert.Contains("<td>الدول العربية</td>", topic);
        Assert.DoesNotContain(">Ongoing", topic);
        Assert.Contains("<h1>المواضيع</h1>", list);
        Assert.Contains("href=\"/topics/topic-l10n-ar\">Spectrum for rural areas</a>", list);
    }

    [Fact]
    public async Task The_sign_in_page_describes_the_demo_users_in_russian()
    {
        var visitor = api.CreateClient(new() { AllowAutoRedirect = false });

        var html = await PageAsync(visitor, "/signin", "ru");

        Assert.Contains("<h1>Вход</h1>", html);
        Assert.Contains("Член целевой группы, БРЭ", html);
        Assert.Contains("Региональный директор: Африка", html);
        Assert.Contains("Член Координационного комитета", html);
        Assert.DoesNotContain("Regional director for Africa", html);
        Assert.DoesNotContain("task-force member", html);
    }
}
