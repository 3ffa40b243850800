package dev.rast.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.server.RaftServerConfigKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A {@code -Dpeers.ratis.KEY=VALUE} system property overrides the profile's value and is reported. */
class RatisOverridesTest {
  @Test
  @Timeout(10)
  void systemPropertyOverridesTheProfile() {
    String key = RatisCluster.OVERRIDE_PREFIX + "raft.server.log.appender.wait-time.min";
    System.setProperty(key, "3ms");
    try {
      RaftProperties p = new RaftProperties();
      RatisCluster.tune(p);
      RatisCluster.overrides(p);
      assertEquals(
          3, RaftServerConfigKeys.Log.Appender.waitTimeMin(p).toLong(TimeUnit.MILLISECONDS));
      assertTrue(
          RatisCluster.describeOverrides().contains("raft.server.log.appender.wait-time.min=3ms"),
          RatisCluster.describeOverrides());
    } finally {
      System.clearProperty(key);
    }
  }
}
