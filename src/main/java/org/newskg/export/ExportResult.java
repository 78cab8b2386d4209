package org.newskg.export;

/** What an export wrote: the number of triples (quads for TriG and N-Quads) and of named graphs. */
public record ExportResult(long triples, int graphs) {}
