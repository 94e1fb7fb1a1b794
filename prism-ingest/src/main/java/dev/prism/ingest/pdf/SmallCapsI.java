package dev.prism.ingest.pdf;

/**
 * A line set in small capitals whose font maps its small capital I to a lower-case "i"
 * ("STAFF ENGiNEER · BACHELOR iN PHYSiCS", as Awesome-CV's headers come out): the "i"
 * read back as the capital it is drawn as, so the line reads as the capitals it shows (a title in
 * capitals, not a word cased as no name is).
 *
 * <p>Only a line that says so itself: no lower-case letter in it but "i", and two words or more
 * of four letters or more with an "i" between capitals. A name cased that way on purpose stands
 * among lower-case words ("TiDB and Kafka") or alone, a unit is shorter ("16 GiB"), and they stay
 * as written.
 */
final class SmallCapsI {
  private SmallCapsI() {}

  static String folded(String line) {
    int words = 0;
    int letters = 0;
    boolean innerI = false;
    for (int i = 0; i <= line.length(); i++) {
      char c = i < line.length() ? line.charAt(i) : ' ';
      if (Character.isLowerCase(c) && c != 'i') {
        return line;
      }
      if (Character.isLetter(c)) {
        letters++;
        innerI |= c == 'i' && i > 0 && Character.isUpperCase(line.charAt(i - 1)) && i + 1 < line.length()
            && Character.isUpperCase(line.charAt(i + 1));
      } else {
        // A word of four letters or more: units ("GiB", "TiB") are shorter.
        words += innerI && letters >= 4 ? 1 : 0;
        letters = 0;
        innerI = false;
      }
    }
    return words >= 2 ? line.replace('i', 'I') : line;
  }
}
