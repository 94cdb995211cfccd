#!/usr/bin/env python3
"""Start-up of short commands, as bin/quidudf runs them: one JVM per command, with the jar's
class-data archive (recorded first, by the same training run bin/quidudf uses).

    src/bench/startup.py [--runs N] [--java JAVA] [--c1 K]...  JAR [JAR ...]

--c1 K runs the K-th jar (from 1) with C1 only, as bin/quidudf runs short commands today.

Each JAR gets its own archive in a scratch directory. The commands run in turns (jar 1, jar 2, ...,
then again), so a drift in the machine's speed hits every jar alike; the table gives the minimum
and median wall and CPU time per command and jar, and with two jars the median of the ratios of
each turn's pair (second / first).
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "examples")
OPTS = ["-XX:+UseSerialGC", "-Xlog:disable", "-Xlog:all=warning:stderr"]


def commands(scratch):
    return {
        "--version": ["--version"],
        "test examples/custom-score": ["test", os.path.join(EXAMPLES, "custom-score"),
                                       "--registry", os.path.join(scratch, "registry")],
        "compile python-filter .py": ["compile",
                                      os.path.join(EXAMPLES, "python-filter", "text_similarity.py"),
                                      "-o", os.path.join(scratch, "out", "x.wasm")],
    }


def timed(cmd):
    """Wall and CPU seconds of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit("failed (%d): %s\n%s" % (done.returncode, " ".join(cmd), done.stderr.decode()))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=10)
    p.add_argument("--java", default=shutil.which("java"))
    p.add_argument("--c1", type=int, action="append", default=[])
    p.add_argument("jars", nargs="+")
    a = p.parse_args()
    work = tempfile.mkdtemp(prefix="quidudf-startup-")
    try:
        setups = []
        for i, jar in enumerate(a.jars):
            d = os.path.join(work, "jar%d" % i)
            os.makedirs(os.path.join(d, "out"))
            local = os.path.join(d, "quidudf.jar")
            shutil.copy(jar, local)  # an archive belongs to one jar path
            jsa = os.path.join(d, "quidudf.jsa")
            with zipfile.ZipFile(local) as z:
                trains = "io/quidditch/udf/cli/Training.class" in z.namelist()
            # a jar from before the training class trains as bin/quidudf then did: test examples
            training = (["-cp", local, "io.quidditch.udf.cli.Training", EXAMPLES,
                         os.path.join(d, "training")] if trains else
                        ["-jar", local, "test", EXAMPLES, "--registry", os.path.join(d, "training")])
            subprocess.run([a.java] + OPTS + ["-XX:ArchiveClassesAtExit=" + jsa] + training,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            c1 = ["-XX:TieredStopAtLevel=1"] if i + 1 in a.c1 else []
            base = [a.java] + OPTS + c1 + (["-XX:SharedArchiveFile=" + jsa, "-Xshare:auto"]
                                      if os.path.exists(jsa) else []) + ["-jar", local]
            setups.append((jar + (" (C1 only)" if c1 else ""), base, commands(d)))
        names = list(setups[0][2])
        results = {(n, i): [] for n in names for i in range(len(setups))}
        for name in names:
            for i, (_, base, cmds) in enumerate(setups):
                timed(base + cmds[name])  # warm-up: the compile cache, the page cache
        for _ in range(a.runs):
            for name in names:
                for i, (_, base, cmds) in enumerate(setups):
                    results[(name, i)].append(timed(base + cmds[name]))
        print("java: %s; %d runs each, in turns; seconds" % (a.java, a.runs))
        print("%-28s %-4s %8s %8s %8s %8s" % ("command", "jar", "wall min", "wall med",
                                              "cpu min", "cpu med"))
        for name in names:
            for i in range(len(setups)):
                r = results[(name, i)]
                walls = [w for w, _ in r]
                cpus = [c for _, c in r]
                print("%-28s %-4d %8.3f %8.3f %8.3f %8.3f" % (
                    name, i + 1, min(walls), statistics.median(walls), min(cpus),
                    statistics.median(cpus)))
            if len(setups) == 2:
                a0, a1 = results[(name, 0)], results[(name, 1)]
                wall_ratio = statistics.median(y[0] / x[0] for x, y in zip(a0, a1))
                cpu_ratio = statistics.median(y[1] / x[1] for x, y in zip(a0, a1))
                print("%-28s %-4s %17.2fx %17.2fx" % ("", "2/1", wall_ratio, cpu_ratio))
        for i, (jar, _, _) in enumerate(setups):
            print("jar %d: %s" % (i + 1, jar))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
