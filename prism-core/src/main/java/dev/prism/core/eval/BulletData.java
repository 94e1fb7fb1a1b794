package dev.prism.core.eval;

import dev.prism.core.bullet.BulletLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Labelled bullets in the three shapes the corpus keeps them in, told apart by their header:
 *
 * <ul>
 *   <li>labels: {@code id, source, role, bullet, label, why} (label weak, fair or strong);
 *   <li>pairs from one person: {@code id, source, weaker, stronger, why}, where a {@code why} that
 *       starts "numbers mislead" marks a pair whose weaker bullet has the figures;
 *   <li>guide-style pairs: {@code weak, strong, theme}, a theme starting "hard" marking the same; each
 *       side also counts as a label (weak and strong).
 * </ul>
 */
public final class BulletData {

  /**
   * One bullet with the label a reader gave it; {@code group} is the person it comes from, {@code
   * weight} how much it counts in training.
   */
  public record Labelled(String text, BulletLabel label, String group, double weight) {
    public Labelled {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(group, "group");
      if (!(weight > 0)) {
        throw new IllegalArgumentException("weight must be positive: " + weight);
      }
    }

    public Labelled(String text, BulletLabel label, String group) {
      this(text, label, group, 1);
    }
  }

  /** Two bullets of one person, the second clearly the stronger. */
  public record Pair(String weaker, String stronger, boolean numbersMislead, String group, double weight) {
    public Pair {
      Objects.requireNonNull(weaker, "weaker");
      Objects.requireNonNull(stronger, "stronger");
      Objects.requireNonNull(group, "group");
      if (!(weight > 0)) {
        throw new IllegalArgumentException("weight must be positive: " + weight);
      }
    }

    public Pair(String weaker, String stronger, boolean numbersMislead, String group) {
      this(weaker, stronger, numbersMislead, group, 1);
    }
  }

  /** What one file holds. */
  public record Set(String format, List<Labelled> labelled, List<Pair> pairs) {
    public Set {
      labelled = List.copyOf(labelled);
      pairs = List.copyOf(pairs);
    }

    public Set plus(Set other) {
      List<Labelled> l = new ArrayList<>(labelled);
      l.addAll(other.labelled);
      List<Pair> p = new ArrayList<>(pairs);
      p.addAll(other.pairs);
      return new Set(format + "+" + other.format, l, p);
    }

    /** The same examples counting {@code weight} times in training. */
    public Set weighted(double weight) {
      return new Set(format, labelled.stream().map(l -> new Labelled(l.text(), l.label(), l.group(), weight)).toList(),
          pairs.stream().map(p -> new Pair(p.weaker(), p.stronger(), p.numbersMislead(), p.group(), weight)).toList());
    }

    public boolean isEmpty() {
      return labelled.isEmpty() && pairs.isEmpty();
    }
  }

  private BulletData() {}

  /**
   * Reads any of the three shapes; {@code name} prefixes the groups of guide-style pairs, which
   * carry no source. A file without a known header is read as guide-style pairs.
   */
  public static Set parse(String tsv, String name) {
    String[] lines = tsv.replace("\r", "").split("\n");
    String header = lines.length == 0 ? "" : lines[0].toLowerCase(Locale.ROOT);
    List<String> cols = List.of(header.split("\t"));
    List<Labelled> labelled = new ArrayList<>();
    List<Pair> pairs = new ArrayList<>();
    if (cols.contains("label") && cols.contains("bullet")) {
      int text = cols.indexOf("bullet");
      int label = cols.indexOf("label");
      int source = cols.indexOf("source");
      for (int i = 1; i < lines.length; i++) {
        String[] c = lines[i].split("\t", -1);
        if (c.length <= Math.max(text, label) || c[text].isBlank()) {
          continue;
        }
        BulletLabel l = label(c[label]);
        if (l != null) {
          labelled.add(new Labelled(c[text].strip(), l, source >= 0 && source < c.length ? c[source] : name + ":" + i));
        }
      }
      return new Set("labels", labelled, pairs);
    }
    if (cols.contains("weaker") && cols.contains("stronger")) {
      int w = cols.indexOf("weaker");
      int s = cols.indexOf("stronger");
      int why = cols.indexOf("why");
      int source = cols.indexOf("source");
      for (int i = 1; i < lines.length; i++) {
        String[] c = lines[i].split("\t", -1);
        if (c.length <= Math.max(w, s) || c[w].isBlank() || c[s].isBlank()) {
          continue;
        }
        boolean mislead = why >= 0 && why < c.length && c[why].strip().toLowerCase(Locale.ROOT).startsWith("numbers mislead");
        pairs.add(new Pair(c[w].strip(), c[s].strip(), mislead, source >= 0 && source < c.length ? c[source] : name + ":" + i));
      }
      return new Set("pairs", labelled, pairs);
    }
    for (int i = 0; i < lines.length; i++) {
      String[] c = lines[i].split("\t", -1);
      if (c.length < 2 || c[0].isBlank() || c[1].isBlank() || i == 0 && c[0].equalsIgnoreCase("weak")) {
        continue;
      }
      boolean hard = c.length > 2 && c[2].strip().toLowerCase(Locale.ROOT).startsWith("hard");
      String group = name + ":" + i;
      pairs.add(new Pair(c[0].strip(), c[1].strip(), hard, group));
      labelled.add(new Labelled(c[0].strip(), BulletLabel.WEAK, group));
      labelled.add(new Labelled(c[1].strip(), BulletLabel.STRONG, group));
    }
    return new Set("guide-pairs", labelled, pairs);
  }

  private static BulletLabel label(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "weak" -> BulletLabel.WEAK;
      case "fair" -> BulletLabel.FAIR;
      case "strong" -> BulletLabel.STRONG;
      default -> null;
    };
  }
}
