namespace Coordination.Domain.Tests;

public class ReferenceDataTests
{
    [Fact]
    public void Countries_are_unique_two_letter_codes_in_every_region()
    {
        Assert.Equal(Countries.All.Count, Countries.All.Select(c => c.Code).Distinct().Count());
        Assert.All(Countries.All, c => Assert.Matches("^[A-Z]{2}$", c.Code));
        Assert.All(Enum.GetValues<Region>(), r => Assert.Contains(Countries.All, c => c.Region == r));
    }

    [Theory]
    [InlineData("eg", Region.ARB)]
    [InlineData("KE", Region.AFR)]
    [InlineData("KZ", Region.CIS)]
    [InlineData("CH", Region.EUR)]
    [InlineData("BR", Region.AMS)]
    [InlineData("FJ", Region.ASP)]
    public void Countries_map_to_their_ITU_region(string code, Region region)
    {
        Assert.True(Countries.TryGet(code, out var country));
        Assert.Equal(region, country.Region);
    }

    [Fact]
    public void Partition_buckets_are_stable_and_spread()
    {
        Assert.Equal(Partitions.Bucket("act-1", 8), Partitions.Bucket("act-1", 8));
        var used = Enumerable.Range(0, 200).Select(i => Partitions.Bucket($"act-{i}", 8)).Distinct().Count();
        Assert.Equal(8, used);
    }

    [Theory]
    [InlineData("Smart Sustainable Cities", "smart-sustainable-cities")]
    [InlineData("  IMT-2030 / 6G  ", "imt-2030-6g")]
    [InlineData("Télécommunications d'urgence", "telecommunications-d-urgence")]
    public void Names_slugify_to_valid_identifiers(string name, string slug)
    {
        Assert.Equal(slug, Identifiers.Slugify(name));
        Assert.True(Identifiers.IsValid(slug));
    }
}
