using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Coordination.Testing.Web;

/// <summary>The development sign-in of the API: a bearer token for one of the development users.</summary>
public static class DevSignIn
{
    /// <summary>Signs <paramref name="user"/> in through <paramref name="client"/>, which sends the token from then on.</summary>
    public static async Task AuthorizeAsync(HttpClient client, string user)
    {
        var response = await client.PostAsJsonAsync("/api/dev/sign-in", new { user });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }
}
