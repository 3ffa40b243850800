package dev.rast.bench.std;

import dev.rast.bench.std.capnp.Eval.EvaluationResult;
import dev.rast.bench.std.capnp.Eval.Expression;
import dev.rast.bench.std.capnp.Eval.Operation;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;

/**
 * eval with rast-java. The recursion keeps one set of flyweights per tree level, so building and
 * evaluating allocate nothing.
 */
public final class EvalRast implements Round {
  private static final int LEVELS = EvalValues.MAX_DEPTH + 1;

  private final FastRand rand;
  private final Mode mode;
  private final RastChannel requests;
  private final RastChannel responses;

  private final Expression.Builder[] expressionBuilders = new Expression.Builder[LEVELS];
  private final Expression.Left.Builder[] leftBuilders = new Expression.Left.Builder[LEVELS];
  private final Expression.Right.Builder[] rightBuilders = new Expression.Right.Builder[LEVELS];
  private final Expression.Reader[] expressionReaders = new Expression.Reader[LEVELS];
  private final Expression.Left.Reader[] leftReaders = new Expression.Left.Reader[LEVELS];
  private final Expression.Right.Reader[] rightReaders = new Expression.Right.Reader[LEVELS];
  private final EvaluationResult.Builder resultBuilder = new EvaluationResult.Builder();
  private final EvaluationResult.Reader resultReader = new EvaluationResult.Reader();

  private int lastValue;

  /** An implementation drawing its requests from {@code seed}. */
  public EvalRast(Mode mode, boolean reuse, int seed) {
    this.rand = new FastRand(seed);
    this.mode = mode;
    this.requests = new RastChannel(reuse, mode == Mode.PACKED);
    this.responses = new RastChannel(reuse, mode == Mode.PACKED);
    for (int i = 0; i < LEVELS; i++) {
      expressionBuilders[i] = new Expression.Builder();
      leftBuilders[i] = new Expression.Left.Builder();
      rightBuilders[i] = new Expression.Right.Builder();
      expressionReaders[i] = new Expression.Reader();
      leftReaders[i] = new Expression.Left.Reader();
      rightReaders[i] = new Expression.Right.Reader();
    }
  }

  @Override
  public long run() {
    MessageBuilder requestMessage = requests.builder();
    Expression.Builder root = requestMessage.initRoot(Expression._Meta.SIZE, expressionBuilders[0]);
    int expected = makeExpression(root, 0);
    MessageBuilder responseMessage = responses.builder();
    EvaluationResult.Builder response =
        responseMessage.initRoot(EvaluationResult._Meta.SIZE, resultBuilder);
    int value;
    long bytes = 0;
    if (mode == Mode.OBJECT) {
      response.setValue(evaluate(root.asReader(expressionReaders[0]), 0));
      value = response.asReader(resultReader).getValue();
    } else {
      MessageReader atServer = requests.send(requestMessage);
      response.setValue(evaluate(atServer.getRoot(expressionReaders[0]), 0));
      value = responses.send(responseMessage).getRoot(resultReader).getValue();
      bytes = requests.sentBytes() + responses.sentBytes();
    }
    if (value != expected) {
      throw new IllegalStateException("eval: " + value + ", expected " + expected);
    }
    lastValue = value;
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
    return lastValue;
  }

  private int makeExpression(Expression.Builder exp, int depth) {
    int op = rand.nextInt(EvalValues.OPERATIONS);
    exp.setOp(Operation.fromValue(op));
    int left;
    Expression.Left.Builder l = exp.getLeft(leftBuilders[depth]);
    if (EvalValues.isLeaf(rand, depth)) {
      left = EvalValues.leafValue(rand);
      l.setValue(left);
    } else {
      left = makeExpression(l.initExpression(expressionBuilders[depth + 1]), depth + 1);
    }
    int right;
    Expression.Right.Builder r = exp.getRight(rightBuilders[depth]);
    if (EvalValues.isLeaf(rand, depth)) {
      right = EvalValues.leafValue(rand);
      r.setValue(right);
    } else {
      right = makeExpression(r.initExpression(expressionBuilders[depth + 1]), depth + 1);
    }
    return EvalValues.apply(op, left, right);
  }

  private int evaluate(Expression.Reader exp, int depth) {
    Expression.Left.Reader l = exp.getLeft(leftReaders[depth]);
    int left = l.which() == Expression.Left.Which.VALUE
        ? l.getValue()
        : evaluate(l.getExpression(expressionReaders[depth + 1]), depth + 1);
    Expression.Right.Reader r = exp.getRight(rightReaders[depth]);
    int right = r.which() == Expression.Right.Which.VALUE
        ? r.getValue()
        : evaluate(r.getExpression(expressionReaders[depth + 1]), depth + 1);
    return EvalValues.apply(exp.getOp().ordinal(), left, right);
  }
}
