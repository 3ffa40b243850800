package dev.rast.capnp;

import java.util.Arrays;

/**
 * Reads untrusted bytes as a message and does everything an application might do with it: deep
 * copy (through {@link MessageBuilder#setRoot} and {@link AnyPointerBuilder#set}),
 * canonicalization, {@code totalSizeInWords} and a walk over every pointer ({@link
 * ReaderWalker}). Each step may fail with {@link DecodeException}, which is counted; any other
 * throwable escapes to the caller, which reports it as a runtime bug.
 *
 * <p>Beyond "no other exception", steps that succeed must agree: when a message canonicalizes,
 * its canonical bytes canonicalize to themselves and its deep copies have the same canonical
 * form. Instances reuse their builders and flyweights; not thread-safe.
 */
final class FullTraversal {
  /**
   * Small limits, so a hostile mutant costs little: 8 Ki words (64 KiB) per traversal, ten times
   * what the largest valid input needs for all its steps; the default nesting limit.
   */
  static final ReaderOptions LIMITS =
      new ReaderOptions(1 << 13, ReaderOptions.DEFAULT_NESTING_LIMIT);

  /** How the bytes are to be read. */
  enum Input {
    /** Framed (segment table first). */
    FRAMED,
    /** One segment, no table. */
    FLAT,
    /** Packed framed. */
    PACKED,
    /** Packed flat. */
    PACKED_FLAT
  }

  private final MessageBuilder copy = new MessageBuilder(256);
  private final MessageBuilder anyCopy = new MessageBuilder(256);
  private final MessageBuilder fieldCopy = new MessageBuilder(256);
  private final ModelStructReader root = new ModelStructReader();
  private final ModelStructReader other = new ModelStructReader();
  private final AnyPointerReader anyRoot = new AnyPointerReader();
  private final AnyPointerBuilder anyTarget = new AnyPointerBuilder();
  private final ReaderWalker walker = new ReaderWalker(ReaderOptions.DEFAULT_NESTING_LIMIT + 1);

  /** Steps that raised {@link DecodeException}, including reading the input. */
  long rejectedSteps;
  /** Inputs whose every step succeeded (the walker may still have rejected some pointers). */
  long cleanInputs;
  /** Inputs that could not be read as a message at all. */
  long unreadableInputs;

  /**
   * Reads {@code bytes} as {@code input} and traverses it. {@code variant} picks the reading path
   * (buffer, stream or channel) so that successive calls cover all of them.
   */
  void run(byte[] bytes, Input input, int variant) {
    MessageReader m;
    try {
      m = read(bytes, input, variant);
    } catch (DecodeException e) {
      rejectedSteps++;
      unreadableInputs++;
      return;
    }
    long before = rejectedSteps;
    traverse(m);
    if (rejectedSteps == before) {
      cleanInputs++;
    }
  }

  static MessageReader read(byte[] bytes, Input input, int variant) {
    long maxUnpacked =
        LIMITS.traversalLimitWords() * 8 + Framing.tableBytes(ReaderOptions.MAX_SEGMENTS);
    switch (input) {
      case FRAMED:
        switch (variant % 3) {
          case 0:
            return MessageBytes.readFramed(bytes, LIMITS);
          case 1:
            return MessageBytes.readFromStream(bytes, LIMITS);
          default:
            return MessageBytes.readFromChannel(bytes, LIMITS);
        }
      case FLAT:
        return MessageBytes.readFlat(bytes, LIMITS);
      case PACKED:
        switch (variant % 3) {
          case 0:
            return MessageBytes.readFramed(MessageBytes.unpack(bytes, maxUnpacked), LIMITS);
          case 1:
            return MessageBytes.readPackedFromStream(bytes, LIMITS);
          default:
            return MessageBytes.readPackedFromChannel(bytes, LIMITS);
        }
      default:
        return MessageBytes.readFlat(MessageBytes.unpack(bytes, maxUnpacked), LIMITS);
    }
  }

  /** Every step on a message that was read; see the class comment. */
  void traverse(MessageReader m) {
    byte[] canonical = null;
    try {
      canonical = Canonical.canonicalize(m.getRoot(root));
    } catch (DecodeException e) {
      rejectedSteps++;
    }
    if (canonical != null) {
      checkCanonicalIsFixedPoint(canonical);
    }
    try {
      m.getRoot(root).totalSizeInWords();
    } catch (DecodeException e) {
      rejectedSteps++;
    }
    try {
      m.getRoot(anyRoot).totalSizeInWords();
    } catch (DecodeException e) {
      rejectedSteps++;
    }
    try {
      copy.clear();
      copy.setRoot(m.getRoot(root));
      if (canonical != null) {
        expectCanonical(canonical, copy, "MessageBuilder.setRoot");
      }
    } catch (DecodeException e) {
      rejectedSteps++;
    }
    try {
      anyCopy.clear();
      AnyPointerReader p = m.getRoot(anyRoot);
      anyCopy.getRoot(anyTarget).set(p);
      if (canonical != null) {
        expectCanonical(canonical, anyCopy, "AnyPointerBuilder.set");
      }
    } catch (DecodeException e) {
      rejectedSteps++;
    }
    try {
      // StructBuilder.copyFrom into a struct of the source's own size: field by field.
      ModelStructReader source = m.getRoot(root);
      fieldCopy.clear();
      fieldCopy
          .initRoot(
              new StructSize(source.dataSectionBytes() >>> 3, source.pointerSectionSize()),
              new ModelStructBuilder())
          .copyFrom(source);
      if (canonical != null) {
        expectCanonical(canonical, fieldCopy, "StructBuilder.copyFrom");
      }
    } catch (DecodeException e) {
      rejectedSteps++;
    }
    try {
      walker.walk(m);
    } catch (DecodeException e) {
      rejectedSteps++; // e.g. an empty first segment: no root pointer to walk from
    }
  }

  /** Canonical bytes are a valid flat message whose canonical form is itself. */
  private void checkCanonicalIsFixedPoint(byte[] canonical) {
    MessageReader flat = new MessageReader().initFlat(TestData.le(canonical));
    byte[] again;
    try {
      again = Canonical.canonicalize(flat.getRoot(other));
    } catch (DecodeException e) {
      throw new AssertionError("canonical bytes do not read back: " + e.getMessage(), e);
    }
    if (!Arrays.equals(canonical, again)) {
      throw new AssertionError("canonicalization is not idempotent:\n  first  "
          + MessageBytes.hex(canonical, 200) + "\n  second " + MessageBytes.hex(again, 200));
    }
  }

  private void expectCanonical(byte[] canonical, MessageBuilder b, String how) {
    byte[] actual = Canonical.canonicalize(b.asReader().getRoot(other));
    if (!Arrays.equals(canonical, actual)) {
      throw new AssertionError("the copy by " + how + " canonicalizes differently:\n  source "
          + MessageBytes.hex(canonical, 200) + "\n  copy   " + MessageBytes.hex(actual, 200));
    }
  }

  /** Pointers the walker could not read. */
  long walkerRejections() {
    return walker.rejected;
  }
}
