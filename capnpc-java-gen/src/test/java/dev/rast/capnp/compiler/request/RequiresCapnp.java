package dev.rast.capnp.compiler.request;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a jqwik property container when {@code capnp} is missing and {@code CI} is not set. An
 * aborted assumption inside a property does not skip it: jqwik counts each abort as a rejected try
 * and then fails the property as exhausted, so the check has to come before the tries.
 */
public final class RequiresCapnp implements SkipExecutionHook {
  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    return CapnpOracle.skipped()
        ? SkipResult.skip("capnp is not on the PATH")
        : SkipResult.doNotSkip();
  }
}
