namespace Rafael.Engine;

/// <summary>Marks the Engine assembly (for assembly scanning).</summary>
public static class EngineMarker;
