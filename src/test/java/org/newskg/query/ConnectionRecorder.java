package org.newskg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/** A listener on 127.0.0.1 that counts connections and closes them: proof that nothing was sent to a SERVICE URL. */
public final class ConnectionRecorder implements AutoCloseable {
  private final ServerSocket socket;
  private final AtomicInteger connections = new AtomicInteger();

  public ConnectionRecorder() {
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread t = new Thread(this::accept, "connection-recorder");
    t.setDaemon(true);
    t.start();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        connections.incrementAndGet();
      } catch (IOException e) {
        return;
      }
    }
  }

  /** The listener's URL, for SERVICE clauses. */
  public String url() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/sparql";
  }

  /** Connections accepted so far. */
  public int connections() {
    return connections.get();
  }

  /** SERVICE at a fixed URL, SERVICE SILENT, and SERVICE with the URL bound from a variable. */
  public String[] serviceQueries() {
    return new String[] {
      "SELECT * WHERE { SERVICE <" + url() + "> { ?s ?p ?o } }",
      "SELECT * WHERE { SERVICE SILENT <" + url() + "> { ?s ?p ?o } }",
      "SELECT * WHERE { BIND(<" + url() + "> AS ?u) SERVICE ?u { ?s ?p ?o } }",
      "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <" + url() + "> { ?s ?p ?o } } } LIMIT 1",
      "SELECT * WHERE { { SELECT ?s WHERE { SERVICE SILENT <" + url() + "> { ?s ?p ?o } } } }",
    };
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
