/**
 * capnp's struct layout: fields placed in ordinal order into the data and pointer sections with
 * hole filling; unions share space among their members and place a 16-bit discriminant; groups lay
 * out inside their parent.
 */
package dev.rast.capnp.compiler.layout;
