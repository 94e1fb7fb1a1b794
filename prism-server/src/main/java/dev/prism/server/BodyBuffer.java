package dev.prism.server;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.MultiPartFormInputStream;

/**
 * Reads every request body without holding a request thread, then hands the request on. A client
 * that sends part of a body and stalls (slowloris) would otherwise keep a thread in a blocking read
 * until the idle timeout: seventy of them took all of Jetty's threads, and {@code /healthz} with
 * them. Here the body arrives through servlet asynchronous I/O; the handler runs only once it is
 * complete, reading it from memory. A body not complete within the body timeout is answered with
 * 408, one over the size limit with 413, and bodies in flight are capped in total, so many slow
 * clients cannot fill the heap either (503 past the cap).
 */
final class BodyBuffer implements Filter {
  private static final String BODY = BodyBuffer.class.getName() + ".body";

  private final long maxBody;
  private final long timeoutMs;
  private final long budget;
  private final AtomicLong inFlight = new AtomicLong();

  BodyBuffer(long maxBody, long timeoutMs, long budget) {
    this.maxBody = maxBody;
    this.timeoutMs = timeoutMs;
    this.budget = budget;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse res = (HttpServletResponse) response;
    if (req.getDispatcherType() == DispatcherType.ASYNC) {
      Object body = req.getAttribute(BODY);
      chain.doFilter(body instanceof byte[] b ? new Buffered(req, b) : req, res);
      return;
    }
    long declared = req.getContentLengthLong();
    boolean chunked = declared < 0 && req.getHeader("Transfer-Encoding") != null;
    // No body, or one declared over the limit: the handlers answer without reading it.
    if (req.getDispatcherType() != DispatcherType.REQUEST || (declared <= 0 && !chunked) || declared > maxBody) {
      chain.doFilter(req, res);
      return;
    }
    AsyncContext async = req.startAsync();
    async.setTimeout(timeoutMs);
    new Reader(req, res, async).start();
  }

  /** One body on its way in; every outcome happens once, whichever event comes first. */
  private final class Reader implements ReadListener, AsyncListener {
    private final HttpServletRequest req;
    private final HttpServletResponse res;
    private final AsyncContext async;
    private final ServletInputStream in;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final AtomicBoolean done = new AtomicBoolean();
    private long held;

    Reader(HttpServletRequest req, HttpServletResponse res, AsyncContext async) throws IOException {
      this.req = req;
      this.res = res;
      this.async = async;
      this.in = req.getInputStream();
    }

    void start() {
      async.addListener(this);
      in.setReadListener(this);
    }

    @Override
    public void onDataAvailable() throws IOException {
      byte[] buf = new byte[16 * 1024];
      while (in.isReady() && !in.isFinished()) {
        int n = in.read(buf);
        if (n < 0) {
          break;
        }
        if (body.size() + (long) n > maxBody) {
          fail(413, "too-large", "The request is too large", "the body is larger than the " + (maxBody >> 20) + " MiB limit");
          return;
        }
        if (inFlight.addAndGet(n) > budget) {
          inFlight.addAndGet(-n);
          fail(503, "busy", "The server is busy", "too many uploads are in progress; try again in a moment");
          return;
        }
        held += n;
        body.write(buf, 0, n);
      }
    }

    @Override
    public void onAllDataRead() {
      if (done.compareAndSet(false, true)) {
        release();
        req.setAttribute(BODY, body.toByteArray());
        async.dispatch();
      }
    }

    @Override
    public void onError(Throwable t) {
      boolean timeout = t instanceof TimeoutException || t.getCause() instanceof TimeoutException;
      fail(timeout ? 408 : 400, timeout ? "timeout" : "invalid-request", timeout ? "Request timeout" : "The request is not valid",
          timeout ? "the body did not arrive in time" : "the body could not be read");
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      fail(408, "timeout", "Request timeout", "the body did not arrive within " + (timeoutMs / 1000) + " s");
    }

    @Override
    public void onError(AsyncEvent event) {
      onError(event.getThrowable());
    }

    @Override
    public void onComplete(AsyncEvent event) {
      release();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
      // nothing to do: this listener is added after the request went asynchronous
    }

    private void release() {
      synchronized (this) {
        inFlight.addAndGet(-held);
        held = 0;
      }
    }

    /** Answers with a problem document and closes the connection: the rest of the body is unread. */
    private void fail(int status, String type, String title, String detail) {
      if (!done.compareAndSet(false, true)) {
        return;
      }
      release();
      try {
        if (!res.isCommitted()) {
          res.setStatus(status);
          res.setHeader("Connection", "close");
          res.setContentType("application/problem+json");
          byte[] json = ("{\"type\":\"/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
              + ",\"detail\":\"" + detail + "\",\"instance\":\"" + jsonText(req.getRequestURI()) + "\"}")
              .getBytes(StandardCharsets.UTF_8);
          res.setContentLength(json.length);
          res.getOutputStream().write(json);
        }
      } catch (IOException | IllegalStateException e) {
        // the client is gone; nothing more to say
      } finally {
        async.complete();
      }
    }
  }

  private static String jsonText(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The request as the handlers see it: its body comes from memory, multipart parts too. */
  private static final class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;
    private MultiPartFormInputStream parts;

    Buffered(HttpServletRequest req, byte[] body) {
      super(req);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body is already in memory");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String enc = getCharacterEncoding();
      Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), cs));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public Collection<Part> getParts() throws IOException, ServletException {
      return multipart().getParts();
    }

    @Override
    public Part getPart(String name) throws IOException, ServletException {
      return multipart().getPart(name);
    }

    private MultiPartFormInputStream multipart() throws ServletException {
      if (parts == null) {
        String type = getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
          throw new ServletException("not a multipart request");
        }
        Object config = getAttribute("org.eclipse.jetty.multipartConfig");
        MultipartConfigElement mc = config instanceof MultipartConfigElement m ? m : new MultipartConfigElement(null, -1, -1, body.length + 1);
        parts = new MultiPartFormInputStream(new ByteArrayInputStream(body), type, mc, null, 100);
      }
      return parts;
    }
  }
}
