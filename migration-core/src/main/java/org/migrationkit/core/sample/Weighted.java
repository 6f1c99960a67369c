package org.migrationkit.core.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A fixed list of choices with integer weights, drawn with one {@link SplitMix64#nextInt(int)}: integer weights keep
 * the draw exact and the same on every platform.
 *
 * @param <T> the type of the choices
 */
final class Weighted<T> {
    private final List<T> items;
    private final int[] cumulative;

    private Weighted(List<T> items, int[] cumulative) {
        this.items = items;
        this.cumulative = cumulative;
    }

    /**
     * Reads {@code "A:3,B:1"} (or {@code "A B"}, each weight 1) into choices, converting each name.
     *
     * @throws IllegalArgumentException if the spec is empty or a weight is not a positive number
     */
    static <T> Weighted<T> parse(String spec, Function<String, T> convert) {
        List<T> items = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (String part : spec.trim().split("[,\\s]+")) {
            int colon = part.lastIndexOf(':');
            String name = colon < 0 ? part : part.substring(0, colon);
            int weight = colon < 0 ? 1 : Integer.parseInt(part.substring(colon + 1));
            if (weight <= 0) {
                throw new IllegalArgumentException("Weight of " + name + " in \"" + spec + "\" is not positive");
            }
            items.add(Objects.requireNonNull(convert.apply(name), name));
            weights.add(weight);
        }
        return of(items, weights);
    }

    static <T> Weighted<T> of(List<T> items, List<Integer> weights) {
        if (items.isEmpty() || items.size() != weights.size()) {
            throw new IllegalArgumentException("Weighted choices need as many weights as items, at least one");
        }
        int[] cumulative = new int[weights.size()];
        int sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum = Math.addExact(sum, weights.get(i));
            cumulative[i] = sum;
        }
        return new Weighted<>(List.copyOf(items), cumulative);
    }

    T pick(SplitMix64 rng) {
        int r = rng.nextInt(cumulative[cumulative.length - 1]);
        int i = 0;
        while (cumulative[i] <= r) {
            i++;
        }
        return items.get(i);
    }

    List<T> items() {
        return items;
    }

    boolean contains(T item) {
        return items.contains(item);
    }
}
