package dev.rast.capnp.conformance;

import dev.rast.capnp.AnyPointerBuilder;
import dev.rast.capnp.AnyPointerReader;
import dev.rast.capnp.DataReader;
import dev.rast.capnp.ListReader;
import dev.rast.capnp.TextReader;
import dev.rast.capnp.compiler.naming.Names;
import dev.rast.capnp.compiler.schema.Schema.Field;
import dev.rast.capnp.compiler.schema.Schema.Node;
import dev.rast.capnp.compiler.schema.Schema.Type;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Copies a struct field by field through the generated API: each reader getter's value handed to
 * the matching builder setter ({@code setX(TextReader)}, {@code setX(Reader)}, {@code
 * setX(ListReader)}, ...), groups recursively, the active union member only. What the copy must
 * equal is the original, so this exercises the setters that copy across messages.
 */
final class SetterCopier {
  private final SchemaTypes schema;

  SetterCopier(SchemaTypes schema) {
    this.schema = schema;
  }

  void copy(Object reader, Object builder, long nodeId) {
    Node.Reader node = schema.node(nodeId);
    String active = null;
    if (node.getStruct().getDiscriminantCount() > 0) {
      active = ((Enum<?>) call(reader, "which")).name();
    }
    for (Field.Reader f : node.getStruct().getFields()) {
      boolean member = (f.getDiscriminantValue() & 0xFFFF) != 0xFFFF;
      if (member && !Names.upperSnake(f.getName()).equals(active)) {
        continue;
      }
      copyField(reader, builder, f, member);
    }
  }

  private void copyField(Object r, Object b, Field.Reader f, boolean member) {
    String acc = Names.accessor(f.getName());
    if (f.which() == Field.Which.GROUP) {
      copy(
          call(r, "get" + acc),
          call(b, (member ? "init" : "get") + acc),
          f.getGroup().getTypeId());
      return;
    }
    Type.Reader t = f.getSlot().getType();
    switch (t.which()) {
      case VOID:
        if (member) {
          call(b, "set" + acc);
        }
        return;
      case TEXT:
        if (has(r, acc) || member) {
          call(
              b,
              "set" + acc,
              TextReader.class,
              call(r, "get" + acc, TextReader.class, new TextReader()));
        }
        return;
      case DATA:
        if (has(r, acc) || member) {
          call(
              b,
              "set" + acc,
              DataReader.class,
              call(r, "get" + acc, DataReader.class, new DataReader()));
        }
        return;
      case STRUCT:
        if (has(r, acc) || member) {
          Object value = call(r, "get" + acc);
          call(b, "set" + acc, value.getClass(), value);
        }
        return;
      case LIST:
        if (has(r, acc) || member) {
          call(b, "set" + acc, ListReader.class, call(r, "get" + acc));
        }
        return;
      case ANY_POINTER:
        if (has(r, acc)) {
          ((AnyPointerBuilder) call(b, "init" + acc)).set((AnyPointerReader) call(r, "get" + acc));
        }
        return;
      case INTERFACE:
        return;
      case ENUM: {
        Object v = call(r, "get" + acc);
        if (!((Enum<?>) v).name().equals("_UNKNOWN")) {
          call(b, "set" + acc, v.getClass(), v);
        }
        return;
      }
      default: {
        Method get = method(r.getClass(), "get" + acc);
        call(b, "set" + acc, get.getReturnType(), invoke(get, r));
      }
    }
  }

  private static boolean has(Object r, String acc) {
    return (Boolean) call(r, "has" + acc);
  }

  private static Object call(Object target, String name) {
    return invoke(method(target.getClass(), name), target);
  }

  private static Object call(Object target, String name, Class<?> param, Object arg) {
    try {
      return invoke(target.getClass().getMethod(name, param), target, arg);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(
          target.getClass().getName() + " has no " + name + "(" + param.getName() + ")", e);
    }
  }

  private static Method method(Class<?> c, String name) {
    try {
      return c.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(c.getName() + " has no " + name + "()", e);
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
