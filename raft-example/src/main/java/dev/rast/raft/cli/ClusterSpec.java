package dev.rast.raft.cli;

import dev.rast.raft.node.Peers;
import java.net.InetSocketAddress;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A {@code --cluster id=host:port,...} value, parsed while the arguments are: a malformed list is a
 * usage error (exit 2) naming the bad element, before anything connects.
 */
record ClusterSpec(Map<Integer, InetSocketAddress> nodes) {
  @Override
  public String toString() {
    return Peers.format(nodes);
  }

  /** The picocli converter of {@code --cluster} options. */
  static final class Converter implements ITypeConverter<ClusterSpec> {
    @Override
    public ClusterSpec convert(String value) {
      try {
        return new ClusterSpec(Peers.parse(value));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
