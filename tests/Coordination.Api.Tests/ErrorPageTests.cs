using System.Net;
using System.Net.Http.Headers;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests;

/// <summary>Browsers get the site's pages for errors, in its layout; the API, and anything not asking for HTML, RFC 7807 problems.</summary>
[Collection(ApiCollection.Name)]
public class ErrorPageTests(ApiFactory api)
{
    private static HttpRequestMessage Get(string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        return request;
    }

    [Fact]
    public async Task A_browser_asking_for_an_unknown_page_gets_the_not_found_page_in_the_sites_layout()
    {
        var web = await api.WebSignedInAsync("amina.diallo");

        var response = await web.SendAsync(Get("/no-such-page", "text/html"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("data-testid=\"not-found\"", html);
        Assert.Contains("class=\"brand\"", html);
        Assert.Contains("data-testid=\"signed-in-as\"", html);
    }

    [Fact]
    public async Task An_unknown_API_route_is_a_problem_in_JSON_even_for_a_client_asking_for_HTML()
    {
        var web = await api.WebSignedInAsync("amina.diallo");

        foreach (var accept in new[] { "text/html", "application/json" })
        {
            var response = await web.SendAsync(Get("/api/no-such", accept));

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(404, (await response.ReadAsync()).GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task A_failure_on_the_server_is_the_error_page_for_a_browser_and_a_problem_for_anyone_else()
    {
        var web = await api.WebSignedInAsync("amina.diallo");

        var page = await web.SendAsync(Get(ApiFactory.FailurePath, "text/html"));
        var problem = await web.SendAsync(Get(ApiFactory.FailurePath, "application/json"));

        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("data-testid=\"error-page\"", html);
        Assert.Contains("class=\"brand\"", html);
        Assert.DoesNotContain("A failure the tests asked for", html);
        Assert.Equal(HttpStatusCode.InternalServerError, problem.StatusCode);
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Internal error", (await problem.ReadAsync()).GetProperty("title").GetString());
    }
}
