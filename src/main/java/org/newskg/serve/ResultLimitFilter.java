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
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

/**
 * Caps the rows of SPARQL queries sent to the endpoint: a SELECT, CONSTRUCT or DESCRIBE without a
 * LIMIT, or with a larger one, is rewritten with {@code LIMIT maxRows}. Queries that do not parse
 * pass through untouched, so that Fuseki answers 400 with the parser's message.
 */
final class ResultLimitFilter implements Filter {
  private static final String SPARQL_QUERY = "application/sparql-query";

  private final long maxRows;

  ResultLimitFilter(long maxRows) {
    this.maxRows = maxRows;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    String type = req.getContentType() == null ? "" : req.getContentType();
    if ("POST".equals(req.getMethod()) && type.startsWith(SPARQL_QUERY)) {
      String body = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      chain.doFilter(new BodyRequest(req, capped(body).getBytes(StandardCharsets.UTF_8)), response);
      return;
    }
    String query = req.getParameter("query");
    chain.doFilter(query == null ? req : new ParamRequest(req, capped(query)), response);
  }

  /** The query with its LIMIT capped, or unchanged when it needs no cap or does not parse. */
  String capped(String text) {
    try {
      Query q = QueryFactory.create(text, Syntax.syntaxARQ);
      if (q.isAskType() || (q.hasLimit() && q.getLimit() <= maxRows)) {
        return text;
      }
      q.setLimit(maxRows);
      return q.serialize();
    } catch (QueryParseException e) {
      return text;
    }
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
