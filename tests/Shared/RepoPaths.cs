namespace AlipayInStore.Testing;

/// <summary>Finds the project root and the shared test vectors beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The published vectors in ../shared/vectors, read as they are.</summary>
    public static string Vectors
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(Root, "..", "shared", "vectors"));
            if (!Directory.Exists(dir))
            {
                throw new DirectoryNotFoundException(
                    $"The shared test vectors are missing: expected them at {dir} (../shared/vectors beside the project root).");
            }
            return dir;
        }
    }

    public static string Vector(string name) => Path.Combine(Vectors, name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AlipayInStore.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Cannot find AlipayInStore.slnx above " + AppContext.BaseDirectory);
    }
}
