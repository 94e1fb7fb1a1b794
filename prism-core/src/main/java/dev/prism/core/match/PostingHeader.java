package dev.prism.core.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title, company and location at the top of a posting, in the shapes job boards print them:
 * "Title" over "Company · Location"; "Company | Title | Location | Onsite" on one line; "Title at
 * Company"; or labelled fields ("Company: ..."). What the header does not say is looked for in the
 * body by {@link JobDescriptions}.
 *
 * @param end the offset just past the header lines, where the body starts
 * @param titleStart where the title stands in the text, or -1
 */
record PostingHeader(String title, String company, String location, int end, int titleStart) {
  private static final Pattern ROLE_NOUN = Pattern.compile(
      "(?i)\\b(engineer|developer|architect|programmer|sre|swe|scientist|analyst|administrator|devops|manager|lead|designer|consultant)s?\\b");
  private static final Pattern DOT_LINE = Pattern.compile("^\\s*(.{1,80}?)\\s+[·•]\\s+(.{1,80}?)\\s*$");
  private static final Pattern AT = Pattern.compile("^(.+?)\\s+(?:at|@)\\s+([A-Z][\\w&.' -]{0,40})$");
  private static final Pattern LABELLED = Pattern.compile("(?im)^\\s*(title|position|role|job title|company|employer|location)\\s*:\\s*(\\S.{0,80}?)\\s*$");
  private static final Pattern URL = Pattern.compile("(?i)https?://|www\\.|\\.com\\b|@");
  private static final Pattern WORK_MODE = Pattern.compile(
      "(?i)\\b(remote|onsite|on-site|hybrid|full[- ]?time|part[- ]?time|contract|intern(ship)?|visa|relocation)\\b");
  private static final Pattern MARKS = Pattern.compile("^[#*_\\s]+|[*_:\\s]+$");

  static PostingHeader read(String text) {
    List<int[]> lines = firstLines(text, 3);
    if (lines.isEmpty()) {
      return new PostingHeader(null, null, null, 0, -1);
    }
    int[] l1 = lines.get(0);
    String first = bare(text.substring(l1[0], l1[1]));

    // "Company | Title | Location | Onsite | URL" (a Hacker News "Who is hiring?" header).
    String[] parts = first.split("\\s+\\|\\s+");
    if (parts.length >= 2) {
      int t = -1;
      for (int i = 0; i < parts.length; i++) {
        if (ROLE_NOUN.matcher(parts[i]).find() && !WORK_MODE.matcher(parts[i]).find()) {
          t = i;
          break;
        }
      }
      if (t >= 0) {
        String company = t > 0 && !URL.matcher(parts[0]).find() ? parts[0].strip() : null;
        String location = null;
        for (int i = t + 1; i < parts.length; i++) {
          if (!URL.matcher(parts[i]).find() && !WORK_MODE.matcher(parts[i]).find()) {
            location = parts[i].strip();
            break;
          }
        }
        return new PostingHeader(parts[t].strip(), company, location, l1[1], l1[0] + first.indexOf(parts[t]));
      }
    }
    // "Title" over "Company · Location".
    if (lines.size() >= 2) {
      int[] l2 = lines.get(1);
      Matcher dot = DOT_LINE.matcher(text.substring(l2[0], l2[1]));
      if (dot.matches() && isTitle(first)) {
        return new PostingHeader(first, dot.group(1).strip(), dot.group(2).strip(), l2[1], l1[0] + offsetOf(text, l1, first));
      }
      // "Title" over "Company" alone, a short line without a full stop or role noun.
      String second = bare(text.substring(l2[0], l2[1]));
      if (isTitle(first) && ROLE_NOUN.matcher(first).find() && isName(second) && JobDescriptions.kind(second).isEmpty()) {
        return new PostingHeader(first, second, null, l2[1], l1[0] + offsetOf(text, l1, first));
      }
    }
    String title = null;
    String company = null;
    String location = null;
    Matcher labelled = LABELLED.matcher(text);
    while (labelled.find()) {
      String key = labelled.group(1).toLowerCase(Locale.ROOT);
      String value = labelled.group(2).strip();
      if ((key.startsWith("comp") || key.equals("employer")) && company == null) {
        company = value;
      } else if (key.equals("location") && location == null) {
        location = value;
      } else if (!key.startsWith("comp") && !key.equals("employer") && !key.equals("location") && title == null) {
        title = value;
      }
    }
    if (title != null || company != null) {
      return new PostingHeader(title, company, location, 0, title == null ? -1 : text.indexOf(title));
    }
    if (isTitle(first) && ROLE_NOUN.matcher(first).find()) {
      Matcher at = AT.matcher(first);
      if (at.matches()) {
        return new PostingHeader(at.group(1).strip(), at.group(2).strip(), null, l1[1], l1[0] + offsetOf(text, l1, first));
      }
      return new PostingHeader(first, null, null, l1[1], l1[0] + offsetOf(text, l1, first));
    }
    return new PostingHeader(null, null, null, 0, -1);
  }

  static boolean isTitle(String line) {
    return !line.isEmpty() && line.length() <= 100 && !line.endsWith(".") && line.split("\\s+").length <= 14;
  }

  private static boolean isName(String line) {
    return !line.isEmpty() && line.length() <= 50 && !line.endsWith(".") && !line.endsWith(":") && line.split("\\s+").length <= 5
        && Character.isUpperCase(line.codePointAt(0)) && !ROLE_NOUN.matcher(line).find();
  }

  private static String bare(String line) {
    return MARKS.matcher(line).replaceAll("").strip();
  }

  private static int offsetOf(String text, int[] line, String bare) {
    int at = text.substring(line[0], line[1]).indexOf(bare);
    return Math.max(0, at);
  }

  /** Start and end of the first {@code n} non-blank lines. */
  private static List<int[]> firstLines(String text, int n) {
    List<int[]> out = new ArrayList<>();
    int pos = 0;
    while (pos < text.length() && out.size() < n) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      if (!text.substring(pos, end).isBlank()) {
        out.add(new int[] {pos, end});
      }
      pos = end + 1;
    }
    return out;
  }
}
