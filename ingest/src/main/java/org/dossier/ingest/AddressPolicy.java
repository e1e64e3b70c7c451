package org.dossier.ingest;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Decides whether a URL may be fetched: only http and https, and (unless explicitly allowed) only
 * hosts whose every address is public, so a feed cannot make Dossier reach a cloud metadata service
 * (169.254.169.254), the local machine or a private network.
 */
final class AddressPolicy {
  private final boolean allowPrivate;

  AddressPolicy(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  /**
   * Checks a URL before it is fetched.
   *
   * @throws IOException naming the URL and the reason when it must not be fetched
   */
  void check(URI uri) throws IOException {
    String scheme =
        uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IOException(uri + ": refused: only http and https URLs are fetched");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new IOException(uri + ": refused: the URL has no host");
    }
    if (allowPrivate) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new IOException(uri + ": unreachable: unknown host " + host, e);
    }
    for (InetAddress address : addresses) {
      if (!isPublic(address)) {
        throw new IOException(
            uri
                + ": refused: "
                + host
                + " resolves to the non-public address "
                + address.getHostAddress()
                + " (pass --allow-private-network to fetch it)");
      }
    }
  }

  /**
   * Whether an address is on the public internet (not loopback, private, link-local or similar).
   */
  static boolean isPublic(InetAddress a) {
    if (a.isAnyLocalAddress()
        || a.isLoopbackAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return !(first == 0 // "this network"
          || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
          || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
          || (first == 198 && (second == 18 || second == 19)) // benchmarking
          || first >= 240); // reserved and broadcast
    }
    if (a instanceof Inet6Address) {
      int first = b[0] & 0xff;
      if ((first & 0xfe) == 0xfc) {
        return false; // unique local fc00::/7
      }
      boolean mapped = true;
      for (int i = 0; i < 10; i++) {
        mapped &= b[i] == 0;
      }
      if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        try {
          return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
          return false;
        }
      }
    }
    return true;
  }
}
