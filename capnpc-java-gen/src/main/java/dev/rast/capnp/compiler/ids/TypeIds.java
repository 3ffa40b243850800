package dev.rast.capnp.compiler.ids;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * capnp's derived ids: a node without an explicit {@code @0x...} id gets the first 8 bytes (big
 * endian) of an MD5 over its parent's id (8 bytes, little endian) and a discriminator, with the top
 * bit set. Checked against {@code capnp compile -o-} by the request comparison tests.
 */
public final class TypeIds {
  private TypeIds() {}

  /**
   * The id of a nested declaration: MD5(parent id, name).
   *
   * @param parentId the enclosing declaration's id (the file's for top-level ones)
   * @param name the declaration's name, hashed as UTF-8
   * @return the derived id, top bit set
   */
  public static long childId(long parentId, String name) {
    MessageDigest md5 = md5();
    md5.update(littleEndian(parentId, 8));
    md5.update(name.getBytes(StandardCharsets.UTF_8));
    return finish(md5);
  }

  /**
   * The id of a group or named union: MD5(parent id, index). The index, not the name, is hashed,
   * as capnp does.
   *
   * @param parentId the enclosing struct's (or group's) id
   * @param groupIndex the group's index among its parent's fields
   * @return the derived id, top bit set
   */
  public static long groupId(long parentId, int groupIndex) {
    MessageDigest md5 = md5();
    md5.update(littleEndian(parentId, 8));
    md5.update(littleEndian(groupIndex, 2));
    return finish(md5);
  }

  /**
   * The id of a method's implicit parameter or result struct: MD5(interface id, ordinal,
   * isResults).
   *
   * @param interfaceId the interface's id
   * @param ordinal the method's ordinal
   * @param isResults true for the result struct, false for the parameter struct
   * @return the derived id, top bit set
   */
  public static long methodParamsId(long interfaceId, int ordinal, boolean isResults) {
    MessageDigest md5 = md5();
    md5.update(littleEndian(interfaceId, 8));
    md5.update(littleEndian(ordinal, 2));
    md5.update(isResults ? (byte) 1 : (byte) 0);
    return finish(md5);
  }

  private static byte[] littleEndian(long v, int bytes) {
    byte[] out = new byte[bytes];
    for (int i = 0; i < bytes; i++) {
      out[i] = (byte) (v >>> (8 * i));
    }
    return out;
  }

  private static long finish(MessageDigest md5) {
    byte[] digest = md5.digest();
    long result = 0;
    for (int i = 0; i < 8; i++) {
      result = (result << 8) | (digest[i] & 0xff);
    }
    return result | (1L << 63);
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required of every Java platform", e);
    }
  }
}
