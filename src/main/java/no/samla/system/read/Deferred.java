package no.samla.system.read;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The answer of a read in a {@link ReadBatch}, there once the batch has run. {@link #map} shapes it without waiting,
 * so a module can hand back what its page part will show before anything is read.
 */
public final class Deferred<T> {

    private final Supplier<Boolean> ready;
    private final Supplier<T> value;
    private boolean computed;
    private T computedValue;

    Deferred(Supplier<Boolean> ready, Supplier<T> value) {
        this.ready = ready;
        this.value = value;
    }

    /** An answer known already, for a part that reads nothing. */
    public static <T> Deferred<T> of(T value) {
        return new Deferred<>(() -> true, () -> value);
    }

    /** An empty optional, known already: for a part with nothing to show. */
    public static <T> Deferred<Optional<T>> none() {
        return of(Optional.empty());
    }

    /** The answers of several reads, in their order, when all are there. */
    public static <T> Deferred<List<T>> all(List<Deferred<T>> answers) {
        return new Deferred<>(
                () -> answers.stream().allMatch(Deferred::ready),
                () -> answers.stream().map(Deferred::get).toList());
    }

    /** Whether the reads this answer waits on have run. */
    public boolean ready() {
        return ready.get();
    }

    /** The answer; the batch must have run. */
    public T get() {
        if (!computed) {
            if (!ready()) {
                throw new IllegalStateException("The read batch has not run yet");
            }
            computedValue = value.get();
            computed = true;
        }
        return computedValue;
    }

    /** This answer shaped by a function, applied once, when first asked for. */
    public <R> Deferred<R> map(Function<? super T, ? extends R> function) {
        return new Deferred<>(this::ready, () -> function.apply(get()));
    }

    /** This answer and another one combined, when both are there. */
    public <U, R> Deferred<R> with(Deferred<U> other, java.util.function.BiFunction<? super T, ? super U, R> both) {
        return new Deferred<>(() -> ready() && other.ready(), () -> both.apply(get(), other.get()));
    }
}
