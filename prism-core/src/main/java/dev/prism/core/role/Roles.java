package dev.prism.core.role;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The roles that ship with Prism, listed in {@code roles/index.txt}, loaded and validated once. */
public final class Roles {
  public static final String DEFAULT = "backend-engineer";

  private final Map<String, Role> byId;

  public Roles(List<Role> roles) {
    Map<String, Role> m = new LinkedHashMap<>();
    for (Role r : roles) {
      if (m.put(r.id(), r) != null) {
        throw new RoleLoader.InvalidRoleException("role '" + r.id() + "' is defined twice");
      }
    }
    this.byId = Map.copyOf(m);
    this.order = List.copyOf(m.keySet());
  }

  private final List<String> order;

  private static final class Holder {
    static final Roles BUILT_IN = loadBuiltIn();
  }

  public static Roles builtIn() {
    return Holder.BUILT_IN;
  }

  public Optional<Role> get(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  public List<Role> all() {
    return order.stream().map(byId::get).toList();
  }

  private static Roles loadBuiltIn() {
    try (InputStream index = Roles.class.getResourceAsStream("/roles/index.txt")) {
      if (index == null) {
        throw new IllegalStateException("roles/index.txt is missing from the class path");
      }
      List<String> files = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8)).lines()
          .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
      return new Roles(files.stream().map(Roles::loadOne).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Role loadOne(String file) {
    try (InputStream in = Roles.class.getResourceAsStream("/roles/" + file)) {
      if (in == null) {
        throw new RoleLoader.InvalidRoleException("roles/" + file + ": listed in roles/index.txt but missing");
      }
      return RoleLoader.load("roles/" + file, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
