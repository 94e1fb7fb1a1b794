package dev.prism.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of test classes that share one server node on its own H2 database for all their tests. */
abstract class OneNodeTest {
  static TestNode node;

  @BeforeAll
  static void startNode() {
    node = TestNode.h2();
  }

  @AfterAll
  static void stopNode() {
    node.close();
  }
}
