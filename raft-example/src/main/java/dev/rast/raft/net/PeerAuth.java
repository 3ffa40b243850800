package dev.rast.raft.net;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * The challenge-response that proves, in both directions, that a peer holds the cluster secret
 * ({@link ClusterSecret}), so that knowing the cluster id and a node id is not enough to join.
 *
 * <p>The dialer's hello carries a fresh nonce; the acceptor answers with its own fresh nonce and
 * {@code HMAC-SHA256(secret, 'A' || hello || acceptorNonce)}; the dialer checks it and sends
 * {@code HMAC-SHA256(secret, 'D' || hello || acceptorNonce)}. The hello names the cluster, the
 * dialer and the acceptor, so a proof is bound to that pair and to both nonces: it cannot be
 * replayed on another connection (the acceptor's nonce is new each time), reflected (the two
 * directions use different labels) or reused for another node. MACs are compared in constant
 * time. Nonces come from {@link SecureRandom}.
 *
 * <p>Without a secret the MAC fields are zero and not checked; a node with a secret then refuses
 * a peer without one, in both directions. Not thread-safe: one per transport (event loop).
 */
public final class PeerAuth {
  public static final int NONCE_BYTES = 16;
  public static final int MAC_BYTES = 32;
  private static final byte ACCEPTOR = 'A';
  private static final byte DIALER = 'D';

  private final Mac mac;
  private final SecureRandom random = new SecureRandom();
  private final byte[] expected = new byte[MAC_BYTES];
  private final byte[] given = new byte[MAC_BYTES];
  private final byte[] fresh = new byte[NONCE_BYTES];

  public PeerAuth(ClusterSecret secret) {
    if (!secret.isSet()) {
      mac = null;
      return;
    }
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM has no HmacSHA256", e);
    }
  }

  /** Whether peers must prove the secret. */
  public boolean enabled() {
    return mac != null;
  }

  /** Writes {@link #NONCE_BYTES} fresh random bytes at {@code dst[at]}. */
  public void nonce(byte[] dst, int at) {
    random.nextBytes(fresh);
    System.arraycopy(fresh, 0, dst, at, NONCE_BYTES);
  }

  /** The acceptor's MAC into {@code dst[at]} (zeros without a secret). */
  public void acceptorMac(byte[] hello, byte[] nonce, int nonceAt, byte[] dst, int at) {
    compute(ACCEPTOR, hello, nonce, nonceAt, dst, at);
  }

  /** The dialer's proof into {@code dst[at]} (zeros without a secret). */
  public void dialerMac(byte[] hello, byte[] nonce, int nonceAt, byte[] dst, int at) {
    compute(DIALER, hello, nonce, nonceAt, dst, at);
  }

  /** Whether {@code mac[at]} is the acceptor's MAC (always true without a secret). */
  boolean acceptorProved(byte[] hello, byte[] nonce, int nonceAt, byte[] mac, int at) {
    return check(ACCEPTOR, hello, nonce, nonceAt, mac, at);
  }

  /** Whether {@code mac[at]} is the dialer's proof (always true without a secret). */
  boolean dialerProved(byte[] hello, byte[] nonce, int nonceAt, byte[] mac, int at) {
    return check(DIALER, hello, nonce, nonceAt, mac, at);
  }

  private boolean check(byte label, byte[] hello, byte[] nonce, int nonceAt, byte[] m, int at) {
    if (mac == null) {
      return true;
    }
    compute(label, hello, nonce, nonceAt, expected, 0);
    System.arraycopy(m, at, given, 0, MAC_BYTES);
    return MessageDigest.isEqual(expected, given);
  }

  private void compute(byte label, byte[] hello, byte[] nonce, int nonceAt, byte[] dst, int at) {
    if (mac == null) {
      Arrays.fill(dst, at, at + MAC_BYTES, (byte) 0);
      return;
    }
    mac.update(label);
    mac.update(hello, 0, Handshake.HELLO_BYTES);
    mac.update(nonce, nonceAt, NONCE_BYTES);
    try {
      mac.doFinal(dst, at);
    } catch (ShortBufferException e) {
      throw new IllegalArgumentException("no room for the MAC at " + at, e);
    }
  }
}
