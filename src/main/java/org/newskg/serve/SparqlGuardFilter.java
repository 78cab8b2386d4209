package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.newskg.NewskgException;
import org.newskg.query.QueryGuard;

/**
 * Guards the SPARQL endpoints in front of Fuseki: a SELECT, CONSTRUCT or DESCRIBE without a LIMIT,
 * or with a larger one, is rewritten with {@code LIMIT maxRows} whatever the method, content-type
 * spelling or endpoint; a query with SERVICE is refused (400) unless allowed; a download of the
 * whole dataset (a GET on the dataset without a graph) is refused (403), and so are the stylesheet
 * and callback parameters, which Fuseki would echo unescaped (400). Queries that do not parse
 * pass through untouched, so that Fuseki answers 400 with the parser's message.
 */
final class SparqlGuardFilter implements Filter {
  private static final String SPARQL_QUERY = "application/sparql-query";

  private final long maxRows;
  private final boolean allowService;

  SparqlGuardFilter(long maxRows, boolean allowService) {
    this.maxRows = maxRows;
    this.allowService = allowService;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse resp = (HttpServletResponse) response;
    if (req.getParameter("stylesheet") != null || req.getParameter("callback") != null) {
      // Fuseki copies both into the response unescaped (an XSL href, a JSONP function name)
      refuse(resp, HttpServletResponse.SC_BAD_REQUEST, "the stylesheet and callback parameters are not supported");
      return;
    }
    try {
      if ("POST".equals(req.getMethod()) && SPARQL_QUERY.equals(mediaType(req.getContentType()))) {
        String body = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        chain.doFilter(new BodyRequest(req, capped(body).getBytes(StandardCharsets.UTF_8)), response);
        return;
      }
      String query = req.getParameter("query");
      if (query == null && isDatasetDownload(req)) {
        refuse(resp, HttpServletResponse.SC_FORBIDDEN, "downloading the whole dataset is switched off;"
            + " read one graph (/newskg/get?graph=IRI), run a query (at most " + maxRows + " rows) or use newskg export");
        return;
      }
      chain.doFilter(query == null ? req : new ParamRequest(req, capped(query)), response);
    } catch (NewskgException e) {
      refuse(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
    }
  }

  /** The query with its LIMIT capped, or unchanged when it needs no cap or does not parse; refuses SERVICE. */
  String capped(String text) {
    Query q;
    try {
      q = QueryFactory.create(text, Syntax.syntaxARQ);
    } catch (QueryParseException e) {
      return text;
    }
    QueryGuard.checkService(q, allowService);
    if (q.isAskType() || (q.hasLimit() && q.getLimit() <= maxRows)) {
      return text;
    }
    q.setLimit(maxRows);
    return q.serialize();
  }

  /** The media type alone, lower case: "Application/SPARQL-Query; charset=utf-8" is application/sparql-query. */
  static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  /** A Graph Store Protocol read of every graph: GET on the dataset, /get or /data without ?graph or ?default. */
  private static boolean isDatasetDownload(HttpServletRequest req) {
    if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
      return false;
    }
    String path = req.getRequestURI().substring(req.getContextPath().length()).replaceAll("/+$", "");
    boolean gsp = path.equals(NewskgServer.DATASET) || path.equals(NewskgServer.DATASET + "/get")
        || path.equals(NewskgServer.DATASET + "/data");
    return gsp && req.getParameter("graph") == null && req.getParameter("default") == null;
  }

  private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
    resp.setStatus(status);
    resp.setContentType("text/plain; charset=utf-8");
    resp.getWriter().println(message);
  }

  /** A request whose "query" parameter is replaced. */
  private static final class ParamRequest extends HttpServletRequestWrapper {
    private final String query;

    ParamRequest(HttpServletRequest req, String query) {
      super(req);
      this.query = query;
    }

    @Override
    public String getParameter(String name) {
      return "query".equals(name) ? query : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
      return "query".equals(name) ? new String[] {query} : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> map = new HashMap<>(super.getParameterMap());
      map.put("query", new String[] {query});
      return map;
    }
  }

  /** A request whose body is replaced. */
  private static final class BodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    BodyRequest(HttpServletRequest req, byte[] body) {
      super(req);
      this.body = body;
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
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
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
          throw new UnsupportedOperationException();
        }
      };
    }
  }
}
