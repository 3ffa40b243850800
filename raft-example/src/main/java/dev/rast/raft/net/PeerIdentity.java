package dev.rast.raft.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Whether a peer's TLS certificate names the host that {@code --peers} gives for the node id the
 * peer claims: the acceptor's side of the check a dialer makes with HTTPS host name verification.
 * It binds a certificate to a node's address, so that the certificate of one node cannot be used
 * to pass for another node on another host. Matching: an IP address against the certificate's IP
 * subject alternative names, a host name against its DNS names (case-insensitive; a {@code *.}
 * wildcard covers one leading label). The common name is not used, as in HTTPS.
 */
final class PeerIdentity {
  private static final int DNS = 2;
  private static final int IP = 7;

  private PeerIdentity() {}

  /** Whether {@code cert} names {@code host} (an IP literal or a DNS name). */
  static boolean names(X509Certificate cert, String host) {
    InetAddress ip = literal(host);
    for (List<?> san : alternativeNames(cert)) {
      int type = (Integer) san.get(0);
      String value = String.valueOf(san.get(1));
      if (type == IP && ip != null && ip.equals(literal(value))) {
        return true;
      }
      if (type == DNS && ip == null && dnsMatches(value, host)) {
        return true;
      }
    }
    return false;
  }

  /** The certificate's DNS and IP names, for a log line. */
  static String describe(X509Certificate cert) {
    List<String> out = new ArrayList<>();
    for (List<?> san : alternativeNames(cert)) {
      int type = (Integer) san.get(0);
      if (type == DNS || type == IP) {
        out.add((type == DNS ? "DNS:" : "IP:") + san.get(1));
      }
    }
    return cert.getSubjectX500Principal().getName() + ", names " + (out.isEmpty() ? "none" : out);
  }

  private static Collection<List<?>> alternativeNames(X509Certificate cert) {
    try {
      Collection<List<?>> names = cert.getSubjectAlternativeNames();
      return names == null ? List.of() : names;
    } catch (CertificateParsingException e) {
      return List.of();
    }
  }

  private static boolean dnsMatches(String pattern, String host) {
    String p = pattern.toLowerCase(Locale.ROOT);
    String h = host.toLowerCase(Locale.ROOT);
    if (p.startsWith("*.")) {
      int dot = h.indexOf('.');
      return dot > 0 && h.substring(dot).equals(p.substring(1));
    }
    return p.equals(h);
  }

  /** The address of an IP literal (no name lookup); null for a host name. */
  private static InetAddress literal(String s) {
    if (s.isEmpty() || !(Character.digit(s.charAt(0), 16) >= 0 || s.charAt(0) == ':')) {
      return null;
    }
    boolean ipv4 = s.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
    boolean ipv6 = s.indexOf(':') >= 0;
    if (!ipv4 && !ipv6) {
      return null;
    }
    try {
      return InetAddress.getByName(s); // a literal: parsed, not looked up
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
