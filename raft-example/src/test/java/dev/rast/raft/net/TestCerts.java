package dev.rast.raft.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Certificates for the TLS tests, made once per test JVM with the running JDK's {@code keytool}
 * (the same commands CLUSTER.md gives): a cluster CA and another CA; leaf certificates (EC P-256,
 * SAN 127.0.0.1 and localhost) {@code node1..node3} and {@code client} signed by the cluster CA,
 * {@code rogue} signed by the other CA, and {@code expired} (cluster CA, expired yesterday).
 * Each leaf is also written as a PEM chain ({@code NAME.crt}: leaf then CA), a PKCS#8 PEM key
 * ({@code NAME.key}) and a PKCS#12 keystore ({@code NAME.p12}, password in {@link #passwordFile}).
 */
public final class TestCerts {
  public static final String PASSWORD = "test-password";
  private static TestCerts shared;

  public final Path dir;

  private TestCerts(Path dir) {
    this.dir = dir;
  }

  /** The certificates of this JVM, made on first use (about 20 keytool runs). */
  public static synchronized TestCerts get() throws Exception {
    if (shared == null) {
      Path dir = Files.createTempDirectory("rast-tls-test");
      TestCerts c = new TestCerts(dir);
      c.make();
      shared = c;
    }
    return shared;
  }

  public Path caPem() {
    return dir.resolve("ca.pem");
  }

  public Path otherCaPem() {
    return dir.resolve("other-ca.pem");
  }

  public Path certPem(String name) {
    return dir.resolve(name + ".crt");
  }

  public Path keyPem(String name) {
    return dir.resolve(name + ".key");
  }

  public Path p12(String name) {
    return dir.resolve(name + ".p12");
  }

  public Path passwordFile() {
    return dir.resolve("password");
  }

  /** {@code name}'s certificate and key, trusting the cluster CA. */
  public TlsConfig config(String name, TlsConfig.ClientAuth auth) {
    return TlsConfig.of(
        TlsFiles.identityFromPem(certPem(name), keyPem(name)), TlsFiles.trust(caPem(), null), auth);
  }

  /** No certificate of its own, trusting the cluster CA (a client without a client certificate). */
  public TlsConfig anonymous() {
    return TlsConfig.of(null, TlsFiles.trust(caPem(), null), TlsConfig.ClientAuth.NONE);
  }

  private void make() throws Exception {
    Files.writeString(passwordFile(), PASSWORD + "\n");
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> cas = new ArrayList<>();
      for (String ca : new String[] {"ca", "other-ca"}) {
        cas.add(pool.submit(() -> {
          keytool(
              "-genkeypair",
              "-alias",
              ca,
              "-keyalg",
              "EC",
              "-groupname",
              "secp256r1",
              "-dname",
              "CN=rast test " + ca,
              "-ext",
              "bc:c",
              "-validity",
              "30",
              "-keystore",
              dir.resolve(ca + ".p12").toString());
          keytool(
              "-exportcert",
              "-rfc",
              "-alias",
              ca,
              "-keystore",
              dir.resolve(ca + ".p12").toString(),
              "-file",
              dir.resolve(ca + ".pem").toString());
          return null;
        }));
      }
      for (Future<?> f : cas) {
        f.get();
      }
      List<Future<?>> leaves = new ArrayList<>();
      String[][] specs = {
        {"node1", "ca", "30", null},
        {"node2", "ca", "30", null},
        {"node3", "ca", "30", null},
        {"client", "ca", "30", null},
        {"rogue", "other-ca", "30", null},
        {"expired", "ca", "1", "-3d"}
      };
      for (String[] spec : specs) {
        leaves.add(pool.submit(() -> {
          leaf(spec[0], spec[1], spec[2], spec[3]);
          return null;
        }));
      }
      for (Future<?> f : leaves) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A key pair, a request, a certificate from {@code ca}; then the PEM and PKCS#12 files. */
  private void leaf(String name, String ca, String days, String start) throws Exception {
    Path work = dir.resolve(name + "-work.p12");
    keytool(
        "-genkeypair",
        "-alias",
        name,
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=" + name,
        "-validity",
        "30",
        "-keystore",
        work.toString());
    Path csr = dir.resolve(name + ".csr");
    keytool("-certreq", "-alias", name, "-keystore", work.toString(), "-file", csr.toString());
    Path crt = dir.resolve(name + "-leaf.pem");
    List<String> gencert = new ArrayList<>(List.of(
        "-gencert",
        "-rfc",
        "-alias",
        ca,
        "-keystore",
        dir.resolve(ca + ".p12").toString(),
        "-infile",
        csr.toString(),
        "-outfile",
        crt.toString(),
        "-ext",
        "san=ip:127.0.0.1,dns:localhost",
        "-validity",
        days));
    if (start != null) {
      gencert.add("-startdate");
      gencert.add(start);
    }
    keytool(gencert.toArray(new String[0]));
    String chain = Files.readString(crt) + Files.readString(dir.resolve(ca + ".pem"));
    Files.writeString(certPem(name), chain);
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(work)) {
      ks.load(in, PASSWORD.toCharArray());
    }
    PrivateKey key = (PrivateKey) ks.getKey(name, PASSWORD.toCharArray());
    Files.writeString(keyPem(name), pem("PRIVATE KEY", key.getEncoded()));
    Certificate[] certs = Pem.certificates(certPem(name), chain.getBytes(StandardCharsets.US_ASCII))
        .toArray(new Certificate[0]);
    KeyStore p12 = KeyStore.getInstance("PKCS12");
    p12.load(null, null);
    p12.setKeyEntry(name, key, PASSWORD.toCharArray(), certs);
    try (OutputStream out = Files.newOutputStream(p12(name))) {
      p12.store(out, PASSWORD.toCharArray());
    }
  }

  static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END " + label + "-----\n";
  }

  private void keytool(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    cmd.addAll(List.of(args));
    cmd.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD, "-noprompt"));
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
