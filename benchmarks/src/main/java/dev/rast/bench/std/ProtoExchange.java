package dev.rast.bench.std;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import com.google.protobuf.Parser;
import java.util.function.Function;

/**
 * The transport half of a protobuf-java round, shared by the three workloads so that they differ
 * only in how they make, serve and check messages: in {@link Mode#OBJECT} the server gets the
 * client's message object; otherwise request and response each go through a {@link ProtoWire}
 * (serialize, then parse a new object). protobuf has no packed encoding, so {@link Mode#PACKED}
 * travels as {@link Mode#BYTES}.
 *
 * @param <Q> the request message
 * @param <A> the response message
 */
final class ProtoExchange<Q extends MessageLite, A extends MessageLite> {
  private final Mode mode;
  private final ProtoWire requests;
  private final ProtoWire responses;
  private final Parser<Q> requestParser;
  private final Parser<A> responseParser;
  private final Function<Q, A> server;
  private long bytes;

  ProtoExchange(
      Mode mode,
      boolean reuse,
      Parser<Q> requestParser,
      Parser<A> responseParser,
      Function<Q, A> server) {
    this.mode = mode;
    this.requests = new ProtoWire(reuse);
    this.responses = new ProtoWire(reuse);
    this.requestParser = requestParser;
    this.responseParser = responseParser;
    this.server = server;
  }

  /** Carries {@code request} to the server and its response back; returns the response the client sees. */
  A round(Q request) {
    if (mode == Mode.OBJECT) {
      bytes = 0;
      return server.apply(request);
    }
    try {
      requests.write(request);
      A response = server.apply(requestParser.parseFrom(requests.bytes(), 0, requests.length()));
      responses.write(response);
      bytes = requests.length() + responses.length();
      return responseParser.parseFrom(responses.bytes(), 0, responses.length());
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Bytes that travelled in the last round (0 in object mode). */
  long bytes() {
    return bytes;
  }
}
