package dev.rast.bench.std;

import dev.rast.bench.std.capnp.Catrank.SearchResult;
import dev.rast.bench.std.capnp.Catrank.SearchResultList;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.StructListBuilder;
import dev.rast.capnp.StructListReader;
import dev.rast.capnp.TextReader;

/**
 * catrank with rast-java: the server searches the snippets' UTF-8 bytes in place and copies url
 * and snippet into the response without decoding them.
 */
public final class CatRankRast implements Round {
  private final FastRand rand;
  private final Mode mode;
  private final RastChannel requests;
  private final RastChannel responses;

  private final StringBuilder url = new StringBuilder(128);
  private final StringBuilder snippet = new StringBuilder(512);
  private final double[] scores = new double[CatRankValues.MAX_RESULTS];
  private final int[] order = new int[CatRankValues.MAX_RESULTS];

  private final SearchResultList.Builder listBuilder = new SearchResultList.Builder();
  private final StructListBuilder<SearchResult.Builder> resultsBuilder =
      new StructListBuilder<>(SearchResult.Builder::new);
  private final SearchResult.Builder resultBuilder = new SearchResult.Builder();
  private final SearchResultList.Builder responseBuilder = new SearchResultList.Builder();
  private final SearchResultList.Reader listReader = new SearchResultList.Reader();
  private final StructListReader<SearchResult.Reader> resultsReader =
      new StructListReader<>(SearchResult.Reader::new);
  private final SearchResult.Reader resultReader = new SearchResult.Reader();
  private final TextReader text = new TextReader();

  private SearchResultList.Reader lastResponse;

  /** An implementation drawing its requests from {@code seed}. */
  public CatRankRast(Mode mode, boolean reuse, int seed) {
    this.rand = new FastRand(seed);
    this.mode = mode;
    this.requests = new RastChannel(reuse, mode == Mode.PACKED);
    this.responses = new RastChannel(reuse, mode == Mode.PACKED);
  }

  @Override
  public long run() {
    MessageBuilder requestMessage = requests.builder();
    int expected = setupRequest(requestMessage.initRoot(SearchResultList._Meta.SIZE, listBuilder));
    MessageBuilder responseMessage = responses.builder();
    SearchResultList.Builder response =
        responseMessage.initRoot(SearchResultList._Meta.SIZE, responseBuilder);
    SearchResultList.Reader received;
    long bytes = 0;
    if (mode == Mode.OBJECT) {
      handleRequest(listBuilder.asReader(listReader), response);
      received = response.asReader(listReader);
    } else {
      MessageReader atServer = requests.send(requestMessage);
      handleRequest(atServer.getRoot(listReader), response);
      received = responses.send(responseMessage).getRoot(listReader);
      bytes = requests.sentBytes() + responses.sentBytes();
    }
    int good = countGood(received);
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
    StructListReader<SearchResult.Reader> results = lastResponse.getResults();
    long digest = results.size();
    for (SearchResult.Reader r : results) {
      digest = 31 * digest + Double.hashCode(r.getScore());
      digest = 31 * digest + r.getUrl().hashCode();
      digest = 31 * digest + r.getSnippet().hashCode();
    }
    return digest;
  }

  private int setupRequest(SearchResultList.Builder list) {
    int count = rand.nextInt(CatRankValues.MAX_RESULTS);
    StructListBuilder<SearchResult.Builder> results = list.initResults(count, resultsBuilder);
    int good = 0;
    for (int i = 0; i < count; i++) {
      SearchResult.Builder result = results.get(i, resultBuilder);
      result.setScore(1000 - i);
      good += CatRankValues.randomResult(rand, url, snippet);
      result.setUrl(url);
      result.setSnippet(snippet);
    }
    return good;
  }

  private void handleRequest(SearchResultList.Reader request, SearchResultList.Builder response) {
    StructListReader<SearchResult.Reader> results = request.getResults(resultsReader);
    int n = results.size();
    for (int i = 0; i < n; i++) {
      SearchResult.Reader result = results.get(i, resultReader);
      TextReader s = result.getSnippet(text);
      int words = CatRankValues.findWords(s.buffer(), s.offset(), s.size());
      scores[i] = CatRankValues.rescore(
          result.getScore(),
          (words & CatRankValues.HAS_CAT) != 0,
          (words & CatRankValues.HAS_DOG) != 0);
      order[i] = i;
    }
    CatRankValues.sortDescending(scores, order, n);
    StructListBuilder<SearchResult.Builder> out = response.initResults(n, resultsBuilder);
    for (int i = 0; i < n; i++) {
      SearchResult.Reader from = results.get(order[i], resultReader);
      SearchResult.Builder to = out.get(i, resultBuilder);
      to.setScore(scores[i]);
      to.setUrl(from.getUrl(text));
      to.setSnippet(from.getSnippet(text));
    }
  }

  private int countGood(SearchResultList.Reader response) {
    StructListReader<SearchResult.Reader> results = response.getResults(resultsReader);
    int good = 0;
    for (int i = 0, n = results.size(); i < n; i++) {
      if (!CatRankValues.isGood(results.get(i, resultReader).getScore())) {
        break;
      }
      good++;
    }
    return good;
  }
}
