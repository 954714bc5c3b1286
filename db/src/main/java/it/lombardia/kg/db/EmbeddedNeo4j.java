package it.lombardia.kg.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community embedded with Bolt on 127.0.0.1 only, authentication on and APOC core
 * loaded from the plugins directory. It speaks to its parent through single lines on stdout that
 * start with {@code NEO4J_LAUNCHER } followed by JSON, and stops cleanly on SIGTERM, SIGINT or when
 * its stdin closes (the parent died), so a crashed parent never leaves the store locked.
 */
public final class EmbeddedNeo4j {
  private static final String PREFIX = "NEO4J_LAUNCHER ";
  private static final String USER = "neo4j";
  /** Neo4j refuses shorter passwords (dbms.security.auth_minimum_password_length). */
  private static final int MIN_PASSWORD_LENGTH = 8;

  private EmbeddedNeo4j() {}

  public static void main(String[] args) {
    LauncherOptions options;
    try {
      options = LauncherOptions.fromEnvironment(System.getenv());
    } catch (IllegalArgumentException e) {
      fail("BAD_CONFIG", e.getMessage());
      return;
    }
    try {
      run(options);
    } catch (Throwable e) {
      fail(classify(e), describe(e, options));
    }
  }

  private static void run(LauncherOptions options) throws IOException, InterruptedException {
    Files.createDirectories(options.home());
    String password = resolvePassword(options);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(options.home())
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.boltPort()))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", options.boltPort()))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.plugin_dir, options.pluginDir())
        .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes())
        .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, options.transactionMemoryBytes())
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, options.queryMemoryBytes())
        .setConfig(GraphDatabaseSettings.transaction_timeout, options.transactionTimeout())
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(10))
        .build();

    AtomicBoolean stopped = new AtomicBoolean(false);
    Runnable stop = () -> {
      if (stopped.compareAndSet(false, true)) {
        dbms.shutdown();
        emit("{\"event\":\"stopped\"}");
      }
    };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
    int port = boundBoltPort(db);
    checkApoc(db);

    emit(String.format(
        "{\"event\":\"ready\",\"boltUri\":\"bolt://127.0.0.1:%d\",\"user\":\"%s\",\"database\":\"%s\"}",
        port, USER, GraphDatabaseSettings.DEFAULT_DATABASE_NAME));

    waitForParentToGo();
    System.exit(0);
  }

  /** Blocks until stdin reaches end of file: the parent closed it or died. */
  private static void waitForParentToGo() throws IOException {
    InputStream in = System.in;
    byte[] buffer = new byte[256];
    while (in.read(buffer) >= 0) {
      // Nothing is read from the parent; the pipe only tells us it is still alive.
    }
  }

  private static String resolvePassword(LauncherOptions options) throws IOException {
    if (options.password() != null) {
      if (options.password().length() < MIN_PASSWORD_LENGTH) {
        throw new IllegalArgumentException(
            "NEO4J_PASSWORD must be at least " + MIN_PASSWORD_LENGTH + " characters long");
      }
      return options.password();
    }
    Path file = options.home().resolve("password");
    if (Files.exists(file)) {
      String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
      if (stored.length() >= MIN_PASSWORD_LENGTH) {
        return stored;
      }
    }
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Files.deleteIfExists(file);
    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
    return generated;
  }

  /**
   * The embedded API acts with full rights on the system database, so the password is set there
   * before the ready line lets anyone connect. Setting the same password again is refused by
   * Neo4j; that refusal means the password is already right.
   */
  private static void setPassword(GraphDatabaseService system, String password) {
    try {
      system.executeTransactionally(
          "ALTER USER " + USER + " SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    } catch (RuntimeException e) {
      if (!String.valueOf(rootCause(e).getMessage()).contains("cannot be the same")) {
        throw e;
      }
    }
  }

  private static int boundBoltPort(GraphDatabaseService db) {
    ConnectorPortRegister ports =
        ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
    return ports.getLocalAddress(ConnectorType.BOLT).getPort();
  }

  /** @neo4j/graphql 7 calls these two; fail at start rather than on the first query. */
  private static void checkApoc(GraphDatabaseService db) {
    db.executeTransactionally(
        "RETURN apoc.util.validatePredicate(false, 'unused', [0]) AS valid, "
            + "apoc.date.convertFormat('2024-01-02', 'iso_date', 'yyyy') AS year");
  }

  private static String classify(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      String type = t.getClass().getName();
      if (type.endsWith("PortBindException") || type.endsWith("BindException")
          || message.contains("already in use")) {
        return "PORT_IN_USE";
      }
      if (type.endsWith("FileLockException") || type.endsWith("StoreLockException")
          || message.contains("locked by another process")) {
        return "DATA_DIR_LOCKED";
      }
      if (t instanceof IllegalArgumentException) {
        return "BAD_CONFIG";
      }
    }
    return "START_FAILED";
  }

  private static String describe(Throwable e, LauncherOptions options) {
    return switch (classify(e)) {
      case "PORT_IN_USE" -> "Bolt port " + options.boltPort() + " on 127.0.0.1 is already in use";
      case "DATA_DIR_LOCKED" -> "data directory " + options.home()
          + " is locked by another running Neo4j instance";
      default -> rootCause(e).getClass().getSimpleName() + ": " + rootCause(e).getMessage();
    };
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static void fail(String code, String message) {
    emit("{\"event\":\"error\",\"code\":\"" + code + "\",\"message\":\"" + json(message) + "\"}");
    System.exit(2);
  }

  private static synchronized void emit(String jsonLine) {
    System.out.println(PREFIX + jsonLine);
    System.out.flush();
  }

  private static String json(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : String.valueOf(s).toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Memory sizes in the JVM's own notation: 512m, 2g. */
  static long parseBytes(String name, String value) {
    String v = value.trim().toLowerCase();
    long unit = 1;
    char last = v.isEmpty() ? ' ' : v.charAt(v.length() - 1);
    if (last == 'k' || last == 'm' || last == 'g') {
      unit = last == 'k' ? ByteUnit.kibiBytes(1) : last == 'm' ? ByteUnit.mebiBytes(1) : ByteUnit.gibiBytes(1);
      v = v.substring(0, v.length() - 1);
    }
    try {
      long n = Long.parseLong(v);
      if (n <= 0) {
        throw new NumberFormatException();
      }
      return n * unit;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a size such as 512m or 2g, got '" + value + "'");
    }
  }
}
