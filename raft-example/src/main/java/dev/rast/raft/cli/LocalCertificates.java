package dev.rast.raft.cli;

import dev.rast.raft.net.Pem;
import dev.rast.raft.net.TlsConfig;
import dev.rast.raft.net.TlsFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throwaway certificates for a cluster on this machine ({@code rast cluster --tls-dir}), made with
 * the running JDK's {@code keytool}, the commands CLUSTER.md gives: a CA, and per leaf an EC P-256
 * key whose certificate the CA signs with the SAN 127.0.0.1 and localhost. Each leaf {@code NAME}
 * is written as {@code NAME.p12} (key and chain, password in {@link #passwordFile()}), {@code
 * NAME.crt} (PEM chain) and {@code NAME.key} (PKCS#8 PEM, mode 600). Keytool reads every password
 * from that file, never from its command line.
 */
public final class LocalCertificates {
  private final Path dir;

  /** Certificates in {@code dir} (created if absent). */
  public LocalCertificates(Path dir) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
    Path pw = passwordFile();
    if (!Files.exists(pw)) {
      byte[] b = new byte[18];
      new SecureRandom().nextBytes(b);
      Files.writeString(pw, Base64.getEncoder().encodeToString(b) + "\n");
      restrict(pw);
    }
  }

  /**
   * A CA, the nodes {@code node1..nodeN} and a {@code client}, each made unless its files exist
   * (the same directory serves later runs and the clients).
   */
  public void ensureCluster(int nodes) throws IOException, InterruptedException {
    if (!Files.exists(caPem("ca"))) {
      ca("ca");
    }
    for (int i = 1; i <= nodes; i++) {
      if (!Files.exists(p12("node" + i))) {
        leaf("node" + i, "ca", 365, null);
      }
    }
    if (!Files.exists(p12("client"))) {
      leaf("client", "ca", 365, null);
    }
  }

  public Path dir() {
    return dir;
  }

  public Path passwordFile() {
    return dir.resolve("password");
  }

  public Path caPem(String ca) {
    return dir.resolve(ca + ".pem");
  }

  public Path p12(String name) {
    return dir.resolve(name + ".p12");
  }

  public Path certPem(String name) {
    return dir.resolve(name + ".crt");
  }

  public Path keyPem(String name) {
    return dir.resolve(name + ".key");
  }

  /** TLS settings of a client presenting {@code name}'s certificate and trusting CA {@code ca}. */
  public TlsConfig clientConfig(String name, String ca) {
    return TlsConfig.of(
        TlsFiles.identityFromPkcs12(p12(name), passwordFile()),
        TlsFiles.trust(caPem(ca), null),
        TlsConfig.ClientAuth.NONE);
  }

  /** The {@code rast node} flags of node {@code id} (mutual TLS, client certificates required). */
  public List<String> nodeArgs(int id) {
    return List.of(
        "--tls-keystore=" + p12("node" + id),
        "--tls-keystore-password-file=" + passwordFile(),
        "--tls-ca=" + caPem("ca"),
        "--client-auth=need");
  }

  /** The client command flags that go with {@link #nodeArgs}. */
  public String clientFlags() {
    return "--tls-ca " + caPem("ca") + " --tls-cert " + certPem("client") + " --tls-key "
        + keyPem("client");
  }

  /** A self-signed CA {@code name}: {@code name.p12} (its key) and {@code name.pem}. */
  public void ca(String name) throws IOException, InterruptedException {
    genkeypair(
        name, "CN=rast local " + name, dir.resolve(name + "-ca.p12"), "3650", "-ext", "bc:c");
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        name,
        "-keystore",
        dir.resolve(name + "-ca.p12").toString(),
        "-file",
        caPem(name).toString());
  }

  /**
   * A leaf {@code name} signed by CA {@code ca}, valid {@code days} from {@code start} (keytool's
   * {@code -startdate}, e.g. {@code -3d}; null: now).
   */
  public void leaf(String name, String ca, int days, String start)
      throws IOException, InterruptedException {
    leaf(name, ca, days, start, "ip:127.0.0.1,dns:localhost");
  }

  /** The same with the subject alternative names {@code san} (keytool syntax: {@code dns:a,ip:b}). */
  public void leaf(String name, String ca, int days, String start, String san)
      throws IOException, InterruptedException {
    Path work = dir.resolve(name + "-request.p12");
    Files.deleteIfExists(work);
    genkeypair(name, "CN=" + name, work, "30");
    Path csr = dir.resolve(name + ".csr");
    keytool("-certreq", "-alias", name, "-keystore", work.toString(), "-file", csr.toString());
    Path crt = dir.resolve(name + "-leaf.pem");
    List<String> gencert = new ArrayList<>(List.of(
        "-gencert",
        "-rfc",
        "-alias",
        ca,
        "-keystore",
        dir.resolve(ca + "-ca.p12").toString(),
        "-infile",
        csr.toString(),
        "-outfile",
        crt.toString(),
        "-ext",
        "san=" + san,
        "-validity",
        Integer.toString(days)));
    if (start != null) {
      gencert.add("-startdate");
      gencert.add(start);
    }
    keytool(gencert.toArray(new String[0]));
    String chain = Files.readString(crt) + Files.readString(caPem(ca));
    Files.writeString(certPem(name), chain);
    char[] pw = Files.readString(passwordFile()).strip().toCharArray();
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(work)) {
        ks.load(in, pw);
      }
      PrivateKey key = (PrivateKey) ks.getKey(name, pw);
      Files.writeString(
          keyPem(name),
          "-----BEGIN PRIVATE KEY-----\n"
              + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
              + "\n-----END PRIVATE KEY-----\n");
      restrict(keyPem(name));
      Certificate[] certs = Pem.certificates(
              certPem(name), chain.getBytes(StandardCharsets.US_ASCII))
          .toArray(new Certificate[0]);
      KeyStore p12 = KeyStore.getInstance("PKCS12");
      p12.load(null, null);
      p12.setKeyEntry(name, key, pw, certs);
      try (OutputStream out = Files.newOutputStream(p12(name))) {
        p12.store(out, pw);
      }
      restrict(p12(name));
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot write the keystore of " + name + ": " + e, e);
    } finally {
      Files.deleteIfExists(work);
      Files.deleteIfExists(csr);
      Files.deleteIfExists(crt);
    }
  }

  /** An EC P-256 key pair {@code alias} with a self-signed certificate, into {@code keystore}. */
  private void genkeypair(String alias, String dname, Path keystore, String days, String... more)
      throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of(
        "-genkeypair",
        "-alias",
        alias,
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        dname,
        "-validity",
        days,
        "-keystore",
        keystore.toString()));
    args.addAll(List.of(more));
    keytool(args.toArray(new String[0]));
  }

  private static void restrict(Path f) throws IOException {
    try {
      Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // a file system without POSIX permissions: the directory's protection is all there is
    }
  }

  private void keytool(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    cmd.addAll(List.of(args));
    cmd.addAll(
        List.of("-storetype", "PKCS12", "-storepass:file", passwordFile().toString(), "-noprompt"));
    Process p = new ProcessBuilder(cmd)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    p.getInputStream().transferTo(out);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException("keytool " + String.join(" ", args) + " failed: " + out);
    }
  }
}
