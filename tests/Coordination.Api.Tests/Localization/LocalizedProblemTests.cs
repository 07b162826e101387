using System.Net;
using System.Text.Json;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests.Localization;

/// <summary>
/// Problems answer in the language the request asks for (Accept-Language, or the culture cookie), among the six UN
/// languages: the detail and the field errors are translated, the title stays English for clients to match on, and
/// what the user sent (ids, values) and field names appear as they were. Without a language, or with another one,
/// the answer is English.
/// </summary>
[Collection(ApiCollection.Name)]
public class LocalizedProblemTests(ApiFactory api)
{
    private const string InvalidTitle = "The request has invalid fields";

    private static string Invalid(string id) =>
        $$"""{ "id": "{{id}}", "sector": "BDT", "kind": "Study", "title": "", "countries": ["XX"] }""";

    public static TheoryData<string?, string, string, string> Languages => new()
    {
        {
            null, "The request has invalid fields.", "title is required.",
            "Unknown country code 'XX'. Use ISO 3166-1 alpha-2 codes such as KE, BR or CH."
        },
        {
            "de-DE,de;q=0.9", "The request has invalid fields.", "title is required.",
            "Unknown country code 'XX'. Use ISO 3166-1 alpha-2 codes such as KE, BR or CH."
        },
        {
            "fr-CH,fr;q=0.9,en;q=0.5", "La requête comporte des champs non valides.", "title est obligatoire.",
            "Code de pays inconnu : « XX ». Utilisez les codes ISO 3166-1 alpha-2, par exemple KE, BR ou CH."
        },
        {
            "ar", "يحتوي الطلب على حقول غير صالحة.", "الحقل title مطلوب.",
            "رمز بلد غير معروف «XX». استخدم رموز ISO 3166-1 alpha-2 مثل KE أو BR أو CH."
        },
        {
            "zh-CN,zh;q=0.9", "请求中有无效字段。", "title 为必填项。",
            "未知的国家代码“XX”。请使用 ISO 3166-1 alpha-2 代码，例如 KE、BR 或 CH。"
        },
        {
            "ru", "В запросе есть недопустимые поля.", "Поле title обязательно.",
            "Неизвестный код страны «XX». Используйте коды ISO 3166-1 alpha-2, например KE, BR или CH."
        },
        {
            "es", "La solicitud tiene campos no válidos.", "title es obligatorio.",
            "Código de país desconocido: «XX». Use códigos ISO 3166-1 alfa-2, como KE, BR o CH."
        },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Field_errors_and_detail_follow_Accept_Language_and_the_title_stays_English(string? acceptLanguage, string detail, string titleError, string countryError)
    {
        var client = await api.SignedInAsync("amina.diallo");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/activities") { Content = Json.Body(Invalid("loc-invalid")) };
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var problem = await (await client.SendAsync(request)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(InvalidTitle, problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.Equal([titleError], Messages(problem, "title"));
        Assert.Equal([countryError], Messages(problem, "countries"));
    }

    [Fact]
    public async Task The_culture_cookie_chooses_the_language_as_well()
    {
        var client = await api.SignedInAsync("amina.diallo");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/activities") { Content = Json.Body(Invalid("loc-cookie")) };
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dar%7Cuic%3Dar");
        request.Headers.TryAddWithoutValidation("Accept-Language", "fr");

        var problem = await (await client.SendAsync(request)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(InvalidTitle, problem.GetProperty("title").GetString());
        Assert.Equal(["الحقل title مطلوب."], Messages(problem, "title"));
    }

    [Fact]
    public async Task A_refusal_made_by_a_grain_is_worded_in_the_callers_language()
    {
        var client = await api.SignedInAsync("amina.diallo");
        const string body = """{ "id": "loc-taken", "sector": "BDT", "kind": "Study", "title": "Taken" }""";
        var first = await client.PostAsync("/api/activities", Json.Body(body));
        Assert.True(first.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict);

        var chinese = await SendAsync(client, HttpMethod.Post, "/api/activities", "zh", body);
        var french = await SendAsync(client, HttpMethod.Post, "/api/activities", "fr", body);
        var english = await SendAsync(client, HttpMethod.Post, "/api/activities", null, body);

        foreach (var response in new[] { chinese, french, english })
            Assert.Equal("Conflict", (await response.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("title").GetString());
        Assert.Equal("标识为“loc-taken”的活动已存在。", await DetailAsync(chinese));
        Assert.Equal("Une activité d'identifiant « loc-taken » existe déjà.", await DetailAsync(french));
        Assert.Equal("An activity with id 'loc-taken' already exists.", await DetailAsync(english));
    }

    [Fact]
    public async Task Not_found_and_precondition_problems_are_translated_and_keep_the_id_as_sent()
    {
        var client = await api.SignedInAsync("amina.diallo");

        const string body = """{ "id": "loc-versioned", "sector": "BDT", "kind": "Study", "title": "Versioned" }""";
        var created = await client.PostAsync("/api/activities", Json.Body(body));
        Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict);

        var missing = await SendAsync(client, HttpMethod.Get, "/api/activities/loc-nobody", "ar", null);
        var noIfMatch = await SendAsync(client, HttpMethod.Put, "/api/activities/loc-versioned", "es", body);

        var notFound = await missing.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Unknown activity", notFound.GetProperty("title").GetString());
        Assert.Equal("لا يوجد نشاط بالمعرّف «loc-nobody».", notFound.GetProperty("detail").GetString());
        var precondition = await noIfMatch.AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        Assert.Equal("If-Match required", precondition.GetProperty("title").GetString());
        Assert.Equal("Envíe el encabezado If-Match con el ETag que leyó (GET lo devuelve), p. ej. If-Match: \"3\".", precondition.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_the_json_of_the_endpoint_is_explained_in_the_callers_language()
    {
        var client = await api.SignedInAsync("amina.diallo");

        var response = await SendAsync(client, HttpMethod.Post, "/api/activities", "ru", """{ "sector": "BDT", "titel": "x" }""");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Malformed JSON", problem.GetProperty("title").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.StartsWith("Тело запроса не является допустимым JSON для этой конечной точки", detail);
        Assert.Contains("«titel» не является полем этого запроса; проверьте написание по /openapi/v1.json.", detail);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? language, string? body)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = Json.Body(body);
        if (language is not null) request.Headers.TryAddWithoutValidation("Accept-Language", language);
        return await client.SendAsync(request);
    }

    private static async Task<string?> DetailAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();

    private static string[] Messages(JsonElement problem, string field) =>
        [.. problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()!)];
}
