package dev.rast.bench.std;

import dev.rast.bench.std.proto.EvaluationResult;
import dev.rast.bench.std.proto.Expression;
import dev.rast.bench.std.proto.Operation;

/** eval with protobuf-java, the same requests as {@link EvalRast} for the same seed. */
public final class EvalProtobuf implements Round {
  private final FastRand rand;
  private final ProtoExchange<Expression, EvaluationResult> exchange;
  private int lastValue;

  /** An implementation drawing its requests from {@code seed}. */
  public EvalProtobuf(Mode mode, boolean reuse, int seed) {
    this.rand = new FastRand(seed);
    this.exchange = new ProtoExchange<>(
        mode, reuse, Expression.parser(), EvaluationResult.parser(), EvalProtobuf::handleRequest);
  }

  @Override
  public long run() {
    Expression.Builder root = Expression.newBuilder();
    int expected = makeExpression(root, 0);
    Expression request = root.build();
    int value = exchange.round(request).getValue();
    if (value != expected) {
      throw new IllegalStateException("eval: " + value + ", expected " + expected);
    }
    lastValue = value;
    return exchange.bytes();
  }

  @Override
  public long responseDigest() {
    return lastValue;
  }

  private static EvaluationResult handleRequest(Expression request) {
    return EvaluationResult.newBuilder().setValue(evaluate(request)).build();
  }

  private int makeExpression(Expression.Builder exp, int depth) {
    int op = rand.nextInt(EvalValues.OPERATIONS);
    exp.setOp(Operation.forNumber(op));
    int left;
    if (EvalValues.isLeaf(rand, depth)) {
      left = EvalValues.leafValue(rand);
      exp.setLeftValue(left);
    } else {
      left = makeExpression(exp.getLeftExpressionBuilder(), depth + 1);
    }
    int right;
    if (EvalValues.isLeaf(rand, depth)) {
      right = EvalValues.leafValue(rand);
      exp.setRightValue(right);
    } else {
      right = makeExpression(exp.getRightExpressionBuilder(), depth + 1);
    }
    return EvalValues.apply(op, left, right);
  }

  private static int evaluate(Expression exp) {
    int left = exp.getLeftCase() == Expression.LeftCase.LEFT_VALUE
        ? exp.getLeftValue()
        : evaluate(exp.getLeftExpression());
    int right = exp.getRightCase() == Expression.RightCase.RIGHT_VALUE
        ? exp.getRightValue()
        : evaluate(exp.getRightExpression());
    return EvalValues.apply(exp.getOpValue(), left, right);
  }
}
