namespace Rafael.Specs.Report;

/// <summary>Finds the repository root, the folder holding Rafael.sln, above the test's output folder.</summary>
public static class RepositoryRoot
{
    public static string? Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Rafael.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
