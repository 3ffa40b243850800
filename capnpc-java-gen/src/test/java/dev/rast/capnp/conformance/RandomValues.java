package dev.rast.capnp.conformance;

import dev.rast.capnp.AnyPointerBuilder;
import dev.rast.capnp.ElementSize;
import dev.rast.capnp.ListBuilder;
import dev.rast.capnp.ListListBuilder;
import dev.rast.capnp.StructBuilder;
import dev.rast.capnp.StructListBuilder;
import dev.rast.capnp.TextBuilder;
import dev.rast.capnp.compiler.naming.Names;
import dev.rast.capnp.compiler.schema.Schema.Brand;
import dev.rast.capnp.compiler.schema.Schema.Field;
import dev.rast.capnp.compiler.schema.Schema.Node;
import dev.rast.capnp.compiler.schema.Schema.Type;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills generated builders with random values: the schema (from the request) says what each field
 * is; the generated {@code setX}/{@code initX}/{@code getX} methods, found by reflection, write it.
 * Depth and list sizes are bounded; one member of each union is chosen. Generic parameters are
 * resolved through the brands on the way down (so {@code TestUseGenerics.basic.foo} is a {@code
 * TestAllTypes}) and written with the bound type through the {@code AnyPointer} initers the
 * generated builders offer for them (unless {@link Options#genericParameters} is off). Capabilities and unconstrained {@code AnyPointer}s stay null: capnp's text
 * format cannot carry them.
 */
final class RandomValues {
  /** What to generate. */
  static final class Options {
    int maxDepth = 3;
    int maxListSize = 4;
    /** Write generic parameter fields whose brand binds them to a concrete type. */
    boolean genericParameters = true;
    /** Also values capnp's text format cannot round-trip: NaN payloads, unknown enum numbers. */
    boolean wild;
  }

  /** A type whose generic parameters resolve in {@code scopes} (scope id to bound types; null = unbound). */
  private static final class Resolved {
    final Type.Reader type;
    final Map<Long, List<Resolved>> scopes;

    Resolved(Type.Reader type, Map<Long, List<Resolved>> scopes) {
      this.type = type;
      this.scopes = scopes;
    }
  }

  private static final String TEXT_CHARS =
      "abcXYZ019 _-\"'\\\n\t\r\u0001\u001f\u007f\u0000é♫✓\uD83D\uDE00";
  /**
   * Characters in wild values only: {@code capnp encode} 0.9.2 splits its input into messages
   * without regard to string literals. A {@code #} in a string starts a comment (the next message
   * then fails: "Input does not contain a struct"), and a {@code )} in a text of a struct list
   * element followed by another element fails ("Failed to read input"). Values meant for it avoid
   * these characters, in text and in the printable bytes of data.
   */
  private static final String TOOL_UNSAFE = "()[]#";

  private final SchemaTypes schema;
  private final SplittableRandom random;
  private final Options options;
  private final Map<String, Method> methods = new HashMap<>();

  RandomValues(SchemaTypes schema, SplittableRandom random, Options options) {
    this.schema = schema;
    this.random = random;
    this.options = options;
  }

  /** Fills the root {@code builder} of struct {@code nodeId} (its generic parameters unbound). */
  void fillRoot(StructBuilder builder, long nodeId) {
    fillStruct(builder, nodeId, Collections.emptyMap(), 0);
  }

  // ---- structs and groups ----

  private void fillStruct(
      Object builder, long nodeId, Map<Long, List<Resolved>> scopes, int depth) {
    Node.Reader node = schema.node(nodeId);
    List<Field.Reader> members = new ArrayList<>();
    for (Field.Reader f : node.getStruct().getFields()) {
      if ((f.getDiscriminantValue() & 0xFFFF) != 0xFFFF) {
        if (fillable(f, scopes)) {
          members.add(f);
        }
      } else {
        fillField(builder, f, scopes, depth, false);
      }
    }
    if (!members.isEmpty()) {
      fillField(builder, members.get(random.nextInt(members.size())), scopes, depth, true);
    }
  }

  /** Whether a union member can be set to a value capnp can print and parse. */
  private boolean fillable(Field.Reader f, Map<Long, List<Resolved>> scopes) {
    if (f.which() == Field.Which.GROUP) {
      return true;
    }
    Type.Reader t = f.getSlot().getType();
    switch (t.which()) {
      case INTERFACE:
        return false;
      case ANY_POINTER:
        return options.genericParameters && parameter(t, scopes) != null;
      default:
        return true;
    }
  }

  private void fillField(
      Object b, Field.Reader f, Map<Long, List<Resolved>> scopes, int depth, boolean member) {
    String acc = Names.accessor(f.getName());
    if (f.which() == Field.Which.GROUP) {
      Object group = call0(b, (member ? "init" : "get") + acc);
      fillStruct(group, f.getGroup().getTypeId(), scopes, depth);
      return;
    }
    Type.Reader t = f.getSlot().getType();
    boolean deep = depth >= options.maxDepth;
    // Pointers: sometimes null (never a chosen union member: its setter sets the discriminant).
    boolean setPointer = member || (!deep && random.nextInt(5) != 0);
    switch (t.which()) {
      case VOID:
        if (member) {
          call0(b, "set" + acc);
        }
        return;
      case BOOL:
        call(b, "set" + acc, boolean.class, random.nextBoolean());
        return;
      case INT8:
      case UINT8:
        call(b, "set" + acc, byte.class, (byte) randomLong());
        return;
      case INT16:
      case UINT16:
        call(b, "set" + acc, short.class, (short) randomLong());
        return;
      case INT32:
      case UINT32:
        call(b, "set" + acc, int.class, (int) randomLong());
        return;
      case INT64:
      case UINT64:
        call(b, "set" + acc, long.class, randomLong());
        return;
      case FLOAT32:
        call(b, "set" + acc, float.class, randomFloat());
        return;
      case FLOAT64:
        call(b, "set" + acc, double.class, randomDouble());
        return;
      case ENUM: {
        Method set = enumSetter(b.getClass(), "set" + acc);
        Object[] constants = set.getParameterTypes()[0].getEnumConstants();
        // The last constant is _UNKNOWN, which cannot be written.
        invoke(set, b, constants[random.nextInt(constants.length - 1)]);
        return;
      }
      case TEXT:
        if (setPointer) {
          if (options.wild && random.nextInt(4) == 0) {
            // Raw bytes, malformed UTF-8 included: capnp prints them as they are.
            byte[] raw = randomBytes();
            TextBuilder text = (TextBuilder) call(b, "init" + acc, int.class, raw.length);
            text.put(0, raw, 0, raw.length);
          } else {
            call(b, "set" + acc, CharSequence.class, randomText());
          }
        }
        return;
      case DATA:
        if (setPointer) {
          call(b, "set" + acc, byte[].class, randomBytes());
        }
        return;
      case STRUCT:
        if (setPointer) {
          Object child = call0(b, "init" + acc);
          if (!deep) {
            fillStruct(child, t.getStruct().getTypeId(), brand(t, scopes), depth + 1);
          }
        }
        return;
      case LIST:
        if (setPointer) {
          Resolved element = resolve(t.getList().getElementType(), scopes);
          int n = deep || element == null || !elementsFillable(element)
              ? 0
              : random.nextInt(options.maxListSize + 1);
          ListBuilder list = (ListBuilder) call(b, "init" + acc, int.class, n);
          fillList(list, element, depth);
        }
        return;
      case ANY_POINTER: {
        Resolved bound = options.genericParameters ? parameter(t, scopes) : null;
        if (bound != null && setPointer) {
          AnyPointerBuilder p = (AnyPointerBuilder) call0(b, "init" + acc);
          fillPointer(p, bound, deep ? options.maxDepth : depth);
        }
        return;
      }
      default:
        return; // interfaces: no capabilities in text
    }
  }

  // ---- lists ----

  private boolean elementsFillable(Resolved element) {
    switch (element.type.which()) {
      case INTERFACE:
        return false;
      case ANY_POINTER:
        return options.genericParameters && parameter(element.type, element.scopes) != null;
      default:
        return true;
    }
  }

  private void fillList(ListBuilder l, Resolved element, int depth) {
    Type.Reader t = element == null ? null : element.type;
    for (int i = 0; i < l.size(); i++) {
      switch (t.which()) {
        case VOID:
          break;
        case BOOL:
          l.setBoolean(i, random.nextBoolean());
          break;
        case INT8:
        case UINT8:
          l.setByte(i, (byte) randomLong());
          break;
        case INT16:
        case UINT16:
          l.setShort(i, (short) randomLong());
          break;
        case INT32:
        case UINT32:
          l.setInt(i, (int) randomLong());
          break;
        case INT64:
        case UINT64:
          l.setLong(i, randomLong());
          break;
        case FLOAT32:
          l.setFloat(i, randomFloat());
          break;
        case FLOAT64:
          l.setDouble(i, randomDouble());
          break;
        case ENUM: {
          int known =
              schema.node(t.getEnum().getTypeId()).getEnum().getEnumerants().size();
          l.setShort(i, (short)
              (options.wild && random.nextInt(4) == 0
                  ? known + random.nextInt(3)
                  : random.nextInt(known)));
          break;
        }
        case TEXT:
          // A null element prints as "" (as capnp does), so only wild values have them.
          if (!options.wild || random.nextInt(6) != 0) {
            l.setText(i, randomText());
          }
          break;
        case DATA:
          if (!options.wild || random.nextInt(6) != 0) {
            byte[] d = randomBytes();
            l.setData(i, d, 0, d.length);
          }
          break;
        case STRUCT: {
          StructBuilder e = l instanceof StructListBuilder
              ? ((StructListBuilder<?>) l).get(i)
              : l.getStruct(
                  i, schema.newInstance(schema.builderClass(t.getStruct().getTypeId())));
          if (depth + 1 < options.maxDepth) {
            fillStruct(e, t.getStruct().getTypeId(), brand(t, element.scopes), depth + 1);
          }
          break;
        }
        case LIST: {
          Resolved inner = resolve(t.getList().getElementType(), element.scopes);
          int n = depth + 1 >= options.maxDepth || inner == null || !elementsFillable(inner)
              ? 0
              : random.nextInt(options.maxListSize + 1);
          ListBuilder innerList;
          if (l instanceof ListListBuilder) {
            innerList = ((ListListBuilder<?>) l).init(i, n);
          } else {
            innerList = newList(l, i, inner, n);
          }
          fillList(innerList, inner, depth + 1);
          break;
        }
        case ANY_POINTER: {
          Resolved bound = parameter(t, element.scopes);
          if (bound != null) {
            fillPointer(l.getAnyPointer(i, new AnyPointerBuilder()), bound, depth + 1);
          }
          break;
        }
        default:
          break;
      }
    }
  }

  private ListBuilder newList(ListBuilder outer, int index, Resolved element, int n) {
    if (element.type.which() == Type.Which.STRUCT) {
      long id = element.type.getStruct().getTypeId();
      return outer.initStructList(
          index,
          schema.size(id),
          n,
          new StructListBuilder<StructBuilder>(() -> schema.newInstance(schema.builderClass(id))));
    }
    return outer.initList(index, elementSize(element.type), n, new ListBuilder());
  }

  // ---- AnyPointer (generic parameters bound to a concrete type) ----

  private void fillPointer(AnyPointerBuilder p, Resolved value, int depth) {
    Type.Reader t = value.type;
    switch (t.which()) {
      case TEXT:
        p.setAsText(randomText());
        return;
      case DATA:
        p.setAsData(ByteBuffer.wrap(randomBytes()));
        return;
      case STRUCT: {
        long id = t.getStruct().getTypeId();
        StructBuilder s =
            p.initAsStruct(schema.size(id), schema.newInstance(schema.builderClass(id)));
        if (depth < options.maxDepth) {
          fillStruct(s, id, brand(t, value.scopes), depth + 1);
        }
        return;
      }
      case LIST: {
        Resolved element = resolve(t.getList().getElementType(), value.scopes);
        int n = depth >= options.maxDepth || element == null || !elementsFillable(element)
            ? 0
            : random.nextInt(options.maxListSize + 1);
        ListBuilder l;
        if (element != null && element.type.which() == Type.Which.STRUCT) {
          long id = element.type.getStruct().getTypeId();
          l = p.initAsStructList(
              schema.size(id),
              n,
              new StructListBuilder<StructBuilder>(
                  () -> schema.newInstance(schema.builderClass(id))));
        } else {
          l = p.initAsList(
              element == null ? ElementSize.POINTER : elementSize(element.type),
              n,
              new ListBuilder());
        }
        if (element != null) {
          fillList(l, element, depth);
        }
        return;
      }
      default:
        return; // capabilities, AnyPointer: left null
    }
  }

  // ---- brands ----

  /** The parameter bindings seen inside struct type {@code t} (a field's type in {@code scopes}). */
  private Map<Long, List<Resolved>> brand(Type.Reader t, Map<Long, List<Resolved>> scopes) {
    Brand.Reader brand = t.getStruct().getBrand();
    Map<Long, List<Resolved>> out = new HashMap<>();
    for (Brand.Scope.Reader s : brand.getScopes()) {
      if (s.which() == Brand.Scope.Which.INHERIT) {
        out.put(s.getScopeId(), scopes.get(s.getScopeId()));
        continue;
      }
      List<Resolved> bound = new ArrayList<>();
      for (Brand.Binding.Reader b : s.getBind()) {
        bound.add(b.which() == Brand.Binding.Which.TYPE ? resolve(b.getType(), scopes) : null);
      }
      out.put(s.getScopeId(), bound);
    }
    return out;
  }

  /** {@code t} in {@code scopes}: a parameter becomes what it is bound to (null when unbound). */
  private Resolved resolve(Type.Reader t, Map<Long, List<Resolved>> scopes) {
    if (t.which() == Type.Which.ANY_POINTER
        && t.getAnyPointer().which() == Type.AnyPointer.Which.PARAMETER) {
      return parameter(t, scopes);
    }
    return new Resolved(t, scopes);
  }

  /** What parameter type {@code t} is bound to, or null (unbound, or not a parameter). */
  private static Resolved parameter(Type.Reader t, Map<Long, List<Resolved>> scopes) {
    if (t.which() != Type.Which.ANY_POINTER
        || t.getAnyPointer().which() != Type.AnyPointer.Which.PARAMETER) {
      return null;
    }
    Type.AnyPointer.Parameter.Reader p = t.getAnyPointer().getParameter();
    List<Resolved> bound = scopes.get(p.getScopeId());
    int i = p.getParameterIndex() & 0xFFFF;
    return bound == null || i >= bound.size() ? null : bound.get(i);
  }

  private static int elementSize(Type.Reader t) {
    switch (t.which()) {
      case VOID:
        return ElementSize.VOID;
      case BOOL:
        return ElementSize.BIT;
      case INT8:
      case UINT8:
        return ElementSize.BYTE;
      case INT16:
      case UINT16:
      case ENUM:
        return ElementSize.TWO_BYTES;
      case INT32:
      case UINT32:
      case FLOAT32:
        return ElementSize.FOUR_BYTES;
      case INT64:
      case UINT64:
      case FLOAT64:
        return ElementSize.EIGHT_BYTES;
      case STRUCT:
        return ElementSize.INLINE_COMPOSITE;
      default:
        return ElementSize.POINTER;
    }
  }

  // ---- random scalars ----

  private long randomLong() {
    switch (random.nextInt(6)) {
      case 0:
        return 0;
      case 1:
        return random.nextInt(256) - 128;
      case 2:
        return random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
      case 3:
        return -1;
      default:
        return random.nextLong();
    }
  }

  private static final float[] FLOATS = {
    0f,
    -0f,
    1f,
    -1.5f,
    1234.5f,
    1e-5f,
    1e-37f,
    3.4028235e38f,
    1.4e-45f,
    16777216f,
    0.1f,
    Float.POSITIVE_INFINITY,
    Float.NEGATIVE_INFINITY,
    Float.NaN
  };
  private static final double[] DOUBLES = {
    0d,
    -0d,
    1d,
    -1.5,
    1234.5,
    1e-7,
    1e306,
    4.9e-324,
    1.7976931348623157e308,
    0.1,
    0.30000000000000004,
    1e21,
    Double.POSITIVE_INFINITY,
    Double.NEGATIVE_INFINITY,
    Double.NaN
  };

  private float randomFloat() {
    if (random.nextBoolean()) {
      float f = FLOATS[random.nextInt(FLOATS.length)];
      // capnp encode reads "-0" as the integer 0, so -0 survives its text only as +0.
      return options.wild || Float.floatToRawIntBits(f) != 0x80000000 ? f : 0f;
    }
    while (true) {
      float f = Float.intBitsToFloat(random.nextInt());
      if (Float.isNaN(f)) {
        return options.wild ? f : Float.NaN;
      }
      if (options.wild || (printsExactly(f) && Float.floatToRawIntBits(f) != 0x80000000)) {
        return f;
      }
    }
  }

  /**
   * Whether capnp's text of {@code f} parses back to {@code f}. capnp prints a Float32 with at
   * most 8 significant digits ({@code %.8g}), one short of what every float needs, and parses a
   * number as a double before narrowing it (rounding twice), so some floats do not survive their
   * text; values meant for {@code capnp encode} avoid those.
   */
  private static boolean printsExactly(float f) {
    if (Float.isInfinite(f) || f == 0) {
      return true;
    }
    String eight =
        new java.math.BigDecimal(f).round(new java.math.MathContext(8)).toString();
    return (float) Double.parseDouble(eight) == f;
  }

  private double randomDouble() {
    if (random.nextBoolean()) {
      double d = DOUBLES[random.nextInt(DOUBLES.length)];
      return options.wild || Double.doubleToRawLongBits(d) != Long.MIN_VALUE ? d : 0d;
    }
    double d = Double.longBitsToDouble(random.nextLong());
    if (Double.isNaN(d)) {
      return options.wild ? d : Double.NaN;
    }
    return options.wild || Double.doubleToRawLongBits(d) != Long.MIN_VALUE ? d : 0d;
  }

  private String randomText() {
    // Mostly short; sometimes long enough to make the pretty printer break lines.
    int n = random.nextInt(8) == 0 ? random.nextInt(40) : random.nextInt(9);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      if (options.wild && random.nextInt(8) == 0) {
        b.append(TOOL_UNSAFE.charAt(random.nextInt(TOOL_UNSAFE.length())));
        continue;
      }
      int at = random.nextInt(TEXT_CHARS.length());
      char c = TEXT_CHARS.charAt(at);
      if (Character.isHighSurrogate(c)) {
        b.append(c).append(TEXT_CHARS.charAt(at + 1));
      } else if (!Character.isLowSurrogate(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private byte[] randomBytes() {
    byte[] d = new byte[random.nextInt(9)];
    for (int i = 0; i < d.length; i++) {
      int v;
      do {
        v = random.nextInt(256);
      } while (!options.wild && TOOL_UNSAFE.indexOf(v) >= 0);
      d[i] = (byte) v;
    }
    return d;
  }

  // ---- reflection ----

  private Object call0(Object target, String name) {
    Method m = methods.computeIfAbsent(
        target.getClass().getName() + "#" + name + "/0", k -> find(target.getClass(), name));
    return invoke(m, target);
  }

  private Object call(Object target, String name, Class<?> param, Object arg) {
    Method m = methods.computeIfAbsent(
        target.getClass().getName() + "#" + name + "/" + param.getName(),
        k -> find(target.getClass(), name, param));
    return invoke(m, target, arg);
  }

  private Method enumSetter(Class<?> c, String name) {
    return methods.computeIfAbsent(c.getName() + "#" + name + "/enum", k -> {
      for (Method m : c.getMethods()) {
        if (m.getName().equals(name)
            && m.getParameterCount() == 1
            && m.getParameterTypes()[0].isEnum()) {
          return m;
        }
      }
      throw new IllegalStateException(c.getName() + " has no enum setter " + name);
    });
  }

  private static Method find(Class<?> c, String name, Class<?>... params) {
    try {
      return c.getMethod(name, params);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(
          c.getName() + " has no method " + name + java.util.Arrays.toString(params), e);
    }
  }

  private static Object invoke(Method m, Object target, Object... args) {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
