package dev.rast.capnp;

import java.io.ByteArrayOutputStream;

/**
 * A slow, obviously-correct reference for the packed encoding, written from the spec with byte
 * arrays and no shared code, that the real implementation is checked against.
 */
final class NaivePacking {
  private NaivePacking() {}

  static byte[] pack(byte[] unpacked) {
    if (unpacked.length % 8 != 0) {
      throw new IllegalArgumentException("not whole words");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int words = unpacked.length / 8;
    int w = 0;
    while (w < words) {
      int tag = 0;
      for (int i = 0; i < 8; i++) {
        if (unpacked[w * 8 + i] != 0) {
          tag |= 1 << i;
        }
      }
      out.write(tag);
      for (int i = 0; i < 8; i++) {
        if (unpacked[w * 8 + i] != 0) {
          out.write(unpacked[w * 8 + i]);
        }
      }
      w++;
      if (tag == 0) {
        int count = 0;
        while (count < 255 && w < words && zeroBytes(unpacked, w) == 8) {
          count++;
          w++;
        }
        out.write(count);
      } else if (tag == 0xFF) {
        int first = w;
        while (w - first < 255 && w < words && zeroBytes(unpacked, w) < 2) {
          w++;
        }
        out.write(w - first);
        out.write(unpacked, first * 8, (w - first) * 8);
      }
    }
    return out.toByteArray();
  }

  /** Unpacks, or returns null if the input is truncated. */
  static byte[] unpackOrNull(byte[] packed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < packed.length) {
      int tag = packed[i++] & 0xFF;
      for (int b = 0; b < 8; b++) {
        if ((tag & (1 << b)) != 0) {
          if (i >= packed.length) {
            return null;
          }
          out.write(packed[i++]);
        } else {
          out.write(0);
        }
      }
      if (tag == 0 || tag == 0xFF) {
        if (i >= packed.length) {
          return null;
        }
        int count = packed[i++] & 0xFF;
        if (tag == 0) {
          out.write(new byte[count * 8], 0, count * 8);
        } else {
          if (packed.length - i < count * 8) {
            return null;
          }
          out.write(packed, i, count * 8);
          i += count * 8;
        }
      }
    }
    return out.toByteArray();
  }

  private static int zeroBytes(byte[] bytes, int word) {
    int zeros = 0;
    for (int i = 0; i < 8; i++) {
      if (bytes[word * 8 + i] == 0) {
        zeros++;
      }
    }
    return zeros;
  }
}
