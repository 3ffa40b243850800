package dev.rast.raft.net;

import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS settings of one side of a connection: the certificate it presents (if any), the CAs it
 * trusts, and, on an accepting port, whether the other side must present a certificate. TLS 1.3
 * only (both ends are rast). A dialer checks that the acceptor's certificate names the host it
 * dialled (a DNS or IP subject alternative name, as HTTPS does); an acceptor checks only that the
 * dialer's certificate chains to a trusted CA (see CLUSTER.md for what that means for peers).
 * Immutable and thread-safe.
 */
public final class TlsConfig {
  /** Whether an accepting port asks for, or requires, the other side's certificate. */
  public enum ClientAuth {
    /** No client certificate is asked for. */
    NONE,
    /** Asked for; a client without one is served, a client with an untrusted one is refused. */
    WANT,
    /** Required: a client without a trusted certificate is refused. */
    NEED
  }

  private static final String[] PROTOCOLS = {"TLSv1.3"};

  private final SSLContext context;
  private final ClientAuth clientAuth;

  private TlsConfig(SSLContext context, ClientAuth clientAuth) {
    this.context = context;
    this.clientAuth = clientAuth;
  }

  /**
   * @param identity the certificate chain and key presented ({@link TlsFiles}); null: none (a
   *     client without a client certificate)
   * @param trust the CAs whose certificates are accepted from the other side
   * @param clientAuth on an accepting port: whether a client certificate is asked for
   */
  public static TlsConfig of(KeyStore identity, KeyStore trust, ClientAuth clientAuth) {
    try {
      KeyManagerFactory kmf = null;
      if (identity != null) {
        kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(identity, TlsFiles.MEMORY_PASSWORD);
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext ctx = SSLContext.getInstance("TLSv1.3");
      ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return new TlsConfig(ctx, clientAuth);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  /** The same key material with another client-certificate policy. */
  public TlsConfig withClientAuth(ClientAuth auth) {
    return new TlsConfig(context, auth);
  }

  public ClientAuth clientAuth() {
    return clientAuth;
  }

  /** An engine for an accepted connection. */
  public SSLEngine acceptorEngine() {
    SSLEngine e = context.createSSLEngine();
    e.setUseClientMode(false);
    e.setEnabledProtocols(PROTOCOLS);
    switch (clientAuth) {
      case NEED -> e.setNeedClientAuth(true);
      case WANT -> e.setWantClientAuth(true);
      case NONE -> e.setNeedClientAuth(false);
    }
    return e;
  }

  /** An engine for a connection dialled to {@code to}, whose certificate must name its host. */
  public SSLEngine dialerEngine(InetSocketAddress to) {
    SSLEngine e = context.createSSLEngine(to.getHostString(), to.getPort());
    e.setUseClientMode(true);
    e.setEnabledProtocols(PROTOCOLS);
    SSLParameters p = e.getSSLParameters();
    p.setEndpointIdentificationAlgorithm("HTTPS");
    e.setSSLParameters(p);
    return e;
  }

  /**
   * Blocking sockets for clients ({@link dev.rast.raft.kv.KvClient}); the caller sets the host
   * check with {@link #dialerParameters}.
   */
  public SSLSocketFactory socketFactory() {
    return context.getSocketFactory();
  }

  /** Parameters of a dialling socket: TLS 1.3, and the acceptor's certificate must name its host. */
  public SSLParameters dialerParameters() {
    SSLParameters p = context.getDefaultSSLParameters();
    p.setProtocols(PROTOCOLS);
    p.setEndpointIdentificationAlgorithm("HTTPS");
    return p;
  }
}
