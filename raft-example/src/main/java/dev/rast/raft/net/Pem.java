package dev.rast.raft.net;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading PEM text (RFC 7468) with the JDK alone: certificates through {@link CertificateFactory},
 * unencrypted PKCS#8 private keys through {@link KeyFactory}. Every error is an {@link
 * IllegalArgumentException} naming the file and what is wrong with it, including the openssl
 * command that converts the common wrong formats.
 */
public final class Pem {
  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \\1-----", Pattern.DOTALL);

  private Pem() {}

  /** One block of a PEM file: its label and its base64 text. */
  private record Block(Path file, String label, String base64) {
    /** The decoded bytes; IllegalArgumentException naming the file when the text is not base64. */
    byte[] der() {
      try {
        return Base64.getDecoder().decode(WHITESPACE.matcher(base64).replaceAll(""));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            file + ": the " + label + " block is not valid base64 (" + e.getMessage() + ")");
      }
    }
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static List<Block> blocks(Path file, byte[] text) {
    List<Block> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(new String(text, StandardCharsets.US_ASCII));
    while (m.find()) {
      out.add(new Block(file, m.group(1), m.group(2)));
    }
    return out;
  }

  /**
   * The certificates of {@code file}, in file order (a chain: the node's own first, then the CAs
   * that signed it; or a CA bundle).
   */
  public static List<X509Certificate> certificates(Path file, byte[] text) {
    List<X509Certificate> certs = new ArrayList<>();
    CertificateFactory cf;
    try {
      cf = CertificateFactory.getInstance("X.509");
    } catch (CertificateException e) {
      throw new IllegalStateException("this JVM has no X.509 certificate factory", e);
    }
    for (Block b : blocks(file, text)) {
      if (!b.label().equals("CERTIFICATE")) {
        continue;
      }
      try {
        certs.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(b.der())));
      } catch (CertificateException e) {
        throw new IllegalArgumentException(file + ": certificate " + (certs.size() + 1)
            + " is not a valid X.509 certificate (" + e.getMessage() + ")");
      }
    }
    if (certs.isEmpty()) {
      throw new IllegalArgumentException(
          file + ": no PEM certificate in it (expected -----BEGIN CERTIFICATE-----)");
    }
    return certs;
  }

  /**
   * The unencrypted PKCS#8 private key of {@code file} ({@code -----BEGIN PRIVATE KEY-----}), of
   * the algorithm of the certificate it goes with ({@code algorithm}: RSA, EC, Ed25519...).
   */
  public static PrivateKey privateKey(Path file, byte[] text, String algorithm) {
    for (Block b : blocks(file, text)) {
      switch (b.label()) {
        case "PRIVATE KEY" -> {
          try {
            return KeyFactory.getInstance(algorithm)
                .generatePrivate(new PKCS8EncodedKeySpec(b.der()));
          } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(file + ": not a valid PKCS#8 " + algorithm
                + " private key (the certificate's key is " + algorithm + "; " + e.getMessage()
                + ")");
          }
        }
        case "ENCRYPTED PRIVATE KEY" -> throw new IllegalArgumentException(file
            + ": the private key is encrypted; give an unencrypted PKCS#8 key (openssl pkcs8"
            + " -topk8 -nocrypt -in " + file + ") or a PKCS#12 keystore with a password file");
        case "RSA PRIVATE KEY", "EC PRIVATE KEY" -> throw new IllegalArgumentException(file
            + ": a " + b.label() + " (PKCS#1/SEC1) key; convert it to PKCS#8 with openssl pkcs8"
            + " -topk8 -nocrypt -in " + file + " -out key.pem");
        default -> {
          // certificates or parameters next to the key: skip them
        }
      }
    }
    throw new IllegalArgumentException(
        file + ": no PEM private key in it (expected -----BEGIN PRIVATE KEY-----)");
  }
}
