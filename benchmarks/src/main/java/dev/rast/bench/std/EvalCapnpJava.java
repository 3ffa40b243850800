package dev.rast.bench.std;

import dev.rast.bench.capnpjava.EvalCapnp.EvaluationResult;
import dev.rast.bench.capnpjava.EvalCapnp.Expression;
import dev.rast.bench.capnpjava.EvalCapnp.Operation;
import org.capnproto.MessageBuilder;

/** eval with capnproto-java, the same requests as {@link EvalRast} for the same seed. */
public final class EvalCapnpJava implements Round {
  private static final Operation[] OPERATIONS = Operation.values();

  private final FastRand rand;
  private final Mode mode;
  private final CapnpJavaChannel requests;
  private final CapnpJavaChannel responses;
  private int lastValue;

  /** An implementation drawing its requests from {@code seed}. */
  public EvalCapnpJava(Mode mode, boolean reuse, int seed) {
    this.rand = new FastRand(seed);
    this.mode = mode;
    this.requests = new CapnpJavaChannel(reuse, mode == Mode.PACKED);
    this.responses = new CapnpJavaChannel(reuse, mode == Mode.PACKED);
  }

  @Override
  public long run() {
    MessageBuilder requestMessage = requests.builder();
    Expression.Builder root = requestMessage.initRoot(Expression.factory);
    int expected = makeExpression(root, 0);
    MessageBuilder responseMessage = responses.builder();
    EvaluationResult.Builder response = responseMessage.initRoot(EvaluationResult.factory);
    int value;
    long bytes = 0;
    if (mode == Mode.OBJECT) {
      response.setValue(evaluate(root.asReader()));
      value = response.asReader().getValue();
    } else {
      response.setValue(evaluate(requests.send(requestMessage).getRoot(Expression.factory)));
      value = responses.send(responseMessage).getRoot(EvaluationResult.factory).getValue();
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
    exp.setOp(OPERATIONS[op]);
    int left;
    if (EvalValues.isLeaf(rand, depth)) {
      left = EvalValues.leafValue(rand);
      exp.getLeft().setValue(left);
    } else {
      left = makeExpression(exp.getLeft().initExpression(), depth + 1);
    }
    int right;
    if (EvalValues.isLeaf(rand, depth)) {
      right = EvalValues.leafValue(rand);
      exp.getRight().setValue(right);
    } else {
      right = makeExpression(exp.getRight().initExpression(), depth + 1);
    }
    return EvalValues.apply(op, left, right);
  }

  private static int evaluate(Expression.Reader exp) {
    Expression.Left.Reader l = exp.getLeft();
    int left =
        l.which() == Expression.Left.Which.VALUE ? l.getValue() : evaluate(l.getExpression());
    Expression.Right.Reader r = exp.getRight();
    int right =
        r.which() == Expression.Right.Which.VALUE ? r.getValue() : evaluate(r.getExpression());
    return EvalValues.apply(exp.getOp().ordinal(), left, right);
  }
}
