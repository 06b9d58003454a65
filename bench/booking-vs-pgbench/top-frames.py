"""Top frames of an async-profiler collapsed-stacks file (run.sh PROFILE=DIR): where the CPU samples end (self),
and the suite's own methods with the share of samples they are on (total)."""
import collections
import sys

self_counts, total_counts, samples = collections.Counter(), collections.Counter(), 0
with open(sys.argv[1]) as f:
    for line in f:
        stack, _, n = line.rstrip("\n").rpartition(" ")
        n = int(n)
        frames = stack.split(";")
        samples += n
        self_counts[frames[-1]] += n
        for frame in set(frames):
            # the suite's own code, without the generated proxies and lambdas that repeat each frame
            if (frame.startswith("org/iwtraining/") or frame.startswith("org.iwtraining.")) and not any(
                    generated in frame for generated in ("_ClientProxy", "_Bean", "_Subclass", "$$", "_ScheduledInvoker")):
                total_counts[frame] += n

print(f"  {samples} CPU samples of booking-service (1 ms each)")
print("  top frames, self:")
for frame, n in self_counts.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 20):
    print(f"    {100 * n / samples:5.1f} %  {frame}")
print("  the suite's own methods, total (the samples they are on the stack of):")
for frame, n in total_counts.most_common(25):
    print(f"    {100 * n / samples:5.1f} %  {frame}")
