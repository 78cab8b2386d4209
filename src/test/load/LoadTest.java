import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for `newskg serve` (not run in CI): a fixed number of concurrent clients run the
 * explorer's API calls and the named queries against a running loopback server for a fixed time,
 * then the throughput, latency percentiles and errors are printed, overall and per endpoint.
 *
 * <p>Run (JDK 17, no build needed): {@code java src/test/load/LoadTest.java http://127.0.0.1:3030 32 60 [api]}
 * ("api": the explorer's API calls only; default: also the named queries through the SPARQL endpoint).
 */
public class LoadTest {
  private static final Pattern IRI = Pattern.compile("\"iri\" *: *\"([^\"]+)\"");
  private static final Pattern ACTOR_VALUE = Pattern.compile("\"value\" *: *\"(https://w3id.org/newskg/id/actor/[^\"]+)\"");
  private static final Pattern ARTICLE = Pattern.compile("\"article\" *: *\"([^\"]+)\"");
  private static final Pattern QUERY = Pattern.compile("\"text\" *: *\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"");
  /** The 40 actors with the most events as source: the ones a user explores. */
  private static final String TOP_ACTORS = "SELECT ?iri (COUNT(?e) AS ?n) WHERE { ?e <https://w3id.org/newskg/ontology#source> ?iri }"
      + " GROUP BY ?iri ORDER BY DESC(?n) LIMIT 40";

  record Sample(String endpoint, long nanos, boolean ok) {}

  record Call(String endpoint, HttpRequest request) {}

  /** What the clients ask about: actors, linked pairs, articles, named queries. */
  record Workload(String base, List<String> actors, List<String[]> pairs, List<String> articles, List<String> queries) {
    static Workload warmUp(HttpClient http, String base) throws Exception {
      List<String> actors = find(ACTOR_VALUE, get(http, base + "/newskg/sparql?query=" + enc(TOP_ACTORS)));
      List<String[]> pairs = new ArrayList<>();
      List<String> articles = new ArrayList<>();
      for (String a : actors.subList(0, Math.min(20, actors.size()))) {
        find(IRI, get(http, base + "/api/neighbours?actor=" + enc(a))).stream().skip(1).limit(3)
            .forEach(b -> pairs.add(new String[] {a, b}));
        find(ARTICLE, get(http, base + "/api/timeline?actor=" + enc(a))).stream().limit(3).forEach(articles::add);
      }
      List<String> queries = find(QUERY, get(http, base + "/api/queries")).stream().map(LoadTest::unescape).toList();
      if (actors.isEmpty() || pairs.isEmpty() || articles.isEmpty() || queries.isEmpty()) {
        throw new IllegalStateException("the store is too small for the load test");
      }
      return new Workload(base, actors, pairs, articles, queries);
    }

    Call next(Random rnd, int kinds) {
      String actor = enc(actors.get(rnd.nextInt(actors.size())));
      String[] pair = pairs.get(rnd.nextInt(pairs.size()));
      String api = base + "/api/";
      return switch (rnd.nextInt(kinds)) {
        case 0 -> new Call("actors", req(api + "actors?q=" + (char) ('a' + rnd.nextInt(26))));
        case 1 -> new Call("actor", req(api + "actor?name=" + actor));
        case 2 -> new Call("neighbours", req(api + "neighbours?actor=" + actor));
        case 3 -> new Call("timeline", req(api + "timeline?actor=" + actor));
        case 4 -> new Call("between", req(api + "between?a=" + enc(pair[0]) + "&b=" + enc(pair[1])));
        case 5 -> new Call("article", req(api + "article?id=" + enc(articles.get(rnd.nextInt(articles.size())))));
        default -> new Call("sparql", HttpRequest.newBuilder(URI.create(base + "/newskg/sparql"))
            .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
            .POST(HttpRequest.BodyPublishers.ofString(queries.get(rnd.nextInt(queries.size())))).build());
      };
    }
  }

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:3030";
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    int kinds = args.length > 3 && args[3].equals("api") ? 6 : 8;
    if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost")) {
      throw new IllegalArgumentException("loopback servers only: " + base);
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Workload work = Workload.warmUp(http, base);
    System.out.printf("warm-up: %d actors, %d pairs, %d articles, %d named queries%n",
        work.actors().size(), work.pairs().size(), work.articles().size(), work.queries().size());
    ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    Map<String, String> firstError = new ConcurrentHashMap<>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Random rnd = new Random(42 + c);
      Thread t = new Thread(() -> {
        while (System.nanoTime() < end) {
          samples.add(send(http, work.next(rnd, kinds), firstError));
        }
      });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    report(new ArrayList<>(samples), clients, seconds);
    firstError.forEach((k, v) -> System.out.println("first error on " + k + ": " + v.substring(0, Math.min(300, v.length()))));
  }

  private static Sample send(HttpClient http, Call call, Map<String, String> firstError) {
    long t0 = System.nanoTime();
    boolean ok;
    try {
      HttpResponse<byte[]> r = http.send(call.request(), HttpResponse.BodyHandlers.ofByteArray());
      ok = r.statusCode() == 200;
      if (!ok) {
        firstError.putIfAbsent(call.endpoint(), r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
      }
    } catch (Exception e) {
      ok = false;
      firstError.putIfAbsent(call.endpoint(), e.toString());
    }
    return new Sample(call.endpoint(), System.nanoTime() - t0, ok);
  }

  private static void report(List<Sample> samples, int clients, int seconds) {
    Map<String, List<Sample>> by = new TreeMap<>();
    samples.forEach(s -> by.computeIfAbsent(s.endpoint(), k -> new ArrayList<>()).add(s));
    System.out.printf("%d clients, %d s: %d requests, %.1f req/s%n", clients, seconds, samples.size(), samples.size() / (double) seconds);
    System.out.printf("%-11s %8s %7s %8s %8s %8s %8s%n", "endpoint", "requests", "errors", "p50 ms", "p90 ms", "p99 ms", "max ms");
    line("ALL", samples);
    by.forEach(LoadTest::line);
  }

  private static void line(String name, List<Sample> s) {
    List<Long> t = new ArrayList<>(s.stream().map(Sample::nanos).toList());
    Collections.sort(t);
    long errors = s.stream().filter(x -> !x.ok()).count();
    System.out.printf("%-11s %8d %7d %8.1f %8.1f %8.1f %8.1f%n", name, s.size(), errors,
        pct(t, 50), pct(t, 90), pct(t, 99), t.isEmpty() ? 0 : t.get(t.size() - 1) / 1e6);
  }

  private static double pct(List<Long> sorted, int p) {
    return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
  }

  private static HttpRequest req(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/sparql-results+json, application/json")
        .timeout(Duration.ofSeconds(60)).build();
  }

  private static String get(HttpClient http, String url) throws Exception {
    return http.send(req(url), HttpResponse.BodyHandlers.ofString()).body();
  }

  private static List<String> find(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      if (!out.contains(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  private static String unescape(String s) {
    return s.replace("\\n", "\n").replace("\\t", "\t").replace("\\\"", "\"").replace("\\/", "/").replace("\\\\", "\\");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
