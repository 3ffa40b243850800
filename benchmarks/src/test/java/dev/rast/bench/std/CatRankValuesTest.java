package dev.rast.bench.std;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** catrank's in-place word search agrees with {@code String.contains} on heap and direct buffers. */
@Timeout(10)
class CatRankValuesTest {
  @Test
  void findWordsAgreesWithStringContains() {
    String[] texts = {
      "",
      " cat ",
      " dog ",
      " cat dog ",
      " foo bar ",
      " cats ",
      " cat",
      "cat ",
      " dogs dog ",
      " scat ",
      " foo cat bar ",
      " xyzzy dog thud cat "
    };
    for (String t : texts) {
      int expected = (t.contains(" cat ") ? CatRankValues.HAS_CAT : 0)
          | (t.contains(" dog ") ? CatRankValues.HAS_DOG : 0);
      byte[] bytes = ("__" + t + "__").getBytes(StandardCharsets.US_ASCII);
      ByteBuffer heap = ByteBuffer.wrap(bytes);
      ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).put(bytes);
      // The text sits at offset 2 between bytes that are not part of it.
      assertEquals(expected, CatRankValues.findWords(heap, 2, t.length()), "heap '" + t + "'");
      assertEquals(expected, CatRankValues.findWords(direct, 2, t.length()), "direct '" + t + "'");
      assertEquals(
          expected,
          CatRankValues.findWords(heap.slice(2, t.length()), 0, t.length()),
          "slice '" + t + "'");
    }
  }
}
