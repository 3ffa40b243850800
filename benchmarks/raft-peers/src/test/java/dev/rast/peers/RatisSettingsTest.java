package dev.rast.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.TimeUnit;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.grpc.GrpcConfigKeys;
import org.apache.ratis.server.RaftServerConfigKeys;
import org.junit.jupiter.api.Test;

/** The Ratis throughput profile sets what it prints, and leaves the fsync settings alone. */
class RatisSettingsTest {
  @Test
  void throughputProfileSetsTheDocumentedKnobs() {
    RaftProperties p = new RaftProperties();
    RatisCluster.tune(p);
    assertEquals(
        10, RaftServerConfigKeys.Log.Appender.waitTimeMin(p).toLong(TimeUnit.MILLISECONDS));
    assertEquals(0, RaftServerConfigKeys.Log.Appender.bufferElementLimit(p));
    assertEquals(4L << 20, RaftServerConfigKeys.Log.Appender.bufferByteLimit(p).getSize());
    assertEquals(4096, RaftServerConfigKeys.Write.elementLimit(p));
    assertEquals(64L << 20, RaftServerConfigKeys.Write.byteLimit(p).getSize());
    assertEquals(64L << 20, RaftServerConfigKeys.Log.segmentSizeMax(p).getSize());
    assertEquals(8L << 20, RaftServerConfigKeys.Log.writeBufferSize(p).getSize());
    assertEquals(4L << 20, GrpcConfigKeys.flowControlWindow(p, s -> {}).getSize());
    assertFalse(RaftServerConfigKeys.Log.unsafeFlushEnabled(p));
    assertFalse(RaftServerConfigKeys.Log.asyncFlushEnabled(p));
  }
}
