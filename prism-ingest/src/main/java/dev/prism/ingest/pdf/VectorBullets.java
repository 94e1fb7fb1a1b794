package dev.prism.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

/**
 * List markers drawn as shapes rather than as text. Chromium (and so every HTML-to-PDF resume
 * builder on it) paints the disc of a {@code <ul>} item as a small filled path, and the circle of a
 * nested item as a small stroked one; the text layer then holds no bullet at all, and two one-line
 * items read as one wrapped item. This collects small, simple filled shapes and stroked rings
 * while the page is processed, and turns each one that sits just left of a
 * line of text, within that line's height, into a "•" glyph, so the layout treats it like any
 * other bullet.
 */
final class VectorBullets {
  /** A filled shape's or a stroked ring's box, in the same top-down page coordinates as {@link Glyph}. */
  record Mark(float x, float top, float width, float height, boolean stroked) {
    Mark(float x, float top, float width, float height) {
      this(x, top, width, height, false);
    }

    float right() {
      return x + width;
    }

    float centerY() {
      return top + height / 2;
    }
  }

  // Skia draws a disc with sixteen curves; an icon or a logo takes many more segments.
  private static final int MAX_SEGMENTS = 24;
  private static final float MIN_SIDE = 1.2f;
  private static final float MAX_SIDE = 9f;
  /**
   * Marks kept per page: a page of hundreds of small shapes is a chart, not a list, and each mark
   * is compared with every glyph of its page.
   */
  private static final int MAX_MARKS = 200;
  /**
   * Stroked rings kept per page, apart from the filled marks so that they never crowd those out;
   * only rings drawn with curves alone (a circle) count, not stroked boxes or lines.
   */
  private static final int MAX_RINGS = 60;
  private static final int MIN_RING_CURVES = 4;
  /** How much further in than the outer list's disc a nested item's ring stands, at least (points). */
  private static final float NESTED_INDENT = 4f;

  private final PDFStreamEngine engine;
  private final List<Mark> marks = new ArrayList<>();
  private float minX;
  private float minY;
  private float maxX;
  private float maxY;
  private int segments;
  private int curves;
  private int rings;
  private boolean open;
  private float cropLeft;
  private float cropTop;
  private boolean upright;

  VectorBullets(PDFStreamEngine engine) {
    this.engine = engine;
  }

  /** The path operators this needs, for the text stripper to register; it ignores paths otherwise. */
  List<OperatorProcessor> operators() {
    List<OperatorProcessor> ops = new ArrayList<>();
    for (String name : List.of("m", "l", "c", "v", "y", "re", "h")) {
      ops.add(new Op(engine, name, this::construct));
    }
    for (String name : List.of("f", "F", "f*", "B", "B*", "b", "b*")) {
      ops.add(new Op(engine, name, (op, operands) -> paint(false)));
    }
    for (String name : List.of("S", "s")) {
      ops.add(new Op(engine, name, (op, operands) -> paint(true)));
    }
    ops.add(new Op(engine, "n", (op, operands) -> reset()));
    return ops;
  }

  /** Starts a page: marks are kept in its top-down coordinates; rotated pages are left alone. */
  void startPage(float cropLeft, float cropTop, boolean upright) {
    this.cropLeft = cropLeft;
    this.cropTop = cropTop;
    this.upright = upright;
    marks.clear();
    rings = 0;
    reset();
  }

  /** The page's glyphs plus a "•" for every mark that leads a line of text. */
  List<Glyph> withBullets(List<Glyph> glyphs) {
    if (marks.isEmpty()) {
      return glyphs;
    }
    List<Glyph> out = new ArrayList<>(glyphs);
    // A stroked circle marks a nested item (Chromium's "◦") only further in than a filled marker
    // that leads a line of the same page: alone, a small stroked shape is as often a decoration
    // (a timeline's ring, a separator between skills).
    float outer = Float.MAX_VALUE;
    for (Mark m : marks) {
      if (!m.stroked()) {
        Glyph bullet = bulletFor(m, glyphs);
        if (bullet != null) {
          out.add(bullet);
          outer = Math.min(outer, m.x());
        }
      }
    }
    for (Mark m : marks) {
      if (m.stroked() && m.x() > outer + NESTED_INDENT) {
        Glyph bullet = bulletFor(m, glyphs);
        if (bullet != null) {
          out.add(bullet);
        }
      }
    }
    return out;
  }

  /**
   * A "•" where the mark leads the nearest glyph to its right on the same line; null when no text
   * follows it closely, when the mark is too big for that text, or when a glyph already covers it.
   */
  static Glyph bulletFor(Mark m, List<Glyph> glyphs) {
    Glyph next = null;
    for (Glyph g : glyphs) {
      float lineTop = g.y() - g.size() * 0.8f;
      boolean sameLine = m.centerY() >= lineTop && m.centerY() <= g.y();
      if (!sameLine) {
        continue;
      }
      if (g.right() > m.x() + 0.5f && g.x() < m.right() - 0.5f && !g.space()) {
        return null; // drawn behind or over text: a highlight, not a marker
      }
      float gap = g.x() - m.right();
      if (gap >= -0.5f && gap <= Math.max(3 * m.width(), 1.2f * g.size()) && !g.space()
          && (next == null || g.x() < next.x())) {
        next = g;
      }
    }
    if (next == null || m.height() > 0.7f * next.size() || m.width() > 0.7f * next.size()) {
      return null;
    }
    return new Glyph("•", m.x(), next.y(), m.width(), next.height(), next.size(), false);
  }

  private void construct(Operator op, List<COSBase> operands) {
    float[] v = numbers(operands);
    if (v == null) {
      return;
    }
    switch (op.getName()) {
      case "m", "l" -> point(v, 0, 2, op.getName().equals("l") ? 1 : 0);
      case "c" -> {
        point(v, 0, 6, 1);
        curves++;
      }
      case "v", "y" -> point(v, 0, 4, 1);
      case "re" -> {
        if (v.length >= 4) {
          point(new float[] {v[0], v[1], v[0] + v[2], v[1] + v[3]}, 0, 4, 4);
        }
      }
      default -> { } // "h" closes the path; its box is unchanged
    }
  }

  /** Extends the path's box by the points in {@code v[from..to)}, transformed to the page. */
  private void point(float[] v, int from, int to, int addSegments) {
    if (v.length < to) {
      return;
    }
    Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
    for (int i = from; i + 1 < to; i += 2) {
      float x = ctm.getScaleX() * v[i] + ctm.getShearX() * v[i + 1] + ctm.getTranslateX();
      float y = ctm.getShearY() * v[i] + ctm.getScaleY() * v[i + 1] + ctm.getTranslateY();
      if (!open) {
        minX = maxX = x;
        minY = maxY = y;
        open = true;
      } else {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
    segments += addSegments;
  }

  private void paint(boolean stroked) {
    float w = maxX - minX;
    float h = maxY - minY;
    boolean room = stroked ? rings < MAX_RINGS && curves == segments && curves >= MIN_RING_CURVES : marks.size() - rings < MAX_MARKS;
    if (open && upright && room && segments > 0 && segments <= MAX_SEGMENTS
        && w >= MIN_SIDE && h >= MIN_SIDE && w <= MAX_SIDE && h <= MAX_SIDE && w <= 1.6f * h && h <= 1.6f * w) {
      marks.add(new Mark(minX - cropLeft, cropTop - maxY, w, h, stroked));
      rings += stroked ? 1 : 0;
    }
    reset();
  }

  private void reset() {
    open = false;
    segments = 0;
    curves = 0;
  }

  private static float[] numbers(List<COSBase> operands) {
    float[] v = new float[operands.size()];
    for (int i = 0; i < v.length; i++) {
      if (!(operands.get(i) instanceof COSNumber n)) {
        return null;
      }
      v[i] = n.floatValue();
      if (!Float.isFinite(v[i])) {
        return null;
      }
    }
    return v;
  }

  private interface Action {
    void apply(Operator op, List<COSBase> operands);
  }

  private static final class Op extends OperatorProcessor {
    private final String name;
    private final Action action;

    Op(PDFStreamEngine engine, String name, Action action) {
      super(engine);
      this.name = name;
      this.action = action;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      action.apply(operator, operands);
    }

    @Override
    public String getName() {
      return name;
    }
  }
}
