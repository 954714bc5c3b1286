package it.lombardia.kg.db;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What the launcher is told by its parent, all through the environment so that nothing secret
 * shows in a process listing. {@code queryMemoryBytes} and {@code transactionTimeout} bound any one
 * transaction that does not set its own timeout, so no single query can take the memory all share.
 */
record LauncherOptions(
    Path home,
    Path pluginDir,
    int boltPort,
    String password,
    long pageCacheBytes,
    long transactionMemoryBytes,
    long queryMemoryBytes,
    Duration transactionTimeout) {

  static LauncherOptions fromEnvironment(Map<String, String> env) {
    String home = env.getOrDefault("NEO4J_DATA_DIR", ".data/neo4j");
    String plugins = env.get("NEO4J_PLUGIN_DIR");
    if (plugins == null || plugins.isBlank()) {
      throw new IllegalArgumentException("NEO4J_PLUGIN_DIR must name the directory holding the APOC jar");
    }
    String password = env.get("NEO4J_PASSWORD");
    return new LauncherOptions(
        Path.of(home).toAbsolutePath().normalize(),
        Path.of(plugins).toAbsolutePath().normalize(),
        parsePort(env.getOrDefault("NEO4J_BOLT_PORT", "7687")),
        password == null || password.isEmpty() ? null : password,
        EmbeddedNeo4j.parseBytes("NEO4J_PAGECACHE", env.getOrDefault("NEO4J_PAGECACHE", "2g")),
        EmbeddedNeo4j.parseBytes("NEO4J_TX_MEMORY", env.getOrDefault("NEO4J_TX_MEMORY", "1g")),
        EmbeddedNeo4j.parseBytes("NEO4J_QUERY_MEMORY", env.getOrDefault("NEO4J_QUERY_MEMORY", "256m")),
        parseSeconds("NEO4J_TX_TIMEOUT", env.getOrDefault("NEO4J_TX_TIMEOUT", "120")));
  }

  private static Duration parseSeconds(String name, String value) {
    try {
      long seconds = Long.parseLong(value.trim());
      if (seconds < 0) {
        throw new NumberFormatException();
      }
      return Duration.ofSeconds(seconds);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " must be a whole number of seconds (0 for none), got '" + value + "'");
    }
  }

  private static int parsePort(String value) {
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "NEO4J_BOLT_PORT must be a port number from 0 to 65535, got '" + value + "'");
    }
  }
}
