package dev.rast.raft.net;

import dev.rast.raft.cli.LocalCertificates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Certificates for the TLS tests, made once per test JVM with the running JDK's {@code keytool}
 * through {@link LocalCertificates} (the commands CLUSTER.md gives): a cluster CA and another CA;
 * leaf certificates (EC P-256, SAN 127.0.0.1 and localhost) {@code node1..node3} and {@code
 * client} signed by the cluster CA, {@code rogue} signed by the other CA, and {@code expired}
 * (cluster CA, expired two days ago), {@code elsewhere} (cluster CA, naming only the host
 * elsewhere.example). Each leaf as a PEM chain, a PKCS#8 PEM key and a PKCS#12
 * keystore.
 */
public final class TestCerts {
  private static TestCerts shared;

  private final LocalCertificates files;

  private TestCerts(LocalCertificates files) {
    this.files = files;
  }

  /** The certificates of this JVM, made on first use (about 20 keytool runs, 3 at a time). */
  public static synchronized TestCerts get() throws Exception {
    if (shared == null) {
      LocalCertificates files = new LocalCertificates(Files.createTempDirectory("rast-tls-test"));
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        List<Future<?>> cas = new ArrayList<>();
        for (String ca : new String[] {"ca", "other-ca"}) {
          cas.add(pool.submit(() -> {
            files.ca(ca);
            return null;
          }));
        }
        for (Future<?> f : cas) {
          f.get();
        }
        List<Future<?>> leaves = new ArrayList<>();
        for (String n : new String[] {"node1", "node2", "node3", "client"}) {
          leaves.add(pool.submit(() -> {
            files.leaf(n, "ca", 30, null);
            return null;
          }));
        }
        leaves.add(pool.submit(() -> {
          files.leaf("rogue", "other-ca", 30, null);
          return null;
        }));
        leaves.add(pool.submit(() -> {
          files.leaf("expired", "ca", 1, "-3d");
          return null;
        }));
        leaves.add(pool.submit(() -> {
          files.leaf("elsewhere", "ca", 30, null, "dns:elsewhere.example");
          return null;
        }));
        for (Future<?> f : leaves) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
      shared = new TestCerts(files);
    }
    return shared;
  }

  public Path caPem() {
    return files.caPem("ca");
  }

  public Path otherCaPem() {
    return files.caPem("other-ca");
  }

  public Path certPem(String name) {
    return files.certPem(name);
  }

  public Path keyPem(String name) {
    return files.keyPem(name);
  }

  public Path p12(String name) {
    return files.p12(name);
  }

  public Path passwordFile() {
    return files.passwordFile();
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
}
