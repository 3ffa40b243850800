package dev.rast.raft.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SegmentName}: names carry state and range; listing only reads. */
class LogSegmentNameTest {
  @Test
  void formatsAndParses() {
    assertEquals("log_inprogress_1", SegmentName.open(1).fileName());
    assertEquals("log_1-100", SegmentName.closed(1, 100).fileName());
    assertEquals(SegmentName.open(42), SegmentName.parse("log_inprogress_42"));
    assertEquals(SegmentName.closed(101, 250), SegmentName.parse("log_101-250"));
    assertEquals(SegmentName.closed(7, 7), SegmentName.parse("log_7-7"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "lock",
        "hardstate",
        "log_",
        "log_inprogress_",
        "log_inprogress_0",
        "log_inprogress_01",
        "log_0-5",
        "log_5-4",
        "log_1-",
        "log_-1",
        "log_1-2-3",
        "log_1_2",
        "log_inprogress_1.tmp",
        "log_99999999999999999999-1"
      })
  void rejectsOtherNames(String name) {
    assertNull(SegmentName.parse(name));
  }

  @Test
  void listsSortedAndIgnoresOtherFiles(@TempDir Path dir) throws Exception {
    for (String f :
        new String[] {"log_inprogress_201", "log_1-100", "hardstate", "log_101-200", "lock", "x"}) {
      Files.createFile(dir.resolve(f));
    }
    assertEquals(
        List.of(SegmentName.closed(1, 100), SegmentName.closed(101, 200), SegmentName.open(201)),
        SegmentName.list(dir));
    assertEquals(6, Files.list(dir).count());
  }
}
