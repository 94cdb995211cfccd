package io.quidditch.udf.harness;

import io.quidditch.udf.core.Manifest;

/**
 * A UDF ready to load: its module bytes and manifest, and where it came from.
 *
 * @param origin a file path or {@code name@version}, for messages
 * @param sourceFile the source file it was compiled from, or null
 * @param manifestFromSource true when the manifest came from metadata in the source itself
 */
public record UdfSource(
    Manifest manifest,
    byte[] wasm,
    String origin,
    java.nio.file.Path sourceFile,
    boolean manifestFromSource) {}
