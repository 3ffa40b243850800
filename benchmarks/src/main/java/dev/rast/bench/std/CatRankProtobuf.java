package dev.rast.bench.std;

import dev.rast.bench.std.proto.SearchResult;
import dev.rast.bench.std.proto.SearchResultList;

/**
 * catrank with protobuf-java, the same requests as {@link CatRankRast} for the same seed. The
 * server searches each snippet as a Java string (decoded from the parsed bytes), as idiomatic
 * protobuf-java code does, and copies the url as bytes.
 */
public final class CatRankProtobuf implements Round {
  private final FastRand rand;
  private final ProtoExchange<SearchResultList, SearchResultList> exchange;

  private final StringBuilder url = new StringBuilder(128);
  private final StringBuilder snippet = new StringBuilder(512);
  private final double[] scores = new double[CatRankValues.MAX_RESULTS];
  private final int[] order = new int[CatRankValues.MAX_RESULTS];

  private SearchResultList lastResponse;

  /** An implementation drawing its requests from {@code seed}. */
  public CatRankProtobuf(Mode mode, boolean reuse, int seed) {
    this.rand = new FastRand(seed);
    this.exchange = new ProtoExchange<>(
        mode, reuse, SearchResultList.parser(), SearchResultList.parser(), this::handleRequest);
  }

  @Override
  public long run() {
    SearchResultList.Builder list = SearchResultList.newBuilder();
    int expected = setupRequest(list);
    SearchResultList request = list.build();
    SearchResultList received = exchange.round(request);
    int good = 0;
    for (int i = 0, n = received.getResultsCount(); i < n; i++) {
      if (!CatRankValues.isGood(received.getResults(i).getScore())) {
        break;
      }
      good++;
    }
    if (good != expected) {
      throw new IllegalStateException("catrank: " + good + " good results, expected " + expected);
    }
    lastResponse = received;
    return exchange.bytes();
  }

  @Override
  public long responseDigest() {
    long digest = lastResponse.getResultsCount();
    for (SearchResult r : lastResponse.getResultsList()) {
      digest = 31 * digest + Double.hashCode(r.getScore());
      digest = 31 * digest + r.getUrl().hashCode();
      digest = 31 * digest + r.getSnippet().hashCode();
    }
    return digest;
  }

  private int setupRequest(SearchResultList.Builder list) {
    int count = rand.nextInt(CatRankValues.MAX_RESULTS);
    int good = 0;
    for (int i = 0; i < count; i++) {
      good += CatRankValues.randomResult(rand, url, snippet);
      list.addResultsBuilder()
          .setScore(1000 - i)
          .setUrl(url.toString())
          .setSnippet(snippet.toString());
    }
    return good;
  }

  private SearchResultList handleRequest(SearchResultList request) {
    int n = request.getResultsCount();
    for (int i = 0; i < n; i++) {
      SearchResult result = request.getResults(i);
      String s = result.getSnippet();
      scores[i] =
          CatRankValues.rescore(result.getScore(), s.contains(" cat "), s.contains(" dog "));
      order[i] = i;
    }
    CatRankValues.sortDescending(scores, order, n);
    SearchResultList.Builder response = SearchResultList.newBuilder();
    for (int i = 0; i < n; i++) {
      SearchResult from = request.getResults(order[i]);
      response
          .addResultsBuilder()
          .setScore(scores[i])
          .setUrlBytes(from.getUrlBytes())
          .setSnippet(from.getSnippet());
    }
    return response.build();
  }
}
