package dev.rast.capnp.text;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * jqwik hook that skips a property needing the {@code capnp} tool when it is missing, except
 * under CI, where the property runs and fails (see {@link CapnpTool}).
 */
public final class RequiresCapnp implements SkipExecutionHook {
  /** Created by jqwik. */
  public RequiresCapnp() {}

  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    if (CapnpTool.isAvailable() || CapnpTool.required()) {
      return SkipResult.doNotSkip();
    }
    return SkipResult.skip("the capnp tool does not run");
  }
}
