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

  @Test
  void findWordsAgreesWithStringContainsOnRandomTexts() {
    java.util.Random r = new java.util.Random(16);
    String[] pieces = {" ", "cat", "dog", "ca", "at", "do", "og", "foo", "quux", "x", "  "};
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(40); k > 0; k--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String t = b.toString();
      int expected = (t.contains(" cat ") ? CatRankValues.HAS_CAT : 0)
          | (t.contains(" dog ") ? CatRankValues.HAS_DOG : 0);
      // At the very end of its array, so a read past the text would fail.
      byte[] bytes = ("_" + t).getBytes(StandardCharsets.US_ASCII);
      assertEquals(
          expected, CatRankValues.findWords(ByteBuffer.wrap(bytes), 1, t.length()), "'" + t + "'");
    }
  }
}
