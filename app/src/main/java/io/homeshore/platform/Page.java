package io.homeshore.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as every list endpoint returns it. {@code page} counts from 0. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static final int MAX_SIZE = 500;

    public Page(List<T> items, int page, int size, long totalItems) {
        this(items, page, size, totalItems, size == 0 ? 0 : (int) ((totalItems + size - 1) / size));
    }

    /** A page cut from a list already in memory (short lists: sites, teams, skills, contracts, queues). */
    public static <T> Page<T> slice(List<T> all, Request r) {
        int from = (int) Math.min(all.size(), r.offset());
        int to = (int) Math.min(all.size(), r.offset() + r.size());
        return new Page<>(all.subList(from, to), r.page(), r.size(), all.size());
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), page, size, totalItems);
    }

    /** A checked page request: page ≥ 0, 1 ≤ size ≤ {@link #MAX_SIZE}. */
    public record Request(int page, int size) {
        public Request {
            if (page < 0) throw new InvalidInputException("page", "must be 0 or more");
            if (size < 1 || size > MAX_SIZE) throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
        }

        public long offset() {
            return (long) page * size;
        }
    }
}
