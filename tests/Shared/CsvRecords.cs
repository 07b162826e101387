using System.Text;

namespace Coordination.TestData;

/// <summary>RFC 4180 records, as the shared data files (shared/data) are written.</summary>
public static class CsvRecords
{
    /// <summary>One record; quoted cells may hold commas, doubled quotes and line breaks. Null at the end.</summary>
    public static string[]? Read(TextReader reader)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var any = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                if (!any) return null;
                cells.Add(cell.ToString());
                return [.. cells];
            }
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); cell.Append('"'); }
                    else quoted = false;
                }
                else cell.Append((char)c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n')
            {
                cells.Add(cell.ToString().TrimEnd('\r'));
                return [.. cells];
            }
            else cell.Append((char)c);
        }
    }

    /// <summary>The column named <paramref name="name"/> of a header record.</summary>
    public static int Column(string[] header, string name, string path) =>
        Array.IndexOf(header, name) is var i and >= 0 ? i : throw new FormatException($"{path}: expected a column '{name}' in the header.");
}
