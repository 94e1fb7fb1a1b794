package dev.prism.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The connection pool and schema. H2 and PostgreSQL run the same migrations
 * ({@code db/migration}), written in the SQL both understand, so a test on H2 says something about
 * production.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource pool;
  private final boolean postgres;

  private Database(HikariDataSource pool, boolean postgres) {
    this.pool = pool;
    this.postgres = postgres;
  }

  /** Opens the pool and brings the schema up to date. */
  public static Database open(String jdbcUrl, String user, String password) {
    if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("--db: use a jdbc:postgresql:// or jdbc:h2: URL");
    }
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(jdbcUrl);
    if (user != null) {
      hc.setUsername(user);
    }
    if (password != null) {
      hc.setPassword(password);
    }
    hc.setPoolName("prism");
    hc.setMaximumPoolSize(10);
    hc.setMinimumIdle(2);
    hc.setConnectionTimeout(5_000);
    HikariDataSource ds = new HikariDataSource(hc);
    try {
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
    return new Database(ds, jdbcUrl.startsWith("jdbc:postgresql:"));
  }

  /** True for PostgreSQL, false for H2: for the few statements the two spell differently. */
  boolean postgres() {
    return postgres;
  }

  public DataSource dataSource() {
    return pool;
  }

  /** True when a trivial query answers; for {@code /readyz}. */
  public boolean ready() {
    try (Connection c = pool.getConnection(); PreparedStatement st = c.prepareStatement("SELECT 1");
        ResultSet rs = st.executeQuery()) {
      return rs.next();
    } catch (SQLException e) {
      return false;
    }
  }

  /** Runs one statement with parameters; returns the update count. */
  int update(String sql, Object... args) {
    try (Connection c = pool.getConnection(); PreparedStatement st = prepare(c, sql, args)) {
      return st.executeUpdate();
    } catch (SQLException e) {
      throw new StorageException(e);
    }
  }

  /** Runs one INSERT and returns the generated {@code id}. */
  long insert(String sql, Object... args) {
    try (Connection c = pool.getConnection(); PreparedStatement st = c.prepareStatement(sql, new String[] {"id"})) {
      for (int i = 0; i < args.length; i++) {
        st.setObject(i + 1, args[i]);
      }
      st.executeUpdate();
      try (ResultSet keys = st.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no generated id", "02000");
        }
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new StorageException(e);
    }
  }

  /** Runs one query and maps each row. */
  <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
    try (Connection c = pool.getConnection(); PreparedStatement st = prepare(c, sql, args); ResultSet rs = st.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(mapper.map(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new StorageException(e);
    }
  }

  /** A connection for statements that must share one (callers close it). */
  Connection connection() throws SQLException {
    return pool.getConnection();
  }

  static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
    PreparedStatement st = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      st.setObject(i + 1, args[i]);
    }
    return st;
  }

  @Override
  public void close() {
    pool.close();
  }

  /** Maps one result row. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** A database failure; answered with 500 and never with the SQL or the data. */
  static final class StorageException extends RuntimeException {
    StorageException(SQLException cause) {
      super("storage failure (SQLState " + cause.getSQLState() + ")", cause);
    }
  }
}
