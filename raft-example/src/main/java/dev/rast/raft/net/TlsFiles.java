package dev.rast.raft.net;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * A node's or a client's TLS key material, read from files and checked before any connection is
 * made: its own certificate chain and private key (PEM files, or a PKCS#12 keystore with a
 * password file), and the CA certificates it trusts (a PEM bundle, or a PKCS#12 trust store).
 *
 * <p>Checks: every file is readable and parses; a PKCS#12 password is right; the private key
 * belongs to the certificate (a signature made with it verifies with the certificate's key); no
 * certificate is expired or not yet valid. Each failure is an {@link IllegalArgumentException}
 * whose message names the file and the problem. Passwords are read from files, never from the
 * command line; a password file's trailing newline is not part of the password.
 */
public final class TlsFiles {
  /** The in-memory keystores' password (they never touch the disk). */
  static final char[] MEMORY_PASSWORD = "rast-in-memory".toCharArray();

  private TlsFiles() {}

  /** An identity from a PEM certificate chain (own certificate first) and a PKCS#8 PEM key. */
  public static KeyStore identityFromPem(Path certFile, Path keyFile) {
    List<X509Certificate> chain = Pem.certificates(certFile, read(certFile, "certificate"));
    X509Certificate leaf = chain.get(0);
    PrivateKey key = Pem.privateKey(
        keyFile, read(keyFile, "private key"), leaf.getPublicKey().getAlgorithm());
    return identity(certFile, keyFile, key, chain.toArray(new Certificate[0]));
  }

  /** An identity from the first key entry of a PKCS#12 keystore. */
  public static KeyStore identityFromPkcs12(Path p12, Path passwordFile) {
    char[] password = password(passwordFile);
    KeyStore ks = loadPkcs12(p12, password, passwordFile);
    try {
      for (String alias : Collections.list(ks.aliases())) {
        if (ks.isKeyEntry(alias)) {
          Key key = ks.getKey(alias, password);
          Certificate[] chain = ks.getCertificateChain(alias);
          if (!(key instanceof PrivateKey pk) || chain == null || chain.length == 0) {
            continue;
          }
          return identity(p12, p12, pk, chain);
        }
      }
    } catch (UnrecoverableKeyException e) {
      throw new IllegalArgumentException(p12 + ": the key's password is not the keystore's"
          + " password (from " + passwordFile + "); give both the same password");
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(p12 + ": cannot read the key: " + e.getMessage());
    }
    throw new IllegalArgumentException(
        p12 + ": no private key with a certificate chain in this keystore");
  }

  /**
   * The CAs in {@code file}: a PEM bundle, or a PKCS#12 trust store when {@code passwordFile} is
   * given.
   */
  public static KeyStore trust(Path file, Path passwordFile) {
    try {
      KeyStore ts = KeyStore.getInstance("PKCS12");
      ts.load(null, null);
      if (passwordFile == null) {
        int i = 0;
        for (X509Certificate c : Pem.certificates(file, read(file, "CA certificate"))) {
          checkValid(file, c);
          ts.setCertificateEntry("ca-" + i++, c);
        }
        return ts;
      }
      KeyStore p12 = loadPkcs12(file, password(passwordFile), passwordFile);
      int n = 0;
      for (String alias : Collections.list(p12.aliases())) {
        Certificate c = p12.getCertificate(alias);
        if (c instanceof X509Certificate x) {
          checkValid(file, x);
          ts.setCertificateEntry("ca-" + n++, x);
        }
      }
      if (n == 0) {
        throw new IllegalArgumentException(file + ": no certificate in this trust store");
      }
      return ts;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException(file + ": cannot build the trust store: " + e);
    }
  }

  private static KeyStore identity(
      Path certFile, Path keyFile, PrivateKey key, Certificate[] chain) {
    for (Certificate c : chain) {
      checkValid(certFile, (X509Certificate) c);
    }
    checkPair(certFile, keyFile, key, (X509Certificate) chain[0]);
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry("identity", key, MEMORY_PASSWORD, chain);
      return ks;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException(keyFile + ": cannot use the key: " + e);
    }
  }

  /** Signs a random challenge with {@code key} and verifies it with the certificate's key. */
  private static void checkPair(Path certFile, Path keyFile, PrivateKey key, X509Certificate cert) {
    String alg =
        switch (key.getAlgorithm()) {
          case "RSA" -> "SHA256withRSA";
          case "EC" -> "SHA256withECDSA";
          case "Ed25519", "EdDSA" -> "Ed25519";
          case "Ed448" -> "Ed448";
          default -> null;
        };
    if (alg == null) {
      return; // another algorithm: the TLS handshake checks the pair
    }
    byte[] challenge = new byte[32];
    new SecureRandom().nextBytes(challenge);
    boolean match;
    try {
      Signature s = Signature.getInstance(alg);
      s.initSign(key);
      s.update(challenge);
      byte[] sig = s.sign();
      s.initVerify(cert.getPublicKey());
      s.update(challenge);
      match = s.verify(sig);
    } catch (GeneralSecurityException e) {
      match = false;
    }
    if (!match) {
      throw new IllegalArgumentException(keyFile + ": the private key does not belong to the"
          + " certificate " + cert.getSubjectX500Principal().getName() + " of " + certFile);
    }
  }

  private static void checkValid(Path file, X509Certificate c) {
    try {
      c.checkValidity();
    } catch (CertificateExpiredException e) {
      throw new IllegalArgumentException(file + ": the certificate "
          + c.getSubjectX500Principal().getName() + " expired on " + c.getNotAfter());
    } catch (CertificateNotYetValidException e) {
      throw new IllegalArgumentException(file + ": the certificate "
          + c.getSubjectX500Principal().getName() + " is not valid before " + c.getNotBefore()
          + " (now " + new Date() + ")");
    }
  }

  private static KeyStore loadPkcs12(Path file, char[] password, Path passwordFile) {
    byte[] bytes = read(file, "PKCS#12 keystore");
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(new ByteArrayInputStream(bytes), password);
      return ks;
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw new IllegalArgumentException(
            file + ": wrong password (the password in " + passwordFile + " does not open it)");
      }
      throw new IllegalArgumentException(
          file + ": not a PKCS#12 keystore, or damaged (" + e.getMessage() + ")");
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(file + ": cannot read the keystore: " + e.getMessage());
    }
  }

  /** The password in {@code file}, without trailing whitespace. */
  static char[] password(Path file) {
    String s = new String(read(file, "password"), StandardCharsets.UTF_8).stripTrailing();
    if (s.isEmpty()) {
      throw new IllegalArgumentException(file + ": the password file is empty");
    }
    return s.toCharArray();
  }

  private static byte[] read(Path file, String what) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such " + what + " file");
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read the " + what + " file: " + e);
    }
  }
}
