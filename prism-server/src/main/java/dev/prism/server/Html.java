package dev.prism.server;

/** Escaping for text placed in HTML, the one way user text reaches a server-rendered page. */
final class Html {
  private Html() {}

  /** Escapes for element content and quoted attribute values alike. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * A bullet's verdict as a pill that says it in words and a symbol, not by colour alone: "weak · 12".
   * The page's script draws the same pill (see app.js, labelPill).
   */
  static String labelPill(String label, int strength) {
    String icon = switch (label) {
      case "strong" -> "✓";
      case "fair" -> "◐";
      default -> "!";
    };
    return "<span class=\"pill " + esc(label) + "\"><span aria-hidden=\"true\">" + icon + "</span> " + esc(label) + " · " + strength
        + "</span>";
  }
}
