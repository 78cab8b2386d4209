package org.newskg.query;

/** What a run produced: the query form (SELECT, ASK, CONSTRUCT, DESCRIBE) and its row or triple count. */
public record QueryResult(String form, long count) {}
