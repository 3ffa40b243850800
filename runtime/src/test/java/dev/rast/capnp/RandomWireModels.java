package dev.rast.capnp;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded {@link WireModel} trees for tests that run outside jqwik (the mutation corpus): the same
 * shapes as {@link WireModels}, drawn from a {@link Random} so a seed always gives the same
 * message.
 */
final class RandomWireModels {
  private static final String[] TEXTS = {
    "", "\0", "a\0b", "h\u00e9llo \u4e2d\u6587", "\uD83D\uDE00", "1234567", "eight ch"
  };

  private final Random random;
  private int budget;

  private RandomWireModels(Random random, int budget) {
    this.random = random;
    this.budget = budget;
  }

  /** A root struct of at most about {@code objects} objects. */
  static WireModel.Struct root(Random random, int objects) {
    return new RandomWireModels(random, objects)
        .struct(WireModels.MAX_DEPTH, random.nextInt(4), 1 + random.nextInt(4));
  }

  private WireModel.Struct struct(int depth, int dataWords, int pointers) {
    budget--;
    long[] data = new long[dataWords];
    for (int i = 0; i < dataWords; i++) {
      data[i] = random.nextInt(3) == 0
          ? 0
          : random.nextBoolean() ? random.nextInt(300) : random.nextLong();
    }
    List<WireModel> ptrs = new ArrayList<>();
    for (int i = 0; i < pointers; i++) {
      ptrs.add(node(depth - 1));
    }
    return new WireModel.Struct(data, ptrs);
  }

  private WireModel node(int depth) {
    if (depth < 0 || budget <= 0 || random.nextInt(10) < 5) {
      return leaf();
    }
    switch (random.nextInt(3)) {
      case 0:
        return struct(depth, random.nextInt(4), random.nextInt(4));
      case 1: {
        budget--;
        List<WireModel> elements = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
          elements.add(node(depth - 1));
        }
        return new WireModel.PointerList(elements);
      }
      default: {
        budget--;
        int dw = random.nextInt(4);
        int pc = random.nextInt(3);
        List<WireModel.Struct> elements = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
          elements.add(struct(depth, dw, pc));
        }
        return new WireModel.StructList(dw, pc, elements);
      }
    }
  }

  private WireModel leaf() {
    switch (random.nextInt(8)) {
      case 0:
      case 1:
        return new WireModel.Null();
      case 2:
        return new WireModel.Text(TEXTS[random.nextInt(TEXTS.length)]);
      case 3: {
        byte[] b = new byte[random.nextInt(40)];
        random.nextBytes(b);
        return new WireModel.Data(b);
      }
      case 4:
        return new WireModel.VoidList(random.nextInt(100));
      case 5: {
        boolean[] bits = new boolean[random.nextInt(130)];
        for (int i = 0; i < bits.length; i++) {
          bits[i] = random.nextBoolean();
        }
        return new WireModel.BitList(bits);
      }
      case 6: {
        int size = ElementSize.BYTE + random.nextInt(4);
        long[] v = new long[random.nextInt(40)];
        for (int i = 0; i < v.length; i++) {
          v[i] = WireModel.truncate(random.nextLong(), size);
        }
        return new WireModel.PrimitiveList(size, v);
      }
      default:
        return new WireModel.Capability(random.nextInt(1000));
    }
  }
}
