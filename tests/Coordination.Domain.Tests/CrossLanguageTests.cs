namespace Coordination.Domain.Tests;

/// <summary>The shipped lexicons, and texts in two languages compared through them.</summary>
public class CrossLanguageTests
{
    /// <summary>The lexicons the build copies next to the tests, as it does next to the host.</summary>
    public static Lexicons Shipped => ShippedLexicons.Value;

    private static readonly Lazy<Lexicons> ShippedLexicons = new(() => Lexicons.Load(Path.Combine(AppContext.BaseDirectory, "lexicons")));

    private static readonly OverlapScorer Scorer = new(OverlapModel.Default);

    private static IEnumerable<string> ConceptsOf(string text, string language) => Shipped.Concepts(text, language)!.Keys;

    [Fact]
    public void Every_lexicon_is_shipped_and_loads()
    {
        Assert.Equal(Lexicons.Languages, Shipped.Loaded.Order());
        Assert.Empty(Shipped.Missing);
        Assert.All(Lexicons.Languages, l => Assert.True(Shipped.For(l)!.Entries > 3_000, $"{l}: {Shipped.For(l)!.Entries} entries"));
    }

    [Theory]
    [InlineData("fr", "réseaux", "network")]
    [InlineData("fr", "apprentissage", "learn")]
    [InlineData("es", "redes", "network")]
    [InlineData("es", "mujeres", "woman")]
    [InlineData("ru", "сеть", "network")]
    [InlineData("ru", "обучение", "train")]
    [InlineData("ar", "تدريب", "train")]
    [InlineData("zh", "网络", "network")]
    [InlineData("zh", "培训", "train")]
    public void Each_lexicon_translates_known_words_into_english_concepts(string language, string word, string concept) =>
        Assert.Contains(concept, ConceptsOf(word, language));

    [Theory]
    [InlineData("التدريب")]    // the article al-
    [InlineData("والتدريب")]   // and-the
    [InlineData("بالتدريب")]   // with-the
    [InlineData("تَدْرِيب")]    // written with its vowel marks
    public void Arabic_words_are_found_through_their_prefixes_and_diacritics(string word) =>
        Assert.Contains("train", ConceptsOf(word, "ar"));

    [Fact]
    public void Chinese_is_segmented_into_the_longest_words_the_lexicon_knows()
    {
        var concepts = ConceptsOf("人工智能培训", "zh").ToArray();

        Assert.Contains("artifici", concepts);
        Assert.Contains("intellig", concepts);
        Assert.Contains("train", concepts);
    }

    [Fact]
    public void Chinese_is_cut_into_the_fewest_words_not_the_longest_first()
    {
        // Longest match first reads 非洲人 ("African") / 工 ("work") / 智能 ("smart").
        var concepts = ConceptsOf("非洲人工智能", "zh").ToArray();

        Assert.Equal(["africa", "ai", "artifici", "intellig"], concepts.Order());
    }

    [Fact]
    public void Chinese_function_words_carry_no_concept()
    {
        Assert.Empty(ConceptsOf("的", "zh"));
        Assert.Equal(ConceptsOf("网络", "zh").Order(), ConceptsOf("的网络", "zh").Order());
    }

    [Fact]
    public void An_acronym_the_dictionary_spells_out_bridges_to_texts_that_write_it()
    {
        var english = OverlapProfiles.OfText("AI", "en", Shipped);
        var chinese = OverlapProfiles.OfText("人工智能", "zh", Shipped);

        var shared = Scorer.CompareTexts(english, chinese, _ => 3, _ => 3).Signals.SharedTerms;

        Assert.Contains(shared, t => t.Term == "ai");
    }

    [Fact]
    public void Words_the_lexicon_lacks_read_as_english_names_codes_and_numbers()
    {
        var concepts = ConceptsOf("Atelier UIT-T sur la 5G à Kigali en 2027", "fr").ToArray();

        Assert.Contains("5g", concepts);
        Assert.Contains("kigali", concepts);
        Assert.Contains("2027", concepts);
    }

    [Theory]
    [InlineData("fr", "")]
    [InlineData("fr", "!!! ... ???")]
    [InlineData("zh", "，。！")]
    [InlineData("ar", "، ؟")]
    public void An_empty_text_after_normalisation_has_no_concepts_and_compares_as_unrelated(string language, string text)
    {
        Assert.Empty(Shipped.Concepts(text, language)!);
        var english = OverlapProfiles.OfText("Training on artificial intelligence", "en", Shipped);
        var empty = OverlapProfiles.OfText(text, language, Shipped);
        Assert.False(OverlapScorer.IsCrossLanguage(english, empty));
    }

    [Fact]
    public void A_language_without_a_lexicon_still_matches_within_itself_and_by_shared_codes()
    {
        var frenchOnly = new Lexicons([Shipped.For("fr")!]);

        Assert.Empty(frenchOnly.Concepts("Formación en inteligencia artificial", "es")!);
        var a = OverlapProfiles.OfText("Formación en inteligencia artificial para la UIT", "es", frenchOnly);
        var b = OverlapProfiles.OfText("Formación en inteligencia artificial para la UIT", "es", frenchOnly);
        Assert.False(OverlapScorer.IsCrossLanguage(a, b));
        var weights = new CollectionWeights([a, b]);
        Assert.Equal(1.0, Scorer.CompareTexts(a, b, weights.Terms, weights.Concepts).Signals.Coverage, 3);
    }

    [Fact]
    public void Text_in_another_language_than_declared_still_gives_concepts()
    {
        // Declared French, written in English: the words the French lexicon lacks read as English.
        var concepts = ConceptsOf("Artificial intelligence readiness training", "fr").ToArray();

        Assert.Contains("intellig", concepts);
        Assert.Contains("readi", concepts);
    }

    private static ActivityDraft Draft(string language, string sector, string title, string description, params string[] countries) => new()
    {
        Sector = sector,
        Kind = "CapacityBuilding",
        Title = title,
        Description = description,
        Language = language,
        Countries = countries,
        Regions = ["AFR"],
        StartDate = new DateOnly(2026, 10, 1),
        EndDate = new DateOnly(2027, 4, 30),
    };

    private static readonly ActivityDraft EnglishTraining = Draft("en", "TSB",
        "AI Readiness Training for Government Officials in Africa",
        "Training sessions for African government decision-makers and regulators on assessing national artificial intelligence readiness, with modules on standards and trustworthy artificial intelligence.",
        "KE", "NG");

    /// <summary>Scores a against b among filler activities in English and French, so that term weights are a registered corpus's.</summary>
    private static OverlapMatch Score(ActivityDraft a, ActivityDraft b)
    {
        string[] english = ["broadband", "spectrum", "satellite", "cybersecurity", "emergency", "submarine", "cable", "numbering", "accessibility", "metrology"];
        string[] french = ["haut débit", "spectre", "satellite", "cybersécurité", "urgence", "câble sous-marin", "numérotation", "accessibilité", "métrologie", "énergie"];
        var fillers = Enumerable.Range(0, 120).Select(i => i % 2 == 0
            ? Draft("en", "BR", $"Study of {english[i % english.Length]} and {english[(i / 7) % english.Length]} planning", "A regional study for the administrations.", Countries.All[i % 150].Code)
            : Draft("fr", "BR", $"Étude sur le {french[i % french.Length]} et la {french[(i / 7) % french.Length]}", "Une étude régionale pour les administrations.", Countries.All[i % 150].Code));
        var profiles = fillers.Append(a).Append(b).Select((d, i) => OverlapProfiles.OfDraft(d with { Id = $"r{i}" }, Shipped)).ToArray();
        var weights = new CollectionWeights(profiles);
        return Scorer.Score(profiles[^2], profiles[^1], weights.Terms, weights.Documents, weights.Concepts);
    }

    [Theory]
    [InlineData("fr", "Formation à la préparation à l'intelligence artificielle pour les fonctionnaires en Afrique",
        "Sessions de formation pour les décideurs et les régulateurs des gouvernements africains sur l'évaluation de la préparation nationale à l'intelligence artificielle, avec des modules sur les normes et l'intelligence artificielle digne de confiance.")]
    [InlineData("zh", "非洲政府官员人工智能准备情况培训",
        "为非洲政府决策者和监管机构举办培训课程，评估国家人工智能准备情况，包括标准和可信人工智能模块。")]
    public void A_translation_of_registered_english_work_alerts_across_languages(string language, string title, string description)
    {
        var match = Score(Draft(language, "BDT", title, description, "KE", "NG"), EnglishTraining);

        Assert.True(match.Explanation.CrossLanguage);
        Assert.True(match.RaisesAlert, $"text {match.Explanation.TextScore}, score {match.Score}, shared {string.Join(", ", match.Explanation.SharedTerms.Select(t => t.Term))}");
        Assert.Contains(match.Explanation.SharedTerms, t => t.Term == "intellig");
    }

    [Fact]
    public void An_arabic_version_of_registered_english_work_on_the_same_topic_alerts()
    {
        var english = Draft("en", "GS", "Women in ICT Mentorship Programme for the Arab Region",
            "Pairs early-career women working in telecommunications and ICT in the Arab States with senior mentors for a twelve-month mentorship. Includes leadership workshops and networking sessions.", "EG", "JO");
        var arabic = Draft("ar", "TSB", ArabicMentorshipTitle, ArabicMentorshipDescription, "EG", "JO") with { Topics = ["digital-inclusion"] };
        english = english with { Topics = ["digital-inclusion"] };

        var match = Score(arabic, english);

        Assert.True(match.RaisesAlert, $"text {match.Explanation.TextScore}, score {match.Score}, shared {string.Join(", ", match.Explanation.SharedTerms.Select(t => t.Term))}");
    }

    /// <summary>As in the demo data.</summary>
    public const string ArabicMentorshipTitle = "برنامج التوجيه والتدريب للنساء في التقنية والمعلومات (ICT) في المنطقة العربية";
    public const string ArabicMentorshipDescription = "برنامج تدريب مهني للنساء العاملات في الاتصالات والتقنية والمعلومات (ICT) في الدول العربية مع مرشدين لمدة اثني عشر شهرا، وورش عمل في القيادة.";

    [Fact]
    public void Unrelated_work_in_another_language_does_not_alert()
    {
        var match = Score(Draft("fr", "BDT", "Cartographie du haut débit et planification des investissements",
            "Cartographie des réseaux à haut débit et plans d'investissement pour les zones rurales.", "KE", "NG"), EnglishTraining);

        Assert.False(match.RaisesAlert);
        Assert.True(match.Explanation.TextScore < OverlapModel.Default.CrossLanguageThreshold);
    }

    [Fact]
    public void Shared_terms_are_worded_as_the_texts_write_them_with_bridges_across_languages()
    {
        var french = "Apprentissage pour les réseaux";
        var english = "Learning for networks";
        var worded = Shipped.Worded([new SharedTerm("learn", 0.6), new SharedTerm("network", 0.4)], (french, "fr"), (english, "en"));
        Assert.Contains(worded, t => t.Words == "Apprentissage ↔ Learning");
        Assert.Contains(worded, t => t.Words == "réseaux ↔ networks");

        var chinese = Shipped.Worded([new SharedTerm("artifici", 0.5), new SharedTerm("intellig", 0.5)], ("人工智能培训", "zh"), ("Artificial intelligence training", "en"));
        Assert.Equal("人工智能 ↔ Artificial intelligence", Assert.Single(chinese).Words);
        var sameLanguage = Shipped.Worded([new SharedTerm("procur", 1)], ("Accessible ICT procurement", "en"), ("Procurement of accessible ICT", "en"));
        Assert.Equal("procurement", Assert.Single(sameLanguage).Words);
    }
}
