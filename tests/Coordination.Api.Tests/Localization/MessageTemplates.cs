using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coordination.Api.Tests.Localization;

/// <summary>
/// Every message template the platform's code can produce: the interpolated strings that the compiler turns into a
/// <see cref="FormattableString"/> (what <see cref="LocalizableText.Of"/> and every message parameter take), read from
/// the source with the compiler's own binding, so that no call site, helper or conditional escapes.
/// </summary>
internal static class MessageTemplates
{
    private static readonly string[] Projects = ["Coordination.Abstractions", "Coordination.Domain", "Coordination.Grains", "Coordination.Silo"];

    public static readonly Lazy<IReadOnlyList<(string Template, string Where)>> All = new(Collect);

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Coordination.sln"))) return dir.FullName;
            throw new InvalidOperationException("Coordination.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The usings the SDKs (.NET, ASP.NET Core, Orleans) add to every file of the projects.</summary>
    private const string ImplicitUsings = """
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        global using Orleans;
        global using Orleans.Hosting;
        global using Orleans.Runtime;
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Net.Http.Json;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static IReadOnlyList<(string, string)> Collect()
    {
        var root = RepositoryRoot;
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = Projects
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(root, "src", project), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path))
            .ToList();
        trees.Add(CSharpSyntaxTree.ParseText(ImplicitUsings, options, "ImplicitUsings.cs"));
        // The framework and packages the host runs on; the platform's own assemblies are the source being read.
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => !Path.GetFileName(path).StartsWith("Coordination.", StringComparison.Ordinal))
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("Templates", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var found = new List<(string, string)>();
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var literal in tree.GetRoot().DescendantNodes().OfType<InterpolatedStringExpressionSyntax>())
            {
                if (model.GetTypeInfo(literal).ConvertedType?.ToDisplayString() != "System.FormattableString") continue;
                var line = literal.GetLocation().GetLineSpan();
                found.Add((TemplateOf(literal), $"{Path.GetRelativePath(root, tree.FilePath)}:{line.StartLinePosition.Line + 1}"));
            }
        }
        return found;
    }

    /// <summary>What <see cref="LocalizableText.Of"/> makes of the literal: its text with braces escaped, each hole a bare {n}.</summary>
    private static string TemplateOf(InterpolatedStringExpressionSyntax literal)
    {
        // A regular interpolated string keeps its braces escaped ({{) in the text, as the template does; in a raw one
        // opened with $$ a single brace is text and must be escaped.
        var raw = literal.StringStartToken.Text.StartsWith("$$", StringComparison.Ordinal);
        var template = new StringBuilder();
        var index = 0;
        foreach (var part in literal.Contents)
        {
            if (part is InterpolatedStringTextSyntax text)
                template.Append(raw ? text.TextToken.ValueText.Replace("{", "{{").Replace("}", "}}") : text.TextToken.ValueText);
            else
                template.Append('{').Append(index++).Append('}');
        }
        return template.ToString();
    }
}
