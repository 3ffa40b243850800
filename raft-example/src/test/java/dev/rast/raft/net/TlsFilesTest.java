package dev.rast.raft.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 6: bad TLS inputs (a missing or garbage file, broken base64, a key of another
 * certificate, an expired certificate, a wrong PKCS#12 password, a PKCS#1 or encrypted key) each
 * give one clear error naming the file and the problem.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TlsFilesTest {
  private static TestCerts certs;

  @TempDir
  Path dir;

  @BeforeAll
  static void makeCertificates() throws Exception {
    certs = TestCerts.get();
  }

  private static String error(Supplier<KeyStore> load) {
    return assertThrows(IllegalArgumentException.class, load::get).getMessage();
  }

  private Path file(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void goodPemAndPkcs12FilesLoad() throws Exception {
    KeyStore pem = TlsFiles.identityFromPem(certs.certPem("node1"), certs.keyPem("node1"));
    KeyStore p12 = TlsFiles.identityFromPkcs12(certs.p12("node1"), certs.passwordFile());
    assertNotNull(
        TlsConfig.of(pem, TlsFiles.trust(certs.caPem(), null), TlsConfig.ClientAuth.NEED));
    assertNotNull(
        TlsConfig.of(p12, TlsFiles.trust(certs.caPem(), null), TlsConfig.ClientAuth.NEED));
    assertEquals(1, TlsFiles.trust(certs.caPem(), null).size());
    assertEquals(2, TlsFiles.trust(certs.certPem("node1"), null).size(), "a chain as a bundle");
    // A PKCS#12 trust store (as keytool -importcert -keystore truststore.p12 makes it).
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry(
        "ca", Pem.certificates(certs.caPem(), Files.readAllBytes(certs.caPem())).get(0));
    Path truststore = dir.resolve("truststore.p12");
    char[] pw = Files.readString(certs.passwordFile()).strip().toCharArray();
    try (java.io.OutputStream out = Files.newOutputStream(truststore)) {
      store.store(out, pw);
    }
    KeyStore trust = TlsFiles.trust(truststore, certs.passwordFile());
    assertEquals(1, trust.size());
    assertEquals(
        "CN=rast local ca",
        ((java.security.cert.X509Certificate)
                trust.getCertificate(trust.aliases().nextElement()))
            .getSubjectX500Principal()
            .getName());
  }

  @Test
  void aMissingOrGarbageFileIsNamed() throws Exception {
    Path missing = dir.resolve("nope.crt");
    String e = error(() -> TlsFiles.identityFromPem(missing, certs.keyPem("node1")));
    assertEquals(missing + ": no such certificate file", e);
    Path garbage = file("garbage.crt", "hello, not a certificate\n");
    e = error(() -> TlsFiles.trust(garbage, null));
    assertEquals(garbage + ": no PEM certificate in it (expected -----BEGIN CERTIFICATE-----)", e);
    Path badBase64 =
        file("b64.crt", "-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n");
    e = error(() -> TlsFiles.trust(badBase64, null));
    assertTrue(e.startsWith(badBase64 + ": the CERTIFICATE block is not valid base64"), e);
    Path notDer = file("der.crt", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
    e = error(() -> TlsFiles.trust(notDer, null));
    assertTrue(e.startsWith(notDer + ": certificate 1 is not a valid X.509 certificate"), e);
  }

  @Test
  void aKeyOfAnotherCertificateIsRefused() {
    String e = error(() -> TlsFiles.identityFromPem(certs.certPem("node1"), certs.keyPem("node2")));
    assertEquals(
        certs.keyPem("node2") + ": the private key does not belong to the certificate CN=node1 of "
            + certs.certPem("node1"),
        e);
  }

  @Test
  void anExpiredCertificateIsRefused() {
    String e =
        error(() -> TlsFiles.identityFromPem(certs.certPem("expired"), certs.keyPem("expired")));
    assertTrue(
        e.startsWith(certs.certPem("expired") + ": the certificate CN=expired expired on "), e);
  }

  @Test
  void aWrongPasswordOrANonKeystoreIsNamed() throws Exception {
    Path wrong = file("wrong.password", "not the password\n");
    String e = error(() -> TlsFiles.identityFromPkcs12(certs.p12("node1"), wrong));
    assertEquals(
        certs.p12("node1") + ": wrong password (the password in " + wrong + " does not open it)",
        e);
    e = error(() -> TlsFiles.identityFromPkcs12(certs.certPem("node1"), certs.passwordFile()));
    assertTrue(e.startsWith(certs.certPem("node1") + ": not a PKCS#12 keystore, or damaged"), e);
    Path empty = file("empty.password", "\n");
    e = error(() -> TlsFiles.identityFromPkcs12(certs.p12("node1"), empty));
    assertEquals(empty + ": the password file is empty", e);
  }

  @Test
  void keysInOtherFormatsSayHowToConvertThem() throws Exception {
    Path pkcs1 =
        file("rsa.key", "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
    String e = error(() -> TlsFiles.identityFromPem(certs.certPem("node1"), pkcs1));
    assertTrue(e.contains("PKCS#1/SEC1") && e.contains("openssl pkcs8 -topk8 -nocrypt"), e);
    Path encrypted = file(
        "enc.key",
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n");
    e = error(() -> TlsFiles.identityFromPem(certs.certPem("node1"), encrypted));
    assertTrue(e.startsWith(encrypted + ": the private key is encrypted"), e);
    Path certAsKey = certs.certPem("node1");
    e = error(() -> TlsFiles.identityFromPem(certs.certPem("node1"), certAsKey));
    assertEquals(
        certAsKey + ": no PEM private key in it (expected -----BEGIN PRIVATE KEY-----)", e);
  }
}
