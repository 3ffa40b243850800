package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Structs.B;
import dev.rast.capnp.Structs.R;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A capability pointer indexes its own message's capability table, which this runtime does not
 * keep: copying one into another message, or into the canonical form, fails as capnp C++ fails,
 * with its messages. Reading, and value equality, still work.
 */
class CapabilityCopyTest {
  private static final String COPY = "Message contained invalid capability pointer.";
  private static final String CANONICAL = "Cannot create a canonical message with a capability";

  /** Root (0 data, 2 pointers): capability 7, then a list of one pointer holding capability 3. */
  private static R source() {
    return Structs.root(Words.reader(
        Words.struct(0, 0, 2), Words.cap(7), Words.list(0, ElementSize.POINTER, 1), Words.cap(3)));
  }

  private static void assertFails(String message, Executable copy) {
    DecodeException e = assertThrows(DecodeException.class, copy);
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }

  @Test
  void readingACapabilityWorks() {
    assertEquals(7, source().any(0).getCapabilityIndex());
    assertEquals(PointerType.CAPABILITY, source().any(0).pointerType());
  }

  @Test
  void setRootThrows() {
    assertFails(COPY, () -> new MessageBuilder().setRoot(source()));
  }

  @Test
  void structSetterThrows() {
    B root = new MessageBuilder().initRoot(new StructSize(0, 1), new B());
    assertFails(COPY, () -> root.setStruct(0, source()));
    assertFails(COPY, () -> root.copyFrom(source()));
  }

  @Test
  void listCopyThrows() {
    B root = new MessageBuilder().initRoot(new StructSize(0, 1), new B());
    assertFails(COPY, () -> root.setList(0, source().list(1, ElementSize.POINTER)));
  }

  @Test
  void anyPointerCopyThrows() {
    B root = new MessageBuilder().initRoot(new StructSize(0, 1), new B());
    assertFails(COPY, () -> root.any(0).set(source().any(0)));
  }

  @Test
  void canonicalizingThrows() {
    assertFails(CANONICAL, () -> Canonical.canonicalize(source()));
    MessageBuilder scratch = new MessageBuilder(64);
    assertFails(CANONICAL, () -> Canonical.canonicalize(source(), scratch));
  }

  @Test
  void aCapabilityInTheBuilderItselfStaysAndSerializes() {
    MessageBuilder m = new MessageBuilder();
    B root = m.initRoot(new StructSize(0, 1), new B());
    root.any(0).setCapability(5);
    ByteBuffer out = ByteBuffer.wrap(Framing.toByteArray(m));
    assertEquals(
        5, Structs.root(Framing.read(out, new MessageReader())).any(0).getCapabilityIndex());
  }

  @Test
  void valueEqualityStillComparesCapabilityIndices() {
    assertDoesNotThrow(() -> Generated.hash(source()));
    assertTrue(Generated.equal(source(), source()));
    R other = Structs.root(Words.reader(
        Words.struct(0, 0, 2), Words.cap(8), Words.list(0, ElementSize.POINTER, 1), Words.cap(3)));
    assertFalse(Generated.equal(source(), other));
  }
}
