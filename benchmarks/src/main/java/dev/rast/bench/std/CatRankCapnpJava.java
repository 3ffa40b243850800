package dev.rast.bench.std;

import dev.rast.bench.capnpjava.CatrankCapnp.SearchResult;
import dev.rast.bench.capnpjava.CatrankCapnp.SearchResultList;
import org.capnproto.MessageBuilder;
import org.capnproto.StructList;

/**
 * catrank with capnproto-java, the same requests as {@link CatRankRast} for the same seed. As
 * upstream's capnproto-java benchmark does, the client sets url and snippet from {@code String}s and
 * the server searches each snippet decoded to a {@code String}; url and snippet are copied into the
 * response as text readers (bytes, no decoding). The sort is the shared allocation-free one.
 */
public final class CatRankCapnpJava implements Round {
  private final FastRand rand;
  private final Mode mode;
  private final CapnpJavaChannel requests;
  private final CapnpJavaChannel responses;

  private final StringBuilder url = new StringBuilder(128);
  private final StringBuilder snippet = new StringBuilder(512);
  private final double[] scores = new double[CatRankValues.MAX_RESULTS];
  private final int[] order = new int[CatRankValues.MAX_RESULTS];

  private SearchResultList.Reader lastResponse;

  /** An implementation drawing its requests from {@code seed}. */
  public CatRankCapnpJava(Mode mode, boolean reuse, int seed) {
    this.rand = new FastRand(seed);
    this.mode = mode;
    this.requests = new CapnpJavaChannel(reuse, mode == Mode.PACKED);
    this.responses = new CapnpJavaChannel(reuse, mode == Mode.PACKED);
  }

  @Override
  public long run() {
    MessageBuilder requestMessage = requests.builder();
    SearchResultList.Builder list = requestMessage.initRoot(SearchResultList.factory);
    int expected = setupRequest(list);
    MessageBuilder responseMessage = responses.builder();
    SearchResultList.Builder response = responseMessage.initRoot(SearchResultList.factory);
    SearchResultList.Reader received;
    long bytes = 0;
    if (mode == Mode.OBJECT) {
      handleRequest(list.asReader(), response);
      received = response.asReader();
    } else {
      handleRequest(requests.send(requestMessage).getRoot(SearchResultList.factory), response);
      received = responses.send(responseMessage).getRoot(SearchResultList.factory);
      bytes = requests.sentBytes() + responses.sentBytes();
    }
    int good = 0;
    for (SearchResult.Reader r : received.getResults()) {
      if (!CatRankValues.isGood(r.getScore())) {
        break;
      }
      good++;
    }
    if (good != expected) {
      throw new IllegalStateException("catrank: " + good + " good results, expected " + expected);
    }
    lastResponse = received;
    return bytes;
  }

  @Override
  public byte[] lastWire() {
    return mode == Mode.OBJECT
        ? new byte[0]
        : Round.concat(requests.lastWire(), responses.lastWire());
  }

  @Override
  public long responseDigest() {
    StructList.Reader<SearchResult.Reader> results = lastResponse.getResults();
    long digest = results.size();
    for (SearchResult.Reader r : results) {
      digest = 31 * digest + Double.hashCode(r.getScore());
      digest = 31 * digest + r.getUrl().toString().hashCode();
      digest = 31 * digest + r.getSnippet().toString().hashCode();
    }
    return digest;
  }

  private int setupRequest(SearchResultList.Builder list) {
    StructList.Builder<SearchResult.Builder> results =
        list.initResults(rand.nextInt(CatRankValues.MAX_RESULTS));
    int good = 0;
    for (int i = 0, n = results.size(); i < n; i++) {
      SearchResult.Builder result = results.get(i);
      result.setScore(1000 - i);
      good += CatRankValues.randomResult(rand, url, snippet);
      result.setUrl(url.toString());
      result.setSnippet(snippet.toString());
    }
    return good;
  }

  private void handleRequest(SearchResultList.Reader request, SearchResultList.Builder response) {
    StructList.Reader<SearchResult.Reader> results = request.getResults();
    int n = results.size();
    for (int i = 0; i < n; i++) {
      SearchResult.Reader result = results.get(i);
      String s = result.getSnippet().toString();
      scores[i] =
          CatRankValues.rescore(result.getScore(), s.contains(" cat "), s.contains(" dog "));
      order[i] = i;
    }
    CatRankValues.sortDescending(scores, order, n);
    StructList.Builder<SearchResult.Builder> out = response.initResults(n);
    for (int i = 0; i < n; i++) {
      SearchResult.Reader from = results.get(order[i]);
      SearchResult.Builder to = out.get(i);
      to.setScore(scores[i]);
      to.setUrl(from.getUrl());
      to.setSnippet(from.getSnippet());
    }
  }
}
