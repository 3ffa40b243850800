package dev.rast.capnp.compiler.parse;

import java.util.List;

/**
 * A statement: its tokens, ended by {@code ;} ({@code block == null}) or by a block of nested
 * statements; the doc comment that follows it, or null.
 */
record Statement(
    List<Token> tokens, List<Statement> block, String docComment, int start, int end) {}
