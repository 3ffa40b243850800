package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** {@code rast status} rows: columns line up for every role, an unknown leader reads {@code -}. */
class StatusCommandTest {
  private static final InetSocketAddress ADDRESS = new InetSocketAddress("127.0.0.1", 8001);

  private static String json(String role, int leader) {
    return "{\"id\":1,\"role\":\"" + role + "\",\"leader\":" + leader
        + ",\"term\":7,\"commit\":12,\"applied\":12,"
        + "\"recordsWritten\":40,\"fsyncs\":30,\"restarts\":2,\"pid\":99,\"peers\":{\"2\":{\"connected\":true,\"queueBytes\":0,"
        + "\"drops\":0,\"match\":12}}}";
  }

  @Test
  void everyRoleLinesUpWithTheHeader() {
    String header = StatusCommand.header();
    int restartsColumn = header.indexOf("restarts");
    for (String role : new String[] {"FOLLOWER", "PRE_CANDIDATE", "CANDIDATE", "LEADER"}) {
      String row = StatusCommand.row(1, ADDRESS, json(role, 3));
      assertEquals(header.indexOf("leader"), row.indexOf(" 3 ") + 1, role + "\n" + header + row);
      assertEquals(
          restartsColumn, row.indexOf("2 ", restartsColumn - 1), role + "\n" + header + row);
    }
  }

  @Test
  void anUnknownLeaderReadsAsADash() {
    String row = StatusCommand.row(1, ADDRESS, json("PRE_CANDIDATE", 0));
    String leaderColumn =
        row.substring(StatusCommand.header().indexOf("leader")).split(" +")[0];
    assertEquals("-", leaderColumn, row);
  }

  @Test
  void aNodeThatDoesNotAnswerIsDown() {
    assertEquals("1     127.0.0.1:8001         DOWN\n", StatusCommand.row(1, ADDRESS, null));
  }
}
