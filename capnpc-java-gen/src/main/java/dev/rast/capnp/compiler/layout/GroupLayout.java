package dev.rast.capnp.compiler.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * One member of a union (a field alone counts as a one-field group): it places its fields in the
 * union's shared locations, reusing space the other members use, and grows or adds locations only
 * when nothing fits. Mirrors the behaviour of capnp's layout so offsets match exactly.
 */
public final class GroupLayout implements FieldScope {
  /** How much of one of the union's data locations this group uses. */
  private static final class Usage {
    boolean isUsed;
    int lgSizeUsed;
    final HoleSet holes = new HoleSet();

    Usage() {}

    Usage(int lgSize) {
      isUsed = true;
      lgSizeUsed = lgSize;
    }

    int smallestHoleAtLeast(UnionLayout.DataLocation location, int lgSize) {
      if (!isUsed) {
        return lgSize <= location.lgSize ? location.lgSize : -1;
      } else if (lgSize >= lgSizeUsed) {
        return lgSize < location.lgSize ? lgSize : -1;
      }
      int hole = holes.smallestAtLeast(lgSize);
      if (hole >= 0) {
        return hole;
      }
      return lgSizeUsed < location.lgSize ? lgSizeUsed : -1;
    }

    int allocateFromHole(UnionLayout.DataLocation location, int lgSize) {
      int result;
      if (!isUsed) {
        result = 0;
        isUsed = true;
        lgSizeUsed = lgSize;
      } else if (lgSize >= lgSizeUsed) {
        holes.addHolesAtEnd(lgSizeUsed, 1, lgSize);
        lgSizeUsed = lgSize + 1;
        result = 1;
      } else {
        int hole = holes.tryAllocate(lgSize);
        if (hole >= 0) {
          result = hole;
        } else {
          result = 1 << (lgSizeUsed - lgSize);
          holes.addHolesAtEnd(lgSize, result + 1, lgSizeUsed);
          lgSizeUsed += 1;
        }
      }
      int locationOffset = location.offset << (location.lgSize - lgSize);
      return locationOffset + result;
    }

    int tryAllocateByExpanding(UnionLayout union, UnionLayout.DataLocation location, int lgSize) {
      if (!isUsed) {
        if (location.tryExpandTo(union, lgSize)) {
          isUsed = true;
          lgSizeUsed = lgSize;
          return location.offset << (location.lgSize - lgSize);
        }
        return -1;
      }
      int newSize = Math.max(lgSizeUsed, lgSize) + 1;
      if (tryExpandUsage(union, location, newSize, true)) {
        int result = holes.tryAllocate(lgSize);
        int locationOffset = location.offset << (location.lgSize - lgSize);
        return locationOffset + result;
      }
      return -1;
    }

    boolean tryExpand(
        UnionLayout union,
        UnionLayout.DataLocation location,
        int oldLgSize,
        int oldOffset,
        int expansionFactor) {
      if (oldOffset == 0 && lgSizeUsed == oldLgSize) {
        return tryExpandUsage(union, location, oldLgSize + expansionFactor, false);
      }
      return holes.tryExpand(oldLgSize, oldOffset, expansionFactor);
    }

    private boolean tryExpandUsage(
        UnionLayout union, UnionLayout.DataLocation location, int desiredUsage, boolean newHoles) {
      if (desiredUsage > location.lgSize) {
        if (!location.tryExpandTo(union, desiredUsage)) {
          return false;
        }
      }
      if (newHoles) {
        holes.addHolesAtEnd(lgSizeUsed, 1, desiredUsage);
      }
      lgSizeUsed = desiredUsage;
      return true;
    }
  }

  private final UnionLayout parent;
  private final List<Usage> usages = new ArrayList<>();
  private int pointerUsage;
  private boolean hasMembers;

  /**
   * A member of {@code parent}: a group, or a lone field laid out as a one-field group.
   *
   * @param parent the union the group belongs to
   */
  public GroupLayout(UnionLayout parent) {
    this.parent = parent;
  }

  private void addMember() {
    if (!hasMembers) {
      hasMembers = true;
      parent.newGroupAddingFirstMember();
    }
  }

  /** A void member still counts: an enclosing union must place its discriminant in time. */
  @Override
  public void addVoid() {
    addMember();
    parent.parent.addVoid();
  }

  @Override
  public int addData(int lgSize) {
    addMember();
    int bestSize = Integer.MAX_VALUE;
    int best = -1;
    for (int i = 0; i < parent.dataLocations.size(); i++) {
      if (usages.size() == i) {
        usages.add(new Usage());
      }
      int hole = usages.get(i).smallestHoleAtLeast(parent.dataLocations.get(i), lgSize);
      if (hole >= 0 && hole < bestSize) {
        bestSize = hole;
        best = i;
      }
    }
    if (best >= 0) {
      return usages.get(best).allocateFromHole(parent.dataLocations.get(best), lgSize);
    }
    for (int i = 0; i < parent.dataLocations.size(); i++) {
      int result =
          usages.get(i).tryAllocateByExpanding(parent, parent.dataLocations.get(i), lgSize);
      if (result >= 0) {
        return result;
      }
    }
    int result = parent.addNewDataLocation(lgSize);
    usages.add(new Usage(lgSize));
    return result;
  }

  @Override
  public int addPointer() {
    addMember();
    if (pointerUsage < parent.pointerLocations.size()) {
      return parent.pointerLocations.get(pointerUsage++);
    }
    pointerUsage++;
    return parent.addNewPointerLocation();
  }

  @Override
  public boolean tryExpandData(int oldLgSize, int oldOffset, int expansionFactor) {
    if (oldLgSize + expansionFactor > 6 || (oldOffset & ((1 << expansionFactor) - 1)) != 0) {
      return false;
    }
    for (int i = 0; i < usages.size(); i++) {
      UnionLayout.DataLocation location = parent.dataLocations.get(i);
      if (location.lgSize >= oldLgSize
          && oldOffset >> (location.lgSize - oldLgSize) == location.offset) {
        int localOldOffset = oldOffset - (location.offset << (location.lgSize - oldLgSize));
        return usages
            .get(i)
            .tryExpand(parent, location, oldLgSize, localOldOffset, expansionFactor);
      }
    }
    throw new IllegalStateException("tried to expand a field that was never allocated");
  }
}
