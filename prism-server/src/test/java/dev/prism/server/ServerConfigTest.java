package dev.prism.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
  @Test
  void defaultDatabaseLivesInTheUserDataDirectory() {
    assertThat(ServerConfig.defaultH2Url(Map.of("XDG_DATA_HOME", "/data/home"))).isEqualTo("jdbc:h2:file:/data/home/prism/prism");
    assertThat(ServerConfig.defaultH2Url(Map.of()))
        .isEqualTo("jdbc:h2:file:" + System.getProperty("user.home") + "/.local/share/prism/prism");
  }

  @Test
  void environmentOverridesLimitsProxiesAndToken() {
    ServerConfig c = ServerConfig.defaults().withEnvironment(Map.of("PRISM_CHECKS_PER_MINUTE", "0", "PRISM_POSTS_PER_MINUTE", "3",
        "PRISM_TRUSTED_PROXIES", "10.0.0.1, 10.0.0.2", "PRISM_ADMIN_TOKEN", "s3cret"));
    assertThat(c.checksPerMinute()).isZero();
    assertThat(c.postsPerMinute()).isEqualTo(3);
    assertThat(c.trustedProxies()).containsExactlyInAnyOrder("10.0.0.1", "10.0.0.2");
    assertThat(c.adminToken()).isEqualTo("s3cret");
    // A blank token means no moderation, never an empty password.
    assertThat(ServerConfig.defaults().withAdminToken("  ").adminToken()).isNull();
    assertThatThrownBy(() -> ServerConfig.defaults().withEnvironment(Map.of("PRISM_CHECKS_PER_MINUTE", "lots")))
        .hasMessageContaining("PRISM_CHECKS_PER_MINUTE");
    assertThatThrownBy(() -> ServerConfig.defaults().withPort(70000)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyH2AndPostgresUrlsAreAccepted() {
    assertThatThrownBy(() -> Database.open("jdbc:mysql://x/y", null, null)).hasMessageStartingWith("--db:");
  }

  @Test
  void everyGuideHasABodyAndAValidSlug() {
    assertThat(Guides.builtIn().all()).isNotEmpty().allSatisfy(g -> {
      assertThat(g.slug()).matches("[a-z0-9-]+");
      assertThat(g.html()).contains("<h2>").doesNotContain("<script");
    });
  }
}
