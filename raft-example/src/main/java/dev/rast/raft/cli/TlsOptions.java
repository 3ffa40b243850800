package dev.rast.raft.cli;

import dev.rast.raft.net.TlsConfig;
import dev.rast.raft.net.TlsFiles;
import java.nio.file.Path;
import java.security.KeyStore;
import picocli.CommandLine.Option;

/**
 * The TLS key material flags, shared by {@code rast node} (the node's certificate, both ports) and
 * the client commands (the CA that signed the nodes' certificates, and an optional client
 * certificate). PEM files or PKCS#12 keystores; passwords only in files. See CLUSTER.md.
 */
final class TlsOptions {
  @Option(
      names = "--tls-cert",
      paramLabel = "FILE",
      description =
          "PEM certificate chain this side presents (its own certificate first, then any intermediate CAs): "
              + "the node's certificate for `rast node`, a client certificate for client commands. With --tls-key.")
  Path cert;

  @Option(
      names = "--tls-key",
      paramLabel = "FILE",
      description =
          "Unencrypted PKCS#8 PEM private key of --tls-cert (-----BEGIN PRIVATE KEY-----; mode 600).")
  Path key;

  @Option(
      names = "--tls-keystore",
      paramLabel = "FILE",
      description =
          "PKCS#12 keystore holding the certificate chain and key, instead of --tls-cert/--tls-key. "
              + "With --tls-keystore-password-file.")
  Path keystore;

  @Option(
      names = "--tls-keystore-password-file",
      paramLabel = "FILE",
      description = "File holding the password of --tls-keystore (a final newline is ignored).")
  Path keystorePassword;

  @Option(
      names = "--tls-ca",
      paramLabel = "FILE",
      description =
          "CA certificates to trust (PEM bundle; or a PKCS#12 trust store with --tls-ca-password-file): "
              + "for a node, the CA of its peers' certificates; for a client, the CA of the nodes' certificates. "
              + "Giving it to a client command turns TLS on.")
  Path ca;

  @Option(
      names = "--tls-ca-password-file",
      paramLabel = "FILE",
      description = "File holding the password of a PKCS#12 --tls-ca.")
  Path caPassword;

  /** Whether any TLS flag was given. */
  boolean any() {
    return cert != null || key != null || keystore != null || ca != null;
  }

  /** Whether a certificate of this side's own was given. */
  boolean hasIdentity() {
    return cert != null || key != null || keystore != null;
  }

  /**
   * The certificate and key given (null: none); IllegalArgumentException naming the flags and the
   * file when they do not go together or a file is bad.
   */
  KeyStore identity() {
    if (keystore != null) {
      if (cert != null || key != null) {
        throw new IllegalArgumentException(
            "give --tls-keystore or --tls-cert with --tls-key, not both");
      }
      if (keystorePassword == null) {
        throw new IllegalArgumentException(
            "--tls-keystore needs --tls-keystore-password-file (passwords are never flags)");
      }
      return prefixed(
          "--tls-keystore", () -> TlsFiles.identityFromPkcs12(keystore, keystorePassword));
    }
    if (keystorePassword != null) {
      throw new IllegalArgumentException("--tls-keystore-password-file without --tls-keystore");
    }
    if ((cert == null) != (key == null)) {
      throw new IllegalArgumentException(
          cert == null ? "--tls-key needs --tls-cert" : "--tls-cert needs --tls-key");
    }
    return cert == null
        ? null
        : prefixed("--tls-cert/--tls-key", () -> TlsFiles.identityFromPem(cert, key));
  }

  /** The CAs of {@code --tls-ca}; IllegalArgumentException when missing or bad. */
  KeyStore trust() {
    if (ca == null) {
      throw new IllegalArgumentException(
          "TLS needs --tls-ca FILE: the CA certificate(s) the other side's certificate must chain to");
    }
    return prefixed("--tls-ca", () -> TlsFiles.trust(ca, caPassword));
  }

  /** A client's TLS settings (null: no TLS flag given, plaintext). */
  TlsConfig clientConfig() {
    if (!any()) {
      return null;
    }
    KeyStore identity = identity();
    return TlsConfig.of(identity, trust(), TlsConfig.ClientAuth.NONE);
  }

  private interface Load {
    KeyStore get();
  }

  private static KeyStore prefixed(String flag, Load load) {
    try {
      return load.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(flag + ": " + e.getMessage(), e);
    }
  }
}
