package dev.rast.capnp.compiler.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A union's space inside its parent scope: data locations and pointers that its members share,
 * and the 16-bit discriminant, placed when the second member gets its first field (or when the
 * union's explicit ordinal comes up).
 */
public final class UnionLayout {
  /** A piece of the parent's data section owned by the union. */
  static final class DataLocation {
    int lgSize;
    int offset;

    DataLocation(int lgSize, int offset) {
      this.lgSize = lgSize;
      this.offset = offset;
    }

    boolean tryExpandTo(UnionLayout u, int newLgSize) {
      if (newLgSize <= lgSize) {
        return true;
      }
      if (u.parent.tryExpandData(lgSize, offset, newLgSize - lgSize)) {
        offset >>= (newLgSize - lgSize);
        lgSize = newLgSize;
        return true;
      }
      return false;
    }
  }

  final FieldScope parent;
  final List<DataLocation> dataLocations = new ArrayList<>();
  final List<Integer> pointerLocations = new ArrayList<>();
  private int groupCount;
  private int discriminantOffset = -1;

  /**
   * A union whose members take space from {@code parent}.
   *
   * @param parent the struct or group that holds the union
   */
  public UnionLayout(FieldScope parent) {
    this.parent = parent;
  }

  int addNewDataLocation(int lgSize) {
    int offset = parent.addData(lgSize);
    dataLocations.add(new DataLocation(lgSize, offset));
    return offset;
  }

  int addNewPointerLocation() {
    int p = parent.addPointer();
    pointerLocations.add(p);
    return p;
  }

  void newGroupAddingFirstMember() {
    if (++groupCount == 2) {
      addDiscriminant();
    }
  }

  /**
   * Places the discriminant if not yet placed. The moment it is placed decides its offset, so it
   * is called where capnp places it: when the second member takes space, or for a member that
   * takes none.
   *
   * @return false when it already was placed
   */
  public boolean addDiscriminant() {
    if (discriminantOffset < 0) {
      discriminantOffset = parent.addData(4);
      return true;
    }
    return false;
  }

  /**
   * Where the discriminant is.
   *
   * @return its offset in 16-bit units; valid after {@link #addDiscriminant()}
   */
  public int discriminantOffset() {
    return discriminantOffset;
  }
}
