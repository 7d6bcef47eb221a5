#!/usr/bin/env python3
"""Clean a JSONL corpus with dedupe-article on a Dask distributed cluster.

Each partition of the input (a block of whole lines) goes through one `dedupe-article --jsonl` process
on a worker: records in, records out, in the same order, every field but the text untouched. The
cluster here is a local one on loopback; point `Client` at a real scheduler to run it on many machines
(each needs Node 20 and the package installed).

    python3 examples/dask/clean_jsonl.py IN.jsonl OUT_DIR [--field text] [--workers 2] [--blocksize 1MiB]

Writes OUT_DIR/part-00000.jsonl ... one file per partition, in input order, and prints one summary
line as JSON. Exit status 0, or 2 when a partition had bad records (they pass through unchanged).
"""
import argparse
import json
import os
import subprocess
import sys

import dask.bag as db
from distributed import Client, LocalCluster

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TOOL = ["node", os.path.join(HERE, "..", "..", "bin", "dedupe-article.js")]


def clean_partition(lines, tool, field):
    """Run the tool once over one partition's lines; return the cleaned lines and the tool's verdict."""
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    proc = subprocess.run(
        tool + ["--jsonl", "--field", field],
        input=data.encode("utf-8"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        check=False,
    )
    if proc.returncode not in (0, 2):
        raise RuntimeError(f"dedupe-article exited {proc.returncode}: {proc.stderr.decode()[:500]}")
    # Split at "\n" only: splitlines() also splits at U+2028 and U+0085, which a JSON string may hold raw.
    out = [line + "\n" for line in proc.stdout.decode("utf-8").split("\n") if line]
    # One status record closes each partition's list; it is taken off before writing.
    return out + [{"status": proc.returncode, "errors": proc.stderr.decode("utf-8")}]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("out_dir")
    parser.add_argument("--field", default="text")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--blocksize", default="1MiB")
    parser.add_argument("--tool", default=None, help="the command to run, default: node bin/dedupe-article.js")
    args = parser.parse_args()
    tool = args.tool.split() if args.tool else DEFAULT_TOOL

    cluster = LocalCluster(
        n_workers=args.workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    )
    client = Client(cluster)
    try:
        lines = db.read_text(args.input, blocksize=args.blocksize)
        cleaned = lines.map_partitions(clean_partition, tool, args.field)
        partitions = cleaned.to_delayed()
        results = client.compute(partitions, sync=True)
    finally:
        client.close()
        cluster.close()

    os.makedirs(args.out_dir, exist_ok=True)
    records = 0
    status = 0
    for i, part in enumerate(results):
        verdict = part[-1]
        status = max(status, verdict["status"])
        if verdict["errors"]:
            sys.stderr.write(f"partition {i}: {verdict['errors']}")
        with open(os.path.join(args.out_dir, f"part-{i:05d}.jsonl"), "w", encoding="utf-8") as f:
            f.writelines(part[:-1])
        records += len(part) - 1
    print(json.dumps({"partitions": len(results), "records": records, "status": status}))
    return status


if __name__ == "__main__":
    sys.exit(main())
